/**
 * Cited in a real VS Code: the packaged extension's client, the spawned server and
 * the real `vscode` API, on a copy of examples/. Readiness is awaited (the client's
 * ready promise, diagnostics events), never slept for.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CitedApi } from '../../../client/src/extension';
import { codes, diagnosticsWhere, fileUri, hoverText, root } from './helpers';

suite('Cited in a real VS Code', () => {
  let api: CitedApi;
  let draft: vscode.TextDocument;
  const draftUri = () => fileUri('drafts/harbour-bridge.md');

  suiteSetup(async () => {
    draft = await vscode.workspace.openTextDocument(draftUri());
    await vscode.window.showTextDocument(draft);
    const ext = vscode.extensions.getExtension<CitedApi>('cited.cited');
    assert.ok(ext, 'the extension is installed');
    api = await ext.activate();
    await api.ready;
  });

  test('activates on a markdown draft and indexes the sources (status bar)', async () => {
    // Ready once indexed (judging a long draft's claims would show "judging n/total" for a while).
    for (let i = 0; i < 300 && api.status()?.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(api.status()?.state, 'ready');
    assert.equal(api.status()?.sources, 7);
    assert.match(api.statusText(), /Cited: 7 sources/);
  });

  test('diagnostics hold the expected codes at the expected lines', async () => {
    const got = await diagnosticsWhere(draftUri(), (c) => c.includes('23:undefined-citation'));
    for (const want of ['9:malformed-citation', '18:malformed-citation', '23:undefined-citation', '24:unreadable-source', '25:missing-source', '25:malformed-citation', '35:duplicate-definition', '36:unused-definition']) {
      assert.ok(got.includes(want), `${want} missing from ${got.join(' ')}`);
    }
  });

  test('hover on a marker returns the source title and the passage', async () => {
    const line = draft.lineAt(7).text;
    const pos = new vscode.Position(7, line.indexOf('[2]') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draftUri(), pos);
    const text = hoverText(hovers);
    assert.match(text, /Bridge repairs approved after tense council vote/);
    assert.match(text, /\*\*vote\*\* of \*\*six\*\* to \*\*one\*\*/);
  });

  test('Check All Citations fills diagnostics for drafts never opened', async () => {
    const never = fileUri('drafts/pandoc-notes.md');
    assert.deepEqual(codes(never), []);
    const result = await vscode.commands.executeCommand<{ drafts: number; errors: number }>('cited.checkAll');
    assert.equal(result.drafts, 3);
    const got = await diagnosticsWhere(never, (c) => c.includes('10:undefined-citation'));
    assert.ok(got.includes('10:undefined-citation'));
    assert.ok(codes(fileUri('drafts/fact-check.md')).includes('3:number-mismatch'));
  });

  test('Insert Citation adds the marker and the definition in one undoable edit', async () => {
    const editor = await vscode.window.showTextDocument(draft);
    const before = draft.getText();
    const line = draft.getText().split('\n').findIndex((l) => l.startsWith('The mayor said'));
    const end = draft.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    const result = await vscode.commands.executeCommand<{ marker: string }>('cited.insertCitation', { sourceId: 'radio-transcript' });
    assert.equal(result.marker, ' [11]');
    assert.ok(draft.lineAt(line).text.endsWith('[2]. [11]'), draft.lineAt(line).text);
    assert.match(draft.getText(), /\[10\]: \.\.\/sources\/engineer-interview\.txt\n\[11\]: \.\.\/sources\/radio-transcript\.txt "Morning show transcript: the bridge vote"/);
    await vscode.commands.executeCommand('undo');
    assert.equal(draft.getText(), before, 'one undo removes both the marker and the definition');
    // A source the draft already defines is cited with its existing number, and nothing is added.
    editor.selection = new vscode.Selection(end, end);
    const reused = await vscode.commands.executeCommand<{ marker: string; reused?: string }>('cited.insertCitation', { sourceId: 'budget-memo' });
    assert.deepEqual([reused.marker, reused.reused], [' [5]', '5']);
    assert.equal(draft.getText().length, before.length + 4);
    await vscode.commands.executeCommand('undo');
    assert.equal(draft.getText(), before, 'one undo removes both the marker and the definition');
  });

  test('typing "[" offers each source as a completion with its marker and new definition', async () => {
    const editor = await vscode.window.showTextDocument(draft);
    const before = draft.getText();
    const line = draft.getText().split('\n').findIndex((l) => l.startsWith('The mayor said'));
    const end = draft.lineAt(line).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, ' [')));
    const at = draft.lineAt(line).range.end;
    // Resolving the items (as VS Code does for the one the writer looks at) adds the passage that backs the sentence.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draftUri(), at, '[', 20);
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const radio = list.items.find((i) => label(i).includes('Morning show transcript'));
    assert.ok(radio, `no Cited item among: ${list.items.map(label).join(' | ')}`);
    assert.equal(label(radio), '[11] Morning show transcript: the bridge vote');
    // Each item reaches the editor documented: the title, who published it and when, and the opening text or, once resolved, a passage (test/core/completion.test.ts checks which).
    const doc = (i: vscode.CompletionItem) => (typeof i.documentation === 'string' ? i.documentation : (i.documentation?.value ?? ''));
    assert.match(doc(radio), /^\*\*Morning show transcript: the bridge vote\*\*\n\n/, doc(radio));
    // The best match for the sentence ("The wire service reported that the footpath will close…"), resolved: its passage.
    const wire = list.items.find((i) => label(i).includes('Port Alder bridge to stay partly open'));
    assert.match(doc(wire!), /^\*\*Port Alder bridge to stay partly open during two\\-year rebuild\*\*\n\n.+\n\nFor this sentence: “.*footpath would close for several weeks/, doc(wire!));
    const gazette = list.items.find((i) => label(i).includes('Bridge repairs approved after tense council vote'));
    assert.match(typeof gazette?.detail === 'string' ? gazette.detail : '', /Harbour Gazette/, gazette?.detail);
    const range = radio.range as vscode.Range;
    assert.equal(range.start.character, at.character - 1, 'the typed "[" is replaced');
    assert.equal(radio.additionalTextEdits?.length, 1);
    // Accept it as the editor would: the marker, then the definition after the others.
    assert.ok(await editor.edit((b) => {
      b.replace(range, typeof radio.insertText === 'string' ? radio.insertText : radio.insertText!.value);
      for (const e of radio.additionalTextEdits!) b.replace(e.range, e.newText);
    }));
    assert.ok(draft.lineAt(line).text.endsWith('[2]. [11]'), draft.lineAt(line).text);
    assert.match(draft.getText(), /\[11\]: \.\.\/sources\/radio-transcript\.txt/);
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.equal(draft.getText(), before);
  });

  test('Find All References on a definition lists the markers citing that source in every draft', async () => {
    const line = draft.getText().split('\n').findIndex((l) => l.startsWith('[1]: ../sources/council-minutes.md'));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', draftUri(), new vscode.Position(line, 1));
    const where = refs.map((r) => `${path.basename(r.uri.fsPath)}:${r.range.start.line + 1}`);
    for (const want of ['fact-check.md:3', 'pandoc-notes.md:6', `harbour-bridge.md:${line + 1}`]) assert.ok(where.includes(want), `${want} in ${where.join(' ')}`);
  });

  test('a quick fix defines an undefined numbered marker as a source that backs its sentence', async () => {
    await vscode.window.showTextDocument(draft);
    await diagnosticsWhere(draftUri(), (c) => c.includes('23:undefined-citation'));
    const undef = vscode.languages.getDiagnostics(draftUri()).find((d) => d.range.start.line === 22 && (d.code === 'undefined-citation' || (typeof d.code === 'object' && d.code.value === 'undefined-citation')))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draftUri(), undef.range, vscode.CodeActionKind.QuickFix.value);
    const define = actions.find((a) => /^Define \[9\] as /.test(a.title));
    assert.ok(define?.edit, actions.map((a) => a.title).join(', '));
    const before = draft.getText();
    assert.ok(await vscode.workspace.applyEdit(define.edit));
    assert.match(draft.getText(), /\n\[9\]: \.\.\/sources\//);
    await diagnosticsWhere(draftUri(), (c) => !c.includes('23:undefined-citation'));
    await vscode.commands.executeCommand('undo');
    assert.equal(draft.getText(), before);
    await diagnosticsWhere(draftUri(), (c) => c.includes('23:undefined-citation'));
  });

  test('editing the draft updates diagnostics', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(draftUri(), new vscode.Position(draft.lineCount - 1, 0), '[9]: ../sources/engineer-interview.txt\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const got = await diagnosticsWhere(draftUri(), (c) => !c.includes('23:undefined-citation'));
    assert.ok(!got.includes('23:undefined-citation'));
  });

  test('creating a source file updates diagnostics without a restart', async () => {
    assert.ok(codes(draftUri()).includes('25:missing-source'));
    fs.writeFileSync(path.join(root(), 'sources', 'council-summary.md'), '# Council summary\n\nThe council approved the plan.\n');
    const got = await diagnosticsWhere(draftUri(), (c) => !c.includes('25:missing-source'));
    assert.ok(!got.includes('25:missing-source'));
  });

  test('claim support: a quick fix replaces a wrong figure with the source\'s, and the citation report opens', async () => {
    const fact = fileUri('drafts/fact-check.md');
    const doc = await vscode.workspace.openTextDocument(fact);
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhere(fact, (c) => c.includes('3:number-mismatch'));
    const figure = vscode.languages.getDiagnostics(fact).find((d) => d.code === 'number-mismatch' || (typeof d.code === 'object' && d.code.value === 'number-mismatch'))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', fact, figure.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith("Replace with the source's figure"));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(2).text, /approved \$48 million/);
    await diagnosticsWhere(fact, (c) => !c.includes('3:number-mismatch'));
    await vscode.commands.executeCommand('undo');
    const reportUri = await vscode.commands.executeCommand<vscode.Uri>('cited.showReport');
    assert.ok(reportUri);
    const report = new TextDecoder().decode(await vscode.workspace.fs.readFile(reportUri));
    assert.match(report, /^# Citation report: fact\\-check\.md/);
    assert.match(report, /## ✗ Line 5: unsupported/);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
    assert.ok(tabs.some((t) => /Preview .*fact-check\.citation-report\.md/.test(t)), tabs.join(' | '));
    await vscode.window.showTextDocument(doc);
  });

  test('the support threshold setting re-judges open drafts when it changes', async () => {
    const fact = fileUri('drafts/fact-check.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fact));
    // Line 7 is supported at the default threshold; a strict one flags it.
    await diagnosticsWhere(fact, (c) => c.includes('3:unsupported-claim') && !c.includes('7:unsupported-claim'));
    const config = vscode.workspace.getConfiguration('cited');
    await config.update('support.threshold', 0.99, vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsWhere(fact, (c) => c.includes('7:unsupported-claim'));
    } finally {
      await config.update('support.threshold', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(fact, (c) => c.includes('3:unsupported-claim') && !c.includes('7:unsupported-claim'));
  });

  test('editing a source updates the claim checks of the drafts that cite it', async () => {
    const fact = fileUri('drafts/fact-check.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fact));
    await diagnosticsWhere(fact, (c) => c.includes('3:number-mismatch'));
    const minutes = path.join(root(), 'sources', 'council-minutes.md');
    fs.writeFileSync(minutes, fs.readFileSync(minutes, 'utf8').replace('$48 million', '$52 million'));
    const got = await diagnosticsWhere(fact, (c) => !c.includes('3:number-mismatch'));
    assert.ok(!got.includes('3:number-mismatch'));
  });
  test('a long draft: the lines on screen are judged first, the status bar counts, and every claim arrives', async () => {
    // 1,200 cited sentences made of the example sources' words, one per line, each citing one of them:
    // long enough that judging shows its progress.
    const n = 1200;
    const names = fs.readdirSync(path.join(root(), 'sources')).filter((f) => !f.startsWith('council-summary')).sort();
    const words = [...new Set(names.flatMap((f) => fs.readFileSync(path.join(root(), 'sources', f), 'utf8').match(/\b[a-z]{4,}\b/g) ?? []))].sort();
    let x = 7;
    const pick = () => words[(x = (x * 1103515245 + 12345) % 2147483648) % words.length];
    const lines = ['# A long draft', ''];
    for (let i = 0; i < n; i++) {
      const w = Array.from({ length: 9 }, pick);
      lines.push(`${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(' ')} in ${1900 + (i % 120)} [${(i % names.length) + 1}].`);
    }
    lines.push('', ...names.map((f, i) => `[${i + 1}]: ../sources/${f}`), '');
    const file = path.join(root(), 'drafts', 'long.md');
    fs.writeFileSync(file, lines.join('\n'));
    const uri = vscode.Uri.file(file);
    const support = (c: string[], from: number, to: number) => c.filter((x) => /unsupported-claim|partial-support|number-mismatch/.test(x) && +x.split(':')[0] >= from && +x.split(':')[0] <= to).length;
    // Watch the status bar while judging: it counts the claims.
    const seen = new Set<string>();
    const watch = setInterval(() => seen.add(api.statusText()), 10);
    // The first diagnostics with claims at the bottom of the draft, where the writer is looking.
    const bottomFirst = diagnosticsWhere(uri, (c) => support(c, n - 15, n + 2) > 0, 120_000);
    // Opened at its end, as when the writer jumps to the last paragraph.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { selection: new vscode.Range(n - 5, 0, n - 5, 0) });
    try {
      const early = await bottomFirst;
      // Judged around the lines on screen before the middle of the draft.
      assert.equal(support(early, n / 3, (2 * n) / 3), 0, `the middle was judged before the lines on screen: ${early.join(' ')}`);
      const all = await diagnosticsWhere(uri, (c) => support(c, n / 3, (2 * n) / 3) > 0 && /Cited: \d+ sources/.test(api.statusText()), 120_000);
      assert.ok(support(all, 1, n + 2) > n / 2, `${support(all, 1, n + 2)} claim diagnostics`);
      assert.ok([...seen].some((t) => /Cited: judging \d+\/\d+/.test(t)), [...seen].join(' | '));
    } finally {
      clearInterval(watch);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.unlinkSync(file);
    }
  });
});
