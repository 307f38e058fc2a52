import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeProblems, findJava, majorOf, parseJavaVersionOutput } from '../../java/findJava';

/** A fake Java installation: `bin/java` (a shell script printing `version "<v>"`) and, optionally, a `release` file. */
function fakeJdk(root: string, name: string, version: string, withRelease = true): string {
  const home = path.join(root, name);
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  const java = path.join(home, 'bin', 'java');
  fs.writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}" 2025-04-15' >&2\n`);
  fs.chmodSync(java, 0o755);
  if (withRelease) fs.writeFileSync(path.join(home, 'release'), `IMPLEMENTOR="Test"\nJAVA_VERSION="${version}"\n`);
  return home;
}

const roots: string[] = [];
function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entra-findjava-'));
  roots.push(root);
  return root;
}
after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const linux = { platform: 'linux' as const };

test('the entra.java.home setting wins over JAVA_HOME and PATH', async () => {
  const root = tempRoot();
  const setting = fakeJdk(root, 'setting', '21.0.2');
  const javaHome = fakeJdk(root, 'javahome', '17.0.15');
  const onPath = fakeJdk(root, 'onpath', '17.0.1');
  const found = await findJava({ ...linux, javaHomeSetting: setting, env: { JAVA_HOME: javaHome, PATH: path.join(onPath, 'bin') } });
  assert.ok(found.ok);
  assert.equal(found.java.source, 'entra.java.home');
  assert.equal(found.java.executable, path.join(setting, 'bin', 'java'));
  assert.equal(found.java.major, 21);
});

test('a setting that points at an old Java is an error, not a silent fallback', async () => {
  const root = tempRoot();
  const old = fakeJdk(root, 'old', '11.0.20');
  const javaHome = fakeJdk(root, 'javahome', '17.0.15');
  const found = await findJava({ ...linux, javaHomeSetting: old, env: { JAVA_HOME: javaHome } });
  assert.equal(found.ok, false);
  assert.ok(!found.ok && found.settingProblem);
  assert.match(describeProblems(found as Extract<typeof found, { ok: false }>), /entra\.java\.home.*is Java 11.*17 or newer/);
});

test('a setting that is not a folder names the folder', async () => {
  const found = await findJava({ ...linux, javaHomeSetting: '/no/such/jdk', env: {} });
  assert.ok(!found.ok);
  assert.deepEqual(found.problems, [{ source: 'entra.java.home', detail: '/no/such/jdk is not a folder' }]);
});

test('JAVA_HOME is used when there is no setting', async () => {
  const root = tempRoot();
  const javaHome = fakeJdk(root, 'javahome', '17.0.15');
  const found = await findJava({ ...linux, javaHomeSetting: null, env: { JAVA_HOME: javaHome, PATH: '' } });
  assert.ok(found.ok);
  assert.equal(found.java.source, 'JAVA_HOME');
  assert.equal(found.java.home, javaHome);
});

test('an old JAVA_HOME is skipped for a Java 17 on PATH, and the skip is reported', async () => {
  const root = tempRoot();
  const old = fakeJdk(root, 'jdk8', '1.8.0_392');
  const onPath = fakeJdk(root, 'jdk17', '17.0.15');
  const found = await findJava({ ...linux, env: { JAVA_HOME: old, PATH: `/nonexistent:${path.join(onPath, 'bin')}` } });
  assert.ok(found.ok);
  assert.equal(found.java.source, 'PATH');
  assert.equal(found.java.major, 17);
  assert.deepEqual(found.skipped, [{ source: 'JAVA_HOME', detail: `${old} is Java 8` }]);
});

test('without a release file the version comes from running java -version', async () => {
  const root = tempRoot();
  const home = fakeJdk(root, 'norelease', '22-ea', false);
  const found = await findJava({ ...linux, env: { JAVA_HOME: home } });
  assert.ok(found.ok);
  assert.equal(found.java.major, 22);
});

test('PATH java is found through a symlink and its real home is reported', async () => {
  const root = tempRoot();
  const home = fakeJdk(root, 'real', '21.0.1');
  const bin = path.join(root, 'usr-bin');
  fs.mkdirSync(bin);
  fs.symlinkSync(path.join(home, 'bin', 'java'), path.join(bin, 'java'));
  const found = await findJava({ ...linux, env: { PATH: bin } });
  assert.ok(found.ok);
  assert.equal(found.java.home, home);
  assert.equal(found.java.executable, path.join(bin, 'java'));
});

test('nothing found lists every place looked at and says what to set', async () => {
  const found = await findJava({ ...linux, env: { PATH: tempRoot() } });
  assert.ok(!found.ok);
  assert.equal(found.settingProblem, false);
  const text = describeProblems(found);
  assert.match(text, /JAVA_HOME: not set; PATH: no java on PATH/);
  assert.match(text, /Set entra\.java\.home/);
});

test('a java that cannot run is reported with the failure', async () => {
  const root = tempRoot();
  const home = fakeJdk(root, 'broken', '17', false);
  fs.writeFileSync(path.join(home, 'bin', 'java'), '#!/bin/sh\nexit 3\n');
  const found = await findJava({ ...linux, env: { JAVA_HOME: home } });
  assert.ok(!found.ok);
  assert.match(found.problems[0].detail, /-version failed/);
});

test('version strings of old and new schemes give the feature release', () => {
  assert.equal(majorOf('1.8.0_392'), 8);
  assert.equal(majorOf('17.0.15'), 17);
  assert.equal(majorOf('21'), 21);
  assert.equal(majorOf('22-ea'), 22);
  assert.equal(majorOf('abc'), undefined);
  assert.equal(parseJavaVersionOutput('java version "1.8.0_392"\nJava(TM) SE Runtime'), 8);
  assert.equal(parseJavaVersionOutput('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(parseJavaVersionOutput('garbage'), undefined);
});
