-- Neovim (0.7+) as a second real LSP client: starts the server over stdio, opens a draft,
-- waits for pushed diagnostics, asks for a hover, the references of a marker, the code actions of a
-- line, completions after a typed "[", the rename of a pandoc key and Save Source from URL (run by the server).
-- Prints one line per finding for neovim.mjs.
local root, server = _G.CITED_ROOT, _G.CITED_SERVER
local client_id = vim.lsp.start_client({ name = 'cited', cmd = { 'node', server, '--stdio' }, root_dir = root })
vim.cmd('edit ' .. root .. '/drafts/fact-check.md')
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
-- Claims are judged a few at a time: wait until the three the check below looks for are pushed.
local function pushed(line, code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.lnum + 1 == line and d.code == code then return true end
  end
  return false
end
vim.wait(30000, function() return pushed(3, 'number-mismatch') and pushed(5, 'quote-not-found') and pushed(7, 'sources-disagree') end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do print('DIAG ' .. (d.lnum + 1) .. ':' .. tostring(d.code)) end
local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 2, character = 58 } }, 10000)
for _, r in pairs(res or {}) do
  if r.result then print('HOVER ' .. r.result.contents.value:gsub('\n', ' ')) end
end
-- Find All References on the [1] marker of line 3, and completion after a "[" typed at the end of line 11.
local refs = vim.lsp.buf_request_sync(buf, 'textDocument/references', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 2, character = 58 }, context = { includeDeclaration = true } }, 10000)
for _, r in pairs(refs or {}) do
  for _, loc in ipairs(r.result or {}) do print('REF ' .. vim.fn.fnamemodify(vim.uri_to_fname(loc.uri), ':t') .. ':' .. (loc.range.start.line + 1)) end
end
-- Code actions for the diagnostics of line 3 (a wrong figure), as the editor sends them back.
local line3 = {}
for _, d in ipairs(vim.diagnostic.get(buf, { lnum = 2 })) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(line3, { range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }, message = d.message, code = d.code, source = d.source, data = lsp.data })
end
local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = { start = { line = 2, character = 0 }, ['end'] = { line = 2, character = 80 } }, context = { diagnostics = line3 } }, 10000)
for _, r in pairs(actions or {}) do
  for _, a in ipairs(r.result or {}) do print('ACTION ' .. a.title) end
end
local line = vim.api.nvim_buf_get_lines(buf, 10, 11, false)[1]
vim.api.nvim_buf_set_lines(buf, 10, 11, false, { line .. ' [' })
local items = vim.lsp.buf_request_sync(buf, 'textDocument/completion', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 10, character = #line + 2 } }, 10000)
for _, r in pairs(items or {}) do
  for _, item in ipairs((r.result or {}).items or {}) do print('COMPLETION ' .. item.label) end
end
-- Rename of the pandoc key @council-minutes (line 6 of pandoc-notes.md) to @council-record: prepareRename, then the workspace edit.
vim.cmd('edit ' .. root .. '/drafts/pandoc-notes.md')
local pbuf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(pbuf, client_id)
local at = { textDocument = { uri = vim.uri_from_bufnr(pbuf) }, position = { line = 5, character = 45 } }
local prep = vim.lsp.buf_request_sync(pbuf, 'textDocument/prepareRename', at, 10000)
for _, r in pairs(prep or {}) do
  if r.result then print('PREPARE ' .. (r.result.placeholder or '')) end
end
local renamed = vim.lsp.buf_request_sync(pbuf, 'textDocument/rename', vim.tbl_extend('force', at, { newName = 'council-record' }), 10000)
for _, r in pairs(renamed or {}) do
  for uri, edits in pairs((r.result or {}).changes or {}) do
    for _, e in ipairs(edits) do print('RENAME ' .. vim.fn.fnamemodify(vim.uri_to_fname(uri), ':t') .. ':' .. (e.range.start.line + 1) .. ' ' .. e.newText) end
  end
end
-- Save Source from URL run by the server: the quick fix on no-saved-copy carries a command the server
-- executes (workspace/executeCommand); it fetches the page from neovim.mjs's local server, writes it,
-- and changes the definition through workspace/applyEdit, which Neovim applies to the buffer.
vim.cmd('edit ' .. root .. '/drafts/web.md')
local wbuf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(wbuf, client_id)
local function unsaved()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(wbuf)) do
    if d.code == 'no-saved-copy' then
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(out, { range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }, message = d.message, code = d.code, source = d.source, data = lsp.data })
    end
  end
  return out
end
vim.wait(30000, function() return #unsaved() > 0 end, 50)
local wdiags = unsaved()
if #wdiags > 0 then
  local wactions = vim.lsp.buf_request_sync(wbuf, 'textDocument/codeAction', { textDocument = { uri = vim.uri_from_bufnr(wbuf) }, range = wdiags[1].range, context = { diagnostics = wdiags } }, 10000)
  for _, r in pairs(wactions or {}) do
    for _, a in ipairs(r.result or {}) do
      if a.command then
        print('SAVEACTION ' .. a.title)
        vim.lsp.buf_request_sync(wbuf, 'workspace/executeCommand', { command = a.command.command, arguments = a.command.arguments }, 30000)
      end
    end
  end
  vim.wait(10000, function() return not vim.api.nvim_buf_get_lines(wbuf, 2, 3, false)[1]:find('http') end, 50)
end
print('SAVED ' .. vim.api.nvim_buf_get_lines(wbuf, 2, 3, false)[1])
vim.cmd('qa!')
