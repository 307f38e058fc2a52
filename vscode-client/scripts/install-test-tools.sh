#!/usr/bin/env bash
# Installs what the editor tests need, idempotently (about a second when everything is there):
#   Debian: chromium (driven by playwright-core), neovim (the Neovim test), ripgrep and libkrb5-dev (code-server's
#           install needs them, see below);
#   npm:    code-server@4.100.3 (= VS Code 1.100.3, runs on Node 20) and playwright-core, into PREFIX/node_modules.
# Only npm's registry and Debian's apt are used.
#
# Usage: install-test-tools.sh [PREFIX]     PREFIX default: ${XDG_CACHE_HOME:-~/.cache}/entra-ls/test-tools
#                                           (outside the clone, so a fresh clone reuses it)
# Env (optional): CODE_SERVER_VERSION (4.100.3), PLAYWRIGHT_CORE_VERSION (1.65.1),
#   RG_NPM_VERSION / RG_ASSET_VERSION (see "ripgrep" below), SKIP_APT=1 (apt packages must already be there).
set -euo pipefail

PREFIX=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/entra-ls/test-tools}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.100.3}
PLAYWRIGHT_CORE_VERSION=${PLAYWRIGHT_CORE_VERSION:-1.65.1}
# @vscode/ripgrep version pinned by code-server 4.100.3's lib/vscode, and the ripgrep-prebuilt tag it downloads.
# When code-server is upgraded, check both against lib/vscode/package-lock.json and its postinstall.js VERSION.
RG_NPM_VERSION=${RG_NPM_VERSION:-1.15.11}
RG_ASSET_VERSION=${RG_ASSET_VERSION:-v13.0.0-10}

log() { printf '[install-test-tools] %s\n' "$*" >&2; }

mkdir -p "$PREFIX"
PREFIX=$(cd "$PREFIX" && pwd)

# --- Debian packages ----------------------------------------------------------------------------------------------
# libkrb5-dev: the `kerberos` native module of code-server's lib/vscode builds against it.
# ripgrep: its binary stands in for @vscode/ripgrep's GitHub download, which is not reachable.
APT_PKGS=(chromium neovim ripgrep libkrb5-dev)
if [[ ${SKIP_APT:-0} != 1 ]]; then
  missing=()
  for p in "${APT_PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    log "apt: installing ${missing[*]}"
    sudo=(); [[ $(id -u) == 0 ]] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    # update only when something is missing: a no-op run stays fast and offline
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# --- code-server --------------------------------------------------------------------------------------------------
cs_pkg="$PREFIX/node_modules/code-server/package.json"
cs_ok() {
  [[ -f $cs_pkg ]] &&
    [[ $(node -p "require(process.argv[1]).version" "$cs_pkg") == "$CODE_SERVER_VERSION" ]] &&
    # its postinstall finished: lib/vscode's dependencies and the ripgrep binary are in place
    [[ -x "$PREFIX/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]]
}

[[ -f $PREFIX/package.json ]] || echo '{ "private": true }' > "$PREFIX/package.json"
if ! cs_ok; then
  # ripgrep: @vscode/ripgrep's postinstall first looks for
  #   $TMPDIR/vscode-ripgrep-cache-<its npm version>/ripgrep-<tag>-<target>.tar.gz
  # and runs `tar xvf` on it into bin/ (so `rg` must be at the tarball's top level); otherwise it downloads from
  # GitHub, which fails here after ~30 s of retries. A private TMPDIR makes that location known.
  tmp="$PREFIX/.install-tmp"
  rm -rf "$tmp"
  mkdir -p "$tmp/vscode-ripgrep-cache-$RG_NPM_VERSION" "$tmp/rgroot"
  rg_bin=$(command -v rg) || { log "rg not found (Debian package ripgrep)"; exit 1; }
  cp "$rg_bin" "$tmp/rgroot/rg"
  tar -czf "$tmp/vscode-ripgrep-cache-$RG_NPM_VERSION/ripgrep-$RG_ASSET_VERSION-x86_64-unknown-linux-musl.tar.gz" \
      -C "$tmp/rgroot" rg
  log "npm: installing code-server@$CODE_SERVER_VERSION into $PREFIX (a few minutes the first time)"
  # As root, npm would run code-server's postinstall (an `npm install` in lib/vscode) as nobody without
  # unsafe_perm (npm 11 ignores it and code-server passes --unsafe-perm itself; kept for older npm);
  # yes: no npx prompts. Native modules build with node-gyp against /usr/include/node.
  (cd "$PREFIX" &&
    TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  rm -rf "$tmp"
  cs_ok || { log "code-server installed but lib/vscode or its rg binary is missing"; exit 1; }
fi

# --- playwright-core ----------------------------------------------------------------------------------------------
pw_pkg="$PREFIX/node_modules/playwright-core/package.json"
if [[ ! -f $pw_pkg || $(node -p "require(process.argv[1]).version" "$pw_pkg") != "$PLAYWRIGHT_CORE_VERSION" ]]; then
  log "npm: installing playwright-core@$PLAYWRIGHT_CORE_VERSION"
  (cd "$PREFIX" && npm install --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_CORE_VERSION")
fi

# (not `code-server --version`: it writes ~/.config/code-server/config.yaml)
log "ok: code-server $(node -p "require(process.argv[1]).version" "$cs_pkg"), playwright-core" \
    "$(node -p "require(process.argv[1]).version" "$pw_pkg"), $(/usr/bin/chromium --version 2>/dev/null | head -1)," \
    "$(nvim --version 2>/dev/null | head -1)"
