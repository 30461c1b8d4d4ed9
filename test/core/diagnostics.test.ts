import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council minutes\nid: minutes\nurl: https://city.example/minutes\n---\n\nThe council voted 6 to 1 to approve the budget.\n',
  'sources/broken.json': '{"status": 500}',
};

/** Renders a draft's diagnostics as "line:code" (1-based lines). */
/** These tests are about markers, definitions and sources; claim support has its own tests (support.test.ts). */
const STRUCTURAL = { support: false };

function diags(draft: string, settings: Record<string, unknown> = {}, extra: Record<string, string> = {}): string[] {
  const s = workspace({ ...SOURCES, ...extra, 'drafts/d.md': draft }, { ...STRUCTURAL, ...settings });
  const path = ROOT + '/drafts/d.md';
  const model = s.draftModel(path)!;
  return s.diagnostics(path).map((d) => `${model.lines.positionAt(d.range.start).line + 1}:${d.code}`);
}

test('a resolved citation gives no diagnostic', () => {
  assert.deepEqual(diags('The council approved it [1].\n\n[1]: ../sources/minutes.md\n'), []);
});

test('undefined numeric citation is an error naming the marker', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': 'Claim [1] and [7].\n\n[1]: ../sources/minutes.md\n' }, STRUCTURAL);
  const list = s.diagnostics(ROOT + '/drafts/d.md');
  assert.equal(list.length, 1);
  assert.equal(list[0].code, 'undefined-citation');
  assert.equal(list[0].severity, 'error');
  assert.match(list[0].message, /\[7\] has no reference definition/);
});

test('missing source is an error on the marker with related information on the definition', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': 'Claim [2].\n\n[2]: ../sources/gone.md\n' }, STRUCTURAL);
  const [d] = s.diagnostics(ROOT + '/drafts/d.md');
  assert.equal(d.code, 'missing-source');
  assert.match(d.message, /gone\.md, which does not exist/);
  assert.equal(d.related[0].path, ROOT + '/drafts/d.md');
  assert.match(d.related[0].message, /Definition of \[2\]/);
});

test('unreadable source is a warning that says why and points at the source', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': 'Claim [3].\n\n[3]: ../sources/broken.json\n' }, STRUCTURAL);
  const [d] = s.diagnostics(ROOT + '/drafts/d.md');
  assert.equal(d.code, 'unreadable-source');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /cannot be read: The JSON holds no article object/);
  assert.ok(d.related.some((r) => r.path === ROOT + '/sources/broken.json'));
});

test('duplicate and unused definitions', () => {
  assert.deepEqual(diags('Claim [1].\n\n[1]: ../sources/minutes.md\n[1]: ../sources/other.md\n[5]: ../sources/minutes.md\n'), ['4:duplicate-definition', '5:unused-definition']);
});

test('url definitions resolve through the saved source with that url; unknown urls have no saved copy', () => {
  assert.deepEqual(diags('Claim [1].\n\n[1]: http://www.city.example/minutes/\n'), []);
  assert.deepEqual(diags('Claim [1].\n\n[1]: https://elsewhere.example/page\n'), ['1:no-saved-copy']);
});

test('malformed markers are warnings', () => {
  assert.deepEqual(diags('Claim [1][\n1] and [].\n\n[1]: ../sources/minutes.md\n'), ['1:malformed-citation', '2:malformed-citation']);
});

test('pandoc keys resolve to source ids; unknown keys are errors', () => {
  assert.deepEqual(diags('Approved [@minutes, p. 2] but [@nobody].\n'), ['1:undefined-citation']);
});

test('in-text @key that matches nothing is only reported in pandoc drafts', () => {
  assert.deepEqual(diags('Follow @cityhall for updates.\n'), []);
  assert.deepEqual(diags('Follow @cityhall for updates [@minutes].\n'), ['1:undefined-citation']);
  assert.deepEqual(diags('Follow @cityhall.\n', { citationStyle: 'pandoc' }), ['1:undefined-citation']);
});

test('severity settings change or silence a code', () => {
  const draft = 'Claim [9].\n\n[1]: ../sources/minutes.md\n';
  assert.deepEqual(diags(draft), ['1:undefined-citation', '3:unused-definition']);
  assert.deepEqual(diags(draft, { severity: { 'unused-definition': 'off' } }), ['1:undefined-citation']);
  const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, { ...STRUCTURAL, severity: { 'undefined-citation': 'warning' } });
  assert.equal(s.diagnostics(ROOT + '/drafts/d.md')[0].severity, 'warning');
});

test('source problems are reported on the source file itself', () => {
  const s = workspace({ 'sources/x.json': '{"title": "T", "content": "<p>He said "yes" twice.</p>"}' });
  const [d] = s.sourceDiagnostics(ROOT + '/sources/x.json');
  assert.equal(d.code, 'repaired-source');
  assert.equal(d.severity, 'information');
});

test('diagnostics follow source changes', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': 'Claim [1].\n\n[1]: ../sources/new.md\n' }, STRUCTURAL);
  const path = ROOT + '/drafts/d.md';
  assert.deepEqual(s.diagnostics(path).map((d) => d.code), ['missing-source']);
  s.setSource(ROOT + '/sources/new.md', '# New\n\nText.\n');
  assert.deepEqual(s.diagnostics(path), []);
  assert.deepEqual(s.draftsAffectedBy({ path: ROOT + '/sources/new.md' }), [path]);
  s.setSourceMissing(ROOT + '/sources/new.md');
  assert.deepEqual(s.diagnostics(path).map((d) => d.code), ['missing-source']);
});

test('definitions glued to the paragraph above are used, and reported once per run with the blank-line fix', () => {
  const draft = 'The council approved it [1]. It met twice [2].\n[1]: ../sources/minutes.md\n[2]: ../sources/minutes.md "Minutes"\n';
  // The markers resolve (no undefined-citation), the definition lines are not read as citations, one warning at line 2.
  assert.deepEqual(diags(draft), ['2:definition-in-paragraph']);
  const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, STRUCTURAL);
  const [d] = s.diagnostics(ROOT + '/drafts/d.md');
  assert.match(d.message, /These 2 reference definitions are read as part of the paragraph above/);
  const model = s.draftModel(ROOT + '/drafts/d.md')!;
  assert.deepEqual(model.definitions.map((x) => [x.label, x.url, x.title ?? null, x.gluedTo]), [['1', '../sources/minutes.md', null, 'paragraph'], ['2', '../sources/minutes.md', 'Minutes', 'paragraph']]);
  // The claim of [2] is the sentence, without the definition lines.
  assert.deepEqual(model.citations.map((c) => c.refs[0].label), ['1', '2']);
  // With the blank line in place the warning goes; a line that only looks similar mid-paragraph is left alone.
  assert.deepEqual(diags(draft.replace('\n[1]:', '\n\n[1]:')), []);
  assert.deepEqual(diags('See the note [1]: it matters.\nMore text [1].\n\n[1]: ../sources/minutes.md\n'), []);
});

test('definitions written under a table, with no blank line, are its rows to markdown: used and reported', () => {
  const draft = '| Item | Figure |\n|---|---|\n| Budget | approved [1] |\n[1]: ../sources/minutes.md\n';
  assert.deepEqual(diags(draft), ['4:definition-in-paragraph']);
  const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, STRUCTURAL);
  assert.match(s.diagnostics(ROOT + '/drafts/d.md')[0].message, /This reference definition is read as part of the table above.*as table rows/);
  const model = s.draftModel(ROOT + '/drafts/d.md')!;
  // The definition row is no table cell holding a claim.
  assert.equal(model.blocks.filter((b) => b.kind === 'tableCell').length, 4);
});

test('prose written under a table, with no blank line, is read as a paragraph and reported once per run', () => {
  const table = '| Item | Figure |\n|---|---|\n| Budget | approved [1] |\n';
  const draft = table + 'The council met twice. It approved the budget [1].\nThe vote was close [1].\n\n[1]: ../sources/minutes.md\n';
  assert.deepEqual(diags(draft), ['4:paragraph-in-table']);
  const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, STRUCTURAL);
  const d = s.diagnostics(ROOT + '/drafts/d.md')[0];
  assert.match(d.message, /This line and the 1 below it are read as rows of the table above/);
  // The warning covers the first glued line only.
  assert.equal(draft.slice(d.range.start, d.range.end), 'The council met twice. It approved the budget [1].');
  const model = s.draftModel(ROOT + '/drafts/d.md')!;
  // The real rows stay cells (2 header + 2 body); the glued lines are one paragraph.
  assert.equal(model.blocks.filter((b) => b.kind === 'tableCell').length, 4);
  assert.deepEqual(model.blocks.filter((b) => b.kind === 'paragraph').map((b) => draft.slice(b.range.start, b.range.end)), ['The council met twice. It approved the budget [1].\nThe vote was close [1].']);
  // With the blank line the warning goes; a row with pipes and a one-column table are real tables.
  assert.deepEqual(diags(draft.replace('\nThe council', '\n\nThe council')), []);
  assert.deepEqual(diags(table + 'Rates | approved [1]\n\n[1]: ../sources/minutes.md\n'), []);
  assert.deepEqual(diags('| Notes |\n|---|\n| approved [1] |\nstill a row [1]\n\n[1]: ../sources/minutes.md\n'), []);
});
