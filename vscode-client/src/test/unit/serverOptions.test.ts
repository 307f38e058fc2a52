import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildLaunch, classArchive, serverJarPath, splitVmargs } from '../../server/serverOptions';

const FIXED = ['-XX:+ExitOnOutOfMemoryError', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xms8m', '-Xlog:disable',
  '-Xlog:all=warning:stderr'];

test('launch is java, the fixed flags, the user vmargs (last, so they win), -jar, the jar, serve', () => {
  const launch = buildLaunch({ java: '/jdk/bin/java', jar: '/ext/server/entra-ls.jar', vmargs: '-Xmx512m -XX:TieredStopAtLevel=4', cwd: '/ws' });
  assert.equal(launch.command, '/jdk/bin/java');
  assert.deepEqual(launch.args,
    [...FIXED, '-Xmx512m', '-XX:TieredStopAtLevel=4', '-jar', '/ext/server/entra-ls.jar', 'serve']);
  assert.deepEqual(launch.options, { cwd: '/ws' });
});

test('empty vmargs and no workspace give the bare launch', () => {
  const launch = buildLaunch({ java: 'java', jar: 'entra-ls.jar', vmargs: '   ' });
  assert.deepEqual(launch.args, [...FIXED, '-jar', 'entra-ls.jar', 'serve']);
  assert.deepEqual(launch.options, {});
});

test('a ready class archive is used, a missing one is written at exit', () => {
  const use = buildLaunch({ java: 'java', jar: 'j.jar', archive: { path: '/s/a.jsa', ready: true } });
  assert.deepEqual(use.args, [...FIXED, '-XX:SharedArchiveFile=/s/a.jsa', '-Xshare:auto', '-jar', 'j.jar', 'serve']);
  const write = buildLaunch({ java: 'java', jar: 'j.jar', archive: { path: '/s/a.jsa', ready: false } });
  assert.deepEqual(write.args, [...FIXED, '-XX:ArchiveClassesAtExit=/s/a.jsa', '-jar', 'j.jar', 'serve']);
});

test('the user\'s own class-sharing flags replace the archive flags', () => {
  for (const own of ['-Xshare:off', '-XX:SharedArchiveFile=/mine.jsa', '-XX:ArchiveClassesAtExit=/mine.jsa']) {
    const launch = buildLaunch({ java: 'java', jar: 'j.jar', vmargs: own, archive: { path: '/s/a.jsa', ready: false } });
    assert.deepEqual(launch.args, [...FIXED, own, '-jar', 'j.jar', 'serve'], own);
  }
});

const roots: string[] = [];
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

/** A Java home with (or without) the JDK's base CDS archive, a jar and a storage folder. */
function layout(withBaseArchive: boolean) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entra-cds-'));
  roots.push(root);
  const javaHome = path.join(root, 'jdk');
  fs.mkdirSync(path.join(javaHome, 'lib', 'server'), { recursive: true });
  if (withBaseArchive) fs.writeFileSync(path.join(javaHome, 'lib', 'server', 'classes.jsa'), 'base');
  const jar = path.join(root, 'entra-ls.jar');
  fs.writeFileSync(jar, 'jar');
  const storage = path.join(root, 'storage');
  fs.mkdirSync(storage);
  return { javaHome, jar, storage };
}

test('no class archive for a Java without the base CDS archive (dumping would stop the JVM)', () => {
  const { javaHome, jar, storage } = layout(false);
  assert.equal(classArchive(storage, jar, javaHome), undefined);
});

test('the class archive is ready only when it exists, is not empty and is newer than the jar', () => {
  const { javaHome, jar, storage } = layout(true);
  const first = classArchive(storage, jar, javaHome);
  assert.ok(first);
  assert.equal(first.ready, false);
  assert.equal(path.dirname(first.path), storage);
  fs.writeFileSync(first.path, '');
  assert.equal(classArchive(storage, jar, javaHome)?.ready, false, 'empty');
  fs.writeFileSync(first.path, 'archive');
  assert.equal(classArchive(storage, jar, javaHome)?.ready, true);
  const later = new Date(Date.now() + 60_000);
  fs.utimesSync(jar, later, later); // a new jar (extension update) makes it stale
  assert.equal(classArchive(storage, jar, javaHome)?.ready, false, 'stale');
});

test('another Java or jar gets another archive', () => {
  const a = layout(true);
  const b = layout(true);
  assert.notEqual(classArchive(a.storage, a.jar, a.javaHome)?.path, classArchive(a.storage, a.jar, b.javaHome)?.path);
  assert.notEqual(classArchive(a.storage, a.jar, a.javaHome)?.path, classArchive(a.storage, b.jar, a.javaHome)?.path);
});

test('vmargs split on whitespace; quotes group and are removed', () => {
  assert.deepEqual(splitVmargs(' -Xmx1g\t -Dpath="/a b/c"  \'-Dx=y z\' '), ['-Xmx1g', '-Dpath=/a b/c', '-Dx=y z']);
  assert.deepEqual(splitVmargs('-Da="" -Db'), ['-Da=', '-Db']);
  assert.deepEqual(splitVmargs('""'), ['']);
});

test('a backslash escapes a space or quote but leaves Windows paths alone', () => {
  assert.deepEqual(splitVmargs('-Dp=C:\\Program\\ Files\\x -Dq=\\"'), ['-Dp=C:\\Program Files\\x', '-Dq="']);
  assert.deepEqual(splitVmargs('"-Dp=C:\\dir\\"'), ['-Dp=C:\\dir"']);
});

test('the jar lives in the extension server folder', () => {
  assert.equal(serverJarPath('/ext'), path.join('/ext', 'server', 'entra-ls.jar'));
});
