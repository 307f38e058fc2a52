#!/usr/bin/env bash
# Headless Neovim (0.7+, Debian's `neovim`) against the real server jar: opens test.ps1, checks that hover on
# Disconnect-Entra shows the synopsis of its bundled help page, that completion after `Get-EntraCon` offers
# Get-EntraContext, that Connect-AzureAD gets a `retired-cmdlet` diagnostic naming Connect-Entra, and that
# `Get-EntraUser -Top 3` gets the server's "Run" code lens whose `entra.run` command, executed without a session,
# answers the error that says to connect first.
# Usage: run.sh JAR [WORK_DIR]     (`mvn verify` runs it in the vscode-client module's integration-test phase)
# Exit: 0 pass, 1 a check failed, 2 the test broke, 124 timeout. The result JSON is WORK_DIR/result.json.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
jar=$(realpath "${1:?usage: $0 JAR [WORK_DIR]}")
work=$(realpath -m "${2:-$root/vscode-client/target/nvim}")
[[ -f $jar ]] || { echo "nvim test: jar not found: $jar" >&2; exit 2; }
command -v "${NVIM:-nvim}" >/dev/null || { echo "nvim test: nvim not found (scripts/install-test-tools.sh installs it)" >&2; exit 2; }

rm -rf "$work"; mkdir -p "$work/home"
cp "$here/test.ps1" "$work/test.ps1"

# The synopsis: the first paragraph under "## SYNOPSIS" of the bundled page.
synopsis=$(awk '/^## SYNOPSIS/{s=1; next} s && /^#/{exit} s && NF{printf "%s%s", sep, $0; sep=" "; p=1; next} s && p && !NF{exit}' \
  "$root/docs-source/Disconnect-Entra.md")
[[ -n $synopsis ]] || { echo "nvim test: no synopsis in docs-source/Disconnect-Entra.md" >&2; exit 2; }

# A scratch home: no saved Entra session or user config is read or written.
export HOME="$work/home" ENTRA_LS_HOME="$work/home/entra-ls" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export LSP_CMD="[\"java\",\"-XX:+ExitOnOutOfMemoryError\",\"-jar\",\"$jar\",\"serve\"]"
export LSP_HOVER_WORD=Disconnect-Entra LSP_EXPECT_HOVER="$synopsis"
export LSP_COMPLETE_AFTER=Get-EntraCon LSP_EXPECT_COMPLETION=Get-EntraContext
export LSP_EXPECT_DIAGNOSTIC=Connect-Entra LSP_EXPECT_DIAGNOSTIC_CODE=retired-cmdlet
export LSP_RUN_LENS_LINE='Get-EntraUser -Top 3' LSP_EXPECT_RUN_ERROR='connect first'
export NVIM_TIMEOUT=${NVIM_TIMEOUT:-120}
exec "$here/nvim-e2e.sh" "$work/test.ps1" "$work/result.json"
