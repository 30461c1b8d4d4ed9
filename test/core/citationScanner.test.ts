import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/draft/parseDraft';

/** Renders citations as "kind:text=labels" for compact assertions. */
function citations(md: string): string[] {
  const d = parseDraft(md);
  return d.citations.map((c) => `${c.kind}:${md.slice(c.range.start, c.range.end)}=${c.refs.map((r) => r.label).join(',')}`);
}
function malformed(md: string): string[] {
  const d = parseDraft(md);
  return d.malformed.map((m) => `${m.kind}@${d.lines.positionAt(m.range.start).line + 1}:${md.slice(m.range.start, m.range.end)}`);
}

test('numeric markers: single, group, list and ranges', () => {
  assert.deepEqual(citations('A claim [4]. Another [4][8][9]. A list [4, 8]. A range [4-6] and [2–3].\n'), [
    'numeric:[4]=4',
    'numeric:[4]=4',
    'numeric:[8]=8',
    'numeric:[9]=9',
    'numeric:[4, 8]=4,8',
    'numeric:[4-6]=4,5,6',
    'numeric:[2–3]=2,3',
  ]);
});

test('[4][8] is two citations even when CommonMark reads it as a reference link', () => {
  const md = 'Claim [4][8].\n\n[4]: sources/a.md\n[8]: sources/b.md\n';
  assert.deepEqual(citations(md), ['numeric:[4]=4', 'numeric:[8]=8']);
});

test('pandoc citations: bracketed, with locators and prefixes, suppressed author, in-text', () => {
  const md = 'As shown [@smith2020, p. 12]. Also [see @a; @b, ch. 2] and [-@doe]. @kay argues this.\n';
  const d = parseDraft(md);
  assert.deepEqual(citations(md), [
    'pandoc:[@smith2020, p. 12]=smith2020',
    'pandoc:[see @a; @b, ch. 2]=a,b',
    'pandoc:[-@doe]=doe',
    'intext:@kay=kay',
  ]);
  const [first, second, third] = d.citations;
  assert.equal(first.refs[0].locator, 'p. 12');
  assert.equal(second.refs[0].prefix, 'see');
  assert.equal(third.refs[0].suppressAuthor, true);
});

test('no citations inside code, inline code, links, images, HTML, front matter or footnote definitions', () => {
  const md = [
    '---',
    'note: "[1] and @frontkey"',
    '---',
    '',
    'Text `[2]` and [a link [3]](http://x.example) and ![img [4]](i.png).',
    '',
    '<div class="note">[5]</div>',
    '',
    '```',
    'code [6] @codekey',
    '```',
    '',
    'Real one [7] and a footnote[^1].',
    '',
    '[^1]: Footnote text [8].',
    '',
  ].join('\n');
  assert.deepEqual(citations(md), ['numeric:[7]=7']);
});

test('email addresses and escaped brackets are not citations', () => {
  assert.deepEqual(citations('Write to desk@paper.example. Not a marker: \\[3\\].\n'), []);
});

test('markers split across lines are read and reported, with the joined form as the fix', () => {
  const md = 'Claim here [4][\n8][\n10].\n';
  assert.deepEqual(citations(md), ['numeric:[4]=4', 'numeric:[\n8]=8', 'numeric:[\n10]=10']);
  const d = parseDraft(md);
  assert.deepEqual(malformed(md), ['split@1:[\n8]', 'split@2:[\n10]']);
  assert.equal(d.malformed[0].replacement, '[8]');
});

test('a cut-off "[" at the end of a table cell or line is reported', () => {
  const md = ['| Area | Effect |', '|---|---|', '| Cloud | Models run elsewhere [ |', '| IP | Licence through 2032 [1] |', '', 'A line that ends in [', '', 'Next.'].join('\n');
  assert.deepEqual(malformed(md), ['unclosed@3:[', 'unclosed@6:[']);
  assert.deepEqual(citations(md), ['numeric:[1]=1']);
});

test('empty [] and [@] are reported; task list boxes are not', () => {
  const md = '- [ ] a task\n- [x] done\n\nEmpty [] and key-less [@] markers.\n';
  assert.deepEqual(malformed(md), ['empty@4:[]', 'empty-key@4:[@]']);
  assert.deepEqual(citations(md), []);
});

test('a backwards range is reported', () => {
  assert.deepEqual(malformed('Bad [6-4].\n'), ['bad-range@1:6-4']);
});

test('reference definitions are collected with their url and title, and are not citations', () => {
  const md = 'Claim [1].\n\n[1]: ../sources/a%20b.md "The Title"\n[2]: <../sources/with space.md>\n';
  const d = parseDraft(md);
  assert.deepEqual(
    d.definitions.map((x) => [x.label, x.url, x.title, md.slice(x.urlRange.start, x.urlRange.end)]),
    [
      ['1', '../sources/a%20b.md', 'The Title', '../sources/a%20b.md'],
      ['2', '../sources/with space.md', undefined, '<../sources/with space.md>'],
    ],
  );
  assert.deepEqual(citations(md), ['numeric:[1]=1']);
});

test('invalid front matter is a problem, not a crash', () => {
  const d = parseDraft('---\ntitle: [unclosed\n---\n\nText [1].\n');
  assert.equal(d.problems.length, 1);
  assert.match(d.problems[0].message, /Invalid YAML front matter/);
  assert.equal(d.citations.length, 1);
});

test('parsing never throws on hostile input', () => {
  const inputs = ['[', ']', '[[[[', '[@', '@', '[-', '```\n[1', '<div>[1]', '|[|', '\u0000[1]', '[' + '1'.repeat(5000) + ']', '[@{}]'];
  for (const s of inputs) assert.doesNotThrow(() => parseDraft(s), s);
});

test('incremental chunks keep constructs that span blank lines whole', () => {
  const md = [
    '---',
    'title: t',
    '',
    'note: "[9] in front matter after a blank line"',
    '---',
    '',
    '```',
    'code [1]',
    '',
    'still code [2]',
    '```',
    '',
    '<!-- a comment [3]',
    '',
    'still comment [4] -->',
    '',
    '- item [5]',
    '',
    '      indented code in the item [6]',
    '',
    'Real [7].',
    '',
  ].join('\n');
  assert.deepEqual(citations(md), ['numeric:[5]=5', 'numeric:[7]=7']);
});

test('an edit gives the same result as parsing afresh', () => {
  const base = 'Para one [1].\n\nPara two [2][3].\n\n[1]: a.md\n[2]: b.md\n';
  const first = parseDraft(base);
  const edited = base.replace('Para two', 'Para two, edited,');
  const again = parseDraft(edited);
  assert.equal(first.citations.length, again.citations.length);
  assert.deepEqual(
    again.citations.map((c) => edited.slice(c.range.start, c.range.end)),
    ['[1]', '[2]', '[3]'],
  );
  assert.deepEqual(again.definitions.map((d) => edited.slice(d.range.start, d.range.end)), ['[1]: a.md', '[2]: b.md']);
});
