// The local stand-in for the Entra identity platform (server/src/test/java/dev/entrals/session/StandInMain.java) as
// a child process, and what the editor needs to use it: the custom cloud "StandIn" added with the jar's own CLI,
// and JVM flags that trust only the stand-in's certificate and send anything not on loopback to a trap that records
// and drops it.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fail, sleep } from './harness.mjs';

export const CLOUD = 'StandIn';
/**
 * The stand-in's host name: it listens on 127.0.0.1 only, but code-server rewrites every http(s) URL whose authority
 * is localhost/127.0.0.1:<port> to its own /proxy/<port>/ route (dropping the path) before opening it, as a real
 * identity platform's URL never is. A name under .localhost (RFC 6761: loopback) avoids that; Chromium maps it with
 * --host-resolver-rules, the JVMs with a hosts file (jdk.net.hosts.file).
 */
export const STAND_IN_HOST = 'login.standin.localhost';

/** `java` from JAVA or JAVA_HOME, else the one on PATH. */
export function javaBinary(env) {
  if (env.JAVA) return env.JAVA;
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * Starts StandInMain from the server's test classes (and the shaded jar, which brings jackson) with `secret` as its
 * app's client secret; resolves to { child, facts } once it has written `dir/stand-in.json`. It serves until its
 * stdin closes ({@link stopStandIn}).
 */
export async function startStandIn({ java, testClasses, jar, dir, secret, env }) {
  for (const p of [testClasses, jar]) {
    if (!fs.existsSync(p)) {
      fail(`${p} missing: run \`mvn -B -o -DskipTests package\` at the project root (it also compiles the server tests)`);
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const logFd = fs.openSync(path.join(dir, 'stand-in.log'), 'w');
  const child = spawn(java, ['-cp', `${testClasses}${path.delimiter}${jar}`, 'dev.entrals.session.StandInMain', dir,
    STAND_IN_HOST],
    { env: { ...env, ENTRA_STANDIN_CLIENT_SECRET: secret }, stdio: ['pipe', logFd, logFd] });
  fs.closeSync(logFd);
  let exited = null;
  child.once('exit', (code, sig) => { exited = code ?? sig; });
  const factsFile = path.join(dir, 'stand-in.json');
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
    if (exited !== null) fail(`the stand-in exited (${exited}); see ${dir}/stand-in.log`);
    if (fs.existsSync(factsFile)) {
      // the only names the editor's server JVM can resolve: loopback and the stand-in
      const hostsFile = path.join(dir, 'hosts');
      fs.writeFileSync(hostsFile, `127.0.0.1 localhost ${STAND_IN_HOST}\n`);
      return { child, facts: { ...JSON.parse(fs.readFileSync(factsFile, 'utf8')), hostsFile } };
    }
  }
  child.kill('SIGKILL');
  fail(`the stand-in did not start within 30 s; see ${dir}/stand-in.log`);
}

/** Closes the stand-in's stdin (it then stops), killing it if it has not ended after 5 s. */
export async function stopStandIn(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.stdin.end();
  if (await Promise.race([ended.then(() => true), sleep(5_000).then(() => false)])) return;
  child.kill('SIGKILL');
  await ended;
}

/**
 * The JVMs' proxy for every host but loopback and the stand-in: a listener on 127.0.0.1 that records the first line
 * of each connection (`CONNECT host:443 …`, `GET http://…`) and closes it, so nothing gets through and every try
 * is seen. `attempts` lists them; `close()` stops it.
 */
export function startTrap() {
  const attempts = [];
  const server = net.createServer((socket) => {
    socket.once('data', (chunk) => attempts.push(chunk.toString('latin1').split('\r\n')[0]));
    socket.on('error', () => {});
    setTimeout(() => socket.destroy(), 200);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port, attempts, close: () => new Promise((r) => server.close(r)),
    }));
  });
}

/**
 * JVM flags: trust the stand-in's certificate only; resolve only loopback and the stand-in's name; any other host
 * goes to the trap (`facts.trapPort`, see {@link startTrap}).
 */
export function jvmFlags(facts) {
  return [
    `-Djdk.net.hosts.file=${facts.hostsFile}`,
    `-Djavax.net.ssl.trustStore=${facts.trustStore}`,
    `-Djavax.net.ssl.trustStorePassword=${facts.trustStorePassword}`,
    '-Djavax.net.ssl.trustStoreType=PKCS12',
    '-Dhttps.proxyHost=127.0.0.1', `-Dhttps.proxyPort=${facts.trapPort}`,
    '-Dhttp.proxyHost=127.0.0.1', `-Dhttp.proxyPort=${facts.trapPort}`,
    `-Dhttp.nonProxyHosts=127.0.0.1|localhost|${STAND_IN_HOST}`,
  ];
}

/**
 * `entra-ls environment add --name StandIn …` with the jar (the identity stand-in's URL, the Graph stand-in's as the
 * cloud's Graph endpoint), in the ENTRA_LS_HOME the editor's server will use.
 * Asynchronous, so that the trap in this process can take any connection the JVM makes meanwhile.
 */
export function addCloud({ java, jar, facts, env }) {
  const args = [...jvmFlags(facts), '-jar', jar, 'environment', 'add', '--name', CLOUD,
    '--azure-ad-endpoint', facts.baseUrl, '--graph-endpoint', facts.graphUrl];
  return new Promise((resolve, reject) => execFile(java, args, { env, encoding: 'utf8', timeout: 60_000 },
    (error, stdout, stderr) => (error
      ? reject(new Error(`entra-ls environment add failed (${error.code ?? error.signal})\n${stdout}\n${stderr}`))
      : resolve(stdout.trim()))));
}

/**
 * Starts GraphStandInMain (server/src/test/java/dev/entrals/execution) from the server's test classes: Microsoft Graph
 * on https://127.0.0.1:<port> with the identity stand-in's key (`standInDir/stand-in.p12`, so the server's JVM, which
 * trusts only that certificate, trusts it too; the server's JVM talks to Graph itself, so code-server's URL rewriting
 * never meets it and 127.0.0.1 needs no name). 250 users in pages of 100 and the group g-1. Resolves to
 * { child, facts: { baseUrl, … }, requests(), hold(), release() }: `requests()` reads the request log it appends to as
 * each request arrives ({ method, url, body, bearer }; never a header's value); `hold()` makes every later next-page
 * request wait (recorded first) and `release()` lets them go, each resolving once the stand-in has taken the command.
 */
export async function startGraphStandIn({ java, testClasses, jar, dir, standInDir, password, env }) {
  fs.mkdirSync(dir, { recursive: true });
  const logFd = fs.openSync(path.join(dir, 'graph-stand-in.log'), 'w');
  const child = spawn(java, ['-cp', `${testClasses}${path.delimiter}${jar}`, 'dev.entrals.execution.GraphStandInMain',
    dir, path.join(standInDir, 'stand-in.p12'), password], { env, stdio: ['pipe', 'pipe', logFd] });
  fs.closeSync(logFd);
  let exited = null;
  child.once('exit', (code, sig) => { exited = code ?? sig; });
  // its stdout: "ready <base URL>", then one acknowledgement per command
  const said = [];
  const waiters = [];
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    pending += chunk;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      said.push(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
    }
    for (const w of waiters.splice(0)) w();
  });
  const saidLine = async (line, ms) => {
    for (const deadline = Date.now() + ms; !said.some((l) => l.startsWith(line));) {
      if (exited !== null) fail(`the Graph stand-in exited (${exited}); see ${dir}/graph-stand-in.log`);
      if (Date.now() > deadline) fail(`the Graph stand-in did not say "${line}" within ${ms / 1000} s (it said ${JSON.stringify(said)})`);
      await Promise.race([new Promise((r) => waiters.push(r)), sleep(250)]);
    }
  };
  const command = async (name, ack) => {
    said.splice(0);
    child.stdin.write(`${name}\n`);
    await saidLine(ack, 10_000);
  };
  const requestLog = path.join(dir, 'graph-requests.jsonl');
  try {
    await saidLine('ready', 30_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    child,
    facts: JSON.parse(fs.readFileSync(path.join(dir, 'graph-stand-in.json'), 'utf8')),
    requests: () => (fs.existsSync(requestLog) ? fs.readFileSync(requestLog, 'utf8') : '').split('\n')
      .filter((l) => l.trim()).map((l) => JSON.parse(l)),
    hold: () => command('hold', 'holding next pages'),
    release: () => command('release', 'released'),
  };
}
