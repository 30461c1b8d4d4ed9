/**
 * Session 46's rules, from the reviews' known false alarms (`reviewedArticles42.test.ts`): a percentage range or list
 * said in words ("from fifty to sixty per cent", "seventy, eighty per cent") and a number whose percent is left out
 * ("We wanted seventy."); what a sentence says was only tried ("people who had tried to file") is not denied by a page's
 * "tried and failed to file"; "X, not Y," sets Y aside where the page names Y only as what X is compared with; a
 * sentence's "…, but not if …" denies the verb before it under a condition, not the condition; a name opening a
 * sentence ("The ATR Tech Jobs Barometer is compiled …") states none of its words; "cautioned against mistaking" is said
 * with "let's not mistake"; a denial of a thing at a time the page does not give is no opposite of it at another. Each
 * with a case that must stay warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const figures = (text: string) => extractFigures(text).map((f) => `${f.kind}:${f.value}`);
const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

const INTERVIEW = 'The minister said: "They have also agreed to raise the insurance premium subsidy from fifty to sixty per cent. We wanted seventy."';
const LOSSES = "Rosmar is a third down across the region, and for some growers around Vellin it's seventy, eighty per cent.";

test("a range's first end in words is a number, as in digits; a number ending its sentence right after a percentage is one", () => {
  assert.deepEqual(figures('from fifty to sixty per cent'), ['number:50', 'percent:60']);
  assert.deepEqual(figures("it's seventy, eighty per cent"), ['number:70', 'percent:80']);
  assert.deepEqual(figures('from fifty to sixty per cent. We wanted seventy."'), ['number:50', 'percent:60', 'percent:70']);
  // Not an age, nor a count of something named, nor a number after a blank line, nor "one".
  assert.deepEqual(figures('Turnout was 40 per cent. He retired at seventy.'), ['percent:40']);
  assert.deepEqual(figures('Turnout was 40 per cent. They hired seventy staff.'), ['percent:40']);
  assert.deepEqual(figures('Unemployment is 4 per cent.\n\nMembers: forty.'), ['percent:4']);
  assert.deepEqual(figures('It was 5%. It had one.'), ['percent:5']);
});

test('a percentage range or list said in words backs the same figures in digits, and no others', () => {
  assert.deepEqual(codes('The subsidy rose from 50% to 60%, rather than the 70% growers had wanted.', INTERVIEW), []);
  assert.deepEqual(codes('Some growers around Vellin lost 70% to 80% of their Rosmar crop.', LOSSES), []);
  assert.ok(codes('The subsidy rose from 40% to 60%, rather than the 70% growers had wanted.', INTERVIEW).includes('number-mismatch'));
  assert.ok(codes('The subsidy rose from 50% to 60%, rather than the 75% growers had wanted.', INTERVIEW).includes('number-mismatch'));
  assert.ok(codes('Some growers around Vellin lost 60% to 80% of their Rosmar crop.', LOSSES).includes('number-mismatch'));
});

test('what a sentence says was only tried is not denied by a page saying it failed; what it says happened still is', () => {
  const page = 'The deadline had been 30 June. The revenue service said on Friday that the extension applied to all online filers, not only to those who had tried and failed to file during the outage, which ran from 9 to 13 June.';
  assert.deepEqual(codes('The extension covered everyone filing online, not only people who had tried to file during the outage.', page), []);
  const failed = 'The revenue service said on Friday that those who had tried to file during the outage failed to file their returns on time.';
  assert.ok(codes('Those who had tried to file during the outage managed to file their returns on time.', failed).includes('unsupported-claim'));
});

test('"X, not Y," sets Y aside: no denial of a page that names Y only as what X is compared with; a page giving it to Y is still the opposite', () => {
  const sentence = 'Water, not electricity, now makes up the larger share of the bill for most machines, Dr Caldwell said.';
  const page = (a: string, b: string) => `For every machine in this test, the ${a} bill for a year's washing was larger than the ${b} bill. "${a[0].toUpperCase() + a.slice(1)} is now the bigger part of the running cost for most machines," said Dr Caldwell.`;
  assert.deepEqual(codes(sentence, page('water', 'electricity')), []);
  assert.ok(codes(sentence, page('electricity', 'water')).includes('unsupported-claim'));
});

test('"…, but not if …" denies the verb before it under the condition, not the condition; a plain denial is still read', () => {
  const page = "You can still claim the grant if you have solar panels. You cannot claim if your home's energy performance certificate has an outstanding recommendation for loft or cavity wall insulation, so deal with those first.";
  assert.deepEqual(codes('Homes with solar panels can still qualify, but not if the energy performance certificate recommends loft or cavity wall insulation.', page), []);
  const can = 'Homes with solar panels can claim the grant, the agency said on Monday.';
  assert.ok(codes('Homes with solar panels cannot claim the grant, but not if they also have a heat pump.', can).includes('unsupported-claim'));
});

test("a name opening a page's sentence states none of its words: a denial of one of them is no opposite", () => {
  const page = 'Notes to editors\n\n1. The Tech Jobs Barometer is compiled from a monthly survey of member agencies. The June survey received 312 responses.\n\n2. The data measure placements made by agencies.';
  assert.deepEqual(codes('The agencies say their figures are not comparable with job-board postings, and the June survey drew 312 responses.', page), []);
});

test('"cautioned against mistaking" says with the page\'s "let\'s not mistake" what was urged: no opposite; "mistook" still is', () => {
  const page = '"This is a modest bounce, and a welcome one, but let\'s not mistake sunshine for a recovery," said Clara Whitmore, head of consumer research at Marlowe.';
  assert.deepEqual(codes('Clara Whitmore of Marlowe cautioned against mistaking sunshine for a recovery.', page), []);
  assert.ok(codes('Clara Whitmore of Marlowe mistook sunshine for a recovery.', page).includes('unsupported-claim'));
});

test('a denial of a thing at a time the page does not give ("rather than closing this October") is no opposite of the page stating it at another', () => {
  const later = '- Greywell Lead Mining Museum stays open until the end of March 2026. It will then close unless a community-led option is agreed.';
  assert.deepEqual(codes('Greywell Lead Mining Museum will stay open until the end of March 2026 rather than closing this October.', later), []);
  const then = '- Greywell Lead Mining Museum will close this October, the council confirmed on Thursday.';
  assert.ok(codes('Greywell Lead Mining Museum will not close this October, the council confirmed.', then).includes('unsupported-claim'));
  assert.ok(codes('The housing bill was not passed by parliament in 2019.', 'The housing bill was passed by parliament in 2019 after a long debate.').includes('unsupported-claim'));
  // A window with no time of its own may be dated elsewhere on the page: still the opposite.
  assert.ok(codes('Lorena Gonzalez was not elected to the Seattle City Council in 2017.', 'Lorena Gonzalez was handily re-elected on Tuesday to the Seattle City Council, while Teresa Mosqueda defeated Jon Grant in the other council race.').includes('unsupported-claim'));
});
