// Reads every *.tf file of a folder with HashiCorp's HCL parser (the wasm
// build in @cdktf/hcl2json) and prints them merged as one JSON object:
// {"resource": {TYPE: {NAME: [BODY]}}, "output": ..., "variable": ...}.
//   node hcl2json.js NODE_MODULES_PARENT TF_DIR
const path = require("path"), fs = require("fs");
const { parse } = require(path.join(process.argv[2], "node_modules", "@cdktf/hcl2json"));
(async () => {
  const dir = process.argv[3], merged = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".tf")).sort()) {
    const doc = await parse(f, fs.readFileSync(path.join(dir, f), "utf8"));
    for (const [block, byType] of Object.entries(doc)) {
      merged[block] = merged[block] || {};
      for (const [k, v] of Object.entries(byType)) {
        if (merged[block][k] && typeof v === "object" && !Array.isArray(v)) Object.assign(merged[block][k], v);
        else merged[block][k] = v;
      }
    }
  }
  process.stdout.write(JSON.stringify(merged));
})().catch((e) => { console.error(String(e)); process.exit(1); });
