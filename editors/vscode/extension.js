// Starts `migc lsp` for .mig files (diagnostics, hover, completion,
// navigation, rename, formatting, code actions) and provides `migc check`
// tasks whose output the `$migc` problem matcher reads.
"use strict";
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function migcPath() {
  return vscode.workspace.getConfiguration("migc").get("path") || "migc";
}

async function startClient(context) {
  const config = vscode.workspace.getConfiguration("migc");
  const command = migcPath();
  const args = ["lsp"];
  const debounce = config.get("diagnosticsDelay");
  if (Number.isInteger(debounce)) args.push("--debounce-ms", String(debounce));
  const serverOptions = {
    run: { command, args, transport: TransportKind.stdio },
    debug: { command, args, transport: TransportKind.stdio },
  };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "mig" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.mig,migc.json}") },
  };
  client = new LanguageClient("migc", "migc language server", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `Could not start '${command} lsp' (${err.message}). Set "migc.path" to the migc binary.`);
  }
}

// `migc check` as a task: the $migc problem matcher turns its output into problems.
function checkTask(folder) {
  const definition = { type: "migc", command: "check" };
  const exec = new vscode.ProcessExecution(migcPath(), ["check", "--color", "never", "."], { cwd: folder.uri.fsPath });
  const task = new vscode.Task(definition, folder, "check", "migc", exec, "$migc");
  task.group = vscode.TaskGroup.Build;
  return task;
}

async function activate(context) {
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider("migc", {
      provideTasks: () => (vscode.workspace.workspaceFolders || []).map(checkTask),
      resolveTask: (task) => task,
    }),
    vscode.commands.registerCommand("migc.restartServer", async () => {
      if (client) await client.stop();
      await startClient(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("migc.path") || e.affectsConfiguration("migc.diagnosticsDelay")) {
        if (client) await client.stop();
        await startClient(context);
      }
    }));
  await startClient(context);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
