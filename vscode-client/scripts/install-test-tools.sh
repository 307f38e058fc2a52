#!/usr/bin/env bash
# Installs what the editor tests need, idempotently (about a second when everything is there):
#   Debian: chromium (driven by playwright-core), neovim (the Neovim test), and what code-server's install needs:
#           g++, make and python3 (node-gyp builds its native modules), libkrb5-dev (the `kerberos` module), ripgrep
#           (stands in for @vscode/ripgrep's GitHub download); `apt-get update` first, only when one is missing;
#   npm:    code-server@4.100.3 (= VS Code 1.100.3, runs on Node 20) and playwright-core, into PREFIX/node_modules.
# Only npm's registry and Debian's apt are used: native modules build from source against the running Node's own
# headers (Debian: /usr/include/node, package nodejs; npm_config_nodedir is set here, no ~/.npmrc is needed), never
# from a prebuilt binary or a header download (those hosts are not reachable from CI).
#
# Atomic: PREFIX is built in a sibling folder PREFIX.partial-XXXXXX and renamed into place once complete, with a
# marker file naming the versions; a PREFIX without a matching marker is not trusted (rebuilt), and what a killed or
# failed run left behind (PREFIX.partial-*, PREFIX.old-*) is removed by the next run. Runs are serialised by
# flock on PREFIX.lock.
#
# Usage: install-test-tools.sh [PREFIX]     PREFIX default (also when empty): ${XDG_CACHE_HOME:-$HOME/.cache}/
#                                           entra-ls/test-tools (outside the clone, so a fresh clone reuses it;
#                                           a relative XDG_CACHE_HOME is ignored, as the XDG spec says)
#        install-test-tools.sh --print-prefix [PREFIX]   prints the resolved PREFIX and exits (the one place the
#                                           default is defined; run-editor-tests.mjs and e2e.mjs ask here)
# Env (optional): CODE_SERVER_VERSION (4.100.3), PLAYWRIGHT_CORE_VERSION (1.65.1),
#   RG_NPM_VERSION / RG_ASSET_VERSION (see "ripgrep" below), SKIP_APT=1 (apt packages must already be there).
set -euo pipefail

print_only=0
if [[ ${1:-} == --print-prefix ]]; then print_only=1; shift; fi

cache_home=${XDG_CACHE_HOME:-}
[[ $cache_home == /* ]] || cache_home=${HOME:?HOME is not set}/.cache
PREFIX=${1:-$cache_home/entra-ls/test-tools}
if ((print_only)); then
  [[ $PREFIX == /* ]] || PREFIX=$PWD/$PREFIX
  printf '%s\n' "$PREFIX"
  exit 0
fi
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.100.3}
PLAYWRIGHT_CORE_VERSION=${PLAYWRIGHT_CORE_VERSION:-1.65.1}
# @vscode/ripgrep version pinned by code-server 4.100.3's lib/vscode, and the ripgrep-prebuilt tag it downloads.
# When code-server is upgraded, check both against lib/vscode/package-lock.json and its postinstall.js VERSION.
RG_NPM_VERSION=${RG_NPM_VERSION:-1.15.11}
RG_ASSET_VERSION=${RG_ASSET_VERSION:-v13.0.0-10}

log() { printf '[install-test-tools] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# --- Debian packages ----------------------------------------------------------------------------------------------
APT_PKGS=(chromium neovim ripgrep libkrb5-dev g++ make python3)
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

# --- PREFIX: lock, clean up after killed runs, fast path ------------------------------------------------------------
parent=$(dirname "$PREFIX")
mkdir -p "$parent"
parent=$(cd "$parent" && pwd)
PREFIX=$parent/$(basename "$PREFIX")
MARKER=.entra-test-tools-complete
want="code-server $CODE_SERVER_VERSION, playwright-core $PLAYWRIGHT_CORE_VERSION"

exec 9>"$PREFIX.lock"
flock 9 || die "cannot lock $PREFIX.lock"
# under the lock no other run is writing: anything staged or set aside is a leftover
rm -rf "$PREFIX".partial-* "$PREFIX".old-*

complete() { # $1: folder -> the marker names the wanted versions and the binaries are there
  [[ -f $1/$MARKER && $(<"$1/$MARKER") == "$want" ]] &&
    [[ -x $1/node_modules/.bin/code-server ]] &&
    [[ -x $1/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg ]] &&
    [[ -f $1/node_modules/playwright-core/package.json ]]
}

summary() {
  # (not `code-server --version`: it writes ~/.config/code-server/config.yaml)
  log "ok: $(<"$PREFIX/$MARKER") in $PREFIX; $(/usr/bin/chromium --version 2>/dev/null | head -1)," \
      "$(nvim --version 2>/dev/null | head -1)"
}

if complete "$PREFIX"; then summary; exit 0; fi
[[ -e $PREFIX ]] && log "$PREFIX is not a complete install of $want: reinstalling"

# --- Node headers for node-gyp ------------------------------------------------------------------------------------
# The running node's install root (/usr for Debian's nodejs, whose headers are in /usr/include/node). node-gyp reads
# npm_config_nodedir; without it, it downloads headers from nodejs.org.
node_bin=$(readlink -f "$(command -v node)") || die "node not found on PATH"
NODEDIR=$(dirname "$(dirname "$node_bin")")
[[ -f $NODEDIR/include/node/common.gypi ]] ||
  die "no Node headers at $NODEDIR/include/node (common.gypi) for $node_bin; native modules build against them:" \
      "install the Debian package nodejs (it ships /usr/include/node) or a Node tarball that has include/node"

stage=$(mktemp -d "$PREFIX.partial-XXXXXX")
trap 'rm -rf "$stage"' EXIT
echo '{ "private": true }' > "$stage/package.json"

# Settings for every npm and node-gyp run below, including code-server's postinstall (an `npm install` in
# lib/vscode), which inherits the environment:
#   nodedir              local headers, no download;
#   build_from_source    node-pre-gyp (argon2) and prebuild-install skip their GitHub binary download and build;
#   unsafe_perm          as root, npm would run code-server's postinstall as nobody (npm 11 ignores it and
#                        code-server passes --unsafe-perm itself; kept for older npm);
#   yes                  no npx prompts; update_notifier/fund/audit: no extra requests.
# ripgrep: @vscode/ripgrep's postinstall first looks for $TMPDIR/vscode-ripgrep-cache-<its npm version>/
# ripgrep-<tag>-<target>.tar.gz and runs `tar xvf` on it into bin/ (so `rg` must be at the tarball's top level);
# otherwise it downloads from GitHub, which fails here after ~30 s of retries. A private TMPDIR makes that location
# known.
tmp=$stage/.install-tmp
mkdir -p "$tmp/vscode-ripgrep-cache-$RG_NPM_VERSION" "$tmp/rgroot"
rg_bin=$(command -v rg) || die "rg not found (Debian package ripgrep)"
cp "$rg_bin" "$tmp/rgroot/rg"
tar -czf "$tmp/vscode-ripgrep-cache-$RG_NPM_VERSION/ripgrep-$RG_ASSET_VERSION-x86_64-unknown-linux-musl.tar.gz" \
    -C "$tmp/rgroot" rg
export TMPDIR=$tmp npm_config_nodedir=$NODEDIR npm_config_build_from_source=true npm_config_unsafe_perm=true \
       npm_config_yes=true npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

log "npm: installing code-server@$CODE_SERVER_VERSION, playwright-core@$PLAYWRIGHT_CORE_VERSION into $stage" \
    "(a few minutes the first time; native modules build against $NODEDIR/include/node)"
(cd "$stage" &&
  npm install --no-audit --no-fund --loglevel=error \
    "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION") ||
  die "npm install failed (nothing was left in $PREFIX)"
rm -rf "$tmp"
printf '%s' "$want" > "$stage/$MARKER"
complete "$stage" || die "npm install finished but lib/vscode, its rg binary or playwright-core is missing"

# swap in: set the old folder aside (one rename), move the new one in (one rename), drop the old one
if [[ -e $PREFIX ]]; then mv "$PREFIX" "$PREFIX.old-$$"; fi
mv "$stage" "$PREFIX"
trap - EXIT
rm -rf "$PREFIX.old-$$"
summary
