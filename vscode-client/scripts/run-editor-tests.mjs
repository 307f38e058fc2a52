#!/usr/bin/env node
// Runs the tests that need the built jar and .vsix, each to its end, then says which failed:
//   contract  the server's declared commands = the client's (node --test out/test/contract/)
//   neovim    headless Neovim against the jar (src/test/nvim/run.sh)
//   vscode    code-server + Chromium end-to-end (src/test/e2e/e2e.mjs)
// Usage: run-editor-tests.mjs [contract|neovim|vscode]...   (default: all three; `mvn verify` runs this)
// Env: passed through (TOOLS_DIR, E2E_WORK_DIR, ... as the tests document). Exit 0 only when every test passed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(ext, 'target');
const tests = {
  contract: ['node', ['--test', '--test-reporter=spec', 'out/test/contract/']],
  neovim: ['bash', ['src/test/nvim/run.sh', path.join(ext, 'server', 'entra-ls.jar'), path.join(target, 'nvim')]],
  vscode: ['node', ['src/test/e2e/e2e.mjs']],
};
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(tests);
const results = [];
for (const name of chosen) {
  if (!tests[name]) {
    console.error(`run-editor-tests: unknown test "${name}" (known: ${Object.keys(tests).join(', ')})`);
    process.exit(2);
  }
  const [command, args] = tests[name];
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: ext, stdio: 'inherit' });
  results.push({ name, status: r.status ?? r.signal, seconds: (Date.now() - started) / 1000 });
}
console.log('\n=== editor tests');
for (const r of results) console.log(`${r.status === 0 ? 'PASS' : 'FAIL'}  ${r.name.padEnd(8)} ${r.seconds.toFixed(1)} s${r.status === 0 ? '' : ` (exit ${r.status})`}`);
const passed = results.filter((r) => r.status === 0).length;
console.log(`editors: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
