/**
 * Session 52's rules, from what earlier probes' first runs left warned on faithful sentences, and from the probes
 * written this session (`bench/data/probe-wice31` to `probe-wice34`, `probe-dev22` to `probe-dev25`):
 * - a range's second end after degrees and a hyphen ("140°-145°") is a figure, as it is after an en dash;
 * - a decimal said aloud ("four point three per cent") is a figure, before a unit or ending its clause;
 * - "no lack of poise", "needn't pay", "no one but Mugabe" deny nothing the page denies, where the page says nothing
 *   of a lack, of a payment asked, or of everyone but that one;
 * - a name denied right before it ("not Australian") need not be on the page;
 * - the page's site named before "writer", "critic"… credits the page;
 * - "no N is bigger than X" is said by the page's "the largest N" (size said three ways) where the page names X and
 *   compares it no other way; "just three … are not" by "all but three … are" of the same things and statement.
 * A review (`review52-rules.json`, 269 cases) found the first forms of these rules, which read the sentence alone,
 * letting 34 wrong sentences through that the build before caught ("The hospital has no shortage of nurses" against a
 * page's "severe shortage"; "Visitors don't have to pay" against "must pay £10"; "no player was better than Federer"
 * against "Nadal was far better than Federer"), and "at one point three players" read as 1.3: each now asks the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedOtherwise, judgedSentence, warnings } from '../helpers/oneSentence';
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

test('a decimal said aloud is a figure ("four point three per cent")', () => {
  assert.deepEqual(values('dropped four point three per cent'), [4.3]);
  assert.deepEqual(values('two point five million people'), [2_500_000]);
  assert.deepEqual(values('a ratio of one point oh five'), [1.05]);
  assert.deepEqual(values('that was the point of it, three points clear'), []);
  // "Point" as a noun: no decimal ("at one point three players", "won by one point three times").
  assert.deepEqual(values('At one point three players were injured at the same time.'), []);
  assert.deepEqual(values('The team won by one point three times this season.'), []);
  const GDP = 'From peak to trough, US gross domestic product fell by 4.3 percent, making this the deepest recession since World War II.';
  assert.ok(!codes('US gross domestic product fell by four point three per cent from peak to trough.', GDP).includes('number-mismatch'));
  assert.ok(codes('US gross domestic product fell by four point five per cent from peak to trough.', GDP).includes('number-mismatch'));
});

test('two denials in a row say it plainly ("no lack of poise"); a plain denial still flips', () => {
  const BRIEFING = 'During the briefing, I could see her hands shaking as she spoke, but she delivered her message with poise and conviction.';
  assert.deepEqual(codes('She delivered her message with no lack of poise or conviction.', BRIEFING), []);
  assert.deepEqual(codes('She did not lack poise or conviction when she delivered her message.', BRIEFING), []);
  assert.ok(codes('She delivered her message with no poise or conviction.', BRIEFING).includes('unsupported-claim'));
  // Not where the page says it was lacking.
  assert.ok(codes('The hospital has no shortage of nurses this winter.', 'The hospital faces a severe shortage of nurses this winter.').includes('unsupported-claim'));
  assert.ok(codes('The project had no lack of funding in its first year.', 'In its first year, funding for the project was always scarce.').length > 0);
});

test('a sentence\'s "needn\'t pay" denies that paying is needed, not what the page gives free', () => {
  const KIT = 'For users who have already taken a competing test, the company will allow them to import their data and get a free report.';
  assert.deepEqual(codes("Users who have already taken a competing test needn't pay for a report: they can import their data.", KIT), []);
  assert.deepEqual(codes("Users who have already taken a competing test don't have to pay for a report: they can import their data.", KIT), []);
  // A denial of what the page states plainly still flips.
  assert.ok(codes('Users who have taken a competing test cannot import their data.', 'Users who have taken a competing test can import their data and get a free report.').includes('unsupported-claim'));
  // Not where the page asks for payment.
  assert.ok(codes("Visitors don't have to pay to enter the museum.", 'Visitors must pay £10 to enter the museum.').includes('unsupported-claim'));
  assert.ok(codes("Drivers don't need to pay a toll on the bridge.", 'Drivers need to pay a toll on the bridge.').includes('unsupported-claim'));
});

test('a name the sentence denies right before it ("American, not Australian") is none it claims', () => {
  const ACTOR = 'Donald Hogestyn (born September 29, 1953) is an American actor best known for his long running role as John Black on the American soap opera "Days of Our Lives".';
  assert.deepEqual(codes("He's American, not Australian, and so is the soap.", ACTOR), []);
  assert.ok(codes("He's Australian, and so is the soap.", ACTOR).includes('unsupported-claim'));
});

test('"no one but X" says only X ("led by no one but Robert Mugabe" / "the only leader")', () => {
  const ZIM = 'Grace Mugabe is the 52-year-old first lady of Zimbabwe. Mnangagwa, a 75-year-old former intelligence chief, had been locked in a battle with the first lady to succeed her husband as president. Mugabe, the only leader Zimbabwe has known in 37 years of independence, spent Tuesday afternoon in a cabinet meeting, but his whereabouts overnight were not known. The takeover comes amid a bitter battle over who will succeed 93-year-old Mugabe.';
  assert.deepEqual(codes('In 37 years of independence, Zimbabwe had been led by no one but Robert Mugabe, by now 93.', ZIM), []);
  assert.deepEqual(codes('In 37 years of independence, Zimbabwe had been led by none other than Mugabe.', ZIM), []);
  assert.ok(codes('Mugabe did not spend Tuesday afternoon in a cabinet meeting.', ZIM).includes('unsupported-claim'));
  // Not where the page says everyone but that one.
  assert.ok(codes('No one except the pilot survived the crash.', 'Everyone but the pilot survived the crash.').includes('unsupported-claim'));
});

test('the page\'s own site named before its writer ("The Human Rights Watch writer") credits the page', () => {
  const HRW = '---\ntitle: "A Historic Journey in a Wheelchair from Syria to the UN | Human Rights Watch"\n---\n\nDuring the briefing, I could see her hands shaking as she spoke, but she delivered her message with poise and conviction.\n\n### Top Human Rights Tweets of the Week\n';
  const said = (sentence: string) => judgedSentence(sentence, HRW).diagnostics.map((d) => d.message).join(' ');
  assert.equal(said('The Human Rights Watch writer could see her hands shaking as she spoke.'), '');
  // Another body's writer is a name the page does not give.
  assert.match(said('The Amnesty International writer could see her hands shaking as she spoke.'), /amnesty/i);
});

test('"no N is bigger than X" is the page\'s "X is the largest N" (size said three ways), where the page names X and compares it no other way', () => {
  const MARKET = 'Fengjia Night Market, also called Fengjia Shopping Town, is a night market in Xitun District, Taichung, Taiwan. It was claimed to be the largest night market in Taiwan.';
  assert.deepEqual(codes('It has been claimed that no night market in Taiwan is bigger than Fengjia, in the Xitun District of Taichung.', MARKET), []);
  // A plain denial of the page is still one, and so is a comparison with another name or the other way round.
  assert.ok(codes('There is no night market in Xitun District.', MARKET).includes('unsupported-claim'));
  assert.ok(codes('No night market in Taiwan is bigger than Shilin.', MARKET).includes('unsupported-claim'));
  assert.ok(codes('No other night market in Taiwan is bigger than Fengjia.', 'Fengjia is smaller than Raohe, the largest night market in Taiwan.').includes('unsupported-claim'));
  assert.ok(codes('On clay, no player was better than Federer.', 'On clay, Nadal was far better than Federer, beating him in four French Open finals.').includes('unsupported-claim'));
  // "No drug was better than placebo" denies the drug's effect.
  const TRIAL = 'In the trial, the new drug was better than placebo at reducing pain after twelve weeks.';
  assert.ok(codes('In the trial, no drug was better than placebo at reducing pain after twelve weeks.', TRIAL).includes('unsupported-claim'));
});

test('"just three … are not" says the page\'s "all but three … are" of the same things and the same statement', () => {
  const SENATE = 'All but two of the senators voted for the bill.';
  assert.deepEqual(codes('Only two senators did not vote for the bill.', SENATE), []);
  assert.deepEqual(codes('Just three of his albums are not hits collections.', 'All but three of his albums are hits collections.'), []);
  // Another statement ("for" / "against", "survive" / "collapsed"), other things ("films" / "albums"), or "none" still flip.
  assert.ok(codes('Only two senators did not vote for the bill.', 'All but two of the senators voted against the bill.').includes('unsupported-claim'));
  assert.ok(codes('Only two bridges did not survive the flood.', 'All but two of the bridges collapsed in the flood.').length > 0);
  assert.ok(codes('None of his albums are hits collections.', 'All but three of his albums are hits collections.').includes('unsupported-claim'));
});

test('the review of the rules of session 52 (269 cases): faithful sentences warned and wrong ones let through', () => {
  // Known: sentences no rule of this session is for, or that it leaves as they were (an added detail after a superlative
  // said as a denial, "in Kaohsiung", is now only a partial note). A case that moves either way fails this test.
  assert.deepEqual(judgedOtherwise('review52-rules.json'), KNOWN_52);
});

/** The review's cases judged otherwise than labelled at the end of session 52 (67 of 269; 15 faithful warned, 52 wrong let through). */
const KNOWN_52 = [
  'p10c', 'p10f', 'p1f', 'p2b', 'p2e', 'p2f', 'p2g', 'p2i', 'p2l', 'p4f', 'p5g', 'p6d', 'p6e', 'p8c', 'p8f', 'p8g',
  'p9b', 'p9d', 'p9e', 'p9f', 'q2d', 'q6d', 'q6i', 'q8d', 'q9e', 'q9h', 'r10f', 'r2c', 'r2e', 'r2g', 'r2o',
  'r2u', 'r3e', 'r4e', 'r4h', 'r4i', 'r5k', 'r5l', 'r6l', 'r8f', 'r8g', 'r8h', 'r8j', 'r8k', 'r8l', 'r9g', 'r9h',
  'r9i', 'r9j', 'r9k', 's2a', 's2c', 's2e', 's6b', 's6d', 's6g', 's6h', 's8a', 's8c', 's8d', 's8e', 's9a', 's9g',
  't1', 't2', 't5', 't7',
];

test('a year after a degree\'s abbreviation is a year ("M.D. 1945"); a fraction with a slash before "of" is a share ("1/3 of")', () => {
  assert.deepEqual(values('Two graduates, Bernard Lown, M.D. 1945; and James E. Muller M.D. 1969, founded it.'), [1945, 1969]);
  assert.deepEqual(values('the Boeing 737 jets'), []);
  assert.deepEqual(values('With an output of 380 MW (1/3 of a nuclear reactor), it is the most powerful plant.'), [380, 33.3]);
  assert.deepEqual(values('a 1/2 cup of flour'), [1, 2]);
  const PLANT = 'With an output of 380 MW (1/3 of a nuclear reactor), it is the most powerful hydroelectric plant in the region.';
  assert.ok(!codes('At 380 megawatts, about a third of a nuclear reactor, it is the most powerful hydroelectric plant in the region.', PLANT).includes('number-mismatch'));
  assert.ok(codes('At 380 megawatts, about half of a nuclear reactor, it is the most powerful hydroelectric plant in the region.', PLANT).includes('number-mismatch'));
});

test('the whole of an opening "Of the 703 ballots cast," is no figure a difference after it is worked from', () => {
  const VOTE = 'Of 703 ballots cast, Smith received 329; Jones received 370; the minister received three, and one ballot was blank.';
  assert.ok(!codes('Of the 703 ballots cast, Jones received 41 more than Smith.', VOTE).includes('number-mismatch'));
  assert.ok(codes('Of the 703 ballots cast, Jones received 42 more than Smith.', VOTE).includes('number-mismatch'));
});

test('a decimal from its point before the name of a rate is that rate too (".925 save percentage")', () => {
  assert.deepEqual(values('He is 3-1-0 with a 2.48 goals-against average and .925 save percentage.').slice(-2), [92.5, 925]);
  assert.deepEqual(values('a .38 revolver'), [38]);
  const GOALIE = 'He is 3-1-0 with a 2.48 goals-against average and .925 save percentage. Backup Malcolm Subban is 7-2-0 with a 2.33 GAA and .924 save percentage.';
  assert.ok(!codes("Backup Malcolm Subban's .924 save percentage is just a hair under Fleury's .925.", GOALIE).includes('number-mismatch'));
  assert.ok(codes("Backup Malcolm Subban's .924 save percentage is just a hair under Fleury's .895.", GOALIE).includes('number-mismatch'));
});

test('a superlative said as a denial with its comparison left implicit, where the page says it of the same noun with every name and number', () => {
  const GDP = 'From peak to trough, US gross domestic product fell by 4.3 percent, making this the deepest recession since World War II.';
  assert.deepEqual(codes('No recession since World War II went deeper in the US.', GDP), []);
  assert.deepEqual(codes('No parish church in Dublin is older.', "St Audoen's is the oldest parish church in Dublin and still used as such."), []);
  // Another place, another year, or another comparative: still the page's opposite.
  assert.ok(codes('No recession since World War II went deeper in Canada.', GDP).includes('unsupported-claim'));
  assert.ok(codes('The 2008 downturn was severe, and no recession since World War II went deeper in the US.', GDP).length > 0);
  assert.ok(codes('No parish church in Dublin is younger.', "St Audoen's is the oldest parish church in Dublin and still used as such.").includes('unsupported-claim'));
});
