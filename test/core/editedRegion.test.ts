// After an edit, the claims outside the edited region are taken over from the draft before it
// (editedRegion.ts, carryClaims in claimChecks.ts). Whatever the edit, the claims, their verdicts
// and the diagnostics must be those of the edited draft checked afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { parseDraft } from '../../server/src/core/draft/parseDraft';
import { editedRegion } from '../../server/src/core/draft/editedRegion';
import type { CitedLanguageService } from '../../server/src/core/languageService';

const DIR = path.join(__dirname, '../fixtures/seeds-workspace');
const FILES: Record<string, string> = {};
for (const sub of ['sources', 'drafts']) for (const f of readdirSync(path.join(DIR, sub))) FILES[`${sub}/${f}`] = readFileSync(path.join(DIR, sub, f), 'utf8');
// A draft of every kind of block: headings, quotations broken by a speaker's tag, lists (nested, tight), a table with a
// cut-off marker, a block quote, code, uncited figures, definitions glued under a paragraph.
FILES['drafts/every-block.md'] = [
  '# Exclusivity ended in 2025 [1]',
  '',
  '"The license is no longer exclusive," the blog said. "Rival clouds may serve the models." [3]',
  '',
  '- Microsoft keeps its stake [2]',
  '- OpenAI may sign deals with rival cloud providers [1]. The AGI clause was removed.',
  '  - Nested: 20 percent of revenue [2]',
  '1. First numbered point [3]',
  '2. Second numbered point with 1,500 engineers.',
  '',
  '| Year | What changed |',
  '|---|---|',
  '| 2024 | The exclusive license [1] |',
  '| 2025 | Rival clouds allowed [',
  'A line of prose under the table [2].',
  '',
  '> A quoted paragraph says the partnership was reset [2].',
  '',
  '```',
  'code with [1] and 2,000 inside',
  '```',
  '',
  'An uncited sentence says 4,000 people signed up. Another cites two [1][2].',
  'See [the minutes][1] for more.',
  '[1]: ../sources/partnership-reset.txt',
  '',
  '[2]: ../sources/any-cloud-news.txt',
  '[3]: ../sources/cloud-exclusivity-blog.html',
  '',
].join('\n');

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SNIPPETS = ['Word ', ' ', '\n', '\n\n', '[1]', '[2][3]', ' 1,200 ', '"quoted words" ', '- ', '| x | y |\n', '```\n', '# ', '[', ']', '@', '. ', 'Revenue rose 40% in 2023 [4]. ', '[9]: ../sources/none.txt\n', '> ', '    ', '<!-- ', '---\n'];

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const op = rnd();
  if (op < 0.55) return text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at);
  const len = 1 + Math.floor(rnd() * 20);
  if (op < 0.85) return text.slice(0, at) + text.slice(at + len);
  return text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at + len);
}

/** What a draft's claims and diagnostics are, as plain data (the markers by their place in the draft's list). */
function summary(service: CitedLanguageService, p: string): unknown {
  const model = service.draftModel(p)!;
  const claims = service.claims(p).map((e) => ({
    range: e.claim.range,
    text: e.claim.text,
    markers: e.citations.map((c) => model.citations.indexOf(c)),
    markerRange: e.markerRange,
    sources: e.sources.map((s) => s.path),
    unresolved: e.unresolved,
    verdict: e.result?.verdict,
    score: e.result?.score,
    figures: e.result?.figures.map((f) => [f.range, f.found]),
    quotes: e.result?.quotes.map((q) => [q.range, q.found]),
    parts: e.result?.parts?.map((x) => [x.range, x.backed]),
    disagreement: e.disagreement?.term,
  }));
  const diagnostics = service.diagnostics(p).map((d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity }));
  return { claims, diagnostics };
}

/** How many runs of edits each draft gets (EDIT_RUNS, for a longer search by hand). */
const RUNS = Number(process.env.EDIT_RUNS ?? 1);

for (const name of Object.keys(FILES).filter((f) => f.startsWith('drafts/'))) for (let run = 0; run < RUNS; run++) {
  test(`claims taken over across edits are those of the edited draft checked afresh (${name}${run ? `, run ${run + 1}` : ''})`, () => {
    const p = `${ROOT}/${name}`;
    const edited = workspace(FILES);
    // The reference: each version of the draft checked as a draft of its own (no draft before it to take from).
    const fresh = workspace(Object.fromEntries(Object.entries(FILES).filter(([f]) => !f.startsWith('drafts/'))));
    const rnd = random(name.length * 7919 + run * 104729);
    let text = FILES[name];
    edited.claims(p);
    let carried = 0;
    for (let i = 0; i < 80; i++) {
      // Now and then two edits come before the claims are asked for (a writer typing on).
      const before = edited.draftModel(p)!;
      text = edit(text, rnd);
      if (i % 5 === 4) {
        edited.setDraft(p, text);
        text = edit(text, rnd);
      }
      edited.setDraft(p, text);
      if (editedRegion(before, edited.draftModel(p)!)) carried++;
      const ref = `${ROOT}/drafts/fresh-${i}.md`;
      fresh.setDraft(ref, text);
      const mine = summary(edited, p) as { claims: unknown[] };
      const theirs = summary(fresh, ref) as { claims: unknown[] };
      assert.deepEqual(mine, theirs, `edit ${i}: ${JSON.stringify(text.slice(0, 80))}…`);
      fresh.removeDraft(ref);
    }
    // Most edits were taken over from the draft before them (else this test would compare nothing carried).
    assert.ok(carried >= 20, `only ${carried} of 80 edits kept their region`);
  });
}

test('an edit within a paragraph keeps the region to that paragraph and its neighbours', () => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} says ${i * 10} things [${i + 1}].`);
  const text = paragraphs.join('\n\n') + '\n';
  const old = parseDraft(text);
  const at = text.indexOf('Paragraph 4') + 'Paragraph 4 says'.length;
  const next = parseDraft(text.slice(0, at) + ' more' + text.slice(at));
  const region = editedRegion(old, next)!;
  assert.ok(region, 'a region');
  assert.equal(text.slice(region.start, region.oldEnd), paragraphs.slice(3, 6).join('\n\n') + '\n');
  assert.equal(region.delta, 5);
  assert.equal(region.citationsBefore, 3);
  assert.equal(region.oldCitationsAfter, 6);
});

test('an edit that changes how the rest of the draft reads takes nothing over', () => {
  const text = 'First claim [1].\n\nSecond claim [2].\n\nThird claim [3].\n\n[1]: a.md\n[2]: b.md\n[3]: c.md\n';
  const old = parseDraft(text);
  // A fence opened above the later paragraphs turns them into code.
  assert.equal(editedRegion(old, parseDraft(text.replace('Second', '```\nSecond'))), undefined);
  // A definition changed: the markers with its label resolve afresh, wherever they are.
  assert.deepEqual([...editedRegion(old, parseDraft(text.replace('b.md', 'd.md')))!.redefined], ['2']);
  assert.deepEqual([...editedRegion(old, parseDraft(text.replace('[3]: c.md\n', '')))!.redefined], ['3']);
  assert.deepEqual([...editedRegion(old, parseDraft(text.replace('Third', 'Third again')))!.redefined], []);
  // A marker's number changed in place is an edit of its paragraph.
  assert.ok(editedRegion(old, parseDraft(text.replace('[2].', '[3].'))));
});

test('a sentence being edited keeps its verdict on screen until it is judged again', () => {
  const files = {
    'sources/report.md': '# Harbour report\n\nThe harbour authority dredged the main channel in 2019 and widened the north quay.\n',
    'sources/parks.md': '# Parks note\n\nThe parks team mowed the verges of the ring road twice a month.\n',
    'drafts/d.md': 'The council planted four hundred oak trees along the ring road last spring [1].\n\nThe harbour authority dredged the main channel in 2019 [1].\n\n[1]: ../sources/report.md\n',
  };
  const service = workspace(files);
  const p = `${ROOT}/drafts/d.md`;
  const text = files['drafts/d.md'];
  const verdicts = (list: { code: string; range: { start: number } }[]) => list.filter((d) => d.code === 'unsupported-claim').map((d) => d.range.start);
  const before = service.diagnostics(p);
  assert.deepEqual(verdicts(before), [text.indexOf('[1]')], 'the unbacked sentence is warned');
  // A word typed into the unbacked sentence: its new text is not judged yet.
  const edited = text.replace('four hundred oak', 'four hundred young oak');
  service.setDraft(p, edited);
  const soFar = service.diagnosticsSoFar(p);
  assert.deepEqual(verdicts(soFar), [edited.indexOf('[1]')], 'the old verdict stays, at the moved marker');
  // Once judged, the diagnostics are the new text's own.
  service.claims(p);
  assert.deepEqual(verdicts(service.diagnostics(p)), [edited.indexOf('[1]')]);
  // A sentence whose marker changed is another claim: nothing stands in for it.
  const remarked = text.replace('last spring [1]', 'last spring [2]') + '[2]: ../sources/parks.md\n';
  service.setDraft(p, remarked);
  assert.deepEqual(verdicts(service.diagnosticsSoFar(p)), []);
});

test('front matter that refers to itself (a YAML alias of its own anchor) is compared without throwing', () => {
  const text = '---\nlist: &a\n  - *a\n---\n\nA claim [1].\n\nAnother claim [1].\n\n[1]: a.md\n';
  const old = parseDraft(text);
  assert.throws(() => JSON.stringify(old.frontMatter), /circular/);
  const next = parseDraft(text.replace('Another claim', 'Another claim here'));
  // A circular record not the same object is not known to be the same: nothing is taken over, and nothing throws.
  assert.doesNotThrow(() => editedRegion(old, next));
  assert.equal(editedRegion({ ...old, frontMatter: { ...old.frontMatter } }, next), undefined);
});
