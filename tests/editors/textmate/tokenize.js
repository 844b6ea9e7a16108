#!/usr/bin/env node
// Tokenises a .mig file with the real VS Code TextMate engine (vscode-textmate
// + the oniguruma wasm) and prints one line per token:
//   line:col-endcol<TAB>text<TAB>scopes
// line/col are 1-based, endcol is inclusive, scopes are space-separated and
// exclude the root scope (source.mig). Whitespace-only tokens are omitted and
// a tab in token text is shown as \t.
// Usage: node tokenize.js <grammar.json> <file.mig>
// Modules are resolved normally, so run.sh points NODE_PATH at its cache.
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

async function main() {
  const [grammarPath, sourcePath] = process.argv.slice(2);
  if (!grammarPath || !sourcePath) {
    console.error('usage: node tokenize.js <grammar.json> <file.mig>');
    process.exit(2);
  }
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => scopeName === 'source.mig'
      ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
      : null,
  });
  const grammar = await registry.loadGrammar('source.mig');
  if (!grammar) throw new Error(`cannot load ${grammarPath}`);

  const lines = fs.readFileSync(sourcePath, 'utf8').split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out = [];
  let state = vsctm.INITIAL;
  lines.forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const text = line.substring(t.startIndex, Math.min(t.endIndex, line.length));
      const scopes = t.scopes.filter((s) => s !== 'source.mig');
      if (text.trim() === '') continue;
      const shown = text.replace(/\t/g, '\\t');
      out.push(`${i + 1}:${t.startIndex + 1}-${t.startIndex + text.length}\t${shown}\t${scopes.join(' ')}`);
    }
    state = r.ruleStack;
  });
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });
