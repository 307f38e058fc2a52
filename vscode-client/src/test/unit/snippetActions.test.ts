import '../fakes/install';
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { snippetCodeActions, snippetEdits, SnippetClient } from '../../client/snippetActions';

const URI = 'file:///work/add.ps1';
const range = { start: { line: 0, character: 21 }, end: { line: 0, character: 21 } };
/** The server's missing-mandatory fix for a client that declared `experimental.snippetTextEdit`. */
const snippetAction = {
  title: 'Add -Id, -Name', kind: 'quickfix',
  edit: { documentChanges: [{ textDocument: { uri: URI, version: 3 }, edits: [{ range, newText: ' -Id $1 -Name $2', insertTextFormat: 2 }] }] },
};
const plainAction = { title: 'Replace -Filtr with -Filter', kind: 'quickfix', edit: { changes: { [URI]: [{ range, newText: '-Filter' }] } } };

/** A client whose server answers `answer`; the library's conversion is stood in by a plain CodeAction per item. */
function client(answer: unknown[] | null, sent: unknown[] = []): SnippetClient {
  const asRange = (r: typeof range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  return {
    code2ProtocolConverter: {
      asTextDocumentIdentifier: (d: { uri: vscode.Uri }) => ({ uri: d.uri.toString() }),
      asRange: (r: vscode.Range) => ({ start: { ...r.start }, end: { ...r.end } }),
      asCodeActionContextSync: () => ({ diagnostics: [] }),
    },
    protocol2CodeConverter: {
      asRange,
      asCodeActionResult: async (items: { title: string }[]) => items.map((i) => new vscode.CodeAction(i.title)),
    },
    sendRequest: async (_type: unknown, params: unknown) => {
      sent.push(params);
      return answer;
    },
    handleFailedRequest: () => null,
  } as unknown as SnippetClient;
}

async function provide(c: SnippetClient): Promise<vscode.CodeAction[]> {
  const provider = snippetCodeActions(() => c);
  const document = { uri: vscode.Uri.parse(URI) };
  const token = new vscode.CancellationTokenSource().token;
  const next = () => { throw new Error('the middleware sends the request itself'); };
  return (await provider(document as never, new vscode.Range(0, 0, 0, 0) as never, { diagnostics: [] } as never,
    token as never, next as never)) as unknown as vscode.CodeAction[];
}

test('a snippet edit from the server becomes a SnippetTextEdit: the placeholders are tab stops', async () => {
  const sent: unknown[] = [];
  const [action] = await provide(client([snippetAction], sent));
  assert.equal(action.title, 'Add -Id, -Name');
  const edits = (action.edit as unknown as { entries: Map<string, unknown[]> }).entries.get(URI);
  assert.ok(edits && edits.length === 1, 'one edit for the document');
  const edit = edits[0] as { snippet: { value: string }; range: vscode.Range };
  assert.ok(edit instanceof (vscode as unknown as { SnippetTextEdit: new (...a: never[]) => unknown }).SnippetTextEdit);
  assert.equal(edit.snippet.value, ' -Id $1 -Name $2');
  assert.deepEqual([edit.range.start.line, edit.range.start.character], [0, 21]);
  assert.deepEqual(sent, [{ textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }]);
});

test('other actions keep the conversion the library makes', async () => {
  const [action] = await provide(client([plainAction]));
  assert.equal(action.title, 'Replace -Filtr with -Filter');
  assert.equal(action.edit, undefined, 'left as converted (the stand-in conversion sets no edit)');
  assert.deepEqual(snippetEdits(plainAction), []);
  assert.deepEqual(snippetEdits({ edit: { documentChanges: [{ textDocument: { uri: URI }, edits: [{ range, newText: 'x' }] }] } }), []);
});

test('no answer is no actions', async () => {
  assert.equal(await provide(client(null)), null);
});
