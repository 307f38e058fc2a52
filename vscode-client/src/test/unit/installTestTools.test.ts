// scripts/install-test-tools.sh without the network: npm, rg and node are stubs on PATH (a stub node in a fake
// install root with or without include/node/common.gypi), apt is skipped, HOME is a scratch folder (no ~/.npmrc).
// Checks where the prefix goes, that npm is run with the settings native modules need, and that a failed or killed
// install leaves nothing a later run mistakes for a good one.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const SCRIPT = path.resolve(__dirname, '..', '..', '..', 'scripts', 'install-test-tools.sh');
const MARKER = '.entra-test-tools-complete';

const roots: string[] = [];
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function executable(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.chmodSync(file, 0o755);
}

/** A scratch world: HOME, a bin folder with stub npm and rg, a fake node install root. */
function world(withHeaders = true) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entra-install-tools-'));
  roots.push(root);
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  const nodeRoot = path.join(root, 'node');
  executable(path.join(nodeRoot, 'bin', 'node'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} "$@"\n`);
  if (withHeaders) {
    fs.mkdirSync(path.join(nodeRoot, 'include', 'node'), { recursive: true });
    fs.writeFileSync(path.join(nodeRoot, 'include', 'node', 'common.gypi'), '{}\n');
  }
  const bin = path.join(root, 'bin');
  const calls = path.join(root, 'npm-calls');
  // STUB_NPM=fail: writes part of code-server, then fails; ok: writes what a complete install has
  executable(path.join(bin, 'npm'), `#!/bin/sh
printf 'cwd=%s nodedir=%s build_from_source=%s args=%s\\n' "$PWD" "$npm_config_nodedir" \\
  "$npm_config_build_from_source" "$*" >> ${JSON.stringify(calls)}
mkdir -p node_modules/code-server && echo '{"version":"4.100.3"}' > node_modules/code-server/package.json
[ "$STUB_NPM" = ok ] || exit 1
rg=node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
mkdir -p node_modules/.bin "$(dirname "$rg")" node_modules/playwright-core
printf '#!/bin/sh\\n' > node_modules/.bin/code-server && chmod +x node_modules/.bin/code-server
printf '#!/bin/sh\\n' > "$rg" && chmod +x "$rg"
echo '{"version":"1.65.1"}' > node_modules/playwright-core/package.json
`);
  executable(path.join(bin, 'rg'), '#!/bin/sh\n');
  const tools = path.join(root, 'cache', 'test-tools');
  const run = (stubNpm: string, args: string[] = [tools], env: NodeJS.ProcessEnv = {}) =>
    spawnSync('bash', [SCRIPT, ...args], {
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${path.join(nodeRoot, 'bin')}:${process.env.PATH}`,
        HOME: home,
        SKIP_APT: '1',
        STUB_NPM: stubNpm,
        ...env,
      },
    });
  const npmCalls = () => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : []);
  const siblings = () => fs.readdirSync(path.dirname(tools)).sort();
  return { root, home, nodeRoot, tools, run, npmCalls, siblings };
}

test('the default prefix follows XDG_CACHE_HOME, then HOME (a relative XDG_CACHE_HOME is ignored)', () => {
  const w = world();
  const prefix = (env: NodeJS.ProcessEnv, args: string[] = []) => {
    const r = w.run('fail', ['--print-prefix', ...args], env);
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  assert.equal(prefix({}), path.join(w.home, '.cache', 'entra-ls', 'test-tools'));
  assert.equal(prefix({ XDG_CACHE_HOME: '/xdg/cache' }), '/xdg/cache/entra-ls/test-tools');
  assert.equal(prefix({ XDG_CACHE_HOME: 'relative/cache' }), path.join(w.home, '.cache', 'entra-ls', 'test-tools'));
  assert.equal(prefix({}, ['/given/prefix']), '/given/prefix');
  assert.equal(prefix({}, ['']), path.join(w.home, '.cache', 'entra-ls', 'test-tools'));
  assert.deepEqual(w.npmCalls(), [], 'printing the prefix installs nothing');
});

test('a failed npm install leaves no prefix and no staging folder behind', () => {
  const w = world();
  const r = w.run('fail');
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /npm install failed/);
  assert.equal(w.npmCalls().length, 1);
  assert.deepEqual(w.siblings(), ['test-tools.lock'], 'only the lock file is left');
});

test('npm builds native modules against the running node\'s headers, in a sibling staging folder', () => {
  const w = world();
  const r = w.run('ok');
  assert.equal(r.status, 0, r.stderr);
  const [call] = w.npmCalls();
  assert.match(call, new RegExp(`cwd=${w.tools}\\.partial-\\w+ `));
  assert.match(call, new RegExp(` nodedir=${w.nodeRoot} `));
  assert.match(call, / build_from_source=true /);
  assert.match(call, /code-server@4\.100\.3 playwright-core@1\.65\.1/);
  assert.equal(fs.readFileSync(path.join(w.tools, MARKER), 'utf8'), 'code-server 4.100.3, playwright-core 1.65.1');
  assert.deepEqual(w.siblings(), ['test-tools', 'test-tools.lock']);
  assert.ok(!fs.existsSync(path.join(w.tools, '.install-tmp')), 'the private TMPDIR is removed');
  assert.ok(!fs.existsSync(path.join(w.home, '.npmrc')), 'no ~/.npmrc is written or needed');

  const again = w.run('fail');
  assert.equal(again.status, 0, again.stderr);
  assert.equal(w.npmCalls().length, 1, 'a complete install is not touched again');
});

test('a half-written prefix and a killed run\'s leftovers are replaced by a complete install', () => {
  const w = world();
  fs.mkdirSync(path.join(w.tools, 'node_modules', 'code-server'), { recursive: true });
  fs.writeFileSync(path.join(w.tools, 'node_modules', 'code-server', 'package.json'), '{"version":"4.100.3"}');
  fs.writeFileSync(path.join(w.tools, 'half-written'), '');
  fs.mkdirSync(`${w.tools}.partial-Killed1`);
  fs.mkdirSync(`${w.tools}.old-4242`);

  const failed = w.run('fail');
  assert.equal(failed.status, 1, failed.stderr);
  assert.match(failed.stderr, /not a complete install/);
  assert.deepEqual(w.siblings(), ['test-tools', 'test-tools.lock'], 'leftovers of killed runs are gone');
  assert.ok(!fs.existsSync(path.join(w.tools, MARKER)), 'the half-written prefix is still not marked complete');

  const ok = w.run('ok');
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(fs.existsSync(path.join(w.tools, MARKER)));
  assert.ok(!fs.existsSync(path.join(w.tools, 'half-written')), 'the half-written folder was replaced, not reused');
  assert.deepEqual(w.siblings(), ['test-tools', 'test-tools.lock']);
});

test('without Node headers next to node it stops before npm and names the Debian package', () => {
  const w = world(false);
  const r = w.run('ok');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no Node headers at .*include\/node.*Debian package nodejs/s);
  assert.deepEqual(w.npmCalls(), []);
  assert.deepEqual(w.siblings(), ['test-tools.lock']);
});
