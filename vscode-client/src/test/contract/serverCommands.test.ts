import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER_COMMANDS } from '../../client/protocol';
import { DIAGNOSTIC_CODES } from '../../settings/settingsPayload';

// The jar the build copies into the extension (override: ENTRA_LS_JAR).
const root = path.resolve(__dirname, '..', '..', '..');
const jar = process.env.ENTRA_LS_JAR ?? path.join(root, 'server', 'entra-ls.jar');

/** Starts `java -jar <jar> serve`, sends initialize, returns its result, then shutdown + exit. */
async function initializeResult(): Promise<{ capabilities: { executeCommandProvider?: { commands: string[] } } }> {
  assert.ok(fs.existsSync(jar), `server jar not found: ${jar} (the Maven build copies it; or set ENTRA_LS_JAR)`);
  const server = spawn('java', ['-XX:+ExitOnOutOfMemoryError', '-jar', jar, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const send = (msg: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    server.stdin.write(body);
  };
  const replies = new Map<number, (r: { result?: unknown; error?: unknown }) => void>();
  let buffer = Buffer.alloc(0);
  server.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const msg = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      buffer = buffer.subarray(end + 4 + length);
      if (typeof msg.id === 'number' && !msg.method) replies.get(msg.id)?.(msg);
    }
  });
  const request = (id: number, method: string, params: unknown) => new Promise<{ result?: unknown; error?: unknown }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${method}: no reply within 30 s`)), 30_000);
    replies.set(id, (r) => { clearTimeout(timer); resolve(r); });
    send({ id, method, params });
  });
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  try {
    const init = await request(1, 'initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(init.error, undefined, JSON.stringify(init.error));
    send({ method: 'initialized', params: {} });
    await request(2, 'shutdown', null);
    send({ method: 'exit' });
    assert.equal(await exited, 0);
    return init.result as { capabilities: { executeCommandProvider?: { commands: string[] } } };
  } finally {
    server.kill();
  }
}

test('the server declares exactly the commands package.json and the client know', async () => {
  const result = await initializeResult();
  const declared = result.capabilities.executeCommandProvider?.commands ?? [];
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const hidden = (pkg.contributes.menus.commandPalette as { command: string; when: string }[])
    .filter((m) => m.when === 'false').map((m) => m.command);
  assert.deepEqual([...declared].sort(), [...SERVER_COMMANDS].sort());
  assert.deepEqual([...declared].sort(), [...hidden].sort());
});

test('every rule the server reports has a severity setting, and no setting names a rule the server lacks', async () => {
  assert.ok(fs.existsSync(jar), `server jar not found: ${jar}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entra-contract-'));
  try {
    const script = path.join(dir, 'empty.ps1');
    fs.writeFileSync(script, '');
    const run = spawnSync('java', ['-jar', jar, 'check', '--no-installed-modules', '--format', 'sarif', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const rules = (JSON.parse(run.stdout).runs[0].tool.driver.rules as { id: string }[]).map((r) => r.id);
    assert.ok(rules.length > 0, 'the SARIF report lists its rules');
    assert.deepEqual([...rules].sort(), [...DIAGNOSTIC_CODES].sort());
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const settings = Object.keys(pkg.contributes.configuration.properties)
      .filter((k) => k.startsWith('entra.diagnostics.severity.')).map((k) => k.slice('entra.diagnostics.severity.'.length));
    assert.deepEqual(settings.sort(), [...rules].sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the jar\'s SARIF report is valid against the SARIF 2.1.0 schema', () => {
  assert.ok(fs.existsSync(jar), `server jar not found: ${jar}`);
  // the OASIS schema as Microsoft's SARIF SDK ships it (npm @microsoft/jest-sarif; JSON Schema draft-04), with ajv 6
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const Ajv = require('ajv');
  const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(schema);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entra-sarif-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.ps1'), "Connect-AzureAD\nDisconnect-Entra -Foo 1\n$x = 'caf\u00e9'; Get-EntraContext -Bogus\n");
    fs.mkdirSync(path.join(dir, 'sub dir'));
    fs.writeFileSync(path.join(dir, 'sub dir', 'b.ps1'), 'Get-AzureADMSDeletedGroup\n');
    const run = spawnSync('java', ['-jar', jar, 'check', '--no-installed-modules', '--format', 'sarif', '.'],
      { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    assert.ok(log.runs[0].results.length >= 4, `results: ${log.runs[0].results.length}`);
    const valid = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    // and the validator does refuse a broken log, so the check above means something
    assert.equal(validate({ ...log, runs: [{ ...log.runs[0], results: [{ level: 'loud' }] }] }), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
