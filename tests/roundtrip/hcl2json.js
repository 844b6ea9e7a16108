// Reads every *.tf file of a folder (and of its bootstrap/, the account's
// resources) with HashiCorp's HCL parser (the wasm build in @cdktf/hcl2json)
// and prints them merged as one JSON object:
// {"resource": {TYPE: {NAME: [BODY]}}, "output": ..., "variable": ...}.
//   node hcl2json.js NODE_MODULES_PARENT TF_DIR
const path = require("path"), fs = require("fs");
const { parse } = require(path.join(process.argv[2], "node_modules", "@cdktf/hcl2json"));
(async () => {
  const dir = process.argv[3], merged = {};
  const dirs = [dir, path.join(dir, "bootstrap")].filter((d) => fs.existsSync(d));
  const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".tf")).sort().map((f) => path.join(d, f)));
  for (const file of files) {
    const f = path.basename(file);
    const doc = await parse(f, fs.readFileSync(file, "utf8"));
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
