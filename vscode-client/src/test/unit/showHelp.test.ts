import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { cleanUp, run, startExtension, until } from '../fakes/harness';
import { server } from '../fakes/languageClient';
import { ui, Uri } from '../fakes/vscode';

after(cleanUp);

const SCRIPT = '$users = Get-EntraUser -All\nDisconnect-Entra\n';
const HELP = '# Get-EntraUser\n\n## SYNOPSIS\nGets a user.\n';

const previews = () => ui.executed.filter((e) => e.command === 'markdown.showPreview');

/** Serves `entra.showHelp` from a map of cmdlet names to Markdown. */
function helpFor(pages: Record<string, unknown>) {
  server.commands.set('entra.showHelp', ([name]) => {
    const page = pages[name as string];
    if (page === undefined) {
      throw new ResponseError(-32803, `No help found for '${String(name)}'. Did you mean Get-EntraUser?`,
        { suggestions: ['Get-EntraUser', 'Get-EntraUserManager'] });
    }
    return page;
  });
}

test('from the editor context menu the cmdlet under the cursor opens as a read-only Markdown preview', async () => {
  await startExtension();
  helpFor({ 'Get-EntraUser': HELP });
  const document = ui.openEditor(SCRIPT, 'powershell', 0, 14);
  // VS Code runs an editor/context command with the editor's resource as the argument
  await run('entra.ui.showHelp', document.uri);
  assert.deepEqual(server.commandRequests('entra.showHelp').map((r) => r.params.arguments), [['Get-EntraUser']]);
  assert.equal(previews().length, 1);
  const uri = previews()[0].args[0] as Uri;
  assert.equal(uri.toString(), 'entra-help:/Get-EntraUser.md');
  assert.ok(ui.hasContentProvider('entra-help'), 'a virtual document: the editor cannot change or save it');
  assert.equal(ui.contentOf(uri), HELP);
  assert.deepEqual(ui.messages(), []);
});

test('the cursor at either end of the name still picks the cmdlet', async () => {
  await startExtension();
  helpFor({ 'Disconnect-Entra': '# Disconnect-Entra\n' });
  for (const character of [0, 'Disconnect-Entra'.length]) {
    const document = ui.openEditor(SCRIPT, 'powershell', 1, character);
    await run('entra.ui.showHelp', document.uri);
  }
  assert.deepEqual(server.commandRequests('entra.showHelp').map((r) => r.params.arguments), [['Disconnect-Entra'], ['Disconnect-Entra']]);
});

test('a help object from the server ({markdown}) is shown too', async () => {
  await startExtension();
  helpFor({ 'Get-EntraUser': { markdown: HELP } });
  ui.openEditor(SCRIPT, 'powershell', 0, 10);
  await run('entra.ui.showHelp');
  assert.equal(ui.contentOf(previews()[0].args[0] as Uri), HELP);
});

test('with no cmdlet under the cursor the name is asked for', async () => {
  await startExtension();
  helpFor({ 'Get-EntraUser': HELP });
  ui.openEditor(SCRIPT, 'powershell', 0, 1); // on "$users"
  const done = run('entra.ui.showHelp');
  const box = await ui.next('inputBox');
  assert.equal(box.options.title, 'Entra: Show Help for Cmdlet');
  await assert.rejects(box.type('  '), /Type a cmdlet name/);
  await box.type(' Get-EntraUser ');
  await done;
  assert.deepEqual(server.commandRequests('entra.showHelp').map((r) => r.params.arguments), [['Get-EntraUser']]);
  assert.equal(ui.contentOf(previews()[0].args[0] as Uri), HELP);
});

test('escaping the name box asks the server nothing', async () => {
  await startExtension();
  const done = run('entra.ui.showHelp');
  (await ui.next('inputBox')).escape();
  await done;
  assert.deepEqual(server.commandRequests('entra.showHelp'), []);
  assert.deepEqual(previews(), []);
});

test('an unknown name offers the server\'s suggestions; choosing one shows its help', async () => {
  await startExtension();
  helpFor({ 'Get-EntraUser': HELP });
  ui.openEditor('Get-EntraUsr -All\n', 'powershell', 0, 5);
  const done = run('entra.ui.showHelp');
  const warning = await ui.next('message');
  assert.equal(warning.severity, 'warning');
  assert.equal(warning.text, 'Entra: No help found for \'Get-EntraUsr\'. Did you mean Get-EntraUser?');
  assert.deepEqual(warning.buttons, ['Get-EntraUser', 'Get-EntraUserManager']);
  warning.click('Get-EntraUser');
  await done;
  assert.equal(ui.contentOf(previews()[0].args[0] as Uri), HELP);
});

test('an empty help answer says there is none and opens nothing', async () => {
  await startExtension();
  helpFor({ 'Get-EntraThing': '  ' });
  ui.openEditor('Get-EntraThing\n', 'powershell', 0, 3);
  await run('entra.ui.showHelp');
  await until(() => ui.messages().length > 0, 'a message');
  assert.equal(ui.messages()[0].text, 'Entra: no help found for Get-EntraThing.');
  assert.deepEqual(previews(), []);
});

test('showing another cmdlet\'s help gives it its own document; showing it again refreshes the text', async () => {
  await startExtension();
  const pages: Record<string, string> = { 'Get-EntraUser': HELP, 'Disconnect-Entra': '# Disconnect-Entra\n' };
  helpFor(pages);
  ui.openEditor(SCRIPT, 'powershell', 0, 14);
  await run('entra.ui.showHelp');
  ui.openEditor(SCRIPT, 'powershell', 1, 3);
  await run('entra.ui.showHelp');
  const [user, disconnect] = previews().map((p) => p.args[0] as Uri);
  assert.notEqual(user.toString(), disconnect.toString());
  assert.equal(ui.contentOf(disconnect), '# Disconnect-Entra\n');
  pages['Get-EntraUser'] = '# Get-EntraUser (updated docs)\n';
  ui.openEditor(SCRIPT, 'powershell', 0, 14);
  await run('entra.ui.showHelp');
  assert.equal(ui.contentOf(user), '# Get-EntraUser (updated docs)\n');
});

test('Show Help while the server is down says how to get it back', async () => {
  await startExtension({ settings: { 'entra.java.home': '/no/such/jdk' } });
  (await ui.next('message')).dismiss();
  ui.openEditor(SCRIPT, 'powershell', 0, 14);
  await run('entra.ui.showHelp');
  const error = await ui.next('message');
  assert.equal(error.severity, 'error');
  assert.match(error.text, /^Entra: The Entra language server is not running \(see Entra: Show Server Output, or Entra: Restart Server\)\.$/);
});
