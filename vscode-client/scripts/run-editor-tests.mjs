#!/usr/bin/env node
// Runs the tests that need the built jar and .vsix, each to its end, then says which failed:
//   contract  the server's declared commands = the client's (node --test out/test/contract/)
//   neovim    headless Neovim against the jar (src/test/nvim/run.sh)
//   vscode    code-server + Chromium end-to-end (src/test/e2e/e2e.mjs)
// Usage: run-editor-tests.mjs [contract|neovim|vscode]...   (default: all three; `mvn verify` runs this)
// Env: passed through (TOOLS_DIR, E2E_WORK_DIR, ... as the tests document); TOOLS_DIR unset or empty (the pom's
// default) becomes install-test-tools.sh's default prefix, asked from the script (`--print-prefix`). EDITOR_TEST_RERUNS (default 1): a failed
// test runs again up to that many times, as surefire reruns failing Java tests; one that then passes is reported as
// FLAKY (its first run's logs stay in target/, the rerun's scratch folder is <name>-rerun-N). Exit 0 only when every
// test passed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(ext, 'target');
// each test as [command, args] for its n-th run (0: the first; a rerun gets its own scratch folder, so the first
// run's logs stay)
const suffix = (n) => (n ? `-rerun-${n}` : '');
const e2eWork = process.env.E2E_WORK_DIR ?? path.join(target, 'e2e');
if (!process.env.TOOLS_DIR) {
  const printed = spawnSync('bash', [path.join(ext, 'scripts', 'install-test-tools.sh'), '--print-prefix'],
    { encoding: 'utf8' });
  if (printed.status !== 0) {
    console.error(`run-editor-tests: install-test-tools.sh --print-prefix failed: ${printed.stderr}`);
    process.exit(2);
  }
  process.env.TOOLS_DIR = printed.stdout.trim();
}
const tests = {
  contract: () => ['node', ['--test', '--test-reporter=spec', 'out/test/contract/'], {}],
  neovim: (n) => ['bash', ['src/test/nvim/run.sh', path.join(ext, 'server', 'entra-ls.jar'), path.join(target, `nvim${suffix(n)}`)], {}],
  vscode: (n) => ['node', ['src/test/e2e/e2e.mjs'], { E2E_WORK_DIR: `${e2eWork}${suffix(n)}` }],
};
const RERUNS = Math.max(0, Number.parseInt(process.env.EDITOR_TEST_RERUNS ?? '1', 10) || 0);
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(tests);
const results = [];
for (const name of chosen) {
  if (!tests[name]) {
    console.error(`run-editor-tests: unknown test "${name}" (known: ${Object.keys(tests).join(', ')})`);
    process.exit(2);
  }
  const started = Date.now();
  let status;
  let runs = 0;
  do {
    const [command, args, env] = tests[name](runs);
    console.log(`\n=== ${name}${runs ? ` (rerun ${runs})` : ''}: ${command} ${args.join(' ')}`);
    const r = spawnSync(command, args, { cwd: ext, stdio: 'inherit', env: { ...process.env, ...env } });
    status = r.error ? r.error.code : r.status ?? r.signal;
    runs++;
  } while (status !== 0 && status !== 130 && runs <= RERUNS);
  results.push({ name, status, runs, seconds: (Date.now() - started) / 1000 });
}
console.log('\n=== editor tests');
for (const r of results) {
  const label = r.status !== 0 ? 'FAIL' : r.runs > 1 ? 'FLAKY' : 'PASS';
  console.log(`${label.padEnd(5)} ${r.name.padEnd(8)} ${r.seconds.toFixed(1)} s${r.status === 0 ? '' : ` (exit ${r.status})`}`
    + `${r.runs > 1 ? ` after ${r.runs} runs` : ''}`);
}
const passed = results.filter((r) => r.status === 0).length;
console.log(`editors: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
