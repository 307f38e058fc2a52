-- Headless Neovim (0.7+) LSP client test: start a stdio language server, open a
-- file, ask for hover and completion, collect published diagnostics, write JSON.
-- Run: nvim --headless -u NONE -i NONE -n -c 'luafile lsp-test.lua' </dev/null
-- (nvim-e2e.sh does this; run.sh runs it against the Entra server jar). All input comes from the environment:
--   LSP_CMD            server command as a JSON array, e.g. ["java","-jar","server.jar"]   (required)
--   LSP_FILE           file to open                                                     (required)
--   LSP_RESULT         JSON result file                                                 (required)
--   LSP_LANGUAGE_ID    languageId sent in didOpen               (default: powershell)
--   LSP_ROOT           workspace root                            (default: the file's folder)
--   LSP_HOVER_WORD     hover at the middle of its first occurrence                      (required)
--   LSP_COMPLETE_AFTER complete right after its first occurrence                        (required)
--   LSP_EXPECT_HOVER / LSP_EXPECT_COMPLETION / LSP_EXPECT_DIAGNOSTIC
--                      substrings that must appear in the hover text / a completion
--                      label / a diagnostic message                  (optional)
--   LSP_EXPECT_DIAGNOSTIC_CODE  the code that diagnostic must have    (optional)
--   LSP_RUN_LENS_LINE  text of a line that must get the server's "Run" code lens (`entra.run`
--                      with {uri, range}); its command is then executed      (optional)
--   LSP_EXPECT_RUN_ERROR  a substring of the error that execution must answer (no session:
--                      "connect first"); without it the answer must be a result (optional)
--   LSP_TIMEOUT_MS     per request and for diagnostics               (default: 20000)
-- Exit status: 0 all checks passed, 1 a check failed, 2 the test itself broke.

local env = function(name, default)
  local v = os.getenv(name)
  if v == nil or v == '' then
    if default == nil then error('missing env ' .. name) end
    return default
  end
  return v
end

local result = { checks = {}, diagnostics = {} }
local result_path = os.getenv('LSP_RESULT') or 'nvim-lsp-result.json'

local function write_result()
  local f = assert(io.open(result_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

-- 0-based (line, character) of the first occurrence of text in the buffer, plus an offset.
-- character is a byte index; fine for ASCII, convert with vim.str_utfindex otherwise.
local function find(bufnr, text, char_offset)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = line:find(text, 1, true)
    if s then return { line = i - 1, character = s - 1 + char_offset } end
  end
  error('text not found in file: ' .. text)
end

-- buf_request_sync returns { [client_id] = { result = ..., error = ... } } or nil, err
local function request(bufnr, client_id, method, params, timeout)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  if not responses then error(method .. ': ' .. tostring(err)) end
  local r = responses[client_id]
  if not r then error(method .. ': no response from the client') end
  if r.error then error(method .. ': ' .. vim.inspect(r.error)) end
  return r.result
end

local function check(name, ok, detail)
  result.checks[name] = { ok = ok, detail = detail }
  if not ok then result.failed = true end
end

local function main()
  local cmd = vim.fn.json_decode(env('LSP_CMD'))
  local file = vim.fn.fnamemodify(env('LSP_FILE'), ':p')
  local timeout = tonumber(env('LSP_TIMEOUT_MS', '20000'))
  local language_id = env('LSP_LANGUAGE_ID', 'powershell')

  local published = false
  local initialized = false
  local client_id = vim.lsp.start_client({
    name = 'entra-ls',
    cmd = cmd,
    root_dir = env('LSP_ROOT', vim.fn.fnamemodify(file, ':h')),
    -- without this 0.7 sends the buffer's 'filetype' (empty under -u NONE) as languageId
    get_language_id = function() return language_id end,
    on_init = function() initialized = true end,
    on_exit = function(code, signal) result.server_exit = { code = code, signal = signal } end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        if params and params.uri == vim.uri_from_fname(file) then
          result.diagnostics = params.diagnostics
          published = true
        end
        -- keep Neovim's own handling (vim.diagnostic) too
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
      end,
    },
  })
  if not client_id then error('vim.lsp.start_client failed for ' .. vim.inspect(cmd)) end
  result.client_id = client_id

  if not vim.wait(timeout, function() return initialized end, 50) then
    error('server did not answer initialize within ' .. timeout .. ' ms')
  end
  local client = vim.lsp.get_client_by_id(client_id)
  result.server_capabilities = client.server_capabilities

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id) -- sends didOpen

  local uri = vim.uri_from_bufnr(bufnr)
  local hover_word = env('LSP_HOVER_WORD')
  local hover_pos = find(bufnr, hover_word, math.floor(#hover_word / 2))
  local hover = request(bufnr, client_id, 'textDocument/hover',
    { textDocument = { uri = uri }, position = hover_pos }, timeout)
  local hover_text = ''
  if hover and hover.contents then
    hover_text = table.concat(vim.lsp.util.convert_input_to_markdown_lines(hover.contents), '\n')
  end
  result.hover = hover_text
  local expect_hover = os.getenv('LSP_EXPECT_HOVER')
  check('hover', hover_text ~= '' and (not expect_hover or hover_text:find(expect_hover, 1, true) ~= nil), hover_text)

  local after = env('LSP_COMPLETE_AFTER')
  local completion = request(bufnr, client_id, 'textDocument/completion',
    { textDocument = { uri = uri }, position = find(bufnr, after, #after),
      context = { triggerKind = 1 } }, timeout)
  local items = completion and (completion.items or completion) or {}
  result.completion = vim.tbl_map(function(it) return it.label end, items)
  local expect_completion = os.getenv('LSP_EXPECT_COMPLETION')
  check('completion', #items > 0 and (not expect_completion or vim.tbl_contains(result.completion, expect_completion)),
    #items .. ' items')

  vim.wait(timeout, function() return published end, 50)
  local expect_diag = os.getenv('LSP_EXPECT_DIAGNOSTIC')
  local expect_code = os.getenv('LSP_EXPECT_DIAGNOSTIC_CODE')
  local diag_ok = published and #result.diagnostics > 0
  if diag_ok and (expect_diag or expect_code) then
    diag_ok = false
    for _, d in ipairs(result.diagnostics) do
      local message_ok = not expect_diag or d.message:find(expect_diag, 1, true) ~= nil
      local code_ok = not expect_code or tostring(d.code) == expect_code
      if message_ok and code_ok then diag_ok = true end
    end
  end
  check('diagnostics', diag_ok, published and (#result.diagnostics .. ' published') or 'none published')

  local lens_line = os.getenv('LSP_RUN_LENS_LINE')
  if lens_line and lens_line ~= '' then
    local at = find(bufnr, lens_line, 0)
    local lenses = request(bufnr, client_id, 'textDocument/codeLens', { textDocument = { uri = uri } }, timeout) or {}
    result.code_lenses = lenses
    local lens
    for _, l in ipairs(lenses) do
      if l.command and l.command.command == 'entra.run' and l.range.start.line == at.line then lens = l end
    end
    local args = lens and lens.command.arguments and lens.command.arguments[1]
    check('run lens', lens ~= nil and args ~= nil and args.uri == uri and args.range.start.line == at.line
      and args.range.start.character == at.character, vim.inspect(lens))
    if lens then
      -- what vim.lsp.buf.execute_command sends, with the answer kept: the client's own request
      local reply, err = client.request_sync('workspace/executeCommand',
        { command = lens.command.command, arguments = lens.command.arguments }, timeout, bufnr)
      if not reply then error('workspace/executeCommand: ' .. tostring(err)) end
      result.run = { result = reply.result, error = reply.err }
      local expect_error = os.getenv('LSP_EXPECT_RUN_ERROR')
      if expect_error and expect_error ~= '' then
        local message = reply.err and reply.err.message or ''
        check('run lens command', message:lower():find(expect_error:lower(), 1, true) ~= nil,
          vim.inspect(reply.err or reply.result))
      else
        check('run lens command', reply.err == nil and type(reply.result) == 'table' and reply.result.status ~= nil,
          vim.inspect(reply.err or reply.result))
      end
    end
  end

  -- orderly shutdown: shutdown request + exit notification, then wait for the process
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return result.server_exit ~= nil end, 50)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  result.error = err
  io.stderr:write('lsp-test: ' .. err .. '\n')
end
result.ok = ok and not result.failed
write_result()
vim.cmd((ok and (result.failed and 'cquit 1' or 'qall!')) or 'cquit 2')
