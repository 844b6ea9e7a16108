// The extension maps migc.json to the repository's JSON Schema; a packaged
// extension cannot reach outside its folder, so the schema is copied in
// before packaging (`npm run vscode:prepublish`, which vsce runs).
"use strict";
const fs = require("fs");
const path = require("path");
const from = path.join(__dirname, "..", "..", "..", "schema", "migc-config.schema.json");
const to = path.join(__dirname, "..", "schema", "migc-config.schema.json");
fs.mkdirSync(path.dirname(to), { recursive: true });
fs.copyFileSync(from, to);
console.log(`copied ${path.relative(process.cwd(), from)} -> ${path.relative(process.cwd(), to)}`);
