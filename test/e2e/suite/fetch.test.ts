/**
 * Drafts that arrive without their sources, in a real VS Code: Save Source from URL against an HTTP
 * server started here in the extension host, and Match Markers to Sources on an AI-style draft whose
 * numbered markers have no definitions. Every file made here is removed at the end.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { codes, diagnosticsWhere, fileUri } from './helpers';

const PAGE = `<!doctype html><html><head><title>Ferry timetable changes during the bridge works</title>
<meta name="author" content="Port Alder Ferries"></head><body><nav>Home · Routes · Contact</nav><main>
<h1>Ferry timetable changes during the bridge works</h1>
<p>While the Harbour Street Bridge is closed, the north shore ferry will sail every fifteen minutes at peak hours instead of every thirty.</p>
<p>Extra evening sailings will run until midnight on weekdays for as long as the bridge works last.</p>
</main><footer>Cookie settings</footer></body></html>`;

suite('Drafts without their sources', () => {
  let server: http.Server;
  let base: string;
  const made: vscode.Uri[] = [];

  suiteSetup(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/ferry') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not here');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const u of made) fs.rmSync(u.fsPath, { force: true });
    await new Promise((r) => server.close(r));
  });

  async function openNew(rel: string, text: string): Promise<vscode.TextDocument> {
    const uri = fileUri(rel);
    fs.writeFileSync(uri.fsPath, text);
    made.push(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    return doc;
  }

  test('Save Source from URL: the quick fix on no-saved-copy, the page saved under sources/, the definition pointed at it in one undoable edit', async () => {
    const url = `${base}/ferry`;
    const doc = await openNew('drafts/web-source.md', `The ferry sails every fifteen minutes at peak hours while the bridge is closed [1].\n\n[1]: ${url}\n`);
    await diagnosticsWhere(doc.uri, (c) => c.includes('1:no-saved-copy'));
    const diag = vscode.languages.getDiagnostics(doc.uri).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'no-saved-copy')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const fix = actions.find((a) => a.command?.command === 'cited.saveSourceFromUrl');
    assert.ok(fix, `no save quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.title, `Save a copy of ${url} as a source`);

    const before = doc.getText();
    const result = await vscode.commands.executeCommand<{ status: string; savedPath: string }>(fix.command!.command, ...(fix.command!.arguments ?? []));
    assert.equal(result.status, 'saved', JSON.stringify(result));
    const saved = vscode.Uri.file(result.savedPath);
    made.push(saved);
    assert.equal(saved.fsPath, fileUri('sources/ferry-timetable-changes-during-the-bridge-works.md').fsPath);
    const text = fs.readFileSync(saved.fsPath, 'utf8');
    assert.match(text, /^---\ntitle: Ferry timetable changes during the bridge works\nauthor: Port Alder Ferries\n/);
    assert.match(text, /every fifteen minutes at peak hours/);
    assert.doesNotMatch(text, /Cookie settings/);
    assert.equal(doc.lineAt(2).text, '[1]: ../sources/ferry-timetable-changes-during-the-bridge-works.md "Ferry timetable changes during the bridge works"');
    // The marker now resolves to the saved page.
    await diagnosticsWhere(doc.uri, (c) => !c.includes('1:no-saved-copy'));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo puts the web address back');
    // A page that is not there: a failure, and no file.
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.lineAt(2).range, `[1]: ${base}/gone`);
    await vscode.workspace.applyEdit(edit);
    const failed = await vscode.commands.executeCommand<{ status: string; message: string }>('cited.saveSourceFromUrl', { uri: doc.uri.toString(), label: '1' });
    assert.equal(failed.status, 'failed');
    assert.match(failed.message, /404/);
    assert.deepEqual(
      fs.readdirSync(fileUri('sources').fsPath).filter((f) => f.startsWith('ferry-timetable')),
      ['ferry-timetable-changes-during-the-bridge-works.md'],
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('Match Markers to Sources defines the undefined numbers as the sources that back their sentences, in one undoable edit', async () => {
    const doc = await openNew(
      'drafts/ai-match.md',
      '# The bridge, as an assistant wrote it\n\n' +
        'Councillor Ines Varga cast the only vote against the rehabilitation, asking for a second engineering opinion first [1].\n\n' +
        'The structural engineer said the worst girders had lost up to a quarter of their original thickness, where water drains off the deck [2]. ' +
        'She called a 20-month build tight but realistic if the steel arrives on time [2].\n',
    );
    await diagnosticsWhere(doc.uri, (c) => c.includes('3:undefined-citation') && c.includes('5:undefined-citation'));
    const before = doc.getText();
    const result = await vscode.commands.executeCommand<{ accepted: string[]; undefinedLeft: string[] }>('cited.matchMarkers', { acceptAll: true });
    assert.deepEqual(result, { accepted: ['1', '2'], undefinedLeft: [] });
    assert.ok(
      doc.getText().endsWith('\n\n[1]: ../sources/council-minutes.md "Minutes of the Port Alder City Council, regular session"\n[2]: ../sources/engineer-interview.txt "Interview notes: Maren Holt, structural engineer"\n'),
      doc.getText(),
    );
    await diagnosticsWhere(doc.uri, (c) => !c.some((x) => x.endsWith(':undefined-citation')));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo removes every definition written');
    await diagnosticsWhere(doc.uri, (c) => c.includes('3:undefined-citation'));
    assert.ok(codes(doc.uri).includes('5:undefined-citation'));
    // Per number: only [2] accepted (as when the writer unticks [1] in the quick pick); [1] stays undefined.
    const one = await vscode.commands.executeCommand<{ accepted: string[]; undefinedLeft: string[] }>('cited.matchMarkers', { labels: ['2'] });
    assert.deepEqual(one, { accepted: ['2'], undefinedLeft: ['1'] });
    assert.ok(doc.getText().endsWith('\n\n[2]: ../sources/engineer-interview.txt "Interview notes: Maren Holt, structural engineer"\n'), doc.getText());
    await diagnosticsWhere(doc.uri, (c) => c.includes('3:undefined-citation') && !c.includes('5:undefined-citation'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
