import { test } from 'node:test';
import assert from 'node:assert/strict';
import { misplacedFigure } from '../../server/src/core/support/misplaced';
import { heldNameReplaced } from '../../server/src/core/support/conflicts';
import { oppositeIn } from '../../server/src/core/support/opposites';
import { evidenceFor } from '../../server/src/core/support/evidence';
import { extractFigures } from '../../server/src/core/support/numbers';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { claimRecords } from '../../server/src/core/report';

const evidenceOf = (text: string) => evidenceFor({ text } as ExtractedText);
/** A workspace of these files with drafts/d.md judged to the end: the service and the draft's path. */
function judged(files: Record<string, string>) {
  const s = workspace(files);
  const path = `${ROOT}/drafts/d.md`;
  while (!s.judge(path, 1000).complete);
  return { s, path };
}
/** The source figure `misplacedFigure` says the sentence's figure `text` should be, as written, or undefined. */
const misplaced = (sentence: string, text: string, page: string) => {
  const f = extractFigures(sentence).find((x) => x.text === text);
  assert.ok(f, `${text} in ${sentence}`);
  return misplacedFigure(sentence, f, [evidenceOf(page)])?.figure.text;
};

const GALLERY =
  'Dixson offered his pictures to the State in 1919 and again in 1924. He offered his pictures again; the Dixson Gallery was opened in October 1929. ' +
  'Cats sleep a lot. Dogs bark at night. In 1937-39 Dixson gave a total of £5000 to assist in establishing a library at the college.';

test('a figure the page gives only about something else, while the sentence stating the rest has another, is wrong', () => {
  assert.equal(misplaced('The Dixson Gallery was opened in October 1939.', '1939', GALLERY), '1929');
  const deal = 'Microsoft has invested more than $13 billion in OpenAI since 2019. Analysts cheered. As of October 2025, its stake in the for-profit arm was valued at $135 billion.';
  assert.equal(misplaced('Microsoft has invested more than $135 billion in OpenAI since 2019.', '$135 billion', deal), '$13 billion');
  // The right figures are not.
  assert.equal(misplaced('The Dixson Gallery was opened in October 1929.', '1929', GALLERY), undefined);
  assert.equal(misplaced('Its stake in the for-profit arm was valued at $135 billion as of October 2025.', '$135 billion', deal), undefined);
});

test('no mix-up where the figure may be the sentence\'s own: given in that sentence, by its words, for a name the passage lacks, after a pronoun, or in a list', () => {
  // Given in the same sentence as the other figure.
  assert.equal(misplaced('The company employs 300 people in Paris.', '300', 'The company employs 1,200 people, 300 of them in Paris. Sales rose.'), undefined);
  // Given by the claim figure's own words, in the next sentence.
  assert.equal(misplaced('The company employs 300 people in Paris.', '300', 'The company employs 1,200 people in its offices. About 300 of them work in Paris.'), undefined);
  // The claim names someone the passage with the other figure does not: that one is about another.
  const investors = 'Amazon invested $4 billion in Anthropic last year. Cats sleep. Dogs bark. Google, which also backs the startup, has put in $2 billion.';
  assert.equal(misplaced('Google invested $2 billion in Anthropic last year.', '$2 billion', investors), undefined);
  // "This amounts to…": what the figure is of is in another sentence.
  const oil = 'As of 2020, 17.5 percent of all known oil reserves were found in the South American country. Saudi Arabia closely followed, at 17.2 percent.';
  assert.equal(misplaced('This amounts to 17.2% of all known oil reserves as of 2020.', '17.2%', oil), undefined);
  // A figure in an aside is the aside's, not the main clause's; a page figure the sentence gives too is its own (found by a probe).
  const booth = 'She was born on the Booth family farm in Harford County, Maryland, on November 20, 1835. Cats sleep. Dogs bark. In August of 1865, Asia gave birth to twins, Creston and Lillian. In 1874, Asia began writing a biography.';
  assert.equal(misplaced('Asia, born in 1835, gave birth to twins in August 1865.', '1835', booth), undefined);
  assert.equal(misplaced('Asia, who had twins in 1865, began writing a biography in 1874.', '1865', booth), undefined);
  assert.equal(misplaced("Gagsina's 1449 families total 7698 people.", '7698', 'Gagsina is a large village with total 1449 families residing. Cats sleep. Dogs bark. The village has population of 7698.'), undefined);
  // "Respectively" pairs figures by order.
  assert.equal(misplaced('Amazon and Google shares climbed 17% and 30% respectively over the prior six months.', '30%', 'Amazon shares climbed 30% over the prior six months. Cats sleep. Dogs bark. Google shares rose 17% in that period.'), undefined);
});

test('a name the page holds, with another name in its place in the sentence stating the rest, is a contradiction', () => {
  const page = evidenceOf(
    'The OpenAI deal changed a great deal this year. Cats sleep. An October 2025 agreement already allowed Microsoft to pursue AGI development independently or with third parties. Dogs bark. ' +
      'OpenAI and Amazon announced a strategic relationship earlier in 2026, including support for model distribution. Birds sing.',
  );
  assert.deepEqual(heldNameReplaced('An October 2025 agreement already allowed OpenAI to pursue AGI development independently or with third parties.', [page]), { name: 'OpenAI', theirs: 'Microsoft' });
  // A name ending like a nationality is a name when it is two words ("Sam Altman"), a nationality when one ("American").
  assert.deepEqual(heldNameReplaced('The chief executive Sam Altman said the deal would close within weeks.', [evidenceOf('Sam Altman runs OpenAI. Cats sleep. The chief executive Andy Jassy said the deal would close within weeks.')]), { name: 'Sam Altman', theirs: 'Andy Jassy' });
  // With the claim's word on one side only.
  assert.deepEqual(heldNameReplaced('OpenAI and Google announced a strategic relationship earlier in 2026.', [evidenceOf('Google makes phones. Cats sleep. OpenAI and Amazon announced a strategic relationship earlier in 2026.')]), { name: 'Google', theirs: 'Amazon' });
  // The names as the page gives them are no contradiction.
  assert.equal(heldNameReplaced('An October 2025 agreement already allowed Microsoft to pursue AGI development independently or with third parties.', [page]), undefined);
});

test('no name contradiction where the names may be one thing\'s, or the page states the claim\'s name too', () => {
  // Written together on the page: one company's product.
  const azure = evidenceOf('OpenAI relied on Microsoft Azure for years. Cats sleep. Dogs bark. OpenAI products will ship first on Azure under the revised agreement.');
  assert.equal(heldNameReplaced('OpenAI products will ship first on Microsoft under the revised agreement.', [azure]), undefined);
  // A nationality for a country, and initials, stand for other names.
  assert.equal(heldNameReplaced('The troops of American forces withdrew from the base in the north in March.', [evidenceOf('The U.S. is a country. Cats sleep. The troops of British forces withdrew from the base in the north in March.')]), undefined);
  // Another sentence as close has the claim's name.
  const both = evidenceOf('Amazon announced a partnership with OpenAI in March to host its models. Cats sleep. Google announced a partnership with OpenAI in March to host its models.');
  assert.equal(heldNameReplaced('Google announced a partnership with OpenAI in March to host its models.', [both]), undefined);
  // Written as one thing's elsewhere: a team by its city, a duke by his title (found by a probe).
  assert.equal(heldNameReplaced('The Los Angeles pitchers have thrown 8 shutouts in 19 games in recent weeks.', [evidenceOf('The Los Angeles Dodgers lead the league. Cats sleep. The Dodger pitchers have thrown 8 shutouts in 19 games in recent weeks.')]), undefined);
  assert.equal(heldNameReplaced('In the November 1450 parliament, William Oldhall attacked Edmund Beaufort as speaker of the Commons.', [evidenceOf('Edmund Beaufort, Duke of Somerset, returned from France. Cats sleep. In the November 1450 parliament, William Oldhall attacked Somerset as speaker of the Commons.')]), undefined);
  // The page's words in the place are the claim's own names otherwise arranged.
  assert.equal(heldNameReplaced('Harney died near Orlando in 1889, just months after Harney County, Missouri was named for him.', [evidenceOf('Missouri is a state. Cats sleep. Harney died near Orlando in 1889, just months after Harney County was named for him.')]), undefined);
});

test('in the checker: a mixed-up figure and a mixed-up name are notes of a partial support, with no warning and no fix', () => {
  const draft =
    'The Dixson Gallery was opened in October 1939 [1].\n\nAn October 2025 agreement already allowed OpenAI to pursue AGI development independently or with third parties [2].\n\nThe Dixson Gallery was opened in October 1929 [1].\n\n[1]: ../sources/gallery.md\n[2]: ../sources/deal.md\n';
  const starts = [0, ...[...draft.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const { s, path } = judged({
    'drafts/d.md': draft,
    'sources/gallery.md': GALLERY + '\n',
    'sources/deal.md': 'The OpenAI deal changed a great deal this year. Cats sleep. An October 2025 agreement already allowed Microsoft to pursue AGI development independently or with third parties. Dogs bark.\n',
  });
  const at = (line: number) => s.diagnostics(path).filter((d) => d.range.start >= starts[line] && d.range.start < starts[line + 1]);
  // Said, not warned of: a page's planned or first figure before its final one reads the same way.
  const figure = at(0).find((d) => d.code === 'partial-support');
  assert.ok(figure, JSON.stringify(at(0)));
  assert.equal(figure.severity, 'information');
  assert.match(figure.message, /The passage stating the rest of it gives "1929" where the sentence has "1939", which the page gives only about something else \("[^"]*opened in October 1929\."\)\./);
  assert.equal(figure.data, undefined);
  assert.deepEqual(at(0).filter((d) => d.severity === 'warning'), []);
  // A name in another's place is said, not warned of: a place, a company and a person are named in too many ways.
  const swapped = at(2).find((d) => d.code === 'partial-support');
  assert.ok(swapped, JSON.stringify(at(2)));
  assert.equal(swapped.severity, 'information');
  assert.match(swapped.message, /The passage stating the rest of it has "Microsoft" where the sentence has "OpenAI"\./);
  assert.deepEqual(at(2).filter((d) => d.severity === 'warning'), []);
  assert.deepEqual(at(4).filter((d) => d.severity === 'warning'), []);
});

test('a word of change, comparison or decision whose opposite the best passage has in its place is a contradiction', () => {
  assert.deepEqual(oppositeIn('Microsoft shares rose approximately 1% following the announcement on April 27.', 'Microsoft shares fell approximately 1% following the announcement on April 27.'), { mine: 'rose', theirs: 'fell' });
  assert.deepEqual(oppositeIn('The council approved the plan on Monday.', 'The council rejected the plan on Monday after a long debate.'), { mine: 'approved', theirs: 'rejected' });
  assert.deepEqual(oppositeIn('Turnout was higher this year, officials said.', 'Turnout was lower this year, officials said.'), { mine: 'higher', theirs: 'lower' });
});

test('no opposite in a comparison turned round, a sentence that contrasts, what was only expected, or a page saying both sides (found by a probe)', () => {
  assert.equal(oppositeIn('In industrial countries, revenue from trade taxes is significantly lower than in developing countries.', 'Revenue from trade taxes is significantly higher in developing countries than in industrial countries.'), undefined);
  assert.equal(oppositeIn('Compared with Central America, where 33 percent backed it, support was much higher: 54 percent of Canadians were in favour.', 'In Central America, support was much lower: 33 percent of Costa Ricans backed it.'), undefined);
  assert.equal(oppositeIn('"Boyhood," the consensus favourite, lost the PGA trophy to "Birdman".', '"Boyhood" had been the consensus favorite to win the PGA trophy.'), undefined);
  assert.equal(oppositeIn('In the American League, the team with more shutouts has been defeated 7 times.', 'In the American League the team with more shutouts has won 11 times and lost 7 times.'), undefined);
});

test('no opposite where the words are of other things, negated, both said, or said alike elsewhere', () => {
  // Another subject by the opposite word.
  assert.equal(oppositeIn('Exports fell 5% last year.', 'Imports fell 3%, and exports rose 5% last year.'), undefined);
  assert.equal(oppositeIn('Exports rose 5% last year.', 'Imports fell 3% last year, while exports climbed.'), undefined);
  // Negated on either side: "did not fall" is no opposite of "rose".
  assert.equal(oppositeIn('Microsoft shares rose after the announcement.', 'Microsoft shares did not fall after the announcement.'), undefined);
  assert.equal(oppositeIn('Microsoft shares did not rise after the announcement.', 'Microsoft shares fell after the announcement.'), undefined);
  // The passage says both.
  assert.equal(oppositeIn('Microsoft shares rose after the announcement.', 'Microsoft shares fell at first, then rose after the announcement.'), undefined);
  // Another sentence of the page says it on the sentence's side in its place (a probe's case: two years on one page).
  const page = evidenceOf('A volatile year in which NAV total return per share fell over 10% in the first half. Cats sleep. A difficult year in which NAV total return per share grew by 10.2%.');
  const best = 'A volatile year in which NAV total return per share fell over 10% in the first half.';
  assert.equal(oppositeIn('In that difficult year, NAV total return per share rose about 10%.', best, [page]), undefined);
  assert.deepEqual(oppositeIn('In that volatile year, NAV total return per share rose about 10%.', best, [evidenceOf(best)]), { mine: 'rose', theirs: 'fell' });
});

test('in the checker: the opposite word of the best passage is a note of a partial support that names both words', () => {
  const { s, path } = judged({
    // (Without the page's figure: with it, "rose approximately 1%" against "fell approximately 1%" is a change the other way
    // at the same figure, a contradiction, `changeOtherWay`.)
    'drafts/d.md': 'Microsoft shares rose following the announcement on April 27 [1].\n\nMicrosoft shares fell approximately 1% following the announcement on April 27 [1].\n\n[1]: ../sources/s.md\n',
    'sources/s.md': 'Microsoft and OpenAI announced an amended partnership. Microsoft shares fell approximately 1% following the announcement on April 27.\n',
  });
  const diags = s.diagnostics(path);
  assert.deepEqual(diags.filter((d) => d.severity === 'warning'), []);
  const noted = diags.filter((d) => /The best passage says "fell" where the sentence says "rose"\./.test(d.message));
  assert.equal(noted.length, 1, JSON.stringify(diags));
  assert.equal(noted[0].code, 'partial-support');
  assert.ok(noted[0].range.start < 90);
  // The claim records (`cited claims`, the report) list it among the sentence's problems.
  assert.deepEqual(claimRecords(s, path, (p) => p).map((r) => r.problems.filter((x) => /best passage says/.test(x))), [['The best passage says "fell" where the sentence says "rose".'], []]);
  // The hover says it too.
  const hover = s.hover(path, noted[0].range.start);
  assert.match(JSON.stringify(hover), /The best passage says \\"fell\\" where the sentence says \\"rose\\"/);
});

test('found in review: no mixed-up figure where the page says more by its own figure, in a time the sentence does not name, or another source gives the figure', () => {
  const F = 'Cats sleep a lot. Dogs bark at night. Birds sing.';
  assert.equal(misplaced('The town has a population of 15,000.', '15,000', `The town had a population of 12,000 in 1990. ${F} Today some 15,000 residents live there.`), undefined);
  assert.equal(misplaced('Apple sold 50 million iPhones in the quarter.', '50 million', `Apple sold 40 million iPads in the quarter. ${F} The iPhone maker also shipped 50 million of its flagship phones.`), undefined);
  assert.equal(misplaced('The bank reported a net profit of $4.2 billion.', '$4.2 billion', `The bank reported a net profit of $1.1 billion for the fourth quarter. ${F} For the full year, earnings came to $4.2 billion.`), undefined);
  assert.equal(misplaced('Smith scored 31 points in the win over Boston.', '31', `Smith scored 25 points in the win over Boston on Friday. ${F} He had 31 in Sunday's rematch, another win over Boston.`), undefined);
  assert.equal(misplaced('The probe travels at 17 kilometres per second.', '17', `The probe launched at 11 kilometres per second. ${F} It now moves at about 17 kilometres per second relative to the Sun.`), undefined);
  const two = [evidenceOf('The company employs 1,200 people, its annual report said.'), evidenceOf(`${F} Its workforce reached 1,500 by December, a spokesman said.`)];
  const s = 'The company employs 1,500 people.';
  assert.equal(misplacedFigure(s, extractFigures(s)[0], two), undefined);
});

test('found in review: a figure fix keeps a page\'s minus sign and is not offered after "just"', () => {
  const run = (sentence: string, page: string) => {
    const { s, path } = judged({ 'drafts/d.md': `${sentence} [1].\n\n[1]: ../sources/s.md\n`, 'sources/s.md': page + '\n' });
    return s.diagnostics(path).find((d) => d.code === 'number-mismatch');
  };
  assert.equal(run('The fund returned 5% in 2022', 'Performance: the fund returned -8.3% in 2022, its worst year.')?.data?.replacement, '-8.3%');
  const bent = run('The company now employs just over 1,500 people', 'The company now employs more than 1,200 people.');
  assert.ok(bent, 'the figure is wrong');
  assert.equal(bent.data, undefined, 'no fix that would leave "just more than"');
});

test('found in review: no opposite said the other way round, with two words turned, under a restriction, or where another cited source says it', () => {
  assert.equal(oppositeIn('Smith, the incumbent, lost the seat to Jones by 200 votes.', 'Jones, the challenger, won the seat from Smith by 200 votes.'), undefined);
  assert.equal(oppositeIn('Jones beat Smith, who lost the seat by 200 votes.', 'Jones won the seat by 200 votes.'), undefined);
  assert.equal(oppositeIn('Only a minority of members voted to approve the merger.', 'A majority of members voted to reject the merger.'), undefined);
  assert.equal(oppositeIn('The law bans abortion except in cases of rape or incest.', 'The law permits abortion only in cases of rape or incest.'), undefined);
  assert.equal(oppositeIn('The ruling by the lower court in Texas was upheld on appeal in May.', 'The ruling by the higher court in Texas was announced in May.'), undefined);
  const { s, path } = judged({
    'drafts/d.md': 'Microsoft shares rose 2% on Tuesday after the earnings report [1][2].\n\n[1]: ../sources/a.md\n[2]: ../sources/b.md\n',
    'sources/a.md': 'Microsoft shares fell 2% on Tuesday after the earnings report, Reuters reported.\n',
    'sources/b.md': 'On Tuesday Microsoft stock gained 2% following its earnings report.\n',
  });
  assert.ok(!s.diagnostics(path).some((d) => d.severity === 'warning' && /best passage says/.test(d.message)), JSON.stringify(s.diagnostics(path).map((d) => d.message)));
});

test('found in review: names a page relates, or a passage that does not state the sentence\'s figures, give no name note', () => {
  const F = 'Cats sleep a lot. Dogs bark at night.';
  assert.equal(heldNameReplaced('The 2012 Summer Olympics opened in London at a ceremony watched by 900 million viewers.', [evidenceOf(`Stratford is in east London. ${F} The 2012 Summer Olympics opened in Stratford at a ceremony watched by 900 million viewers.`)]), undefined);
  assert.equal(heldNameReplaced('At the event on Monday, Tim Cook unveiled the new iPhone with a faster chip.', [evidenceOf(`Apple chief executive Tim Cook presented the device. ${F} At the event on Monday, Apple unveiled the new iPhone with a faster chip.`)]), undefined);
  assert.equal(heldNameReplaced('The hurricane killed 120 people in Haiti.', [evidenceOf(`The hurricane killed 40 people in Cuba. ${F} In Haiti, the death toll reached 120.`)]), undefined);
});
