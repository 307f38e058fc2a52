import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createProtocolConnection, ResponseError, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

// Every request of LSP 3.17 sent to the jar through the JSON-RPC connection vscode-languageclient itself runs on
// (vscode-languageserver-protocol's createProtocolConnection over vscode-jsonrpc, the versions the extension ships).
// vscode-jsonrpc applies its own rule to each reply: one with neither `result` nor `error` rejects the request with a
// plain Error ("The received response has neither a result nor an error property"), which VS Code logs as a failure.
// So each request must resolve, or reject with a ResponseError; a method the server does not implement with -32601.
// The list and params are the server's protocol test fixture, so both sides check the same requests.

const root = path.resolve(__dirname, '..', '..', '..');
const jar = process.env.ENTRA_LS_JAR ?? path.join(root, 'server', 'entra-ls.jar');
const fixturePath = path.join(root, '..', 'server', 'src', 'test', 'resources', 'protocol', 'lsp-requests.json');

interface Fixture {
  document: { uri: string; closedUri: string; text: string };
  positions: Record<'valid' | 'empty', { line: number; character: number }>;
  requests: { method: string; implemented?: boolean; params: unknown; emptyParams?: unknown }[];
}

type Case = 'valid' | 'empty' | 'closed';

/** The params of a fixture request for one case, with "$uri", "$position" and "$range" filled in. */
function paramsFor(fixture: Fixture, request: Fixture['requests'][number], name: Case): unknown {
  const position = fixture.positions[name === 'empty' ? 'empty' : 'valid'];
  const values: Record<string, unknown> = {
    $uri: name === 'closed' ? fixture.document.closedUri : fixture.document.uri,
    $position: position,
    $range: { start: position, end: position },
  };
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string' && v in values) return structuredClone(values[v]);
    if (Array.isArray(v)) return v.map(fill);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(name === 'empty' && request.emptyParams !== undefined ? request.emptyParams : request.params);
}

function withTimeout<T>(what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no reply within 30 s`)), 30_000);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

test('every LSP 3.17 request gets a reply vscode-jsonrpc accepts, and unimplemented ones get -32601', async () => {
  assert.ok(fs.existsSync(jar), `server jar not found: ${jar} (the Maven build copies it; or set ENTRA_LS_JAR)`);
  const fixture = JSON.parse(fs.readFileSync(fixturePath, 'utf8')) as Fixture;
  assert.ok(fixture.requests.length >= 50, `the fixture lists LSP 3.17's requests: ${fixture.requests.length}`);
  // a fresh session folder, so no saved sign-in of the machine's user is read
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'entra-every-request-'));
  const server = spawn('java', ['-XX:+ExitOnOutOfMemoryError', '-jar', jar, 'serve', '--no-installed-modules'],
    { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ENTRA_LS_HOME: home } });
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  const logged: string[] = [];
  const logger = {
    error: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), info: () => {}, log: () => {},
  };
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin), logger);
  connection.listen();
  try {
    const init = await withTimeout('initialize', connection.sendRequest('initialize',
      { processId: process.pid, rootUri: null, capabilities: {} })) as { capabilities: object };
    assert.ok(init.capabilities, 'initialize answers capabilities');
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: fixture.document.uri, languageId: 'powershell', version: 1, text: fixture.document.text },
    });

    const faults: string[] = [];
    let sent = 0;
    for (const name of ['valid', 'empty', 'closed'] as Case[]) {
      const outcomes = await Promise.allSettled(fixture.requests.map((r) =>
        withTimeout(r.method, connection.sendRequest(r.method, paramsFor(fixture, r, name)))));
      sent += outcomes.length;
      outcomes.forEach((o, i) => {
        const { method, implemented } = fixture.requests[i];
        if (o.status === 'fulfilled') {
          if (!implemented) faults.push(`${name} ${method}: answered ${JSON.stringify(o.value)}, not -32601`);
        } else if (!(o.reason instanceof ResponseError)) {
          faults.push(`${name} ${method}: rejected by the client: ${o.reason}`);
        } else if (implemented || o.reason.code !== -32601) {
          faults.push(`${name} ${method}: error ${o.reason.code} ${o.reason.message}`);
        }
      });
    }
    assert.deepEqual(faults, []);
    assert.equal(sent, fixture.requests.length * 3);

    assert.equal(await withTimeout('shutdown', connection.sendRequest('shutdown')), null);
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
    assert.deepEqual(logged.filter((m) => /neither|invalid message/i.test(m)), [], 'vscode-jsonrpc logged no invalid reply');
  } finally {
    connection.dispose();
    server.kill();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
