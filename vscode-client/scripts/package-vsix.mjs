#!/usr/bin/env node
// Copies the server jar into the extension (server/entra-ls.jar, never committed) and packages
// entra-powershell-<version>.vsix with @vscode/vsce. Run after `npm run build` and the server's `mvn package`.
// Env: ENTRA_LS_JAR (default ../server/target/entra-ls.jar).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jar = path.resolve(process.env.ENTRA_LS_JAR ?? path.join(ext, '..', 'server', 'target', 'entra-ls.jar'));
const pkg = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8'));
const out = path.join(ext, `${pkg.name}-${pkg.version}.vsix`);

function die(message) {
  console.error(`package-vsix: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(jar)) die(`server jar not found: ${jar} (build it first: mvn -B -DskipTests package -pl server)`);
if (!fs.existsSync(path.join(ext, 'dist', 'extension.js'))) die('dist/extension.js not found (run npm run build first)');
fs.mkdirSync(path.join(ext, 'server'), { recursive: true });
fs.copyFileSync(jar, path.join(ext, 'server', 'entra-ls.jar'));

// --allow-missing-repository / --skip-license: otherwise vsce asks y/N; --no-dependencies: the bundle has them.
const vsce = path.join(ext, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
const r = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out],
  { cwd: ext, stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status !== 0) die(`vsce exited with ${r.status ?? r.signal}`);

// The package must hold the jar and the bundle, and nothing from src/ or node_modules/.
const list = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: ext, encoding: 'utf8' });
const files = list.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
for (const needed of ['server/entra-ls.jar', 'dist/extension.js', 'package.json']) {
  if (!files.includes(needed)) die(`${needed} is missing from the package (files: ${files.join(', ')})`);
}
const stray = files.filter((f) => f.startsWith('src/') || f.startsWith('node_modules/'));
if (stray.length) die(`unexpected files in the package: ${stray.join(', ')}`);
console.log(`package-vsix: ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1e6).toFixed(1)} MB, ${files.length} files)`);
