import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { cleanUp, run, startExtension, until } from '../fakes/harness';
import { server } from '../fakes/languageClient';
import { CancellationTokenSource, CodeLens, Range, ui, Uri } from '../fakes/vscode';
import { RunHistory } from '../../commands/runResults';
import { runCodeLenses } from '../../client/runLenses';

after(cleanUp);

const SCRIPT = 'Connect-Entra -Scopes User.Read.All\n$users = Get-EntraUser -Top 3 | Select-Object Id\n'
  + '# Get-EntraGroup in a comment\nRemove-EntraGroup -GroupId $group.Id\n';
const GRAPH = 'https://graph.microsoft.com';
const TABLE = 'Id DisplayName\n-- -----------\n1  Adele\n2  Alex\n3  Megan\n';

function answer(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    command: 'Get-EntraUser', request: [`GET ${GRAPH}/v1.0/users?$top=3`], status: 'ok', write: false,
    objects: [{ id: '1', displayName: 'Adele' }, { id: '2', displayName: 'Alex' }, { id: '3', displayName: 'Megan' }],
    count: 3, single: false, text: TABLE, notes: ['Not run (only the Entra command runs here): Select-Object Id'],
    millis: 42, unevaluated: [], ...overrides,
  };
}

const results = () => ui.contentOf(Uri.from({ scheme: 'entra-results', path: '/Entra Results' })) ?? '';
const runs = () => server.commandRequests('entra.run');

test('the cursor line runs through entra.run and the table opens in the read-only results document', async () => {
  await startExtension();
  server.commands.set('entra.run', () => answer({}));
  const document = ui.openEditor(SCRIPT, 'powershell', 1, 12);
  await run('entra.ui.runLine');
  assert.equal(runs().length, 1);
  const [arg] = runs()[0].params.arguments as Record<string, unknown>[];
  assert.deepEqual(arg, { uri: document.uri.toString(), range: { start: { line: 1, character: 12 },
    end: { line: 1, character: 12 } } });
  assert.ok(runs()[0].params.workDoneToken, 'progress is asked for');
  assert.equal(results(), `# $users = Get-EntraUser -Top 3 | Select-Object Id · GET ${GRAPH}/v1.0/users?$top=3 · 3 objects · 42 ms\n\n`
    + 'Not run (only the Entra command runs here): Select-Object Id\n\n' + TABLE);
  assert.ok(ui.hasContentProvider('entra-results'), 'a virtual document: the editor cannot change or save it');
  const log = ui.outputs.flatMap((o) => o.lines).filter((l) => l.startsWith('Entra run:'));
  assert.deepEqual(log, [`Entra run: GET ${GRAPH}/v1.0/users?$top=3`]);
  assert.equal(ui.progress.length, 1);
  assert.equal(ui.progress[0].options.cancellable, true);
});

test('a selection is sent as its range and the JSON view shows the raw objects', async () => {
  await startExtension();
  server.commands.set('entra.run', () => answer({}));
  ui.openEditor(SCRIPT, 'powershell', 1, 0);
  ui.select(1, 9, 1, 29);
  await run('entra.ui.runLine');
  const [arg] = runs()[0].params.arguments as { range: unknown }[];
  assert.deepEqual(arg.range, { start: { line: 1, character: 9 }, end: { line: 1, character: 29 } });
  await run('entra.ui.toggleResultsView');
  assert.match(results(), /\n\[\n {2}\{\n {4}"id": "1",\n {4}"displayName": "Adele"/);
});

test('a write asks in a modal dialog showing the request and is sent only after Send', async () => {
  await startExtension();
  const request = [`DELETE ${GRAPH}/v1.0/groups/g-1`];
  server.commands.set('entra.run', ([a]) => ((a as { confirm?: boolean }).confirm
    ? answer({ command: 'Remove-EntraGroup', request, write: true, objects: [], count: 0, text: 'Done\n', notes: [] })
    : answer({ command: 'Remove-EntraGroup', request, status: 'confirmationRequired', write: true, objects: [],
      count: 0, text: 'confirm', notes: [] })));
  ui.openEditor(SCRIPT, 'powershell', 3, 0);
  const done = run('entra.ui.runLine');
  const dialog = await ui.message('changes the tenant');
  assert.equal(dialog.modal, true);
  assert.equal(dialog.detail, `DELETE ${GRAPH}/v1.0/groups/g-1`);
  assert.equal(runs().length, 1, 'nothing confirmed yet');
  dialog.click('Send');
  await done;
  assert.equal(runs().length, 2);
  assert.equal((runs()[1].params.arguments as { confirm?: boolean }[])[0].confirm, true);
  assert.match(results(), /Done/);
});

test('closing the write dialog sends nothing more', async () => {
  await startExtension();
  server.commands.set('entra.run', () => answer({ status: 'confirmationRequired', write: true, text: 'confirm' }));
  ui.openEditor(SCRIPT, 'powershell', 3, 0);
  const done = run('entra.ui.runLine');
  (await ui.message('changes the tenant')).dismiss();
  await done;
  assert.equal(runs().length, 1);
  assert.equal(ui.shownDocuments.length, 0);
});

test('arguments that are not literals are asked for and sent as arguments', async () => {
  await startExtension();
  server.commands.set('entra.run', ([a]) => ((a as { arguments?: unknown }).arguments
    ? answer({ command: 'Get-EntraGroupMember' })
    : answer({ command: 'Get-EntraGroupMember', status: 'notEvaluated', unevaluated: ['GroupId'],
      reasons: [{ name: 'GroupId', kind: 'nonLiteral', prompt: '-GroupId $group.Id', alternatives: [] }],
      text: 'Get-EntraGroupMember: these arguments cannot be evaluated without running the script; supply their'
        + ' values (--arg NAME=VALUE, or the editor asks):\n  -GroupId $group.Id\n' })));
  ui.openEditor(SCRIPT, 'powershell', 3, 0);
  const done = run('entra.ui.runLine');
  const box = await ui.next('inputBox');
  assert.equal(String(box.options.prompt), 'A value for -GroupId (its argument is not a literal)');
  await box.type(' g-1 ');
  await done;
  assert.deepEqual((runs()[1].params.arguments as { arguments?: unknown }[])[0].arguments, { GroupId: 'g-1' });
});

test('a value the module asks for at its console is asked for by its name, not as an argument that is not a literal', async () => {
  await startExtension();
  const asked = 'Add-EntraInheritablePermissionsToAgentIdentityBlueprint: the module takes permChoice from its PowerShell'
    + ' session or a person at its console, which a run here does not have; supply it (--arg NAME=VALUE, or the editor'
    + ' asks):\n  permChoice\n';
  server.commands.set('entra.run', ([a]) => ((a as { arguments?: unknown }).arguments
    ? answer({ command: 'Add-EntraInheritablePermissionsToAgentIdentityBlueprint' })
    : answer({ command: 'Add-EntraInheritablePermissionsToAgentIdentityBlueprint', status: 'notEvaluated',
      unevaluated: ['permChoice'], text: asked,
      reasons: [{ name: 'permChoice', kind: 'consolePrompt', prompt: 'the module takes permChoice from its PowerShell'
        + ' session or a person at its console', alternatives: [] }] })));
  ui.openEditor(SCRIPT, 'powershell', 3, 0);
  const done = run('entra.ui.runLine');
  const box = await ui.next('inputBox');
  assert.equal(String(box.options.prompt), 'A value for permChoice (the module asks a person at a PowerShell console'
    + ' for it; several values: separated by commas): the module takes permChoice from its PowerShell session or a'
    + ' person at its console');
  await box.type('r');
  await done;
  assert.deepEqual((runs()[1].params.arguments as { arguments?: unknown }[])[0].arguments, { permChoice: 'r' });
});

const WHY_OWNERS = 'without -OwnerUserIds the module asks for it at a PowerShell console (Read-Host at'
  + ' Entra/Microsoft.Entra/Applications/New-EntraAgentIdentityBlueprint.ps1:111), which a run here does not have';

test('a parameter the module would ask for at its console is asked for as the parameter and sent by its name', async () => {
  await startExtension();
  const asked = 'New-EntraAgentIdentityBlueprint: without -OwnerUserIds the module asks for it at a PowerShell console'
    + ' (Read-Host at Entra/Microsoft.Entra/Applications/New-EntraAgentIdentityBlueprint.ps1:111), which a run here does'
    + ' not have; supply it (--arg NAME=VALUE, or the editor asks):\n  OwnerUserIds\n';
  server.commands.set('entra.run', ([a]) => ((a as { arguments?: unknown }).arguments
    ? answer({ command: 'New-EntraAgentIdentityBlueprint' })
    : answer({ command: 'New-EntraAgentIdentityBlueprint', status: 'notEvaluated', unevaluated: ['OwnerUserIds'],
      text: asked, reasons: [{ name: 'OwnerUserIds', kind: 'consolePrompt', prompt: WHY_OWNERS, alternatives: [] }] })));
  ui.openEditor(SCRIPT, 'powershell', 3, 0);
  const done = run('entra.ui.runLine');
  const box = await ui.next('inputBox');
  assert.equal(String(box.options.prompt), 'A value for OwnerUserIds (the module asks a person at a PowerShell console'
    + ` for it; several values: separated by commas): ${WHY_OWNERS}`);
  await box.type('ann@contoso.com,bob@contoso.com');
  await done;
  assert.deepEqual((runs()[1].params.arguments as { arguments?: unknown }[])[0].arguments,
    { OwnerUserIds: 'ann@contoso.com,bob@contoso.com' });
});

test('alternatives the module asks for are offered in a quick pick, then the one picked is asked for and sent', async () => {
  await startExtension();
  const why = 'without -SponsorUserIds or -SponsorGroupIds the module asks for them at a PowerShell console until one'
    + ' has items';
  server.commands.set('entra.run', ([a]) => ((a as { arguments?: unknown }).arguments
    ? answer({ command: 'New-EntraAgentIdentityBlueprint' })
    : answer({ command: 'New-EntraAgentIdentityBlueprint', status: 'notEvaluated', unevaluated: ['SponsorUserIds'],
      // the wording says nothing the client reads: the reason's kind and alternatives decide
      text: 'New-EntraAgentIdentityBlueprint: anything\n  SponsorUserIds or SponsorGroupIds\n',
      reasons: [{ name: 'SponsorUserIds', kind: 'alternatives', prompt: why,
        alternatives: ['SponsorUserIds', 'SponsorGroupIds'] }] })));
  ui.openEditor(SCRIPT, 'powershell', 3, 0);
  const done = run('entra.ui.runLine');
  const pick = await ui.next('quickPick');
  assert.deepEqual(pick.labels, ['-SponsorUserIds', '-SponsorGroupIds']);
  pick.pick('-SponsorGroupIds');
  const box = await ui.next('inputBox');
  assert.equal(String(box.options.prompt), 'A value for -SponsorGroupIds (one of -SponsorUserIds, -SponsorGroupIds;'
    + ` several values: separated by commas): ${why}`);
  await box.type('g-1,g-2');
  await done;
  assert.deepEqual((runs()[1].params.arguments as { arguments?: unknown }[])[0].arguments, { SponsorGroupIds: 'g-1,g-2' });
});

test('escaping the quick pick of alternatives sends nothing more', async () => {
  await startExtension();
  server.commands.set('entra.run', () => answer({ command: 'New-EntraAgentIdentityBlueprint', status: 'notEvaluated',
    unevaluated: ['SponsorUserIds'], text: 'x', reasons: [{ name: 'SponsorUserIds', kind: 'alternatives', prompt: 'p',
      alternatives: ['SponsorUserIds', 'SponsorGroupIds'] }] }));
  ui.openEditor(SCRIPT, 'powershell', 3, 0);
  const done = run('entra.ui.runLine');
  (await ui.next('quickPick')).escape();
  await done;
  assert.equal(runs().length, 1);
});

test('a 403 offers to reconnect with the narrowest permission the server names, and does only when asked', async () => {
  await startExtension();
  const reconnect = { flow: 'InteractiveBrowser', tenantId: 'contoso', scopes: ['User.Read', 'User.ReadBasic.All'] };
  server.commands.set('entra.run', () => answer({ status: 'graphError', objects: [], count: 0, text: 'Forbidden',
    scopes: ['User.ReadBasic.All', 'User.Read.All'], reconnect }));
  server.commands.set('entra.connect', () => null);
  ui.openEditor(SCRIPT, 'powershell', 1, 0);
  let done = run('entra.ui.runLine');
  let offer = await ui.message('do not allow Get-EntraUser');
  assert.deepEqual(offer.buttons, ['Reconnect with User.ReadBasic.All']);
  offer.dismiss();
  await done;
  assert.equal(server.commandRequests('entra.connect').length, 0, 'dismissed: no sign-in');
  done = run('entra.ui.runLine');
  offer = await ui.message('do not allow Get-EntraUser');
  offer.click('Reconnect with User.ReadBasic.All');
  await done;
  assert.deepEqual(server.commandRequests('entra.connect').map((r) => r.params.arguments), [[reconnect]]);
});

test('a 403 without a reconnect (app-only session) offers nothing', async () => {
  await startExtension();
  server.commands.set('entra.run', () => answer({ status: 'graphError', text: 'Forbidden', scopes: ['User.Read.All'] }));
  ui.openEditor(SCRIPT, 'powershell', 1, 0);
  await run('entra.ui.runLine');
  assert.equal(ui.messages().filter((m) => /do not allow/.test(m.text)).length, 0);
});

test('without a session the run offers to connect first', async () => {
  await startExtension();
  server.commands.set('entra.run', () => {
    throw new ResponseError(-32803, 'Not connected to Entra: connect first (Connect-Entra, ...).');
  });
  ui.openEditor(SCRIPT, 'powershell', 1, 0);
  const done = run('entra.ui.runLine');
  const offer = await ui.message('connect first');
  assert.deepEqual(offer.buttons, ['Connect']);
  offer.dismiss();
  await done;
  assert.equal(ui.shownDocuments.length, 0);
});

test('a session whose token cannot be had also offers to connect', async () => {
  await startExtension();
  server.commands.set('entra.run', () => {
    throw new ResponseError(-32803, 'No access token: the refresh token has expired. Connect again.');
  });
  ui.openEditor(SCRIPT, 'powershell', 1, 0);
  const done = run('entra.ui.runLine');
  const offer = await ui.message('No access token');
  assert.deepEqual(offer.buttons, ['Connect']);
  offer.dismiss();
  await done;
});

test('Cancel in the progress notification cancels the request, says so and opens no results', async () => {
  await startExtension();
  server.commands.set('entra.run', () => new Promise(() => undefined));
  ui.openEditor(SCRIPT, 'powershell', 1, 0);
  const done = run('entra.ui.runLine');
  await until(() => ui.progress.length === 1, 'the progress notification');
  assert.equal(ui.messages().filter((m) => /cancelled/.test(m.text)).length, 0, 'nothing said before the Cancel');
  ui.progress[0].cancel();
  await done;
  assert.equal(runs()[0].token?.isCancellationRequested, true);
  assert.equal(ui.shownDocuments.length, 0);
  assert.deepEqual(ui.messages().filter((m) => /cancelled/.test(m.text)).map((m) => m.text),
    ['Entra: run cancelled: $users = Get-EntraUser -Top 3 | Select-Object Id']);
  const log = ui.outputs.flatMap((o) => o.lines).filter((l) => l.startsWith('Entra run:'));
  assert.deepEqual(log, ['Entra run: cancelled ($users = Get-EntraUser -Top 3 | Select-Object Id)']);
});

test('the server\'s entra.run lens runs through the client\'s run command on the command\'s own range', async () => {
  await startExtension();
  const text = 'Connect-Entra -Scopes User.Read.All\n$n = 1; $users = Get-EntraUser -Top 3 | Select-Object Id\n';
  const document = ui.openEditor(text, 'powershell', 0, 0);
  const range = { start: { line: 1, character: 17 }, end: { line: 1, character: 37 } };
  const fromServer = [
    new CodeLens(new Range(0, 0, 0, 13), { title: 'Run', command: 'entra.connect', arguments: [{ origin: 'codeLens' }] }),
    new CodeLens(new Range(1, 17, 1, 37), { title: '▶ Run', command: 'entra.run',
      arguments: [{ uri: document.uri.toString(), range }] }),
  ];
  const provide = runCodeLenses();
  const lenses = await provide(document as never, new CancellationTokenSource().token as never,
    (async () => fromServer) as never) as unknown as CodeLens[];
  assert.equal(lenses[0], fromServer[0], 'other lenses are left as the library made them');
  assert.deepEqual([lenses[1].range, lenses[1].command?.title, lenses[1].command?.command],
    [fromServer[1].range, '▶ Run', 'entra.ui.runLine']);
  server.commands.set('entra.run', () => answer({}));
  await run('entra.ui.runLine', ...(lenses[1].command?.arguments ?? []));
  const [arg] = runs()[0].params.arguments as Record<string, unknown>[];
  assert.deepEqual(arg, { uri: document.uri.toString(), range });
  assert.ok(results().startsWith('# Get-EntraUser -Top 3 | Select-Object Id · GET '), results());
});

test('a lens the server sends without a usable entra.run argument is left alone', async () => {
  await startExtension();
  const document = ui.openEditor('Get-EntraUser\n', 'powershell', 0, 0);
  const odd = new CodeLens(new Range(0, 0, 0, 13), { title: '▶ Run', command: 'entra.run', arguments: [{ uri: 1 }] });
  const [lens] = await runCodeLenses()(document as never, new CancellationTokenSource().token as never,
    (async () => [odd]) as never) as unknown as CodeLens[];
  assert.equal(lens, odd);
});

test('the results document keeps the last ten runs, newest first', () => {
  const history = new RunHistory();
  for (let i = 1; i <= 12; i++) {
    history.add(`Get-EntraUser -Top ${i}`, { command: 'Get-EntraUser', request: [], status: 'ok', write: false,
      objects: [], count: i, single: false, text: '', notes: [], millis: 1, unevaluated: [], reasons: [], scopes: [], reconnect: null });
  }
  const headers = history.render().split('\n').filter((l) => l.startsWith('# '));
  assert.equal(headers.length, 10);
  assert.ok(headers[0].startsWith('# Get-EntraUser -Top 12 · 12 objects'), headers[0]);
});
