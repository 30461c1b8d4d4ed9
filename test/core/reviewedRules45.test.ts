/**
 * Session 45's rules, from the reviews' known false alarms (`reviewedArticles41/42.test.ts`): an article export's
 * standfirst and its other fields of text (a fact box, a timeline, a data table, captions, readers' messages) are its
 * text, its chrome is not; a line of a printed page kept as a paragraph of its own goes on with its sentence; a range's currency and scale written once are both ends'; a table's column of units declares
 * each row's unit, and a header whose first cell is empty keeps its columns in place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedSentence, warningsOf } from '../helpers/oneSentence';
import { readJson } from '../../server/src/core/sources/jsonSource';
import { extractFigures } from '../../server/src/core/support/numbers';
import { splitPassages } from '../../server/src/core/passages';

const figures = (text: string) => extractFigures(text).map((f) => `${f.kind}:${f.value}`);

const tribute = JSON.stringify({
  id: 'news-0817',
  type: 'tribute',
  title: 'Professor Ada Wren (1931-2023)',
  standfirst: 'The chemist whose catalyst made cheap polymers possible has died at 92',
  author: 'Dr Farah Lind',
  published: '2023-08-25T09:30:00+01:00',
  section: 'Society news / Obituaries',
  tags: ['obituary', 'catalysis'],
  image: { src: '/media/wren-2008.jpg', caption: 'Ada Wren at the launch of the Wren Bursary, 2008.' },
  body: 'It is with sorrow that the Society records the death of Professor Ada Wren.\n\nShe discovered the Wren catalyst in 1966.',
  key_dates: [
    { year: '1931', event: 'Born, Port Amsel' },
    { year: '1969', event: 'Process licensed to Norvane Chemicals' },
  ],
  condolences_preview: [{ name: 'Prof. Hilde Baran', location: 'Kellmark', message: 'We were two young people with a dirty flask.' }],
  related: [{ title: 'Apply for the Wren Bursary 2031', url: '/grants/wren' }],
  corrections: ['An earlier version said she died at 93.'],
  factbox: { title: 'The tunnel in numbers', items: [{ label: 'Tunnel length', value: '6.3km twin bore' }, { label: 'Budget', value: '£3.65bn (December 2023)' }] },
  comments_enabled: false,
  word_count: 412,
});

test("an export's standfirst, fact box, timeline, captions and readers' messages are read as its text; its links, tags, ids and corrections are not", () => {
  const text = readJson(tribute).extracted.text;
  assert.match(text, /cheap polymers possible has died at 92/);
  assert.match(text, /Ada Wren at the launch of the Wren Bursary, 2008\./);
  assert.match(text, /1969 \| Process licensed to Norvane Chemicals/);
  assert.match(text, /Prof\. Hilde Baran \| Kellmark \| We were two young people with a dirty flask\./);
  assert.match(text, /Tunnel length \| 6\.3km twin bore/);
  for (const chrome of ['Apply for the Wren Bursary 2031', '/grants/wren', 'obituary', 'died at 93', 'news-0817', 'tribute', '/media/wren-2008.jpg', 'Society news', '412', '2023-08-25']) assert.ok(!text.includes(chrome), chrome);
  // A record's own fields are its text, whatever their names ("date", "type", "minutes"); a table given as columns and
  // records prints its header once; a sparse list of records is read a record at a time, quickly.
  const more = (o: object) => readJson(JSON.stringify({ title: 'T', body: 'Body.', ...o })).extracted.text;
  assert.match(more({ timeline: [{ date: '12 March 1969', event: 'Process licensed' }, { date: '1972', event: 'Plant opened' }] }), /12 March 1969 \| Process licensed/);
  assert.match(more({ prices: [{ type: 'Petrol', price: '£1.45' }, { type: 'Diesel', price: '£1.52' }] }), /Petrol \| £1\.45/);
  assert.equal(more({ data_table: { columns: ['A', 'B'], rows: [{ A: 'x', B: 'y' }] } }).match(/A \| B/g)?.length, 1);
  const sparse = Array.from({ length: 2000 }, (_, i) => Object.fromEntries(Array.from({ length: 60 }, (_, j) => [`k${i * 60 + j}`, 'v'])));
  assert.ok(more({ rows: sparse }).length > 0);
  assert.ok(!more({ contact: 'press@example.com' }).includes('press@'));
  assert.ok(more({ note: '@a.'.repeat(20000) + ' x' }).length > 0);
  // The body is read before the rest, the standfirst before the body.
  assert.ok(text.indexOf('cheap polymers') < text.indexOf('It is with sorrow') && text.indexOf('It is with sorrow') < text.indexOf('1969 |'));
});

test("a sentence backed by an export's timeline or a reader's quoted message is not warned; a wrong year there still is", () => {
  assert.deepEqual(warningsOf('The process was licensed to Norvane Chemicals in 1969.', 'tribute.json', tribute), []);
  assert.deepEqual(warningsOf('Hilde Baran wrote that the two had been "two young people with a dirty flask".', 'tribute.json', tribute), []);
  assert.ok(warningsOf('The process was licensed to Norvane Chemicals in 1972.', 'tribute.json', tribute).some((w) => /1972/.test(w)));
});

test('a range written with its currency before the first end and its scale after the second is of that currency and scale at both ends', () => {
  assert.deepEqual(figures('guidance of £1.02–1.08bn'), ['money:1020000000', 'money:1080000000']);
  assert.deepEqual(figures('a budget of €2.5-3.0 billion'), ['money:2500000000', 'money:3000000000']);
  assert.deepEqual(figures('it cost $3-5m'), ['money:3000000', 'money:5000000']);
  assert.deepEqual(figures('3 to 4 million people'), ['number:3000000', 'number:4000000']);
  // Not a bare short form ("5-10 m" is metres), nor a smaller second number after "and" ("18 and 2 million").
  assert.deepEqual(figures('a wall 5-10 m tall'), ['number:5', 'number:10']);
  assert.deepEqual(figures('was 18 and 2 million voted'), ['number:18', 'number:2000000']);
  assert.deepEqual(figures('rose 15% to $2.3 billion'), ['percent:15', 'money:2300000000']);
  assert.deepEqual(figures('£1.02 - 1.08 bn'), ['money:1020000000', 'money:1080000000']);
  // Not a sum of money before "to" and a count: "paid $600 to 2 million households".
  assert.deepEqual(figures('The scheme paid $600 to 2 million households.'), ['money:600', 'number:2000000']);
  assert.deepEqual(warningsOf('The scheme paid $600 to 2 million households.', 'p.txt', 'The scheme paid $600 to each of 2 million households last year.'), []);
  const page = 'Management reiterated guidance of £1.02bn to £1.08bn of underlying operating profit for 2025/26.';
  assert.deepEqual(warningsOf('Management reiterated guidance of £1.02–1.08bn underlying operating profit.', 'p.txt', page), []);
  assert.ok(warningsOf('Management reiterated guidance of £1.12–1.18bn underlying operating profit.', 'p.txt', page).length > 0);
});

const guidance = `<html><body><h1>Quarterly report</h1>
<p>Karrow Gold raised its exploration guidance for the year.</p>
<table><caption>Table 3: FY25 guidance</caption>
<thead><tr><th></th><th>Units</th><th>Previous guidance</th><th>Revised guidance</th></tr></thead>
<tbody>
<tr><td>Gold production</td><td>oz</td><td>290,000–310,000</td><td>290,000–310,000</td></tr>
<tr><td>Growth capital</td><td>A$M</td><td>35–40</td><td>35–40</td></tr>
<tr><td>Exploration</td><td>A$M</td><td>55–60</td><td>60–65</td></tr>
</tbody></table>
<p>The increase in exploration guidance reflects the addition of a fifth rig at Mount Oberin from January 2025.</p>
</body></html>`;

test("a table's column of units declares each row's unit: \"A$M\" makes a row's 60 A$60 million", () => {
  assert.deepEqual(warningsOf('Karrow Gold lifted its exploration guidance to A$60–65 million.', 'q.html', guidance), []);
  assert.ok(warningsOf('Karrow Gold lifted its exploration guidance to A$70–75 million.', 'q.html', guidance).length > 0);
});

test('a fraction\'s sign alone is a figure: "¾%" and "¼ of a percentage point" as parts of one, "⅔ of members" as a share; not "¾ of a mile" nor a game\'s "½ of a point"', () => {
  assert.deepEqual(figures('around ¾% of potential GDP'), ['percent:0.75']);
  assert.deepEqual(figures('¼ of a percentage point'), ['percent:0.25']);
  assert.deepEqual(figures('⅔ of members'), ['percent:66.7']);
  assert.deepEqual(figures('¾ of a mile'), []);
  assert.deepEqual(figures('won the tournament by ½ of a point'), []);
  // After a number only the half, as before: a page's "2 1/3 cups" is read as 2, 1 and 3, so "2⅓" is not read as 2.33.
  assert.deepEqual(figures('3½%'), ['percent:3.5']);
  assert.deepEqual(warningsOf('The recipe needs 2⅓ cups of flour.', 'p.txt', 'The recipe needs 2 1/3 cups of flour.'), []);
  const page = 'The Bank now expects excess supply of around ¾% of potential GDP to open up this year.';
  assert.deepEqual(warningsOf('The Bank expects spare capacity worth about three-quarters of a percent of GDP to open up this year.', 'p.txt', page), []);
  assert.ok(warningsOf('The Bank expects spare capacity worth about 1.5% of GDP to open up this year.', 'p.txt', page).length > 0);
});

test('one vocabulary of rises and falls: a change the page gives one way, said with any verb of the other way, is caught', () => {
  const page = 'Group revenue was up 5.2% to £1.2bn in the year to March.';
  for (const verb of ['fell', 'dropped', 'plunged', 'tumbled', 'slid', 'declined', 'shrank']) {
    assert.ok(warningsOf(`Group revenue ${verb} 5.2% to £1.2bn in the year to March.`, 'p.txt', page).some((w) => /the other way/.test(w)), verb);
  }
  for (const verb of ['rose', 'climbed', 'jumped', 'surged', 'grew']) assert.deepEqual(warningsOf(`Group revenue ${verb} 5.2% to £1.2bn in the year to March.`, 'p.txt', page), [], verb);
});

test("a printed page's line kept as a paragraph of its own goes on with its sentence: a blank line after a word, before a lower-case word, parts no sentences", () => {
  const passages = (text: string) => splitPassages(text).map((r) => text.slice(r.start, r.end).replace(/\s+/g, ' '));
  const page = 'The Park is classified as wilderness.\n\nIt is always open, but some of the roads\n\nand facilities are closed during the winter months.\n\nApproximately 500,000 people visit each year.';
  assert.deepEqual(passages(page), ['The Park is classified as wilderness.', 'It is always open, but some of the roads and facilities are closed during the winter months.', 'Approximately 500,000 people visit each year.']);
  // Not after a sentence's end, nor before a capital, nor across a table's row.
  assert.deepEqual(passages('It closed.\n\nand then it opened.'), ['It closed.', 'and then it opened.']);
  assert.deepEqual(passages('Some of the roads\n\nFacilities are closed.'), ['Some of the roads', 'Facilities are closed.']);
  // Spaces before the break are no end; a heading is.
  assert.deepEqual(passages('It is always open, but some of the roads \r\n\r\nand facilities are closed.'), ['It is always open, but some of the roads and facilities are closed.']);
  assert.deepEqual(passages('Highlights\n\nsales rose from 80 to 100.'), ['Highlights', 'sales rose from 80 to 100.']);
  assert.deepEqual(passages('Operating loss before\n\nplayer trading | (17.5) | (21.7)'), ['Operating loss before', 'player trading | (17.5) | (21.7)']);
  // Nor a list's items after a colon, each a line in lower case.
  assert.deepEqual(passages('You cannot:\n\nwork for an employer in Kestria\n\nclaim public funds or benefits'), ['You cannot:', 'work for an employer in Kestria', 'claim public funds or benefits']);
  assert.deepEqual(warningsOf('The Park is always open, though some of its roads and facilities close in the winter.', 'p.md', page), []);
});

test('a date no source gives in any form is named as not found and lowers the score, as information, never a warning on its own', () => {
  const page = 'Behring, the company founder, died in 2019 in Contra Costa County, California, aged 92.\n\nHe had retired in 1998.';
  const judged = judgedSentence('Behring died on June 25, 2019 in Contra Costa County, California.', page);
  assert.deepEqual(judged.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error'), []);
  const note = judged.diagnostics.find((d) => d.code === 'partial-support' || d.code === 'weak-support');
  assert.ok(note && /June 25/.test(note.message), note?.message);
  // Nor does it take a sentence backed in part into the weak band, where it might be judged unsupported.
  const partly = judgedSentence('Behring died on June 25, 2019 at his home in Blackhawk, Contra Costa County.', page).diagnostics;
  assert.deepEqual(partly.filter((d) => d.severity === 'warning' || d.severity === 'error').map((d) => d.message), []);
  // Its month is said once, with its day.
  assert.ok(!partly.some((d) => /"june"/.test(d.message)), partly.map((d) => d.message).join(' / '));
  // Said in another form, or by the source's own date, it is found.
  for (const [other, file] of [
    ['Behring died on 25 June 2019 in Contra Costa County, California, aged 92.', 'p.md'],
    ['Behring died in Contra Costa County, California, on 2019-06-25, aged 92.', 'p.md'],
    ['---\ntitle: Obituary\ndate: 2019-06-25\n---\n\nBehring died today in Contra Costa County, California, aged 92.', 'p.md'],
  ]) {
    const d = judgedSentence('Behring died on June 25, 2019 in Contra Costa County, California.', other, file).diagnostics;
    assert.ok(!d.some((x) => /June 25/.test(x.message)), `${other}: ${d.map((x) => x.message).join(' / ')}`);
  }
});

test('a month named as a time that no source names in any form is not found either; one the source writes in numbers or its own date gives is', () => {
  const page = 'The Russian Ministry of Defence released a video in 2017 showing two Su-25s helping to rescue Russian troops.';
  const judged = judgedSentence('In September 2017, the Russian Ministry of Defence released a video showing two Su-25s helping to rescue Russian troops.', page);
  assert.deepEqual(judged.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error'), []);
  assert.ok(judged.diagnostics.some((d) => /September/.test(d.message)));
  // "may" as a verb is no month; a month in a date of numbers, or in the source's own date, is said.
  assert.ok(!judgedSentence('The ministry may release a video showing two Su-25s in 2017.', page).diagnostics.some((d) => /\bMay\b/.test(d.message)));
  for (const other of [`${page} It was posted on 2017-09-14.`, `---\ntitle: Video\ndate: 14/09/2017\n---\n\n${page}`]) {
    assert.ok(!judgedSentence('In September 2017, the Russian Ministry of Defence released a video showing two Su-25s helping to rescue Russian troops.', other).diagnostics.some((d) => /September/.test(d.message)), other);
  }
});

test('a day is said by a date of its month, not by an ordinal of something else ("the 20th International AIDS Conference" is no "20 July")', () => {
  const page = 'Lange was travelling to Melbourne for the 20th International AIDS Conference. His flight was shot down over Ukraine in July 2014.';
  const judged = judgedSentence('Lange was en route to Melbourne for the 20th International AIDS Conference, starting on 20 July.', page);
  const notFound = (d: { message: string }) => /Not found in the cited sources?: [^.]*"20 July"/.test(d.message);
  assert.ok(judged.diagnostics.some(notFound), judged.diagnostics.map((d) => d.message).join(' / '));
  assert.deepEqual(judged.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error'), []);
  // An ordinal in a sentence naming the month says it.
  assert.ok(!judgedSentence('Lange was en route to Melbourne for the conference, starting on 20 July.', `${page} The conference opened on the 20th of that July.`).diagnostics.some(notFound));
});
