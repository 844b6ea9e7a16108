// Structural checks of editors/tree-sitter-mig that need no tree-sitter CLI:
// grammar.js loads with tree-sitter's DSL functions, every rule it refers to
// is defined, and every node type, field and literal the queries name
// exists in the grammar. (Generation and the corpus tests need the CLI: see
// run.sh.) Usage: node check_grammar.js GRAMMAR_DIR
"use strict";
const fs = require("fs");
const path = require("path");

const dir = process.argv[2];
const referenced = new Set(), literals = new Set(), fields = new Set(), aliases = new Set();
function walk(rule) {
  if (rule == null) return rule;
  if (typeof rule === "string") { literals.add(rule); return rule; }
  if (rule instanceof RegExp) return rule;
  if (rule.type === "SYMBOL") referenced.add(rule.name);
  if (rule.type === "FIELD") fields.add(rule.name);
  if (rule.type === "ALIAS" && rule.named) aliases.add(rule.value);
  if (rule.type === "ALIAS" && !rule.named) literals.add(rule.value);
  for (const m of rule.members || []) walk(m);
  if (rule.content) walk(rule.content);
  return rule;
}
const node = (type, extra) => Object.assign({ type }, extra);
const seqOf = (type) => (...members) => walk(node(type, { members }));
global.seq = seqOf("SEQ");
global.choice = seqOf("CHOICE");
global.repeat = (r) => walk(node("REPEAT", { content: r }));
global.repeat1 = (r) => walk(node("REPEAT1", { content: r }));
global.optional = (r) => walk(node("OPTIONAL", { content: r }));
global.field = (name, r) => walk(node("FIELD", { name, content: r }));
global.alias = (r, value) => walk(node("ALIAS", { content: r, value: typeof value === "string" ? value : value.name,
                                                   named: typeof value !== "string" }));
global.token = (r) => walk(node("TOKEN", { content: r }));
global.token.immediate = (r) => walk(node("IMMEDIATE_TOKEN", { content: r }));
const precFn = (type) => (p, r) => walk(node(type, { value: p, content: r === undefined ? p : r }));
global.prec = precFn("PREC");
global.prec.left = precFn("PREC_LEFT");
global.prec.right = precFn("PREC_RIGHT");
global.prec.dynamic = precFn("PREC_DYNAMIC");
global.grammar = (spec) => spec;

const failures = [];
const spec = require(path.resolve(dir, "grammar.js"));
const proxy = new Proxy({}, { get: (_, name) => node("SYMBOL", { name }) });
const defined = new Set(Object.keys(spec.rules));
for (const fn of Object.values(spec.rules)) walk(fn(proxy));
for (const key of ["extras", "word", "conflicts"]) if (spec[key]) [].concat(spec[key](proxy)).forEach(walk);
for (const r of referenced) if (!defined.has(r)) failures.push(`grammar.js refers to undefined rule '${r}'`);

const named = new Set([...defined].filter((n) => !n.startsWith("_")).concat([...aliases]));
for (const file of fs.readdirSync(path.join(dir, "queries"))) {
  const text = fs.readFileSync(path.join(dir, "queries", file), "utf8").replace(/;.*$/gm, "");
  for (const m of text.matchAll(/\(\s*([a-z_][a-z0-9_]*)/g))
    if (!named.has(m[1])) failures.push(`queries/${file}: no node type '${m[1]}'`);
  for (const m of text.matchAll(/([a-z_]+):\s*[(\["]/g))
    if (!fields.has(m[1])) failures.push(`queries/${file}: no field '${m[1]}'`);
  for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"/g))
    if (!literals.has(m[1].replace(/\\(.)/g, "$1"))) failures.push(`queries/${file}: no literal "${m[1]}"`);
}
// Corpus trees name node types and fields that exist.
for (const file of fs.readdirSync(path.join(dir, "test", "corpus"))) {
  const text = fs.readFileSync(path.join(dir, "test", "corpus", file), "utf8");
  for (const tree of text.split(/^-{3,}$/m).slice(1)) {
    const sexp = tree.split(/^={3,}$/m)[0];
    for (const m of sexp.matchAll(/\(([a-z_]+)/g))
      if (!named.has(m[1])) failures.push(`test/corpus/${file}: no node type '${m[1]}'`);
    for (const m of sexp.matchAll(/([a-z_]+):/g))
      if (!fields.has(m[1])) failures.push(`test/corpus/${file}: no field '${m[1]}'`);
  }
}
for (const f of failures) console.log("FAIL: tree-sitter-grammar: " + f);
if (failures.length) process.exit(1);
console.log(`PASS: tree-sitter-grammar (${defined.size} rules; queries and corpus name only what the grammar defines)`);
