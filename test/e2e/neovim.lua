-- Neovim (0.7+) as a second real LSP client: starts the server over stdio, opens a draft,
-- waits for pushed diagnostics and asks for a hover. Prints one line per finding for neovim.mjs.
local root, server = _G.CITED_ROOT, _G.CITED_SERVER
local client_id = vim.lsp.start_client({ name = 'cited', cmd = { 'node', server, '--stdio' }, root_dir = root })
vim.cmd('edit ' .. root .. '/drafts/fact-check.md')
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
vim.wait(30000, function() return #vim.diagnostic.get(buf) >= 5 end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do print('DIAG ' .. (d.lnum + 1) .. ':' .. tostring(d.code)) end
local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 2, character = 58 } }, 10000)
for _, r in pairs(res or {}) do
  if r.result then print('HOVER ' .. r.result.contents.value:gsub('\n', ' ')) end
end
vim.cmd('qa!')
