-- Neovim's built-in LSP client against `migc lsp` (run.sh starts it):
-- diagnostics arrive, hover, go to definition and completion answer.
-- Writes "PASS ..." or "FAIL ..." lines to $RESULT and quits.
local migc, fixture, result = os.getenv("MIGC"), os.getenv("FIXTURE"), os.getenv("RESULT")
local lines = {}
local failed = false
local function check(ok, what)
  table.insert(lines, (ok and "ok   " or "FAIL ") .. what)
  if not ok then failed = true end
end
local function finish()
  table.insert(lines, failed and "FAIL: neovim-lsp" or "PASS: neovim-lsp")
  vim.fn.writefile(lines, result)
  vim.cmd("qall!")
end

vim.cmd("edit " .. fixture)
vim.bo.filetype = "mig"
local id = vim.lsp.start_client({
  name = "migc",
  cmd = { migc, "lsp" },
  root_dir = vim.fn.fnamemodify(fixture, ":p:h"),
})
check(id ~= nil, "the client starts migc lsp")
if not id then return finish() end
vim.lsp.buf_attach_client(0, id)

local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
check(got, "diagnostics are published")
local codes = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(codes, tostring(code) .. "@" .. d.lnum)
end
check(vim.tbl_contains(codes, "MIG1001@17"), "the unknown name is MIG1001 on line 18 (got " .. table.concat(codes, ",") .. ")")

local function request(method, line, col)
  local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = line, character = col } }
  local replies = vim.lsp.buf_request_sync(0, method, params, 10000) or {}
  for _, r in pairs(replies) do if r.result then return r.result end end
  return nil
end

-- Hover on `cluster` (line 11, 0-based 10).
local hover = request("textDocument/hover", 10, 2)
check(hover and hover.contents and hover.contents.value:find("cluster", 1, true) ~= nil, "hover on a kind")
-- Definition of `main` in `network = main` (line 13).
local def = request("textDocument/definition", 12, 17)
local loc = def and (def.range and def or def[1])
check(loc and loc.range.start.line == 6, "definition of main is on line 7")
-- Completion of db's attributes after `db.` (line 17: `output endpoint = db.endpoint`).
local comp = request("textDocument/completion", 16, 21)
local items = comp and (comp.items or comp) or {}
local labels = {}
for _, i in ipairs(items) do labels[i.label] = true end
check(labels["endpoint"] == true, "completion offers db's attributes")
finish()
