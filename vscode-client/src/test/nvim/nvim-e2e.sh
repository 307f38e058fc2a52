#!/usr/bin/env bash
# Run lsp-test.lua in headless Neovim against a stdio language server.
# Usage: nvim-e2e.sh FILE [RESULT_JSON]
# Env: LSP_CMD (JSON array, required) and the other LSP_* variables documented
#      in lsp-test.lua; NVIM (default: nvim); NVIM_TIMEOUT seconds for the
#      whole run (default: 120).
# Exit: nvim's status (0 pass, 1 a check failed, 2 test broke), 124 on timeout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${LSP_CMD:?set LSP_CMD to the server command as a JSON array}"
export LSP_FILE=$(realpath "${1:?usage: $0 FILE [RESULT_JSON]}")
export LSP_RESULT=$(realpath -m "${2:-${LSP_RESULT:-nvim-lsp-result.json}}")
rm -f "$LSP_RESULT"

# Own session/process group, so the server nvim started can be ended with it.
# -u NONE: no user config or plugins; -i NONE: no shada; -n: no swap file.
setsid "${NVIM:-nvim}" --headless -u NONE -i NONE -n \
  -c "luafile $here/lsp-test.lua" </dev/null &
pid=$!
( trap 'kill "$s" 2>/dev/null; exit 0' TERM
  sleep "${NVIM_TIMEOUT:-120}" & s=$!; wait "$s"
  echo "nvim-e2e: timeout after ${NVIM_TIMEOUT:-120} s" >&2; kill -KILL -- "-$pid" 2>/dev/null ) >/dev/null &
watchdog=$!
rc=0; wait "$pid" || rc=$?
kill "$watchdog" 2>/dev/null || true; wait "$watchdog" 2>/dev/null || true
kill -KILL -- "-$pid" 2>/dev/null || true   # leftovers in nvim's group (the server, if it hung)
[[ $rc == 137 ]] && rc=124

if [[ -f $LSP_RESULT ]]; then cat "$LSP_RESULT"; echo; else echo "nvim-e2e: no result file" >&2; rc=${rc/#0/2}; fi
echo "nvim-e2e: exit $rc" >&2
exit "$rc"
