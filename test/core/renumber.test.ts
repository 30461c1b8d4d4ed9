import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDraft } from '../../server/src/core/draft/parseDraft';
import { planRenumber } from '../../server/src/core/renumber';

function renumber(text: string): string {
  const plan = planRenumber(parseDraft(text));
  let out = text;
  for (const e of [...plan.edits].reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Renumbers, and checks a second run changes nothing. */
function renumberOnce(text: string): string {
  const out = renumber(text);
  assert.deepEqual(planRenumber(parseDraft(out)).edits, [], 'a second run changes nothing');
  return out;
}

test('markers, groups, lists, ranges and definitions in order of first appearance; unused definitions last', () => {
  const text = 'Alpha [3]. Beta [1][3]. Gamma [5, 2]. Delta [4-6].\n\n[1]: a.md\n[2]: b.md\n[3]: c.md\n[4]: d.md\n[5]: e.md\n[6]: f.md\n[7]: g.md\n';
  assert.equal(
    renumberOnce(text),
    'Alpha [1]. Beta [2][1]. Gamma [3, 4]. Delta [3, 5, 6].\n\n[1]: c.md\n[2]: a.md\n[3]: e.md\n[4]: b.md\n[5]: d.md\n[6]: f.md\n[7]: g.md\n',
  );
  const plan = planRenumber(parseDraft(text));
  assert.deepEqual(plan.changes.find((c) => c.from === '3'), { from: '3', to: '1' });
});

test('an unused definition takes a number after every cited one', () => {
  assert.equal(renumberOnce('A [4]. B [9].\n\n[1]: unused.md\n[4]: a.md\n[9]: b.md\n'), 'A [1]. B [2].\n\n[1]: a.md\n[2]: b.md\n[3]: unused.md\n');
});

test('a range stays a range while its new numbers follow each other', () => {
  assert.equal(renumberOnce('X [2]. Y [3–5].\n\n[2]: a.md\n[3]: b.md\n[4]: c.md\n[5]: d.md\n'), 'X [1]. Y [2–4].\n\n[1]: a.md\n[2]: b.md\n[3]: c.md\n[4]: d.md\n');
});

test('markers split across lines keep their line breaks; cut-off "[" in a table is left alone', () => {
  const text =
    'The deal is not a breakup [4][\n8][\n9]. Azure stays primary [8].\n\n| Topic | Claim |\n|---|---|\n| Cloud | OpenAI can use other clouds [ |\n\nMore [10].\n\n[4]: a.md\n[8]: b.md\n[9]: c.md\n[10]: d.md\n';
  assert.equal(
    renumberOnce(text),
    'The deal is not a breakup [1][\n2][\n3]. Azure stays primary [2].\n\n| Topic | Claim |\n|---|---|\n| Cloud | OpenAI can use other clouds [ |\n\nMore [4].\n\n[1]: a.md\n[2]: b.md\n[3]: c.md\n[4]: d.md\n',
  );
});

test('definitions apart from each other are relabelled where they stand; titles and CRLF kept', () => {
  assert.equal(renumberOnce('A [2]. B [1].\n\n[2]: x.md "X"\n\nMore text.\n\n[1]: y.md\n'), 'A [1]. B [2].\n\n[1]: x.md "X"\n\nMore text.\n\n[2]: y.md\n');
  assert.equal(renumberOnce('A [2]. B [1].\r\n\r\n[1]: y.md\r\n[2]: x.md "X"\r\n'), 'A [1]. B [2].\r\n\r\n[1]: x.md "X"\r\n[2]: y.md\r\n');
});

test('code, years and code-like indexes are not markers and do not change', () => {
  const text = 'Code `[3]` and x[0] in [2023]. Real [3] and [4].\n\n```\n[3]\n```\n\n[3]: a.md\n[4]: b.md\n';
  assert.equal(renumberOnce(text), 'Code `[3]` and x[0] in [2023]. Real [1] and [2].\n\n```\n[3]\n```\n\n[1]: a.md\n[2]: b.md\n');
});

test('a marker with no definition keeps its number, and the defined ones are numbered around it', () => {
  // As in an AI draft whose source list was cut off: [2] and [5] may name entries of that list.
  assert.equal(renumberOnce('A [2]. B [7]. C [5]. D [3].\n\n[3]: a.md\n[7]: b.md\n'), 'A [2]. B [1]. C [5]. D [3].\n\n[1]: b.md\n[3]: a.md\n');
});

test('a draft already in order, and one with no numbered citations, get no edits', () => {
  assert.deepEqual(planRenumber(parseDraft('A [1]. B [2][1].\n\n[1]: a.md\n[2]: b.md\n')).edits, []);
  assert.deepEqual(planRenumber(parseDraft('Pandoc [@key] only.\n')).edits, []);
  assert.deepEqual(planRenumber(parseDraft('')).edits, []);
});

test('a seed-like draft (groups split across lines, cut-off table cells, no source list): nothing to renumber', () => {
  const text =
    'It is not a breakup [4][\n8][\n10]. The route is open [5].\n\n| Topic | Claim |\n|---|---|\n| Cloud | other clouds [ |\n| IP | through 2032 [ |\n\nAWS gains most [8][\n9].\n';
  assert.deepEqual(planRenumber(parseDraft(text)).edits, []);
  // With its source list, the same draft is renumbered and stays split where it was.
  const listed = text + '\n[4]: a.md\n[5]: b.md\n[8]: c.md\n[9]: d.md\n[10]: e.md\n';
  assert.equal(
    renumberOnce(listed),
    'It is not a breakup [1][\n2][\n3]. The route is open [4].\n\n| Topic | Claim |\n|---|---|\n| Cloud | other clouds [ |\n| IP | through 2032 [ |\n\nAWS gains most [2][\n5].\n' +
      '\n[1]: a.md\n[2]: c.md\n[3]: e.md\n[4]: b.md\n[5]: d.md\n',
  );
});

test('a seed draft (markers split across lines) with its numbers shuffled is put back in order exactly', () => {
  const original = readFileSync(path.resolve(__dirname, '../fixtures/seeds-workspace/drafts/azure-exclusivity.md'), 'utf8');
  assert.deepEqual(planRenumber(parseDraft(original)).edits, [], 'the fixture is in order');
  const shuffle: Record<string, string> = { 1: '3', 2: '4', 3: '1', 4: '2' };
  // Markers split across lines ("[1][2][" newline "3]") are shuffled too.
  const shuffled = original.replace(/\[(\s*)([1-4])\]/g, (_, ws: string, d: string) => `[${ws}${shuffle[d]}]`);
  assert.notEqual(shuffled, original);
  assert.equal(renumberOnce(shuffled), original);
});
