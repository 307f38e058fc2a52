import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildLaunch, serverJarPath, splitVmargs } from '../../server/serverOptions';

test('launch is java, exit-on-OOM, the user vmargs, -jar, the jar, serve', () => {
  const launch = buildLaunch({ java: '/jdk/bin/java', jar: '/ext/server/entra-ls.jar', vmargs: '-Xmx512m -Dfoo=bar', cwd: '/ws' });
  assert.equal(launch.command, '/jdk/bin/java');
  assert.deepEqual(launch.args,
    ['-XX:+ExitOnOutOfMemoryError', '-Xmx512m', '-Dfoo=bar', '-jar', '/ext/server/entra-ls.jar', 'serve']);
  assert.deepEqual(launch.options, { cwd: '/ws' });
});

test('empty vmargs and no workspace give the bare launch', () => {
  const launch = buildLaunch({ java: 'java', jar: 'entra-ls.jar', vmargs: '   ' });
  assert.deepEqual(launch.args, ['-XX:+ExitOnOutOfMemoryError', '-jar', 'entra-ls.jar', 'serve']);
  assert.deepEqual(launch.options, {});
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
