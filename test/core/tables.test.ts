import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSource, sourceText } from '../../server/src/core/sources/readSource';
import { evidenceFor } from '../../server/src/core/support/evidence';
import { extractFigures } from '../../server/src/core/support/numbers';
import { workspace, ROOT } from '../helpers/memoryWorkspace';

const MD_TABLE = `# Results

Revenue by region (unaudited, in millions of U.S. dollars)

| Region | Q3 2024 | Q3 2023 | Change |
|---|---|---|---|
| Asia-Pacific | 346 | 277 | 25% |
| Europe | 297 | 318 | (7%) |

The company reported its results on Thursday.
`;

const HTML_TABLE = `<html><body><article><h1>Results</h1><p>The company reported its quarterly results on Thursday, with revenue up in most of its regions and a record quarter in Asia.</p>
<table><caption>Revenue by region (unaudited, in millions of U.S. dollars)</caption>
<thead><tr><th>Region</th><th>Q3 2024</th><th>Q3 2023</th></tr></thead>
<tbody><tr><td>Asia-Pacific</td><td>346</td><td>277</td></tr><tr><td>Europe</td><td>297</td><td>318</td></tr></tbody></table>
</article></body></html>`;

test('a table row is one line of the source text, its cells between " | ": in markdown and in HTML, with the caption a paragraph of its own', () => {
  for (const [name, raw] of [['a.md', MD_TABLE], ['a.html', HTML_TABLE]]) {
    const text = sourceText(readSource(`/ws/sources/${name}`, raw)).text;
    assert.match(text, /(?:^|\n)Asia-Pacific \| 346 \| 277(?: \| 25%)?\n/, name);
    assert.match(text, /(?:^|\n)Region \| Q3 2024 \| Q3 2023/, name);
    assert.match(text, /Revenue by region \(unaudited, in millions of U\.S\. dollars\)\s*\n\s*\n/, name);
  }
});

test('a row is read with its header and caption words; its own words keep their order', () => {
  const text = sourceText(readSource('/ws/sources/a.md', MD_TABLE)).text;
  const ev = evidenceFor({ text, segments: [] });
  const row = ev.sentences.find((s) => text.slice(s.range.start, s.range.end).startsWith('Asia-Pacific'))!;
  assert.ok(row.stemSet.has('revenu') && row.stemSet.has('region'), 'the caption and header words');
  assert.ok(!row.stems.includes('revenu'), 'not among its own words');
  assert.ok(ev.sentencesWith('revenu') && [...ev.sentencesWith('revenu')!].includes(ev.sentences.indexOf(row)), 'in the postings');
  // No pair of words crosses from the row into its header.
  assert.equal(ev.hasPair('25', 'region'), false);
});

test('a plain number of a row is also read in the unit its caption or header declares; as written too; not in a table without one', () => {
  const read = (raw: string) => {
    const text = sourceText(readSource('/ws/sources/a.md', raw)).text;
    return evidenceFor({ text, segments: [] }).figures.filter((f) => f.text === '346').map((f) => [f.kind, f.value]);
  };
  assert.deepEqual(read(MD_TABLE), [['number', 346], ['money', 346e6]]);
  assert.deepEqual(read(MD_TABLE.replace('(unaudited, in millions of U.S. dollars)', '(£m)')), [['number', 346], ['money', 346e6]]);
  assert.deepEqual(read(MD_TABLE.replace('(unaudited, in millions of U.S. dollars)', '(thousands of visitors)')), [['number', 346], ['number', 346e3]]);
  assert.deepEqual(read(MD_TABLE.replace(' (unaudited, in millions of U.S. dollars)', '')), [['number', 346]]);
});

test('a row said in prose with its caption\'s unit is backed; a figure the row does not give is still a wrong figure', () => {
  const judged = (sentence: string, page: string, file = 'p.md') => {
    const service = workspace({ [`sources/${file}`]: page, 'drafts/d.md': `${sentence} [1]\n\n[1]: ../sources/${file}\n` });
    const path = `${ROOT}/drafts/d.md`;
    while (!service.judge(path, 1000).complete);
    return service.diagnostics(path).filter((d) => d.severity === 'warning' || d.severity === 'error').map((d) => d.code);
  };
  for (const [page, file] of [[MD_TABLE, 'p.md'], [HTML_TABLE, 'p.html']]) {
    assert.deepEqual(judged('Revenue from Asia-Pacific was $346 million in the third quarter, up from $277 million a year earlier.', page, file), [], file);
    assert.ok(judged('Revenue from Asia-Pacific was $364 million in the third quarter.', page, file).includes('number-mismatch'), file);
  }
});

test('cents and pence are hundredths of money, their words part of the figure', () => {
  assert.deepEqual(extractFigures('a dividend of 41 cents a share').map((f) => [f.kind, f.value, f.text]), [['money', 0.41, '41 cents']]);
  assert.deepEqual(extractFigures('up 5 pence a litre').map((f) => [f.kind, f.value, f.text]), [['money', 0.05, '5 pence']]);
  assert.deepEqual(extractFigures('sold 41 copies').map((f) => [f.kind, f.value]), [['number', 41]]);
});

test('an HTML aside is the page\'s text unless its class says chrome or it is mostly links', () => {
  const page = (aside: string) => sourceText(readSource('/ws/sources/a.html', `<html><body><p>The Harriers won their home game against Ashby on Friday night, with a late run in the final quarter that decided it.</p>${aside}</body></html>`)).text;
  assert.match(page('<aside class="next-game"><h3>NEXT UP</h3><p>Harriers v Ashby Rangers, Fri 14 Feb, 7:30pm</p></aside>'), /Harriers v Ashby Rangers/);
  assert.doesNotMatch(page('<aside><h3>More stories</h3><ul><li><a href="/a">Coach signs a new two-year deal with the club</a></li><li><a href="/b">Arena roof repairs finished</a></li></ul></aside>'), /More stories|Coach signs/);
  assert.doesNotMatch(page('<aside class="sidebar-promo"><p>Subscribe for match alerts and ticket news</p></aside>'), /Subscribe/);
});

test('a table laid out in columns of spaces in a plain-text export is read a row at a time, its caption\'s unit applied; prose typed with two spaces is left as it is', () => {
  const report = 'Annual review 2024\n\nCapital spending by category, 2024 (GBP million)\n\n  Category            Budget    Actual   Variance\n  ---------------------------------------------\n  Mains renewal         52.0      47.5       -4.5\n  Treatment works       24.0      26.9       +2.9\n  ---------------------------------------------\n  Total                 76.0      74.4       -1.6\n\nTreatment works spending exceeded the budget.\n';
  const text = sourceText(readSource('/ws/sources/review.txt', report)).text;
  assert.match(text, /\nTreatment works \| 24\.0 \| 26\.9 \| \+2\.9\n/);
  assert.doesNotMatch(text, /-{10}/);
  const service = workspace({ 'sources/review.txt': report, 'drafts/d.md': 'Treatment works spending was GBP 26.9 million against a budget of GBP 24.0 million [1].\n\nMains renewal spending was GBP 49.5 million [1].\n\n[1]: ../sources/review.txt\n' });
  const path = `${ROOT}/drafts/d.md`;
  while (!service.judge(path, 1000).complete);
  const warned = service.diagnostics(path).filter((d) => d.severity === 'warning').map((d) => `${d.range.start < 100 ? 1 : 2}:${d.code}`);
  assert.ok(!warned.some((w) => w.startsWith('1:')), warned.join());
  assert.ok(warned.includes('2:number-mismatch'), warned.join());
  const prose = 'The mill closed in 1990.  It reopened in 2004.\nThe new owners hired 40 people.  Most came from the town.\nOutput rose by 12 percent.  Exports doubled.\n';
  assert.equal(sourceText(readSource('/ws/sources/mill.txt', prose)).text, prose);
});

test('"parts per 1,000" and "(%)" make a column\'s numbers shares; a difference of two figures of one column backs a figure said as one', () => {
  const bulletin = 'Weights and prices\n\nOutput by sector\n\n| Sector | Weight (parts per 1,000) | Growth (%) |\n|---|---|---|\n| Services | 797 | 0.7 |\n| Production | 138 | -0.6 |\n\nPrices by model\n\n| Model | UK price |\n|---|---|\n| 128 GB | £899 |\n| 512 GB | £1,149 |\n';
  const judged = (sentence: string) => {
    const service = workspace({ 'sources/b.md': bulletin, 'drafts/d.md': `${sentence} [1]\n\n[1]: ../sources/b.md\n` });
    const path = `${ROOT}/drafts/d.md`;
    while (!service.judge(path, 1000).complete);
    return service.diagnostics(path).filter((d) => d.severity === 'warning').map((d) => d.code);
  };
  assert.ok(!judged('Services make up almost 80% of output.').includes('number-mismatch'));
  assert.ok(judged('Services make up almost 90% of output.').includes('number-mismatch'));
  assert.ok(!judged('The 512 GB model costs £250 more than the 128 GB model.').includes('number-mismatch'));
  assert.ok(judged('The 512 GB model costs £350 more than the 128 GB model.').includes('number-mismatch'));
});
