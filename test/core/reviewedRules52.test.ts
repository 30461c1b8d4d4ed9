/**
 * Session 52's rules, from what earlier probes' first runs left warned on faithful sentences, and from the probes
 * written this session (`bench/data/probe-wice31` to `probe-wice34`, `probe-dev22` to `probe-dev25`):
 * - a range's second end after degrees and a hyphen ("140°-145°") is a figure, as it is after an en dash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedSentence, warnings } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));
const values = (text: string) => extractFigures(text).map((f) => f.value);

test('a range written with degrees and a hyphen has two ends ("140°-145°")', () => {
  assert.deepEqual(values('an internal temperature of 140°-145°, which is medium'), [140, 145]);
  assert.deepEqual(values('keep it between 40°F-45°F overnight'), [40, 45]);
  // A hyphen glued to a word still makes a name's number, and a spaced one a minus sign.
  assert.deepEqual(values('the COVID-19 wave'), []);
  assert.deepEqual(values('a return of -8 over the year'), [8]);
  const STEAK = 'A 1-inch strip steak will take around 9-11 minutes over high heat to attain an internal temperature of 140°-145°, which is medium with a little pink but firm.';
  assert.ok(!codes('At medium, the inside of a strip steak reaches 140 to 145 degrees.', STEAK).includes('number-mismatch'));
  assert.ok(codes('At medium, the inside of a strip steak reaches 140 to 150 degrees.', STEAK).includes('number-mismatch'));
});

test('a superlative said as a denial ("no night market in Taiwan is bigger than Fengjia") denies none of its words', () => {
  const MARKET = 'Fengjia Night Market, also called Fengjia Shopping Town, is a night market in Xitun District, Taichung, Taiwan. It was claimed to be the largest night market in Taiwan.';
  assert.deepEqual(codes('It has been claimed that no night market in Taiwan is bigger than Fengjia, in the Xitun District of Taichung.', MARKET), []);
  assert.deepEqual(codes('It has been claimed that no other night market in Taiwan is as big as this one.', MARKET), []);
  // A plain denial of the page is still one.
  assert.ok(codes('There is no night market in Xitun District.', MARKET).includes('unsupported-claim'));
  // No comparison with a name or "other": the denial stands ("no drug was better than placebo" denies the drug's effect).
  const TRIAL = 'In the trial, the new drug was better than placebo at reducing pain after twelve weeks.';
  assert.ok(codes('In the trial, no drug was better than placebo at reducing pain after twelve weeks.', TRIAL).includes('unsupported-claim'));
  const SQUAD = 'Every other player in the squad was under contract until the end of the season.';
  assert.ok(codes('No other player in the squad was under contract until the end of the season.', SQUAD).includes('unsupported-claim'));
});

test('a superlative said as a denial with the comparison left implicit ("no recession … went deeper in the US")', () => {
  const GDP = 'From peak to trough, US gross domestic product fell by 4.3 percent, making this the deepest recession since World War II.';
  assert.deepEqual(codes('No recession since World War II went deeper in the US.', GDP), []);
  assert.ok(codes('There was no recession in the US since World War II.', GDP).includes('unsupported-claim'));
  // A noun in "-er" after an article is no comparative ("had a player in"), nor a word that only ends so ("under").
  const FINAL = 'Both clubs had a player in the final, and each was under contract.';
  assert.ok(codes('No club had a player in the final.', FINAL).includes('unsupported-claim'));
  assert.ok(codes('No player in the final was under contract.', FINAL).includes('unsupported-claim'));
});

test('a decimal said aloud is a figure ("four point three per cent")', () => {
  assert.deepEqual(values('dropped four point three per cent'), [4.3]);
  assert.deepEqual(values('two point five million people'), [2_500_000]);
  assert.deepEqual(values('a ratio of one point oh five'), [1.05]);
  assert.deepEqual(values('that was the point of it, three points clear'), []);
  const GDP = 'From peak to trough, US gross domestic product fell by 4.3 percent, making this the deepest recession since World War II.';
  assert.ok(!codes('US gross domestic product fell by four point three per cent from peak to trough.', GDP).includes('number-mismatch'));
  assert.ok(codes('US gross domestic product fell by four point five per cent from peak to trough.', GDP).includes('number-mismatch'));
});

test('two denials in a row say it plainly ("no lack of poise"); a plain denial still flips', () => {
  const BRIEFING = 'During the briefing, I could see her hands shaking as she spoke, but she delivered her message with poise and conviction.';
  assert.deepEqual(codes('She delivered her message with no lack of poise or conviction.', BRIEFING), []);
  assert.deepEqual(codes('She did not lack poise or conviction when she delivered her message.', BRIEFING), []);
  assert.ok(codes('She delivered her message with no poise or conviction.', BRIEFING).includes('unsupported-claim'));
});

test('a sentence\'s "needn\'t pay" denies that paying is needed, not what the page gives free', () => {
  const KIT = 'For users who have already taken a competing test, the company will allow them to import their data and get a free report.';
  assert.deepEqual(codes("Users who have already taken a competing test needn't pay for a report: they can import their data.", KIT), []);
  assert.deepEqual(codes("Users who have already taken a competing test don't have to pay for a report: they can import their data.", KIT), []);
  // A denial of what the page states plainly still flips.
  assert.ok(codes('Users who have taken a competing test cannot import their data.', 'Users who have taken a competing test can import their data and get a free report.').includes('unsupported-claim'));
});

test('a name the sentence denies right before it ("American, not Australian") is none it claims', () => {
  const ACTOR = 'Donald Hogestyn (born September 29, 1953) is an American actor best known for his long running role as John Black on the American soap opera "Days of Our Lives".';
  assert.deepEqual(codes("He's American, not Australian, and so is the soap.", ACTOR), []);
  assert.ok(codes("He's Australian, and so is the soap.", ACTOR).includes('unsupported-claim'));
});

test('"no other" with a comparative in its clause is a superlative ("no other league\'s teams have won more")', () => {
  const LCK = 'The LCK is considered one of the strongest competitions in the world, with teams from the league winning the World Championship a record seven times.';
  assert.deepEqual(codes("No other league's teams have won more World Championships.", LCK), []);
  assert.ok(codes("No league's teams have won the World Championship.", LCK).includes('unsupported-claim'));
});

test('"no one but X" says only X ("led by no one but Robert Mugabe" / "the only leader")', () => {
  const ZIM = 'Grace Mugabe is the 52-year-old first lady of Zimbabwe. Mnangagwa, a 75-year-old former intelligence chief, had been locked in a battle with the first lady to succeed her husband as president. Mugabe, the only leader Zimbabwe has known in 37 years of independence, spent Tuesday afternoon in a cabinet meeting, but his whereabouts overnight were not known. The takeover comes amid a bitter battle over who will succeed 93-year-old Mugabe.';
  assert.deepEqual(codes('In 37 years of independence, Zimbabwe had been led by no one but Robert Mugabe, by now 93.', ZIM), []);
  assert.deepEqual(codes('In 37 years of independence, Zimbabwe had been led by none other than Mugabe.', ZIM), []);
  assert.ok(codes('Mugabe did not spend Tuesday afternoon in a cabinet meeting.', ZIM).includes('unsupported-claim'));
});

test('the page\'s own site named before its writer ("The Human Rights Watch writer") credits the page', () => {
  const HRW = '---\ntitle: "A Historic Journey in a Wheelchair from Syria to the UN | Human Rights Watch"\n---\n\nDuring the briefing, I could see her hands shaking as she spoke, but she delivered her message with poise and conviction.\n\n### Top Human Rights Tweets of the Week\n';
  const said = (sentence: string) => judgedSentence(sentence, HRW).diagnostics.map((d) => d.message).join(' ');
  assert.equal(said('The Human Rights Watch writer could see her hands shaking as she spoke.'), '');
  // Another body's writer is a name the page does not give.
  assert.match(said('The Amnesty International writer could see her hands shaking as she spoke.'), /amnesty/i);
});

test('"just three … are not" says the page\'s "all but three … are"; "none" still flips', () => {
  const RECORDS = "As suits what was basically a singles music, all but three of the '50s selections are greatest-hits albums, most of them put together in the '70s.";
  assert.deepEqual(codes("Just three of his '50s albums are not greatest-hits collections.", RECORDS), []);
  assert.ok(codes("None of his '50s albums are greatest-hits collections.", RECORDS).includes('unsupported-claim'));
});
