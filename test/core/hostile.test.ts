/**
 * Hostile drafts: nesting thousands deep, thousands of markers on a line, a sentence repeated
 * thousands of times, huge tables and lines. Each must be checked to the end with the right
 * diagnostics (no stack overflow, no hang); how the time grows is for bench/hostile.ts.
 */
import { test } from 'node:test';
import { splitSentences } from '../../server/src/core/support/evidence';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { parseDraft, plainParagraph, plainTable, splitChunks, blankInertBrackets } from '../../server/src/core/draft/parseDraft';
import { capNesting, MAX_NESTING } from '../../server/src/core/draft/nesting';
import { claimFor, sentencesOf, MAX_CLAIM } from '../../server/src/core/claims';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const SOURCE = '---\ntitle: Ferry report\n---\n\nThe ferry service carried 1.2 million passengers in its first year, the operator said.\n';
const DEF = '\n\n[1]: ../sources/ferry.md\n';

function check(draft: string, support = true) {
  const s = workspace({ 'sources/ferry.md': SOURCE, 'drafts/d.md': draft }, { support });
  const path = ROOT + '/drafts/d.md';
  return { service: s, model: s.draftModel(path)!, diagnostics: s.diagnostics(path), claims: support ? s.claims(path) : [] };
}

test('3,000 nested block quote markers on a line: no stack overflow, the line is reported and skipped', () => {
  for (const support of [false, true]) {
    const { model, diagnostics } = check('> '.repeat(3000) + 'The ferry carried many people [1].' + DEF, support);
    const deep = diagnostics.filter((d) => d.code === 'nesting-too-deep');
    assert.equal(deep.length, 1);
    assert.equal(deep[0].range.start, 0);
    assert.match(deep[0].message, /nests 3000 levels of block quotes and lists/);
    // Its marker is not read, so the definition is unused.
    assert.equal(model.citations.length, 0);
    assert.ok(diagnostics.some((d) => d.code === 'unused-definition'));
  }
});

test('3,000 nested list markers on a line, and deep nesting over many lines, are reported per line', () => {
  const { diagnostics } = check('- '.repeat(3000) + 'Deep [1].\n' + '1. '.repeat(500) + 'Also deep.\n\nThe ferry carried 1.2 million passengers [1].' + DEF);
  assert.deepEqual(diagnostics.filter((d) => d.code === 'nesting-too-deep').map((d) => d.range.start === 0 || undefined).length, 2);
  // The prose after the deep lines is still read.
  assert.ok(!diagnostics.some((d) => d.code === 'unused-definition'));
});

test('nesting at the limit is read; one level more is not', () => {
  const at = parseDraft('> '.repeat(MAX_NESTING) + 'Quoted claim [1].' + DEF);
  assert.equal(at.deepLines.length, 0);
  assert.equal(at.citations.length, 1);
  const over = parseDraft('> '.repeat(MAX_NESTING + 1) + 'Quoted claim [1].' + DEF);
  assert.equal(over.deepLines.length, 1);
  assert.equal(over.deepLines[0].depth, MAX_NESTING + 1);
  assert.equal(over.citations.length, 0);
});

test('capNesting keeps offsets: deep lines become spaces of the same length', () => {
  const text = 'Intro.\n' + '> '.repeat(40) + 'deep\r\nOutro.\n';
  const { text: capped, deep } = capNesting(text);
  assert.equal(capped.length, text.length);
  assert.equal(deep.length, 1);
  assert.equal(text.slice(deep[0].range.start, deep[0].range.end), '> '.repeat(40) + 'deep');
  assert.equal(capped, 'Intro.\n' + ' '.repeat(84) + '\r\nOutro.\n');
  // Ordinary lists and quotes are untouched, and so is fenced code.
  assert.deepEqual(capNesting('- a\n  - b\n    > c\n1. d\n').deep, []);
  assert.deepEqual(capNesting('```\n' + '> '.repeat(40) + 'x\n```\n' + '- '.repeat(40) + 'y\n').deep.map((d) => d.range.start), [4 + 82 + 4]);
});

test('a markdown source nested thousands deep is read without overflowing the stack', () => {
  const s = workspace({ 'sources/deep.md': '> '.repeat(5000) + 'hidden\n\nThe pier opened in March.\n', 'drafts/d.md': 'The pier opened in March [1].\n\n[1]: ../sources/deep.md\n' });
  const claims = s.claims(ROOT + '/drafts/d.md');
  assert.equal(claims.length, 1);
  assert.equal(claims[0].result?.verdict, 'supported');
});

test('4,000 markers on one line: one claim, judged once', () => {
  const { model, claims, diagnostics } = check('The ferry carried 1.2 million passengers ' + '[1]'.repeat(4000) + DEF);
  assert.equal(model.citations.length, 4000);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].citations.length, 4000);
  assert.equal(claims[0].claim.text, 'The ferry carried 1.2 million passengers');
  assert.ok(!diagnostics.some((d) => d.code === 'undefined-citation'));
});

test('a cited sentence repeated 5,000 times: 5,000 claims with one text each', () => {
  const sentence = 'The ferry carried 1.2 million passengers [1]. ';
  const { claims, diagnostics } = check(sentence.repeat(5000) + DEF);
  assert.equal(claims.length, 5000);
  assert.ok(claims.every((c) => c.claim.text === 'The ferry carried 1.2 million passengers.'));
  assert.ok(claims.every((c) => c.result?.verdict === claims[0].result?.verdict));
  assert.equal(diagnostics.filter((d) => d.code === 'unsupported-claim').length, 0);
});

test('a 20,000-row table: every cell that cites is a claim, read with its row label', () => {
  let table = '| Year | Passengers |\n|---|---|\n';
  for (let i = 0; i < 20000; i++) table += `| ${1900 + (i % 100)} | ${i % 50} thousand [1] |\n`;
  const { model, claims } = check(table + DEF, true);
  assert.equal(model.citations.length, 20000);
  assert.equal(claims.length, 20000);
  assert.equal(claims[20000 - 1].claim.text, '1999: 49 thousand');
});

test('a 1 MB line of words: parsed as one paragraph, its claim cut around the marker', () => {
  const words = 'ferry passengers harbour year service operator carried ';
  const line = words.repeat(Math.ceil(1_000_000 / words.length)) + 'in its first year [1].';
  const { model, claims } = check(line + DEF);
  assert.equal(model.blocks.length, 1);
  assert.equal(claims.length, 1);
  assert.ok(claims[0].claim.range.end - claims[0].claim.range.start <= MAX_CLAIM);
  assert.match(claims[0].claim.text, /in its first year\.$/);
  assert.ok(claims[0].result, 'the cut claim is judged');
});

test('a long run with no full stop and many markers: each marker group claims the text since the group before it', () => {
  const piece = (i: number) => `the ferry carried ${100 + i} thousand passengers in year ${i} [1][1] and the operator said so`;
  const md = Array.from({ length: 60 }, (_, i) => piece(i)).join(' ') + '.' + DEF;
  const model = parseDraft(md);
  assert.equal(model.citations.length, 120);
  const texts = model.citations.map((c) => claimFor(model, c).text);
  // Both markers of a group claim the same text: from the group before up to their own (not what follows them).
  assert.equal(texts[20], texts[21]);
  assert.equal(texts[20], 'and the operator said so the ferry carried 110 thousand passengers in year 10');
  // Nowhere near CLIPPED_CLAIM's 1,200 characters, and the first claim starts at the run's start.
  assert.ok(texts.every((t) => t.length < 120));
  assert.equal(texts[0], 'the ferry carried 100 thousand passengers in year 0');
  // An in-text citation is text, not a marker: the claim of [2] reads back past "@smith" (left out of its text).
  const run = Array.from({ length: 60 }, (_, i) => `the bus line carried ${i} riders`).join(' and ');
  const withKey = parseDraft(`${run} as @smith argues the ferry sailed at noon [2] and ${run}.\n\n[2]: ../sources/ferry.md\n`);
  const numeric = withKey.citations.find((c) => c.kind === 'numeric')!;
  assert.match(claimFor(withKey, numeric).text, /riders as argues the ferry sailed at noon$/);
});

test('a marker-only sentence belongs to the sentence before it, also in a long run of them', () => {
  const md = 'The ferry carried 1.2 million passengers. ' + '[1]. '.repeat(3000) + DEF;
  const model = parseDraft(md);
  const texts = new Set(model.citations.map((c) => claimFor(model, c).text));
  assert.deepEqual([...texts], ['The ferry carried 1.2 million passengers.']);
});

test('a tight list is parsed in pieces, one per item at the margin, with the same blocks', () => {
  const md = '- one [1]\n  more of one\n- two\n  - nested\n* three\n1. four\n2. five\n\nAfter.\n';
  const chunks = splitChunks(md).map((r) => md.slice(r.start, r.end));
  // A numbered item is cut only under another numbered item (under a bullet item, "2." would continue its text).
  assert.deepEqual(chunks, ['- one [1]\n  more of one\n', '- two\n  - nested\n', '* three\n1. four\n', '2. five\n\n', 'After.\n']);
  // A numbered line under a paragraph continues it: no cut there.
  assert.deepEqual(splitChunks('Some text\n2. more text\n').length, 1);
  // Nor inside HTML.
  assert.deepEqual(splitChunks('<div>\n- a\n- b\n</div>\n').length, 1);
  assert.deepEqual(parseDraft(md).blocks.map((b) => `${b.kind}:${md.slice(b.range.start, b.range.end)}`), [
    'listItem:one [1]\n  more of one',
    'listItem:two',
    'listItem:nested',
    'listItem:three',
    'listItem:four',
    'listItem:five',
    'paragraph:After.',
  ]);
});

const processor = unified().use(remarkParse).use(remarkGfm);

test('plain prose is read as the paragraph remark would find, without a parse', () => {
  for (const t of ['Some words here.\n', 'Some words   \n', 'Words\nmore words  \n\n', '  Some words\n      indented more\r\nend  ', 'One *em* and _x_ ~~y~~ 4.2 m.', 'Line one\n\tTabbed\n', '\n\nÜnïcode words. \n', '\u00a01\u00a0 starts a line\n\u00a02\u00a0: x.md\n']) {
    const tree = processor.parse(t);
    assert.equal(tree.children.length, 1, t);
    const p = tree.children[0];
    assert.deepEqual(plainParagraph(t), { start: p.position!.start.offset, end: p.position!.end.offset }, JSON.stringify(t));
  }
  // Anything that could be code, HTML, a link, a list or two paragraphs is parsed.
  for (const t of ['    code\n', 'a `b`', 'a <b>', 'see [x]', 'see www.x.org', 'mail a@b.org', 'a\n\nb', '- item', '# head', 'x\n---\n']) assert.equal(plainParagraph(t), undefined, t);
});

test('inert brackets are blanked for the parse; links, images, footnotes, definitions and task boxes are not', () => {
  const md = 'Claim [1][2] and [3, 4] [@smith] [text][5] x]\n[6] starts a line. ![alt][7] [8](u) [^9] \\[10] `[11]` [open\n- [ ] task\n[12]: x/[a].md\n';
  const out = blankInertBrackets(md);
  assert.equal(out.length, md.length);
  assert.equal(out.replace(/\u00a0/g, '_'), 'Claim _1__2_ and _3, 4_ _@smith_ _text__5_ x_\n_6_ starts a line. ![alt][7] [8](u) [^9] \\[10_ `[11]` _open\n- [ ] task\n_12_: x/[a].md\n');
  // Front matter is left as written.
  assert.equal(parseDraft('---\ntags: [a, b]\n---\n\nText [1].\n').frontMatter.tags?.toString(), 'a,b');
  // The parse finds the same links, images and definitions as before.
  const d = parseDraft(md);
  // The definition under the list item is its text to markdown (a lazy line): found as glued, its url as written.
  assert.deepEqual(d.definitions.map((x) => `${x.label}:${x.url}:${x.gluedTo}`), ['12:x/[a].md:paragraph']);
  // Definitions that start afresh keep their brackets; those glued under text do not, and are still found.
  const defs = '# Sources\n[1]: a.md\n[2]: b.md\n\nText.\n[3]: c.md\n';
  assert.equal(blankInertBrackets(defs).replace(/\u00a0/g, '_'), '# Sources\n[1]: a.md\n[2]: b.md\n\nText.\n_3_: c.md\n');
  assert.deepEqual(parseDraft(defs).definitions.map((x) => `${x.label}:${x.url}:${x.gluedTo ?? ''}`), ['1:a.md:', '2:b.md:', '3:c.md:paragraph']);
  assert.deepEqual(d.citations.filter((c) => !c.link).map((c) => md.slice(c.range.start, c.range.end)), ['[1]', '[2]', '[3, 4]', '[@smith]', '[6]']);
});

test('a plain table\'s cells and code spans are read as remark would find them, without a parse', () => {
  const tables = [
    '| a | b |\n|---|:-:|\n|  | x *y* |\n| 1 | 2 | 3 |\n| only |\n',
    '|a|b|\n|-|-|\n|c|d|\n\n\n',
    '  | Year | N |\n  | --- | --- |\n  | 1990 |  4.2\u00a01\u00a0 |  \n',
    // Code spans: whole cells, inside text, a run nothing closes (text), runs of other lengths inside one, an empty pair.
    '| `a` | b |\n|---|---|\n| `c` | x `y` z |\n| `` | ``a`b`` |\n| ` | ```q``` ` |\n| a ``` b | `` ` `` |\n',
    // A code span does not hold a pipe: the row is split first.
    '| a | b |\n|---|---|\n| `c | d` |\n',
  ];
  for (const t of tables) {
    const table = processor.parse(t).children[0] as import('mdast').Table;
    assert.equal(table.type, 'table');
    const slow = table.children.flatMap((row) =>
      row.children.map((c) => (c.children.length ? `${c.children[0].position!.start.offset}-${c.children[c.children.length - 1].position!.end.offset}` : `${c.position!.start.offset}-${c.position!.end.offset}`)),
    );
    const code = table.children.flatMap((row) => row.children.flatMap((c) => c.children.filter((x) => x.type === 'inlineCode').map((x) => `${x.position!.start.offset}-${x.position!.end.offset}`)));
    const fast = plainTable(t);
    assert.deepEqual(fast?.blocks.map((b) => `${b.range.start}-${b.range.end}`), slow, JSON.stringify(t));
    assert.deepEqual(fast?.excluded.map((r) => `${r.start}-${r.end}`), code, JSON.stringify(t));
  }
  assert.ok(code(tables[3]).length >= 6, 'the code-span table has code spans to compare');
  // Not a table, or not plain (a link): parsed.
  for (const t of ['| a | b |\n|---|\n| c | d |\n', '| a | b |\n|---|---|\n| [c](u) | d |\n', '| a | b |\n|---|---|\nprose under it\n', '| a |\n|---|\n| c |\n[1]: x.md\n']) assert.equal(plainTable(t), undefined, t);
  // A table with a code span in every row is still read without a parse, and its spans are not searched for markers.
  const big = ['| Q | A |', '|---|---|', ...Array.from({ length: 3000 }, (_, i) => `| ${i} | Run \`make [${i}]\` first [${i + 1}] |`)].join('\n') + '\n';
  const model = parseDraft(big);
  assert.equal(model.blocks.length, 2 * 3001);
  assert.deepEqual(model.citations.slice(0, 2).map((c) => big.slice(c.range.start, c.range.end)), ['[1]', '[2]']);
});

function code(t: string): string[] {
  const table = processor.parse(t).children[0] as import('mdast').Table;
  return table.children.flatMap((row) => row.children.flatMap((c) => c.children.filter((x) => x.type === 'inlineCode').map((x) => `${x.position!.start.offset}`)));
}

test('20,000 definition lines glued under a paragraph are all found', () => {
  const md = 'Sources used:\n' + Array.from({ length: 20000 }, (_, i) => `[${i + 1}]: ../sources/s${i + 1}.md`).join('\n') + '\n';
  const model = parseDraft(md);
  assert.equal(model.definitions.length, 20000);
  assert.ok(model.definitions.every((d, i) => d.gluedTo === 'paragraph' && d.label === String(i + 1) && d.url === `../sources/s${i + 1}.md`));
  assert.deepEqual(model.blocks.map((b) => md.slice(b.range.start, b.range.end).trim()), ['Sources used:']);
});

test('a megabyte with no full stop in a citing draft is read for uncited claims in pieces', () => {
  const words = 'the operator said 40 ferries sailed and ';
  const md = 'The ferry carried 1.2 million passengers [1].\n\n' + words.repeat(Math.ceil(1_000_000 / words.length)) + '\n' + DEF;
  const { service } = check(md);
  const model = service.draftModel(ROOT + '/drafts/d.md')!;
  const sentences = sentencesOf(model);
  assert.ok(sentences.length > 200);
  assert.ok(sentences.every((s) => s.range.end - s.range.start <= MAX_CLAIM));
  // Pieces are cut at white space and cover the text.
  assert.ok(sentences.slice(1).every((s) => /\s/.test(md[s.range.start - 1])));
  const uncited = service.diagnostics(ROOT + '/drafts/d.md').filter((d) => d.code === 'uncited-claim');
  assert.equal(uncited.length, sentences.length - 1);
});

test('a table row that is only a bracket gives no prose-row report with a backwards range (found by the fuzz suite)', () => {
  for (const text of ['| h0 | h1 |\n|---|---|\n| [$11][1] a. |- "$11". [0\n]\n- two-thirds of.\n\n', '[0][0][\n| h0 | h1 |\n|---|---|\n| [$11][1] a. | b [0\n]\n']) {
    const s = workspace({ 'drafts/e.md': text });
    for (const d of s.diagnostics(ROOT + '/drafts/e.md')) assert.ok(d.range.start <= d.range.end && d.range.end <= text.length, `${d.code} ${JSON.stringify(d.range)}`);
  }
});

test('a source with a run of 400,000 spaces splits into its two sentences (each space was once read again from every position of the run)', () => {
  const text = 'The pier opened in March.' + ' '.repeat(400_000) + 'Traffic rose by 12 percent.';
  const sentences = splitSentences(text).map((s) => text.slice(s.range.start, s.range.end));
  assert.deepEqual(sentences, ['The pier opened in March.', 'Traffic rose by 12 percent.']);
});
