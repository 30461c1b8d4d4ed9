/**
 * Polarity cases found by session 40's reviews (`reviewedArticles40.test.ts`), each with its wrong counterpart: a
 * table's row states no sentence; a short imperative in quote marks is a quotation, not a title; what a page says only
 * as what would be ("if I said it proves X") is not stated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';
import { statedAs } from '../../server/src/core/support/statedAs';
import { stem } from '../../server/src/core/text';
import { workspace, ROOT } from '../helpers/memoryWorkspace';

test('a row "Headphone jack | No" of a specifications table is not read as stating the jack', () => {
  const specs = 'Specifications\n\n| Feature | Aurora 7 |\n|---|---|\n| Water and dust resistance | IP68 |\n| Headphone jack | No |\n| Weight | 201 g |\n';
  assert.deepEqual(warnings('The phone is rated IP68 for water and dust resistance, but it has no headphone jack.', specs), []);
});

test('"Don\'t eat eel" in quote marks is a quotation that negates, not a title', () => {
  const transcript = 'VOSS: If a listener wants to help, what should they do?\n\nBRANNIGAN: Don\'t eat eel. Even the stuff that is labelled sustainable, you cannot be sure of the chain.';
  assert.deepEqual(warnings('Brannigan\'s advice to listeners was plain: "Don\'t eat eel."', transcript), []);
  // A title still negates nothing: "No Country for Old Men" won.
  assert.deepEqual(warnings('"No Country for Old Men" won the award for best picture.', 'The Coen brothers\' "No Country for Old Men" won the award for best picture in 2008.'), []);
});

test('what the page says only as what would be ("if I said it proves X") is not stated: denying it is no opposite; stating it plainly is not backed as stated', () => {
  const transcript = 'OKAFOR: It is remarkable, but I would be misleading you if I said it proves the population is recovering. What it proves is that the eels that arrive can now get upstream.';
  assert.deepEqual(warnings('Okafor said the increase does not prove the population is recovering.', transcript), []);
  const plain = 'OKAFOR: It is remarkable. It proves the population is recovering, and the eels that arrive can now get upstream.';
  assert.ok(warnings('Okafor said the increase does not prove the population is recovering.', plain).length > 0);
});

/** The sources-disagree notes of a sentence citing two pages. */
function disagreements(sentence: string, a: string, b: string): string[] {
  const service = workspace({ 'sources/a.md': a, 'sources/b.md': b, 'drafts/d.md': `${sentence} [1][2]\n\n[1]: ../sources/a.md\n[2]: ../sources/b.md\n` });
  const path = `${ROOT}/drafts/d.md`;
  while (!service.judge(path, 1000).complete);
  return service.diagnostics(path).filter((d) => d.code === 'sources-disagree').map((d) => d.message);
}

test('sources that say the same thing otherwise do not disagree: a name, a refusal, falling short, a frame word, "mostly … rather than"', () => {
  // A name is no statement: one page denies another thing of the Mariners.
  assert.deepEqual(disagreements('The Harriers held the Mariners to 17 points in the third quarter.', 'The Harriers won the third quarter 30-17 and never let the Mariners settle again.', 'The Harriers held the Mariners to just 17 points in the third term.'), []);
  // "Declined to name" is "has not named".
  assert.deepEqual(disagreements('The company has not named the customer that signed the supply deal.', 'The company signed a supply deal with a carmaker, which it has not named.', 'The company declined to name the customer that signed the supply deal.'), []);
  // "Did not meet its target" and "expects to miss its target again" agree.
  assert.deepEqual(disagreements('The authority missed its target for unplanned interruptions.', 'The authority did not meet its target for unplanned interruptions in 2024.', 'The authority expects to miss its target for unplanned interruptions again in 2025.'), []);
  // "Unless" frames a statement; it is not one.
  assert.deepEqual(disagreements('The two medicines should not be given at the same time unless a doctor advises it.', 'Do not give the two medicines at the same time unless a doctor or pharmacist advises it.', 'Unless your doctor says so, the two medicines should not be given together.'), []);
  // "Mostly replaced walking rather than car journeys" leaves some car journeys replaced.
  assert.deepEqual(disagreements('Scooter trips replaced some car journeys.', 'The chair argued the scheme mostly replaced walking and bus trips rather than car journeys.', 'An evaluation found that 9 per cent of scooter trips replaced a car journey.'), []);
  // Stated one way and the other, they still disagree.
  assert.equal(disagreements('Microsoft keeps an exclusive license to the models.', 'Microsoft now holds a non-exclusive license to the models.', 'Microsoft keeps its exclusive license to the models.').length, 1);
});

test('a range\'s first end takes the percentage of its second: "from 22 to 35 percent" for the page\'s "from 22 percent … to 35 percent"', () => {
  const chapter = 'In Ghent the share of trips made by bicycle rose from 22 percent before the plan to 35 percent two years later, while the share made by car fell from 55 to 27 percent.';
  assert.deepEqual(warnings('In Ghent, the bicycle share of trips rose from 22 to 35 percent within two years, while the car share fell from 55 to 27 percent.', chapter), []);
  assert.ok(warnings('In Ghent, the bicycle share of trips rose from 24 to 35 percent within two years.', chapter).some((w) => w.startsWith('number-mismatch')));
});

test('a change said another way: "a fifth lower", basis points, a financial year\'s short name, a hazard ratio', () => {
  const budget = 'Marsh says borrowing this year will be £87.4bn, which she says is "a fifth lower" than last year.';
  assert.deepEqual(warnings('Marsh told MPs borrowing was about 20% lower than last year.', budget), []);
  assert.ok(warnings('Marsh told MPs borrowing was about 40% lower than last year.', budget).some((w) => w.startsWith('number-mismatch')));
  const update = 'Gross margin down 60 basis points to 41.3 per cent. The rise in employer National Insurance is expected to add around £18m to our costs in FY26.';
  assert.deepEqual(warnings('Gross margin fell by 0.6 percentage points to 41.3%.', update), []);
  assert.deepEqual(warnings('The rise in employer National Insurance is expected to add about £18 million to costs in the 2026 financial year.', update), []);
  assert.ok(warnings('The rise in employer National Insurance is expected to add about £18 million to costs in the 2028 financial year.', update).some((w) => w.startsWith('number-mismatch')));
  const study = 'The association was stronger in women (HR 2.4 (95% CI 1.7–3.4)) than in men (HR 1.8 (95% CI 1.3–2.5)). Frequent insomnia symptoms were associated with a hazard ratio of 1.17 (95% CI 1.06–1.29).';
  assert.deepEqual(warnings('Among men, the risk was about 80 per cent higher, the association stronger in women.', study), []);
  assert.deepEqual(warnings('Frequent insomnia symptoms were associated with a 17 per cent higher risk.', study), []);
  assert.ok(warnings('Frequent insomnia symptoms were associated with a 27 per cent higher risk.', study).some((w) => w.startsWith('number-mismatch')));
});

test('a length worked out of the sentence\'s own years, a people\'s word for a place, months for years and months', () => {
  const obituary = 'Ruth Carlisle, who has died aged 87, spent the better part of seventy years at the loom.\n\nAlongside the studio she taught part-time at the Northern College of Art and Design from 1974 to 1996, latterly as head of woven textiles.';
  assert.deepEqual(warnings('She taught part-time at the Northern College of Art and Design for 22 years, from 1974 to 1996.', obituary), []);
  assert.ok(warnings('She taught part-time at the Northern College of Art and Design for 25 years, from 1974 to 1996.', obituary).some((w) => w.startsWith('number-mismatch')));
  const guidance = 'You need a passport that is valid for at least 6 months after the date you plan to leave Kestria, unless you are a citizen of Varnia, in which case your passport only needs to be valid for 3 months after that date.';
  assert.deepEqual(warnings('Your passport must be valid for at least six months after you leave Kestria, unless you are a Varnian citizen, in which case three months is enough.', guidance), []);
  const remarks = 'The total sentence is therefore three years and four months\' imprisonment. You will serve up to half of it in custody.';
  assert.deepEqual(warnings('The total sentence is 40 months in prison.', remarks), []);
  assert.ok(warnings('The total sentence is 44 months in prison.', remarks).some((w) => w.startsWith('number-mismatch')));
});

test('an item of a list under a lead-in that denies it is not read as stating it', () => {
  const guidance = 'A visitor permit lets you visit for tourism or business.\n\nYou cannot use a permit to:\n\nwork for a local employer\n\nclaim public funds or benefits\n\nlive in the country through frequent visits\n\nA permit lasts for 2 years.';
  assert.deepEqual(warnings('A permit cannot be used to claim public funds or benefits.', guidance), []);
  // Under a lead-in that does not deny, the item is stated: denying it is the opposite.
  const allowed = guidance.replace('You cannot use a permit to:', 'You can use a permit to:');
  assert.ok(warnings('A permit cannot be used to claim public funds or benefits.', allowed).length > 0);
});

test('a deposit is what a loan-to-value leaves: "a 40% deposit" for "60% loan-to-value"', () => {
  const rates = 'Average two-year fixed rates by loan-to-value\n\n| Product | 60% loan-to-value | 90% loan-to-value |\n|---|---|---|\n| Two-year fixed | 4.49% | 5.21% |\n';
  assert.deepEqual(warnings('Borrowers with a 40% deposit paid 4.49% on average for a two-year fix.', rates), []);
  assert.ok(warnings('Borrowers with a 30% deposit paid 4.49% on average for a two-year fix.', rates).some((w) => w.startsWith('number-mismatch')));
});

test('a verb of falling short or refusing negates what follows; an adjective or a noun of the same words does not', () => {
  const negative = (text: string, word: string) => statedAs(text, stem(word))?.negative;
  assert.equal(negative('The authority expects to miss its target again.', 'target'), true);
  assert.equal(negative('The company declined to name the customer.', 'name'), true);
  assert.equal(negative('Sales fell short of the target.', 'target'), true);
  assert.equal(negative('The station is a short walk away.', 'walk'), false);
  assert.equal(negative('The missing hikers were found on Sunday.', 'hikers'), false);
  assert.equal(negative('Analysts expect a decline in sales.', 'sales'), false);
});
