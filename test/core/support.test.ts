import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, cursor } from '../helpers/memoryWorkspace';
import { extractFigures, sameFigure, backsFigure, wordNumbers } from '../../server/src/core/support/numbers';
import { claimClauses, analyzeClaim, negationScope, figureBacked } from '../../server/src/core/support/features';
import { nameConflict } from '../../server/src/core/support/conflicts';
import { extractQuotes, quoteInText, normalizeForQuote, closestSpan, isTitle } from '../../server/src/core/support/quotes';
import { fittedQuotation } from '../../server/src/core/support/verifiedFixes';
import { polarity, negatedStems, evidenceFor } from '../../server/src/core/support/evidence';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';
import { contentStems, stem } from '../../server/src/core/text';
import { splitPassages, markShared } from '../../server/src/core/passages';
import { normalizeSettings } from '../../server/src/core/config';
import { UNSUPPORTED_BELOW, WEAK_BELOW, SUPPORTED_AT, MOSTLY_ABSENT, NOTHING_STATED, MOSTLY_HELD } from '../../server/src/core/support/model';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostics';

const SOURCES = {
  'sources/deal.md':
    '---\ntitle: Cloud deal amended\n---\n\nThe two companies amended their partnership on Monday. Under the new terms, the licence to the lab\'s models is now non-exclusive and runs through 2032. ' +
    'The lab will pay the cloud provider a 20% revenue share until 2030. "This is a new chapter for both of us," the chief executive said at a press briefing.\n',
  'sources/blog.md': '---\ntitle: A blog post\n---\n\nThe cloud provider keeps an exclusive licence to the lab\'s models and its technology.\n',
  'sources/weather.md': '---\ntitle: Weather\n---\n\nRain is expected across the coast on Friday, with winds of 80 km/h inland.\n',
};

function check(draft: string, extra: Record<string, string> = {}) {
  const s = workspace({ ...SOURCES, ...extra, 'drafts/d.md': draft });
  const path = ROOT + '/drafts/d.md';
  const model = s.draftModel(path)!;
  return { s, path, model, diags: s.diagnostics(path).map((d) => ({ ...d, line: model.lines.positionAt(d.range.start).line + 1, text: model.text.slice(d.range.start, d.range.end) })) };
}

/** The draft's number-mismatch diagnostics, each with the text it covers. */
function mismatches(draft: string, extra: Record<string, string> = {}) {
  return check(draft, extra).diags.filter((d) => d.code === 'number-mismatch');
}

test('figures: amounts, percentages, years and plain numbers, normalised', () => {
  const f = extractFigures('It raised $2.1 billion, or 20%, in 2026 from 1,200 investors; $2,100 million in all. Model A380 is not a figure.');
  assert.deepEqual(f.map((x) => [x.kind, x.value, x.text]), [
    ['money', 2.1e9, '$2.1 billion'],
    ['percent', 20, '20%'],
    ['year', 2026, '2026'],
    ['number', 1200, '1,200'],
    ['money', 2.1e9, '$2,100 million'],
  ]);
  assert.ok(sameFigure(f[0], f[4]));
  assert.ok(!sameFigure(f[0], extractFigures('$2.5 billion')[0]));
});

test('figures: numbers in names and days of dates are not figures; years and counts after function words are', () => {
  const f = extractFigures('Microsoft 365 Copilot and Windows 11 launched on April 27, 2026. In 2026 nearly 40 firms joined; the vote was 6 to 1.');
  assert.deepEqual(f.map((x) => x.text), ['2026', '2026', '40', '6', '1']);
  // A year right after a month ("10 June 1865") is a year, not a day.
  assert.deepEqual(extractFigures('It premiered on 10 June 1865 in Munich.').map((x) => [x.kind, x.text]), [['year', '1865']]);
  assert.deepEqual(extractFigures('It opened on 3 Sept. and closed on June 30.').map((x) => x.text), []);
  // A number that names a part of a document says which part, not how many.
  assert.deepEqual(extractFigures('As reference image 2 and table 3 show (see p. 14, step 4), 12 firms left.').map((x) => x.text), ['12']);
  const opera = { 'sources/opera.md': '---\ntitle: Opera\n---\n\nIt premiered at the court theatre in Munich on 10 June 1865.\n' };
  assert.deepEqual(mismatches('It premiered on June 10, 1865, at the court theatre in Munich [1].\n\n[1]: ../sources/opera.md\n', opera), []);
});

test('figures in words: a number word with a magnitude or "percent" is a figure, and backs or contradicts one in digits', () => {
  assert.deepEqual(
    extractFigures('Almost four billion years ago, some three hundred and twenty thousand cells, five percent of one hundred dollars; one of the two reasons.').map((x) => [x.kind, x.value, x.text, x.approx]),
    [
      ['number', 4e9, 'four billion', 'nearly'],
      ['number', 320000, 'three hundred and twenty thousand', 'about'],
      ['percent', 5, 'five percent', undefined],
      ['money', 100, 'one hundred dollars', undefined],
    ],
  );
  // "And" joins words of one number only after "hundred".
  assert.deepEqual(extractFigures('between two and three million people').map((x) => [x.value, x.text]), [[3e6, 'three million']]);
  const words = { 'sources/life.md': '---\ntitle: Life\n---\n\nMicrobes first appeared almost four billion years ago. Five percent of them survived.\n' };
  assert.deepEqual(mismatches('Life arose around 4 billion years ago, and 5% of the microbes survived [1].\n\n[1]: ../sources/life.md\n', words), []);
  const [d] = mismatches('Microbes first appeared three billion years ago [1].\n\n[1]: ../sources/life.md\n', words);
  assert.equal(d.text, 'three billion');
  assert.equal(d.data?.replacement, 'almost four billion');
});

test('quotes: straight and typographic, normalised, with elisions', () => {
  assert.deepEqual(extractQuotes('He said "a new chapter for both" and “we are done here”; a ‘scare’ quote is too short.').map((q) => q.text), ['a new chapter for both', 'we are done here']);
  const src = normalizeForQuote('“This is a new chapter for both of us,” the chief executive said.');
  assert.ok(quoteInText('This is a new chapter for both of us', src));
  assert.ok(quoteInText('this is a new chapter … of us', src));
  assert.ok(quoteInText('This is [...] for both of us', src));
  assert.ok(!quoteInText('This is a bold new chapter', src));
  assert.equal(closestSpan('a new era for both of us', 'Said: this is a new chapter for both of us, really.')!.text, 'a new chapter for both of us');
});

test('polarity: "non-exclusive", "not exclusive" and "no longer exclusive" negate; "exclusive" affirms', () => {
  for (const t of ['the licence is non-exclusive', 'the licence is not exclusive', 'it is no longer exclusive', 'a nonexclusive licence']) {
    assert.ok(polarity(t).negated.has('exclus'), t);
    assert.ok(negatedStems(t).has('exclus'), t);
  }
  assert.ok(polarity('keeps an exclusive licence').affirmed.has('exclus'));
  // "non" negates only the word it is attached to.
  assert.ok(!polarity('its non-exclusive IP licence').negated.has('ip'));
  assert.ok(!negatedStems('its non-exclusive IP licence').has('ip'));
  assert.ok(!negatedStems('keeps an exclusive licence').has('exclus'));
});

test('"No. 1" abbreviates "number": it negates nothing', () => {
  for (const t of ['she is the world No. 1 player', 'ranked No 1 in the world', 'at no. 10 on the list']) {
    assert.equal(polarity(t).negated.size, 0, t);
    assert.equal(negatedStems(t).size, 0, t);
  }
  const ev = evidenceFor({ text: 'Iga Swiatek remains the current world No.1 in women\'s tennis.' } as ExtractedText);
  // negMismatch is one of the signals only asked for in full (bench/support.ts --features).
  assert.equal(analyzeClaim('Iga Swiatek is the world No. 1 in tennis.', [ev], true).features.negMismatch, 0);
  assert.equal(analyzeClaim('Iga Swiatek is no longer the best player in tennis.', [ev], true).features.negMismatch, 1);
  assert.ok(polarity('there is no player like her').negated.has('player'));
});

test('framing words are dropped by word, not by stem: "important" and "generally" do not take "import" and "generation" with them', () => {
  const ev = evidenceFor({ text: 'Residents pay import taxes. A new generation of voters noted the change.' } as ExtractedText);
  const stems = analyzeClaim('Generally, it is important that residents pay import taxes and the new generation notes this.', [ev]).stems;
  assert.ok(stems.includes('import'), stems.join(' '));
  assert.ok(stems.includes('gener'), stems.join(' '));
  for (const framing of ['note', 'notes']) assert.ok(!analyzeClaim(`The report ${framing} that residents pay import taxes.`, [ev]).stems.includes('note'), framing);
  // "Can help reduce" says no more than "reduces".
  const recycling = evidenceFor({ text: 'Recycling reduces greenhouse gas emissions.' } as ExtractedText);
  assert.deepEqual(analyzeClaim('Recycling can help reduce greenhouse gas emissions.', [recycling]).missing, []);
  // "provide" is framing; "providers" is not.
  assert.ok(analyzeClaim('Cloud providers provided the import data.', [ev]).stems.includes(stem('providers')));
});

test('word pairs are read over the words the source must back: a framing word or a credit between two words, in the claim or the source, does not part them', () => {
  const ev = evidenceFor({ text: 'Solar panels cut household energy bills in most regions.' } as ExtractedText);
  assert.equal(analyzeClaim('Solar panels typically cut household energy bills.', [ev]).features.bigramDoc, 1);
  assert.equal(analyzeClaim('Solar panels can significantly cut household energy bills.', [ev]).features.bigramDoc, 1);
  // Nor on the source's side: "panels typically cut" holds the pair "panels cut".
  const framed = evidenceFor({ text: 'Solar panels typically cut household energy bills.' } as ExtractedText);
  assert.equal(analyzeClaim('Solar panels cut household energy bills.', [framed]).features.bigramDoc, 1);
  // A pair the source does not have still counts against the claim.
  assert.ok(analyzeClaim('Household panels cut solar energy bills.', [ev]).features.bigramDoc < 1);
});

test('"done" and "doing" are function words, like "do" and "did"', () => {
  const ev = evidenceFor({ text: 'Editing a photo makes its file larger.' } as ExtractedText);
  const r = analyzeClaim('The more editing that has been done, the larger the photo file.', [ev]);
  assert.ok(!r.stems.includes('do') && !r.stems.includes('done'), r.stems.join(' '));
  assert.ok(!r.missing.length, r.missing.join(' '));
});

test('"one" before a modal or "has to" is the pronoun, no figure for the source to back; a count of one stays', () => {
  assert.ok(!contentStems('By law, one had to have given birth to qualify.').includes('1'));
  assert.ok(!contentStems('One should never mix the two.').includes('1'));
  assert.ok(contentStems('Only one reactor is still running.').includes('1'));
  assert.ok(contentStems('Of the four reactors, one is still running.').includes('1'));
});

test('the words of a function phrase are not needed of the source, but the same word elsewhere in the sentence is', () => {
  const ev = evidenceFor({ text: 'The trial results were published in May.' } as ExtractedText);
  assert.ok(!analyzeClaim('As a result, the trial was published in May.', [ev]).stems.includes('result'));
  assert.ok(analyzeClaim('As a result, the trial results were published in May.', [ev]).stems.includes('result'));
});

test('a list of source numbers in parentheses, "(2, 4, 5)", is no figure and no word the source must give', () => {
  assert.deepEqual(extractFigures('The war began in 1337 (2,4,5).').map((f) => f.text), ['1337']);
  assert.deepEqual(extractFigures('Sales rose 4% (see 2, 3).').map((f) => f.text), ['4%']);
  // A range (both its ends) or a single number in parentheses is still a figure.
  assert.deepEqual(extractFigures('Scores ranged (10-20) widely.').map((f) => f.text), ['10', '20']);
  assert.deepEqual(extractFigures('The toll rose (to 12) overnight.').map((f) => f.text), ['12']);
  const ev = evidenceFor({ text: 'The year 1337 marked the beginning of the Hundred Years War.' } as ExtractedText);
  const a = analyzeClaim('The Hundred Years War began in 1337 (2, 4, 5).', [ev]);
  assert.deepEqual(a.missing.filter((m) => /\d/.test(m)), []);
  assert.deepEqual(a.figures.map((f) => f.figure.text), ['1337']);
});

test('an ordinal is one word with its number: "21st" meets "21", "19th" meets "nineteenth"', () => {
  assert.deepEqual(contentStems('on 21st March'), contentStems('on 21 March'));
  assert.deepEqual(contentStems('the 19th century'), contentStems('the nineteenth century'));
  assert.deepEqual(contentStems('the 1st and 2nd rounds'), contentStems('the first and second rounds'));
});

test('a sentence its source states is supported, with no support diagnostic', () => {
  const { s, path, diags } = check('The licence to the lab\'s models is now non-exclusive and runs through 2032 [1].\n\n[1]: ../sources/deal.md\n');
  assert.deepEqual(diags.map((d) => d.code), []);
  const [claim] = s.claims(path);
  assert.equal(claim.result!.verdict, 'supported');
  assert.ok(claim.result!.score >= 0.7, String(claim.result!.score));
  assert.match(claim.result!.evidence!.text, /non-exclusive and runs through 2032/);
});

test('a sentence about something else is unsupported, naming the best passage and its score', () => {
  const { diags } = check('The lab will open a new research campus in Lisbon next spring [1].\n\n[1]: ../sources/weather.md\n');
  const d = diags.find((x) => x.code === 'unsupported-claim')!;
  assert.ok(d, JSON.stringify(diags));
  assert.equal(d.text, '[1]');
  assert.match(d.message, /does not appear to support this sentence \(score 0\.\d\d\)/);
});

test('when another marker of the sentence does not resolve, the message says only the readable sources were checked', () => {
  const { diags } = check('The lab will open a new research campus in Lisbon next spring [1][2].\n\n[1]: ../sources/weather.md\n');
  const d = diags.find((x) => x.code === 'unsupported-claim')!;
  assert.match(d.message, /^The cited source that could be read does not appear to support this sentence/);
  assert.match(d.message, /were not checked\.$/);
  // The figure and quote checks say the same.
  const more = check('The lab said "we will open a campus" in 2031 [1][2].\n\n[1]: ../sources/weather.md\n').diags;
  assert.match(more.find((x) => x.code === 'quote-not-found')!.message, /^This quotation is not in the cited source that could be read/);
  assert.match(more.find((x) => x.code === 'number-mismatch')!.message, /"2031" is not in the cited source that could be read\./);
  const whole = check('The lab will open a new research campus in Lisbon next spring [1].\n\n[1]: ../sources/weather.md\n').diags.find((x) => x.code === 'unsupported-claim')!;
  assert.match(whole.message, /^The cited source does not appear/);
  assert.doesNotMatch(whole.message, /not checked/);
});

test('number-mismatch shows the figure the source gives, with the replacement as data', () => {
  const { diags } = check('The lab will pay the cloud provider a 25% revenue share until 2030 [1].\n\n[1]: ../sources/deal.md\n');
  const d = diags.find((x) => x.code === 'number-mismatch')!;
  assert.equal(d.text, '25%');
  assert.match(d.message, /says "25%"; the cited source gives "20%"/);
  assert.equal(d.data?.replacement, '20%');
  assert.ok(!diags.some((x) => x.code === 'unsupported-claim'), 'a wrong figure alone does not make the sentence unsupported');
});

test('quote-not-found is an error with the closest passage; a faithful quote passes', () => {
  const bad = check('The chief executive called it "a bold new era for the whole industry" [1].\n\n[1]: ../sources/deal.md\n').diags.find((x) => x.code === 'quote-not-found')!;
  assert.equal(bad.severity, 'error');
  assert.equal(bad.text, 'a bold new era for the whole industry');
  const good = check('The chief executive said “this is a new chapter for both of us” [1].\n\n[1]: ../sources/deal.md\n').diags;
  assert.ok(!good.some((x) => x.code === 'quote-not-found'), JSON.stringify(good));
});

test('sources-disagree when one cited source says "non-exclusive" and another "exclusive"', () => {
  const { diags } = check('The cloud provider holds a licence to the lab\'s models that is exclusive [1][2].\n\n[1]: ../sources/deal.md\n[2]: ../sources/blog.md\n');
  const d = diags.find((x) => x.code === 'sources-disagree')!;
  assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
  assert.match(d.message, /Sources disagree on "exclusive": deal\.md says .*non-exclusive.* but blog\.md says/);
  assert.equal(d.related.length, 2);
});

test('"whether or not X" asks, it does not deny: no disagreement with a source that states X', () => {
  const extra = {
    'sources/debate.md': '---\ntitle: Debate\n---\n\nThe panel reopened the debate about whether or not genetically modified foods should be labeled in shops.\n',
    'sources/ruling.md': '---\ntitle: Ruling\n---\n\nThe panel ruled that genetically modified foods should be labeled in shops from next year.\n',
  };
  const { diags } = check('The panel discussed whether genetically modified foods should be labeled in shops [1][2].\n\n[1]: ../sources/debate.md\n[2]: ../sources/ruling.md\n', extra);
  assert.deepEqual(diags.filter((x) => x.code === 'sources-disagree').map((x) => x.message), []);
});

test('uncited-claim: figures, quotations and attributions without a marker, only in drafts that cite', () => {
  const draft = 'Revenue rose 14% last year.\n\nThe minister said the plan would change.\n\nIt was "a very long meeting indeed" for everyone.\n\nThe sky is blue.\n\nThe deal was amended [1].\n\n[1]: ../sources/deal.md\n';
  const { diags } = check(draft);
  assert.deepEqual(diags.filter((d) => d.code === 'uncited-claim').map((d) => d.line), [1, 3, 5]);
  assert.deepEqual(check('Revenue rose 14% last year.\n').diags, []);
});

test('support checks can be turned off', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': 'Rain on Friday, 40 mm [1].\n\n[1]: ../sources/deal.md\n' }, { support: { enabled: false } });
  assert.deepEqual(s.diagnostics(ROOT + '/drafts/d.md'), []);
});

test('the unsupported threshold is a setting: a strict writer sees more sentences flagged, a lenient one fewer', () => {
  const draft = 'The two companies amended their partnership on Monday, and the lab will open a new research campus with twelve laboratories and a library near the old harbour next spring [1].\n\n[1]: ../sources/deal.md\n';
  const verdict = (support: unknown) => {
    const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, { support });
    const [c] = s.claims(ROOT + '/drafts/d.md');
    return { verdict: c.result!.verdict, score: c.result!.score, codes: s.diagnostics(ROOT + '/drafts/d.md').map((d) => d.code) };
  };
  const base = verdict({ enabled: true });
  const strict = verdict({ enabled: true, threshold: Math.min(1, base.score + 0.01) });
  const lenient = verdict({ enabled: true, threshold: Math.max(0, base.score - 0.01) });
  assert.equal(strict.verdict, 'unsupported');
  assert.ok(strict.codes.includes('unsupported-claim'));
  assert.notEqual(lenient.verdict, 'unsupported');
  assert.ok(!lenient.codes.includes('unsupported-claim'));
  assert.equal(strict.score, lenient.score);
  // Out-of-range values fall back to the default.
  assert.equal(normalizeSettings({ support: { threshold: 7 } }).supportThreshold, normalizeSettings({}).supportThreshold);
  assert.equal(normalizeSettings({ support: { threshold: 0.3 } }).supportThreshold, 0.3);
});

test('a weakly backed sentence is information ("Weakly supported"), never a warning; below the threshold it is an unsupported-claim warning', () => {
  // Half of the sentence is the source's, half is not: too little to back it, too much to be sure it is wrong.
  const draft = 'The two companies amended their partnership on Monday, and the lab will open a new research campus with twelve laboratories and a library near the old harbour next spring [1].\n\n[1]: ../sources/deal.md\n';
  const at = (support: unknown) => {
    const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, { support });
    const [c] = s.claims(ROOT + '/drafts/d.md');
    return { r: c.result!, diags: s.diagnostics(ROOT + '/drafts/d.md').filter((d) => d.code === 'weak-support' || d.code === 'unsupported-claim'), hover: s.hover(ROOT + '/drafts/d.md', draft.indexOf('[1]') + 1)! };
  };
  const base = at({ enabled: true });
  // The weak band lies between the threshold and WEAK_BELOW; a setting that puts the sentence there shows it as information.
  const weak = at({ enabled: true, threshold: Math.max(0, base.r.score - 0.01) });
  if (base.r.score < WEAK_BELOW && base.r.features.rawDoc >= MOSTLY_ABSENT && (base.r.features.bestSentence >= NOTHING_STATED || base.r.features.rawDoc >= MOSTLY_HELD)) {
    assert.equal(weak.r.verdict, 'weak');
    assert.deepEqual(weak.diags.map((d) => [d.code, d.severity]), [['weak-support', 'information']]);
    assert.match(weak.diags[0].message, /^Weakly supported \(score 0\.\d\d\): the cited source shares only part of this sentence\./);
    assert.match(weak.diags[0].message, /Not found in the cited source: .*"laboratories"/i);
    assert.match(weak.hover.markdown, /^\*\*◔ Weakly supported\*\* by the cited source · score 0\.\d\d/);
  } else assert.notEqual(weak.r.verdict, 'unsupported');
  // Just above its score, the threshold makes the same sentence a warning.
  const warned = at({ enabled: true, threshold: Math.min(1, base.r.score + 0.01) });
  assert.equal(warned.r.verdict, 'unsupported');
  assert.deepEqual(warned.diags.map((d) => [d.code, d.severity]), [['unsupported-claim', 'warning']]);
  assert.equal(DIAGNOSTIC_CODES['weak-support'], 'information');
  assert.equal(DIAGNOSTIC_CODES['unsupported-claim'], 'warning');
});

test('the verdict bands follow the score: unsupported below the threshold, weak up to WEAK_BELOW, never weak above it', () => {
  const drafts = [
    'The lab will open a new research campus in Lisbon next spring [1].',
    'The two companies amended their partnership on Monday, and the lab will open a research campus in Lisbon next spring [1].',
    'The two companies amended their partnership on Monday, and the lab will open a new research campus with twelve laboratories and a library near the old harbour next spring [1].',
    'The companies amended their partnership, and the lab will pay a revenue share [1].',
    'The licence to the lab\'s models is now non-exclusive and runs through 2032 [1].',
  ];
  for (const d of drafts) {
    const { s, path } = check(d + '\n\n[1]: ../sources/deal.md\n');
    const r = s.claims(path)[0].result!;
    if (r.score < UNSUPPORTED_BELOW) assert.equal(r.verdict, 'unsupported', d);
    // (Weak unless its words are mostly absent or stated nowhere, or it names what the source never mentions.)
    else if (r.score < WEAK_BELOW) assert.equal(r.verdict, r.features.rawDoc < MOSTLY_ABSENT || (r.features.bestSentence < NOTHING_STATED && r.features.rawDoc < MOSTLY_HELD) || r.unmentioned ? 'unsupported' : 'weak', d);
    else assert.ok(r.verdict === 'supported' || r.verdict === 'partial', `${d}: ${r.verdict} ${r.score}`);
  }
  // Half backed, the other half stated by no sentence of the source: weak, unless it names a place the source never mentions.
  const judged = (d: string) => {
    const { s, path } = check(d + '\n\n[1]: ../sources/deal.md\n');
    const r = s.claims(path)[0].result!;
    return [r.verdict, r.unmentioned];
  };
  assert.deepEqual(judged(drafts[1]), ['unsupported', 'Lisbon']);
  assert.deepEqual(judged(drafts[2]), ['weak', undefined]);
});

test('a sentence whose words are mostly nowhere in its source is a warning even when its score is in the weak band', () => {
  const draft = 'The project will be paid for by a new toll on ferry passengers [1].\n\n[1]: ../sources/weather.md\n';
  const at = (support: unknown) => {
    const s = workspace({ ...SOURCES, 'drafts/d.md': draft }, { support });
    return { r: s.claims(ROOT + '/drafts/d.md')[0].result!, diags: s.diagnostics(ROOT + '/drafts/d.md') };
  };
  const base = at({ enabled: true });
  assert.ok(base.r.features.rawDoc < MOSTLY_ABSENT, String(base.r.features.rawDoc));
  assert.equal(base.r.verdict, 'unsupported', String(base.r.score));
  // A threshold just under its score puts it in the weak band: still a warning, as its words are not the source's.
  const lenient = at({ enabled: true, threshold: Math.max(0, base.r.score - 0.001) });
  if (base.r.score < WEAK_BELOW) {
    assert.equal(lenient.r.verdict, 'unsupported');
    assert.equal(lenient.diags.find((d) => d.code === 'unsupported-claim')?.severity, 'warning');
  }
});

test('a sentence summing up a bulleted list, its words one to an item, stays weak in the weak band, not a warning (found in review)', () => {
  const items = ['Drought', 'Overgrazing', 'Deforestation', 'Heavy ploughing', 'Flooding', 'Wind', 'Monoculture', 'Road building', 'Mining', 'Urban sprawl'];
  const page = '---\ntitle: Soil\n---\n\n## What causes erosion of farmland\n\n' + items.map((x) => `- ${x}`).join('\n') + '\n';
  const claim = `Researchers blamed ${items.map((x) => x.toLowerCase()).join(', ')} for the erosion of farmland [1].\n\n[1]: ../sources/soil.md\n`;
  const judge = (support: unknown) => workspace({ 'sources/soil.md': page, 'drafts/d.md': claim }, { support }).claims(ROOT + '/drafts/d.md')[0].result!;
  const base = judge({ enabled: true });
  assert.ok(base.features.bestSentence < NOTHING_STATED && base.features.rawDoc >= MOSTLY_HELD, `${base.features.bestSentence} ${base.features.rawDoc}`);
  // In the weak band (a threshold just under its score), it is weak.
  const r = judge({ enabled: true, threshold: Math.max(0, base.score - 0.001) });
  if (r.score < WEAK_BELOW) assert.equal(r.verdict, 'weak', String(r.score));
  else assert.notEqual(r.verdict, 'unsupported');
});

test('a sentence whose words a page has only scattered, no sentence holding an eighth of it, is a warning in the weak band; one a sentence states in part stays weak', () => {
  // A page about a harbour town: the lighthouse, painters, tourists, winter and summer each come up, in sentences about other things.
  const town =
    '---\ntitle: Harbour town\n---\n\n' +
    'The town grew up around a small fishing harbour on the north coast. Its first church was built of local stone in the twelfth century. ' +
    'Most families earned their living from herring until the railway arrived. A lighthouse was added to the breakwater after a storm wrecked three boats.\n\n' +
    'Today the high street has a bakery, a chemist and two pubs. Tourists come for the cliffs and the sandy beach below them. ' +
    'The old school now houses a museum of model ships. Several painters have studios in the old net lofts.\n\n' +
    'Winter is quiet, and many shops close until Easter. The ferry to the islands runs twice a day in summer.\n';
  const claim = 'The lighthouse keeper painted seascapes of the harbour during long winter evenings and sold them to tourists each summer [1].\n\n[1]: ../sources/town.md\n';
  const judge = (page: string, support: unknown = { enabled: true }) => {
    const s = workspace({ 'sources/town.md': page, 'drafts/d.md': claim }, { support });
    return { r: s.claims(ROOT + '/drafts/d.md')[0].result!, diags: s.diagnostics(ROOT + '/drafts/d.md').filter((d) => d.code === 'weak-support' || d.code === 'unsupported-claim') };
  };
  const scattered = judge(town);
  const stated = judge(town.replace('Several painters have studios in the old net lofts.', 'The lighthouse keeper was a keen painter.'));
  assert.ok(scattered.r.features.rawDoc >= MOSTLY_ABSENT, String(scattered.r.features.rawDoc));
  assert.ok(scattered.r.features.bestSentence < NOTHING_STATED, String(scattered.r.features.bestSentence));
  assert.ok(stated.r.features.bestSentence >= NOTHING_STATED, String(stated.r.features.bestSentence));
  assert.ok(scattered.r.score < WEAK_BELOW && stated.r.score < WEAK_BELOW, `${scattered.r.score} ${stated.r.score}`);
  // With a threshold under both scores, both are in the weak band: only the one a sentence states in part is weak.
  const threshold = Math.max(0, Math.min(scattered.r.score, stated.r.score) - 0.001);
  const a = judge(town, { enabled: true, threshold });
  assert.equal(a.r.verdict, 'unsupported');
  assert.deepEqual(a.diags.map((d) => [d.code, d.severity]), [['unsupported-claim', 'warning']]);
  const b = judge(town.replace('Several painters have studios in the old net lofts.', 'The lighthouse keeper was a keen painter.'), { enabled: true, threshold });
  assert.equal(b.r.verdict, 'weak');
  assert.deepEqual(b.diags.map((d) => [d.code, d.severity]), [['weak-support', 'information']]);
});

test('quick-fix suggestions: a better source for an unsupported sentence, and one for an uncited sentence', () => {
  const { s, path, model } = check('Rain is expected on the coast on Friday, with winds inland [1].\n\nWinds of 80 km/h are expected inland on Friday, with rain across the coast.\n\n[1]: ../sources/deal.md\n');
  const [first] = s.suggestCitations(path, model.text.indexOf('[1]'));
  assert.equal(first.source.path, ROOT + '/sources/weather.md');
  const apply = (edits: { start: number; end: number; newText: string }[]) => {
    let t = model.text;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
    return t;
  };
  assert.match(apply(first.edits), /with winds inland \[2\]\.\n[\s\S]*\[2\]: \.\.\/sources\/weather\.md "Weather"/);
  const uncited = s.suggestCitations(path, model.text.indexOf('Winds of 80'));
  assert.match(apply(uncited[0].edits), /rain across the coast \[2\]\./);
});

test('a numbered marker with no definition: the sources that back its sentence, each with the definition to add', () => {
  const draft = 'Rain is expected across the coast on Friday, with winds of 80 km/h inland [4].\n\nThe licence is non-exclusive [1].\n\n[1]: ../sources/deal.md\n';
  const { s, path, model } = check(draft);
  const found = s.definitionSuggestions(path, model.text.indexOf('[4]'))!;
  assert.equal(found.label, '4');
  assert.equal(found.suggestions[0].source.path, ROOT + '/sources/weather.md');
  const [e] = found.suggestions[0].edits;
  assert.equal(model.text.slice(0, e.start) + e.newText + model.text.slice(e.end), draft.replace('[1]: ../sources/deal.md\n', '[1]: ../sources/deal.md\n[4]: ../sources/weather.md "Weather"\n'));
  // A marker that is defined gets none.
  assert.equal(s.definitionSuggestions(path, model.text.indexOf('[1]')), undefined);
});

test('the hover shows the verdict, the score and what is missing', () => {
  const { text, offset } = cursor('The lab will pay a 25% revenue share until 2030 [|1].\n\n[1]: ../sources/deal.md\n');
  const s = workspace({ ...SOURCES, 'drafts/d.md': text });
  const h = s.hover(ROOT + '/drafts/d.md', offset)!;
  assert.match(h.markdown, /^\*\*◐ Partly supported\*\* by the cited source · score 0\.\d\d/);
  assert.match(h.markdown, /The sentence says 25%; \.\.\/sources\/deal\.md gives \*\*20%\*\*/);
  assert.doesNotMatch(h.markdown, /were not checked/);
  // Two readable sources are "sources"; a marker that does not resolve makes it "that could be read".
  const two = cursor('The lab will pay a 25% revenue share until 2030 [|1][2].\n\n[1]: ../sources/deal.md\n[2]: ../sources/blog.md\n');
  const h2 = workspace({ ...SOURCES, 'drafts/d.md': two.text }).hover(ROOT + '/drafts/d.md', two.offset)!;
  assert.match(h2.markdown, /^\*\*[^*]+\*\* by the cited sources · score/);
  const some = cursor('The lab will pay a 25% revenue share until 2030 [|1][9].\n\n[1]: ../sources/deal.md\n');
  const h3 = workspace({ ...SOURCES, 'drafts/d.md': some.text }).hover(ROOT + '/drafts/d.md', some.offset)!;
  assert.match(h3.markdown, /^\*\*[^*]+\*\* by the cited source that could be read · score/);
  assert.match(h3.markdown, /were not checked/);
});

test('after an edit only the changed sentence is judged again', () => {
  const draft = 'The licence is non-exclusive [1].\n\nRain is expected on Friday [2].\n\n[1]: ../sources/deal.md\n[2]: ../sources/weather.md\n';
  const s = workspace({ ...SOURCES, 'drafts/d.md': draft });
  const path = ROOT + '/drafts/d.md';
  const before = s.claims(path);
  s.setDraft(path, 'An added line.\n\n' + draft.replace('Rain is expected', 'Heavy rain is expected'));
  const after = s.claims(path);
  assert.strictEqual(after[0].result!.evidence, before[0].result!.evidence);
  assert.notStrictEqual(after[1].result!.evidence, before[1].result!.evidence);
});

test('a source cited further down leaves the disagreement search of the sentences above alone; one among the sources it reads redoes it', () => {
  // The search reads, besides a sentence's own sources, the first 20 others the draft cites.
  const fillers: Record<string, string> = {};
  const lines: string[] = ['The licence to the lab\'s models is non-exclusive [1].'];
  const defs: string[] = ['[1]: ../sources/deal.md'];
  for (let i = 2; i <= 22; i++) {
    fillers[`sources/f${i}.md`] = `---\ntitle: Note ${i}\n---\n\nHarbour note number ${i} records a quiet week at berth ${i}.\n`;
    lines.push(`Harbour note ${i} records a quiet week [${i}].`);
    defs.push(`[${i}]: ../sources/f${i}.md`);
  }
  const path = ROOT + '/drafts/d.md';
  const draft = (extra: string, def: string) => [...lines, extra, '', ...defs, def, ''].join('\n\n');
  const s = workspace({ ...SOURCES, ...fillers, 'drafts/d.md': draft('', '') });
  assert.ok(s.claims(path).every((c) => c.result));
  const first = s.claims(path)[0];
  // The blog, cited at the end by a 23rd sentence, is past the 20 the first sentence's search reads: only the new sentence is work.
  s.setDraft(path, draft('The cloud provider keeps an exclusive licence [23].', '[23]: ../sources/blog.md'));
  const work = s.pendingWork(path, 100);
  assert.deepEqual(work.map((w) => w.claim), ['The cloud provider keeps an exclusive licence.']);
  assert.strictEqual(s.claims(path)[0].result!.evidence, first.result!.evidence);
  // Cited second, the blog is among the sources the first sentence's search reads: it is redone, and finds the disagreement.
  const second = [lines[0], 'The cloud provider keeps an exclusive licence [23].', ...lines.slice(1), '', ...defs, '[23]: ../sources/blog.md', ''].join('\n\n');
  s.setDraft(path, second);
  assert.ok(s.pendingWork(path, 100).some((w) => w.claim.startsWith('The licence to') && !w.needsResult));
  const d = s.diagnostics(path).find((x) => x.code === 'sources-disagree' && x.range.start < lines[0].length);
  assert.ok(d, JSON.stringify(s.diagnostics(path).map((x) => x.code)));
});

test('sources-disagree reads each source at its sentence about the disputed word, beside the same words as the claim', () => {
  const extra = {
    'sources/wire.md': '---\ntitle: Wire\n---\n\nThe lab relied exclusively on one cloud for years. Under the new deal the provider keeps a non-exclusive IP licence through 2032.\n',
    'sources/post.md': '---\ntitle: Post\n---\n\nFor years the lab relied exclusively on one cloud provider for computing. The provider retains an exclusive IP licence and first refusal on new products.\n',
  };
  const draft = 'The deal moves the lab from exclusive cloud control to a looser structure, while the provider keeps non-exclusive IP rights through 2032 [1][2].\n\n[1]: ../sources/wire.md\n[2]: ../sources/post.md\n';
  const { diags } = check(draft, extra);
  const d = diags.find((x) => x.code === 'sources-disagree')!;
  assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
  assert.match(d.message, /wire\.md says ".*non-exclusive IP licence.*" but post\.md says ".*retains an exclusive IP licence/);
});

test('a sentence in several parts is only as backed as its weakest part, which the message names', () => {
  const backed = 'The two companies amended their partnership on Monday';
  const { s, path, diags } = check(`${backed}, and the lab will open a research campus in Lisbon next spring [1].\n\n[1]: ../sources/deal.md\n`);
  const [claim] = s.claims(path);
  assert.notEqual(claim.result!.verdict, 'supported');
  assert.match(claim.result!.weakPart!, /research campus in Lisbon/);
  const d = diags.find((x) => x.code === 'unsupported-claim' || x.code === 'weak-support' || x.code === 'partial-support')!;
  // The message names the part no passage backs, and shows the passage that backs the other.
  assert.match(d.message, /Not backed: “the lab will open a research campus in Lisbon next spring”/);
  assert.match(d.message, /Backed: “The two companies amended their partnership on Monday” \(deal\.md: "The two companies amended their partnership on Monday\."\)/);
  assert.deepEqual(claim.result!.parts!.map((p) => p.backed), [true, false]);
  // The backed part alone is supported and names no weak part.
  const alone = check(`${backed} [1].\n\n[1]: ../sources/deal.md\n`);
  const [c2] = alone.s.claims(alone.path);
  assert.equal(c2.result!.verdict, 'supported');
  assert.equal(c2.result!.weakPart, undefined);
  assert.ok(c2.result!.features.weakestClause > claim.result!.features.weakestClause);
});

test('a part cut out of a quotation is named without its lone quote mark', () => {
  const parts = claimClauses('The caption read "Opening day, April 28" under the photo.').map((c) => c.text);
  assert.deepEqual(parts, ['The caption read Opening day', 'April 28 under the photo']);
  // A whole quotation keeps its marks.
  assert.deepEqual(claimClauses('He called it "a fair deal" on Monday.').map((c) => c.text), ['He called it "a fair deal" on Monday']);
});

test('a sentence backed but for a wrong figure is unsupported as written; its message gives the score with the source\'s figure', () => {
  const { s, path, diags } = check('The council approved $52 million for the bridge repairs [1].\n\n[1]: ../sources/minutes.md\n', {
    'sources/minutes.md': '---\ntitle: Minutes\n---\n\nThe council voted 6 to 1 to approve $48 million for the rehabilitation of the Harbour Street Bridge. The session ended at nine.\n',
  });
  const [claim] = s.claims(path);
  const r = claim.result!;
  assert.equal(r.verdict, 'unsupported', `score ${r.score}`);
  assert.deepEqual(diags.map((d) => d.code).sort(), ['number-mismatch', 'unsupported-claim']);
  // The score it would have with the source's figure tells the writer that fixing the figure is enough.
  assert.ok(r.score < UNSUPPORTED_BELOW && r.scoreWithSourceFigures! >= SUPPORTED_AT, `${r.score} / ${r.scoreWithSourceFigures}`);
  assert.match(diags.find((d) => d.code === 'unsupported-claim')!.message, /\(score 0\.\d\d; 0\.\d\d with the source's figures\)/);
  // A sentence about something the source never mentions stays unsupported, whatever its figure.
  const other = check('Ferry operators expect $52 million in fare income next summer [1].\n\n[1]: ../sources/minutes.md\n', {
    'sources/minutes.md': '---\ntitle: Minutes\n---\n\nThe council voted 6 to 1 to approve $48 million for the rehabilitation of the Harbour Street Bridge. The session ended at nine.\n',
  });
  assert.equal(other.s.claims(other.path)[0].result!.verdict, 'unsupported');
  assert.equal(other.s.claims(other.path)[0].result!.scoreWithSourceFigures, undefined);
});

test('abbreviated scales read as their words: "$44bn" shares "billion" with "$44 billion"', () => {
  assert.ok(contentStems('a $44bn takeover').includes('billion'));
  assert.ok(contentStems('a 3.2mn budget').includes('million'));
  assert.ok(sameFigure(extractFigures('$44bn')[0], extractFigures('$44 billion')[0]));
});

test('the publisher a sentence credits ("according to the Port Gazette") is not a word the source must contain', () => {
  const gazette = { 'sources/gazette.md': '---\ntitle: Revenue deal\npublisher: Port Gazette\nurl: https://www.portgazette.example/deal\n---\n\nThe lab will pay the cloud provider a 20% revenue share until 2030.\n' };
  const { s, path } = check('According to the Port Gazette, the lab will pay the cloud provider a 20% revenue share until 2030 [1].\n\n[1]: ../sources/gazette.md\n', gazette);
  const [claim] = s.claims(path);
  assert.equal(claim.result!.verdict, 'supported');
  assert.equal(claim.result!.features.rawDoc, 1);
  assert.deepEqual(claim.result!.missingTerms, []);
  // A name the source does not carry still counts as missing.
  const other = check('According to the Harbour Times, the lab will pay the cloud provider a 20% revenue share until 2030 [1].\n\n[1]: ../sources/gazette.md\n', gazette);
  assert.ok(other.s.claims(other.path)[0].result!.features.rawDoc < 1);
});

test('source passages do not break after "Mr.", "St." or "U.S.", even across a line break; blank lines still do', () => {
  const text = 'Mr. Lee and Ms. Park met on Jan. 5 in St.\nLouis. The U.S. Senate voted.\n\nDr. Ortiz.\n\nAt 5 p.m. The vote.';
  assert.deepEqual(splitPassages(text).map((r) => text.slice(r.start, r.end)), ['Mr. Lee and Ms. Park met on Jan. 5 in St.\nLouis.', 'The U.S. Senate voted.', 'Dr. Ortiz.', 'At 5 p.m.', 'The vote.']);
});

test('British and American spellings share their words: "labourers" meets "laborers", "organised" meets "organized"', () => {
  for (const [uk, us] of [['labourers', 'laborers'], ['organisation', 'organization'], ['organised', 'organized'], ['centre', 'center'], ['analysed', 'analyzed'], ['paediatric', 'pediatric'], ['defence', 'defense'], ['catalogue', 'catalog'], ['litre', 'liters'], ['metres', 'meter']]) {
    assert.deepEqual(contentStems(uk), contentStems(us), `${uk} / ${us}`);
  }
  // Words that only look British keep meeting themselves and stay apart from other words.
  for (const [a, b] of [['hour', 'hor'], ['course', 'cors'], ['crisis', 'crizis'], ['four', 'for']]) assert.notDeepEqual(contentStems(a), contentStems(b), `${a} / ${b}`);
  const harbour = { 'sources/port.md': '---\ntitle: Port report\n---\n\nDock labourers at the harbour were organised into two shifts by the defence ministry.\n' };
  const { s, path } = check('Dock laborers at the harbor were organized into two shifts by the defense ministry [1].\n\n[1]: ../sources/port.md\n', harbour);
  const [claim] = s.claims(path);
  assert.deepEqual(claim.result!.missingTerms, []);
  assert.equal(claim.result!.verdict, 'supported');
});

test('the phrase crediting the source ("According to a study published last week, …", "…, according to people close to the talks.") is not required of its text; names in it are', () => {
  const deal = { 'sources/pay.md': '---\ntitle: Revenue deal\n---\n\nThe lab will pay the cloud provider a 20% revenue share until 2030.\n' };
  for (const draft of [
    'According to a study published last week, the lab will pay the cloud provider a 20% revenue share until 2030 [1].',
    'The lab will pay the cloud provider a 20% revenue share until 2030, according to people close to the talks [1].',
    'Based on the quarterly filing, the lab will pay the cloud provider a 20% revenue share until 2030 [1].',
  ]) {
    const { s, path } = check(draft + '\n\n[1]: ../sources/pay.md\n', deal);
    const [claim] = s.claims(path);
    assert.equal(claim.result!.verdict, 'supported', draft);
    assert.deepEqual(claim.result!.missingTerms, [], draft);
  }
  // A name in the attribution is still a claim: this source never mentions the Lancet.
  const named = check('According to a study in the Lancet, the lab will pay the cloud provider a 20% revenue share until 2030 [1].\n\n[1]: ../sources/pay.md\n', deal);
  assert.deepEqual(named.s.claims(named.path)[0].result!.missingTerms, ['lancet']);
  // "Based on" followed by no source is part of the claim.
  const trend = check('Based on current trends, the lab will pay the cloud provider a 20% revenue share until 2030 [1].\n\n[1]: ../sources/pay.md\n', deal);
  assert.ok(trend.s.claims(trend.path)[0].result!.missingTerms.includes('trends'));
  // Without the attribution form, the same words are claims of their own.
  const plain = check('A study published last week says the lab will pay the cloud provider a 20% revenue share until 2030 [1].\n\n[1]: ../sources/pay.md\n', deal);
  assert.ok(plain.s.claims(plain.path)[0].result!.missingTerms.includes('study'));
});

test('an acronym and the words it stands for count once: "annual percentage yield (APY)" is backed by a source that says "APY", "EEOC" by one that spells it out, "UN" by "United Nations"', () => {
  const bank = { 'sources/bank.md': '---\ntitle: Savings\n---\n\nThe new savings account pays a 4.15% APY, the bank said on Monday.\n' };
  const a = check('The account pays an annual percentage yield (APY) of 4.15% [1].\n\n[1]: ../sources/bank.md\n', bank);
  const [ca] = a.s.claims(a.path);
  assert.deepEqual(ca.result!.missingTerms, []);
  assert.equal(ca.result!.verdict, 'supported');
  const eeoc = { 'sources/law.md': '---\ntitle: Filing a charge\n---\n\nWorkers have 180 days to file a charge with the Equal Employment Opportunity Commission.\n' };
  const b = check('Workers have 180 days to file a charge with the EEOC [1].\n\n[1]: ../sources/law.md\n', eeoc);
  assert.deepEqual(b.s.claims(b.path)[0].result!.missingTerms, []);
  // An acronym the source neither uses nor spells out is still missing.
  const c = check('Workers have 180 days to file a charge with the NLRB [1].\n\n[1]: ../sources/law.md\n', eeoc);
  assert.deepEqual(c.s.claims(c.path)[0].result!.missingTerms, ['NLRB']);
  // Two letters are spelled out only by a name: "UN" by "United Nations", not by any two words with those initials.
  const un = evidenceFor({ text: 'The United Nations backed independence for the trust territories. Unions negotiated with the employers.' } as ExtractedText);
  assert.deepEqual(analyzeClaim('The UN backed independence for the trust territories.', [un]).missing, []);
  assert.deepEqual(analyzeClaim('The EU backed independence for the trust territories.', [un]).missing, ['eu']);
});

test('words a page writes only as their initials are backed by them: "intellectual property" by "IP", "gross domestic product" by "GDP"', () => {
  const page = evidenceFor({ text: 'Microsoft keeps a license to OpenAI model IP through 2032.' } as ExtractedText);
  assert.deepEqual(analyzeClaim("Microsoft keeps a license to OpenAI's intellectual property through 2032.", [page]).missing, []);
  const gdp = evidenceFor({ text: 'The GDP of the region fell 4% in 2020.' } as ExtractedText);
  assert.deepEqual(analyzeClaim('The gross domestic product of the region fell 4% in 2020.', [gdp]).missing, []);
  // The initials must be a word of their own, in capitals: "ip" in "ship" or "zip" is not "IP".
  const lower = evidenceFor({ text: 'Microsoft keeps a zip license to OpenAI model ship through 2032.' } as ExtractedText);
  assert.deepEqual(analyzeClaim("Microsoft keeps a license to OpenAI's intellectual property through 2032.", [lower]).missing.sort(), [stem('intellectual'), stem('property')].sort());
  // A page that has one of the words does not write them as initials: "final financial problems" is not its "FFP".
  const fair = evidenceFor({ text: 'The club broke FFP rules after the final.' } as ExtractedText);
  assert.deepEqual(analyzeClaim('After the play-off final financial problems began to emerge at the club.', [fair]).missing.sort(), [stem('play'), stem('financial'), stem('problems'), stem('emerge'), stem('began')].sort());
});

test('irregular verbs and plurals meet their base forms: "rose"/"rise", "paid"/"pay", "children"/"child", "criteria"/"criterion"', () => {
  for (const [a, b] of [['rose', 'rise'], ['paid', 'pays'], ['sold', 'sell'], ['grew', 'growing'], ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['criteria', 'criterion'], ['analyses', 'analysis']]) {
    assert.deepEqual(contentStems(a), contentStems(b), `${a} / ${b}`);
  }
  // Forms that are also words of their own keep their meaning: "left" is not "leave", "media" not "medium".
  for (const [a, b] of [['left', 'leave'], ['media', 'medium'], ['ground', 'grind']]) assert.notDeepEqual(contentStems(a), contentStems(b), `${a} / ${b}`);
  const council = { 'sources/vote.md': '---\ntitle: Council vote\n---\n\nThe council will pay the builders once the children of the district can use the new school.\n' };
  const { s, path } = check('The council paid the builders once the district\'s child population could use the new school [1].\n\n[1]: ../sources/vote.md\n', council);
  assert.ok(!s.claims(path)[0].result!.missingTerms.includes('paid'));
  assert.ok(!s.claims(path)[0].result!.missingTerms.includes('child'));
});

test('unit signs are words: "20%" shares "percent" with "20 percent" and "20 per cent", "$5" shares "dollar"; "$48 million" is bolded as one phrase', () => {
  assert.deepEqual(contentStems('a 20% share'), contentStems('a 20 percent share'));
  assert.deepEqual(contentStems('a 20 per cent share'), contentStems('a 20 percent share'));
  assert.ok(contentStems('$5 million').includes('dollar'));
  assert.deepEqual(markShared('It approved $48 million on Monday.', new Set(contentStems('$48 million'))), [
    { text: 'It approved ', shared: false },
    { text: '$48 million', shared: true },
    { text: ' on Monday.', shared: false },
  ]);
  // Another amount: "million" is shared, the dollar sign alone is not shown as shared.
  assert.deepEqual(markShared('It approved $48 million.', new Set(contentStems('$52 million'))), [
    { text: 'It approved $48 ', shared: false },
    { text: 'million', shared: true },
    { text: '.', shared: false },
  ]);
});

test('a wrong figure is reported once: not again among the missing words, nor its unit sign', () => {
  const tunnel = { 'sources/tunnel.md': '---\ntitle: Tunnel\n---\n\nThe tunnel will carry about 45,000 vehicles a day once open.\n' };
  const a = check('The tunnel will carry 54,000 vehicles a day [1].\n\n[1]: ../sources/tunnel.md\n', tunnel);
  const [ca] = a.s.claims(a.path);
  assert.equal(ca.result!.figures.filter((f) => !f.found).length, 1);
  assert.deepEqual(ca.result!.missingTerms, []);
  const b = check('Ferry fares will rise by 12% next year [1].\n\n[1]: ../sources/tunnel.md\n', tunnel);
  const terms = b.s.claims(b.path)[0].result!.missingTerms;
  assert.ok(terms.includes('ferry') && !terms.includes('percent') && !terms.includes('12'), terms.join(' '));
});

test('figures the sentence qualifies ("about", "nearly", "more than", "up to") are backed by source figures that fit the qualifier', () => {
  const f = (t: string) => extractFigures(t)[0];
  const cases: [string, string, boolean][] = [
    ['about 45,000 cars', '45,200 cars', true],
    ['about 45,000 cars', '47,500 cars', false],
    ['nearly 40%', '38.5%', true],
    ['nearly 40%', '41%', false],
    ['more than 300 people', '312 people', true],
    ['more than 300 people', '290 people', false],
    ['up to $5 million', '$4.5 million', true],
    ['up to $5 million', '$5.5 million', false],
    // A bound the source gives as a bound backs a rounded one: "fewer than 5,000" is what "fewer than 4,800" says too.
    ['fewer than 5,000 people', 'fewer than 4,800 people', true],
    ['more than 300 people', 'more than 310 people', true],
    ['about 6 million', '5.8 million', true],
    ['40%', '40 people', false],
    ['a roundabout 40 metres away', '42 metres', false],
  ];
  for (const [claim, source, want] of cases) assert.equal(backsFigure(f(claim), f(source)), want, `${claim} / ${source}`);
  const tunnel = { 'sources/tunnel.md': '---\ntitle: Tunnel\n---\n\nThe tunnel will carry 45,200 vehicles a day once open, 38.5% of them trucks, and 312 people work on it.\n' };
  assert.deepEqual(mismatches('Nearly 40% of the vehicles in the tunnel will be trucks [1].\n\n[1]: ../sources/tunnel.md\n', tunnel), []);
  const [mismatch] = mismatches('More than 400 people work on the tunnel [1].\n\n[1]: ../sources/tunnel.md\n', tunnel);
  // The qualifier goes with the wrong figure: the fix writes the source's exact figure in its place.
  assert.equal(mismatch.text, 'More than 400');
  assert.deepEqual(mismatch.data, { replacement: '312' });
});

test('the evidence window stays inside one paragraph: a title without a full stop does not run into the text under it', () => {
  const wire = { 'sources/wire.md': '---\ntitle: Wire\n---\n\nBridge to stay partly open during rebuild\n\nThe Harbour Street Bridge will remain open to cars during repairs. Engineers expect the work to take two years.\n' };
  const { s, path } = check('The bridge will stay open to cars during the repairs [1].\n\n[1]: ../sources/wire.md\n', wire);
  const ev = s.claims(path)[0].result!.evidence!;
  assert.ok(!(ev.text.includes('rebuild') && ev.text.includes('Harbour Street')), ev.text);
});

test('a person the source names by surname only backs the full name in the sentence; an unnamed person is still missing', () => {
  const calc = { 'sources/calc.md': '---\ntitle: Calculus\n---\n\nToday both Newton and Leibniz are credited with calculus, but it was Leibniz who gave the discipline its name.\n' };
  const a = check('Gottfried Wilhelm Leibniz gave calculus its name [1].\n\n[1]: ../sources/calc.md\n', calc);
  assert.deepEqual(a.s.claims(a.path)[0].result!.missingTerms, []);
  const b = check('Blaise Pascal gave calculus its name [1].\n\n[1]: ../sources/calc.md\n', calc);
  const missing = b.s.claims(b.path)[0].result!.missingTerms;
  // (A name the source never mentions is listed as written.)
  assert.ok(missing.includes('Blaise Pascal'), missing.join(' '));
});

test('a site named with its words run together in its host ("Pew Research" for pewresearch.org) is not required of the text', () => {
  const pew = { 'sources/pew.md': '---\ntitle: Energy survey\nurl: https://www.pewresearch.org/science/2022/energy\n---\n\nTwo-thirds of Americans favour a mix of energy sources.\n' };
  const { s, path } = check('A Pew Research survey found that two-thirds of Americans favour a mix of energy sources [1].\n\n[1]: ../sources/pew.md\n', pew);
  const missing = s.claims(path)[0].result!.missingTerms;
  assert.ok(!missing.includes('pew') && !missing.includes('research'), missing.join(' '));
  // Or by its initials: ota.com is the Organic Trade Association.
  const ota = { 'sources/ota.md': '---\ntitle: Labeling\nurl: https://ota.com/advocacy/gmo-labeling\n---\n\nAll genetically engineered food should be labeled in clear terms.\n' };
  const o = check('The Organic Trade Association recommends that all genetically engineered food be labeled in clear terms [1].\n\n[1]: ../sources/ota.md\n', ota);
  assert.deepEqual(o.s.claims(o.path)[0].result!.missingTerms, ['recommends']);
});

test('words naming the source are excused only where they credit it ("the Harbour Ledger reported"), not where the sentence is about it ("the Harbour Ledger cut jobs")', () => {
  const ledger = { 'sources/ledger.md': '---\ntitle: Port cuts\npublisher: Harbour Ledger\nauthor: Mara Quist\n---\n\nThe port authority cut 200 dock jobs in March after cargo volumes fell.\n' };
  const missing = (draft: string) => {
    const { s, path } = check(draft + '\n\n[1]: ../sources/ledger.md\n', ledger);
    return s.claims(path)[0].result!.missingTerms;
  };
  // Crediting the source: its name is not a word its text must carry.
  for (const draft of [
    'The port authority cut 200 dock jobs in March, the Harbour Ledger reported [1].',
    'The Harbour Ledger said the port authority cut 200 dock jobs in March [1].',
    'Mara Quist of the Harbour Ledger wrote that the port authority cut 200 dock jobs in March [1].',
    'According to a Harbour Ledger report, the port authority cut 200 dock jobs in March [1].',
  ]) assert.deepEqual(missing(draft), [], draft);
  // About the source: its name is what the sentence says, and this page does not say it.
  const about = missing('The Harbour Ledger cut 200 newsroom jobs in March [1].');
  // (A name of common words is listed word by word: the check of names the sources never mention leaves it alone.)
  assert.ok(about.includes('harbour') && about.includes('ledger'), about.join(' '));
  assert.ok(missing('The Harbour Ledger reported a loss of 200 jobs in March [1].').includes('ledger'));
  // A word of the publisher's name used as an ordinary word is a claim too ("historic" for a "Historical Society").
  const society = { 'sources/soc.md': '---\ntitle: Walls\npublisher: Coastal Historical Society\n---\n\nThe town rebuilt its harbour walls in 1902.\n' };
  const h = check('The town rebuilt its historic harbour walls in 1902 [1].\n\n[1]: ../sources/soc.md\n', society);
  assert.deepEqual(h.s.claims(h.path)[0].result!.missingTerms, ['historic']);
  // Never so many that next to nothing is left to check: here the credit is most of the sentence.
  assert.ok(missing('The Harbour Ledger reported it [1].').includes('ledger'));
});

test('a name the sentence spells out is backed by a source that writes its initials ("United States" / "U.S.", "European Union" / "EU")', () => {
  const trade = { 'sources/trade.md': '---\ntitle: Trade\n---\n\nThe U.S. and the EU agreed a tariff truce on Monday.\n' };
  const { s, path } = check('The United States and the European Union agreed a tariff truce on Monday [1].\n\n[1]: ../sources/trade.md\n', trade);
  assert.deepEqual(s.claims(path)[0].result!.missingTerms, []);
});

test('words of function phrases ("in order to", "as a result", "in terms of") are not things the source must say', () => {
  const law = { 'sources/law.md': '---\ntitle: Eligibility\n---\n\nThe framers wanted the president to be born in the country to be eligible for office.\n' };
  const { s, path } = check('The framers wanted the president to be born in the country in order to be eligible for office [1].\n\n[1]: ../sources/law.md\n', law);
  assert.deepEqual(s.claims(path)[0].result!.missingTerms, []);
  // Nor are qualifiers and intensifiers ("approximately", "quite"), or "take place".
  const fair = { 'sources/fair.md': '---\ntitle: Fair\n---\n\nThe state fair runs from August 24 to September 5 and draws 900,000 visitors.\n' };
  const f = check('The state fair, which is quite popular, will take place from August 24 to September 5 and draws approximately 900,000 visitors [1].\n\n[1]: ../sources/fair.md\n', fair);
  assert.deepEqual(f.s.claims(f.path)[0].result!.missingTerms, ['popular']);
  const dismissal = { 'sources/eeoc.md': '---\ntitle: Charges\n---\n\nWorkers have 180 days to file a charge of discrimination with the commission over several claims.\n' };
  const d = check('Workers have 180 days to file a charge with the commission over a number of claims based on discrimination [1].\n\n[1]: ../sources/eeoc.md\n', dismissal);
  assert.deepEqual(d.s.claims(d.path)[0].result!.missingTerms, []);
  const cider = { 'sources/cider.md': '---\ntitle: Cider\n---\n\nIn Europe the alcohol content of cider is between 3.5% and 12%.\n' };
  const c = check('It is possible that in Europe the alcohol content of cider ranges from 3.5% to 12% [1].\n\n[1]: ../sources/cider.md\n', cider);
  assert.deepEqual(c.s.claims(c.path)[0].result!.missingTerms, []);
});

test('a year in the sentence is backed by the cited source\'s publication date ("as of June 2022" by a page dated 2022-06-14)', () => {
  const gas = { 'sources/gas.md': '---\ntitle: Gas prices\ndate: 2022-06-14\n---\n\nThe average price of a gallon of regular gas in California is $6.34.\n' };
  assert.deepEqual(mismatches('As of June 2022, the average price of a gallon of regular gas in California was $6.34 [1].\n\n[1]: ../sources/gas.md\n', gas), []);
  const later = mismatches('As of June 2023, the average price of a gallon of regular gas in California was $6.34 [1].\n\n[1]: ../sources/gas.md\n', gas);
  assert.ok(later.some((d) => /2023/.test(d.message)));
});

test('contractions of function words ("it\'s", "they\'re", "there\'s") are function words; a possessive name is not', () => {
  assert.deepEqual(contentStems("It's clear they're sure there's a plan at Microsoft's office"), contentStems('clear sure plan Microsoft office'));
});

test('names and words match with or without their diacritics', () => {
  const source = '---\ntitle: Open\n---\n\nIga Świątek beat Beatriz Haddad Maia in São Paulo, and the café near the Königsplatz stayed open late.\n';
  const s = workspace({ 'sources/open.md': source, 'drafts/d.md': 'Iga Swiatek beat Beatriz Haddad Maia in Sao Paulo, and the cafe near the Konigsplatz stayed open late [1].\n\n[1]: ../sources/open.md\n' });
  const r = s.claims(ROOT + '/drafts/d.md')[0].result!;
  assert.deepEqual(r.missingTerms, []);
  assert.equal(r.features.nameShare, 1);
  assert.equal(r.verdict, 'supported', `score ${r.score}`);
});

test('a possessive name is the name, whichever apostrophe the page uses or whether it uses one', () => {
  const page = evidenceFor({ text: 'Microsoft will keep a license to OpenAI model IP through 2032. Microsoft’s rights included exclusive IP rights.' } as ExtractedText);
  for (const claim of ["Microsoft's license to OpenAI's model IP runs through 2032.", 'Microsoft’s license to OpenAI’s model IP runs through 2032.']) {
    assert.equal(analyzeClaim(claim, [page]).features.nameShare, 1, claim);
  }
  const farm = evidenceFor({ text: 'Records show the Joneses sold their farm in 1990.' } as ExtractedText);
  assert.equal(analyzeClaim("Records show the Joneses' farm was sold in 1990.", [farm]).features.nameShare, 1);
});

test('a name the page writes in short is held: "January" by "Jan.", "The New York Times" by "NYT", "AWS" by "Amazon Web Services"', () => {
  const held = (claim: string, page: string) => analyzeClaim(claim, [evidenceOf(page)]);
  const jan = held('The deal was signed on January 27, 2026.', 'The deal was signed on Jan. 27, 2026.');
  assert.equal(jan.features.nameShare, 1);
  assert.deepEqual(jan.missing, []);
  assert.deepEqual(held('The deal was signed on Sept. 3, 2026.', 'The deal was signed on September 3, 2026.').missing, []);
  assert.equal(held('The New York Times reported the merger.', 'The NYT reported the merger.').features.nameShare, 1);
  assert.equal(held('The models run on AWS servers.', 'The models run on Amazon Web Services servers.').features.nameShare, 1);
  // Only the month's abbreviation, with its period, and only initials in capitals: "Jan" is a name, "nyt" no initials.
  assert.equal(held('The deal was signed on January 27, 2026.', 'Jan Novak signed the deal on the 27th.').features.nameShare, 0);
  assert.equal(held('The New York Times reported the merger.', 'The nyt account reported the merger.').features.nameShare, 0);
  assert.equal(held('The models run on AWS servers.', 'The models run on Amazon web services servers.').features.nameShare, 0);
  // Nor is the name in short or in full another name in its place; another name still is.
  assert.equal(nameConflict('The models will run on AWS servers.', [evidenceOf('The models will run on Amazon Web Services servers.')]), undefined);
  assert.equal(nameConflict('The New York Times first reported the talks.', [evidenceOf('The NYT first reported the talks.')]), undefined);
  assert.deepEqual(nameConflict('The models will run on AWS servers.', [evidenceOf('The models will run on Google Cloud servers.')]), { name: 'AWS', theirs: 'Google Cloud' });
});

test('shares in words are figures: "two-thirds of" is backed by the percentages a writer would round to it', () => {
  const share = (t: string) => extractFigures(t).map((f) => [f.text, f.value]);
  assert.deepEqual(share('Two-thirds of voters, half the country and one in five adults agreed.'), [['Two-thirds', 66.7], ['half', 50], ['one in five', 20]]);
  assert.deepEqual(share('In all, 1 in 5 adults and 9 out of 10 dentists agreed.'), [['1 in 5', 20], ['9 out of 10', 90]]);
  // Not shares: no "of" after them.
  assert.deepEqual(share('In the second half, a third party and a quarter century later.'), []);
  const [half] = extractFigures('half of voters');
  assert.deepEqual(['44%', '46%', '55%', '56%'].map((v) => backsFigure(half, extractFigures(v)[0])), [false, true, true, false]);
  const [fifth] = extractFigures('about one-fifth of the reserves');
  assert.ok(backsFigure(fifth, extractFigures('17.2 percent')[0]));
  const run = (figure: string) => {
    const s = workspace({ 'sources/poll.md': `---\ntitle: Poll\n---\n\nIn the March survey, ${figure} of residents backed the new ferry timetable.\n`, 'drafts/d.md': 'Two-thirds of residents backed the new ferry timetable in the March survey [1].\n\n[1]: ../sources/poll.md\n' });
    return { r: s.claims(ROOT + '/drafts/d.md')[0].result!, diags: s.diagnostics(ROOT + '/drafts/d.md') };
  };
  const backed = run('67%');
  assert.deepEqual(backed.r.missingTerms, []);
  // The share's words are not wanted of the source besides its figure: every claim word is covered.
  assert.equal(backed.r.features.bestSentence, 1);
  const digits = workspace({ 'sources/poll.md': '---\ntitle: Poll\n---\n\nIn the March survey, 20% of adults said they ride the ferry weekly.\n', 'drafts/d.md': 'In the March survey, 1 in 5 adults said they ride the ferry weekly [1].\n\n[1]: ../sources/poll.md\n' });
  assert.equal(digits.claims(ROOT + '/drafts/d.md')[0].result!.features.bestSentence, 1);
  assert.ok(!digits.diagnostics(ROOT + '/drafts/d.md').some((x) => x.code === 'number-mismatch'));
  assert.ok(!backed.diags.some((d) => d.code === 'number-mismatch'));
  const wrong = run('31%');
  const d = wrong.diags.find((x) => x.code === 'number-mismatch')!;
  assert.match(d.message, /"Two-thirds".*"31%"/);
  assert.equal((d.data as { replacement?: string }).replacement, '31%');
});

test('the figure fix takes the figure of the same statement: the year by it decides, two that fit as well give no fix', () => {
  const fund = { 'sources/fund.md': '---\ntitle: Fund\n---\n\nThe fund raised $40 million in 2020 and $55 million in 2021. It employs 120 people in Lisbon.\n' };
  const fix = (sentence: string) => {
    const [d] = mismatches(`${sentence} [1].\n\n[1]: ../sources/fund.md\n`, fund);
    assert.ok(d, sentence);
    return d.data?.replacement;
  };
  assert.equal(fix('The fund raised $45 million in 2021'), '$55 million');
  assert.equal(fix('In 2020 the fund raised $45 million'), '$40 million');
  // Both amounts were raised: without a year, neither is the one meant.
  assert.equal(fix('The fund raised $45 million'), undefined);
  // A count is replaced by the count of the same thing.
  assert.equal(fix('The fund employs 150 people in Lisbon'), '120');
});

test('the quote fix writes a complete quotation of the source, or none', () => {
  const talk = { 'sources/talk.md': '---\ntitle: Talk\n---\n\nThe mayor spoke after the vote. "We will rebuild the bridge one lane at a time," she said, adding that the work would take two years.\n' };
  const quoteFix = (sentence: string) => check(`${sentence} [1].\n\n[1]: ../sources/talk.md\n`, talk).diags.find((d) => d.code === 'quote-not-found');
  // Words cut and changed: the fix is the source's whole quotation, inside the draft's quote marks, with the writer's first letter.
  const d = quoteFix('The mayor said "we will rebuild the bridge a lane at a time"')!;
  assert.equal(d.text, 'we will rebuild the bridge a lane at a time');
  assert.equal(d.data?.replacement, 'we will rebuild the bridge one lane at a time');
  // Nothing in the source holds most of its words: no fix, only the message.
  const none = quoteFix('The mayor said "the council has betrayed the whole town"')!;
  assert.equal(none.data, undefined);
});

test('the quote fix fits the source\'s quotation into the sentence: the writer\'s closing mark and first letter, no words repeated, no sentence dropped', () => {
  const page = { text: '"For fifty years this city treated the river as somebody else\'s problem," the mayor said. "We will defend ourselves vigorously." The council met on Monday.', normalized: '' };
  page.normalized = normalizeForQuote(page.text);
  const quotation = 'For fifty years this city treated the river as somebody else\'s problem';
  // The writer's period inside the marks is kept; the writer's first letter too.
  assert.equal(fittedQuotation('for fifty years the city treated the river as a problem.', 'The mayor said ', quotation, page), "for fifty years this city treated the river as somebody else's problem.");
  // Words the sentence has right before the opening mark are not written again.
  assert.equal(fittedQuotation('this city treated the river as its problem', 'The mayor said that for fifty years ', quotation, page), "this city treated the river as somebody else's problem");
  // The writer's comma before the speaker's tag, in place of the page's period.
  assert.equal(fittedQuotation('We will defend ourselves strongly,', '', 'We will defend ourselves vigorously.', page), 'We will defend ourselves vigorously,');
  // Only as much as the writer quotes, from the writer's first word to the last.
  assert.equal(fittedQuotation('treated the river as someone else\'s problem', 'The mayor said the city had for fifty years ', quotation, page), "treated the river as somebody else's problem");
  // Three words in a row of the writer's quotation that the source's lacks: a sentence of it would be lost, no fix.
  assert.equal(fittedQuotation('We will defend ourselves vigorously. The council meets Monday', '', 'We will defend ourselves vigorously', page), undefined);
  // A writer's question of what the page states is no quotation of it; a cut never leaves a clause's subject without its verb,
  // and a word of condition goes only with its whole clause.
  const said = { text: '"The tunnel will open in 2028," Ruiz said. "Ruiz told Hale the plan was dead, and Hale agreed." "When the mayor left, the council failed to act."', normalized: '' };
  said.normalized = normalizeForQuote(said.text);
  assert.equal(fittedQuotation('Will the tunnel open in 2027?', '', 'The tunnel will open in 2028', said), undefined);
  assert.equal(fittedQuotation('Hale rejected the plan.', 'Cole said ', 'Ruiz told Hale the plan was dead, and Hale agreed', said), 'Ruiz told Hale the plan was dead, and Hale agreed.');
  assert.equal(fittedQuotation('the council refused to act.', 'Hale said ', 'When the mayor left, the council failed to act', said), 'the council failed to act.');
  // A reference marker of the page is no word of the quotation, and no fix writes one.
  const marked = { text: 'Officials said the return of salmon shows that the cleanup worked[5] and that the river can recover.', normalized: '' };
  marked.normalized = normalizeForQuote(marked.text);
  assert.ok(quoteInText('shows that the cleanup worked and that the river can recover', marked.normalized));
});

test('quotations: nesting either way round, a comma inside or outside an inner mark, a hyphen or a space, a comma of a term, a long tag of the speaker', () => {
  const page = normalizeForQuote('"The so-called \'reform\' is a tax rise in disguise," she said. People keep telling us to \'trust the process,\' but it failed. Buy now pay later apps are not covered.');
  assert.ok(quoteInText("the so-called \"reform\" is a tax rise in disguise", page));
  assert.ok(quoteInText('telling us to "trust the process", but it failed', page));
  assert.ok(quoteInText('buy now, pay later', page));
  assert.ok(!quoteInText('the so-called reform is a tax cut in disguise', page));
  assert.ok(quoteInText('we need a long term plan', normalizeForQuote('"We need a long-term plan," he said.')));
  // Not past the page's quotation mark: the reporter's words are not the speaker's.
  assert.ok(!quoteInText('a betrayal of the voters', normalizeForQuote('The mayor called the plan "a betrayal" of the voters who had backed it.')));
  // A speaker's tag with a title of office holding "and", a verb of saying such as "testified", an abbreviated rank.
  const tagged = normalizeForQuote('"The grant program is working," said Lena Ortiz, the state secretary of health and human services. "We want to double it next year." "I warned my supervisors twice," the engineer testified. "Nobody did anything." "We have a suspect," said Det. Maria Cruz. "An arrest could come soon."');
  for (const q of ['The grant program is working. We want to double it next year.', 'I warned my supervisors twice. Nobody did anything.', 'We have a suspect. An arrest could come soon.']) assert.ok(quoteInText(q, tagged), q);
  // A bracket names what the speaker's "the agency" refers to, in words of the page; not another thing, nor in words the page lacks.
  const named = normalizeForQuote('"The costs will double by 2030," the director said. "The agency was too slow," said Tully, referring to FEMA.');
  for (const q of ['[FEMA] was too slow', '[The agency] was too slow']) assert.ok(quoteInText(q, named), q);
  for (const q of ['[Sales] will double by 2030', '[the budget] will double by 2030']) assert.ok(!quoteInText(q, named), q);
  // An elision that leaves out a hedge or a few: "there is … evidence" for "there is little evidence", "the spill … killed" for "may have killed".
  const hedged = normalizeForQuote('"There is little evidence of fraud," she said. "The spill may have killed thousands of fish."');
  for (const q of ['There is … evidence of fraud', 'The spill … killed thousands of fish']) assert.ok(!quoteInText(q, hedged), q);
});

test('the figure fix is not offered for a figure counted per something else, nor for one end of a range', () => {
  const wage = { 'sources/wage.md': '---\ntitle: Wage\n---\n\nThe minimum wage rises to $21.38 per hour, a $40 per week boost for full-time workers. Gardeners space the plants 12-18 inches apart.\n' };
  const fixOf = (sentence: string) => mismatches(`${sentence} [1].\n\n[1]: ../sources/wage.md\n`, wage).map((d) => [d.text, d.data?.replacement]);
  // "$40 per week" is a boost, not the weekly wage; "$21.38 per hour" is hourly.
  assert.deepEqual(fixOf('The minimum wage rises to $812.60 per week for full-time workers'), [['$812.60', undefined]]);
  // One end of the source's range is not the sentence's figure, nor is one end of the sentence's.
  assert.deepEqual(fixOf('Gardeners space the plants 10 inches apart'), [['10', undefined]]);
  // A range the source gives otherwise is replaced whole, by the source's range (`pairs.ts`), not end by end.
  assert.deepEqual(fixOf('Gardeners space the plants 10-16 inches apart'), [['10-16', '12-18']]);
});

test('the quote fix does not put a whole sentence of the source in place of a phrase', () => {
  const show = { 'sources/show.md': '---\ntitle: Show\n---\n\nGalleries across the country are joining the academy to celebrate 250 years of making and showing art in London.\n' };
  const d = check('Galleries joined to celebrate "the making and showing of art in London" [1].\n\n[1]: ../sources/show.md\n', show).diags.find((x) => x.code === 'quote-not-found')!;
  assert.ok(d);
  assert.equal(d.data, undefined);
});

test('polarity: "rather than" and "instead of" set aside what follows, as a negation does', () => {
  assert.ok(polarity('a loosening of ties rather than a breakup').negated.has(stem('breakup')));
  assert.ok(polarity('they chose a lease instead of a purchase').negated.has(stem('purchase')));
  assert.ok(polarity('they chose a lease instead of a purchase').affirmed.has(stem('lease')));
  // "rather" alone, or "than" after a comparative, negates nothing.
  assert.ok(polarity('a rather long breakup').affirmed.has(stem('breakup')));
  assert.ok(polarity('more ties than a breakup would leave').affirmed.has(stem('breakup')));
  assert.ok(negatedStems('framed as a loosening rather than a breakup').has(stem('breakup')));
});

test('words named like Object\'s methods ("constructor", "toString", "valueOf") are words like any other (found by the fuzz suite)', () => {
  const words = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
  const sentence = `The constructor said toString and valueOf rose hasOwnProperty __proto__ isPrototypeOf by 5%.`;
  for (const w of words) assert.equal(typeof stem(w), 'string', w);
  assert.deepEqual(wordNumbers(sentence), []);
  assert.deepEqual(extractFigures(sentence).map((f) => f.value), [5]);
  const s = workspace({
    'sources/a.md': `---\nid: a\n---\n${sentence} The constructor of the bridge is a firm.`,
    'drafts/d.md': `${sentence} [1]\n\n[1]: ../sources/a.md\n`,
  });
  const claims = s.claims(ROOT + '/drafts/d.md');
  assert.equal(claims.length, 1);
  assert.ok(claims[0].result && Number.isFinite(claims[0].result.score));
  assert.ok(s.hover(ROOT + '/drafts/d.md', sentence.length + 2));
});

test('the source figure a number-mismatch points to is where the JSON export has it, whatever the order of its fields (found by the fuzz suite)', () => {
  // The excerpt comes after the content in the file; the content's figure was mapped past the end of the file.
  const raw = '{\n  "content": "<p>The council approved [2] $52 million for the bridge repairs [\\n0].</p>",\n  "excerpt": "[$11][1] [-@s0]."\n}';
  const s = workspace({ 'sources/s1.json': raw, 'drafts/d.md': 'It cost $53 million [@s1].' }, { supportThreshold: 0 });
  const mismatch = s.diagnostics(ROOT + '/drafts/d.md').find((d) => d.code === 'number-mismatch');
  assert.ok(mismatch);
  const r = mismatch.related[0].range!;
  assert.equal(raw.slice(r.start, r.end), '$52 million');
});

const evidenceOf = (text: string) => evidenceFor({ text } as ExtractedText);
/** The polarity flip of a claim against one passage. */
const flip = (claim: string, source: string) => analyzeClaim(claim, [evidenceOf(source)]).features.polarityFlip;

test('"no longer X" takes as given that X held before: a page that says X held in the past is no opposite of it; one that says X holds now is', () => {
  assert.equal(flip('OpenAI API products developed with third parties are no longer exclusive to Azure.', 'Under the old structure, OpenAI API products developed with third parties were exclusive to Azure.'), 0);
  assert.equal(flip('Azure no longer holds exclusive rights to host ChatGPT.', 'Previously, Azure held exclusive rights to host ChatGPT. That exclusivity is now dissolved.'), 0);
  assert.equal(flip("Microsoft doesn't pay OpenAI a revenue share anymore.", 'Microsoft had paid OpenAI a revenue share since 2019.'), 0);
  // In the present, or with no "no longer", the page still states the opposite.
  assert.equal(flip('OpenAI API products developed with third parties are no longer exclusive to Azure.', 'OpenAI API products developed with third parties are exclusive to Azure.'), 1);
  assert.equal(flip('OpenAI API products developed with third parties are not exclusive to Azure.', 'OpenAI API products developed with third parties were exclusive to Azure.'), 1);
  // An age is no time past: "the 30-year-old law" is in force now.
  assert.equal(flip('The law is no longer in force in the state.', 'The 30-year-old law is in force in the state.'), 1);
  // The other way round: a sentence placed in the past against a page's "no longer".
  assert.equal(flip('Before the amendment, revenue sharing had been a two-way financial arrangement.', 'In exchange, Microsoft will no longer pay a revenue share to OpenAI — a meaningful change to what had been a two-way financial arrangement.'), 0);
  assert.equal(flip('Microsoft had an exclusive license to the models.', 'Microsoft will keep a license to the models, but that license is no longer exclusive.'), 0);
  assert.equal(flip('Microsoft keeps an exclusive license to the models.', 'Microsoft will keep a license to the models, but that license is no longer exclusive.'), 1);
});

test('found in a third probe (AI-style summaries of web pages): no "states the opposite" from a name, a hypothetical, an abbreviation\'s period, "minus", "zero", "-free", or a negation of another verb', () => {
  // "Not a state" is not stated by "the United States"; nor by what would be "if it were a U.S. state".
  assert.equal(flip('Puerto Rico is a U.S. territory rather than a state, and Puerto Ricans are U.S. citizens.', 'Puerto Rico is a territory of the United States and Puerto Ricans are US citizens. However, Puerto Rico is not a US state.'), 0);
  assert.equal(flip('The island is not a state of the union.', 'The island would receive more funds if it were a U.S. state of the union.'), 0);
  assert.equal(flip('The island is not a state of the union.', 'The island is a state of the union.'), 1);
  // The period of "U.S." ends no negation: "never been a U.S. president born outside" negates the president's birth.
  assert.equal(flip('There has never been a president born outside the 50 U.S. states.', 'Even so, there has never been a U.S. president born outside one of the 50 U.S. states.'), 0);
  assert.ok(negationScope('There has never been a U.S. president born outside one of the 50 states.').negated.has(stem('born')));
  // "Minus", "zero" before a word, and "-free" are negations; "fell to zero in January" is not.
  assert.equal(flip('The album was reissued in 1980 without the track Sister Fatima.', 'The album was reissued in 1980 minus the track Sister Fatima.'), 0);
  assert.equal(flip('The album was reissued in 1980 with the track Sister Fatima.', 'The album was reissued in 1980 minus the track Sister Fatima.'), 1);
  assert.equal(flip('George I of England, a Hanoverian, could not speak English.', 'George I was a Hanoverian who spoke zero English.'), 0);
  assert.equal(flip('Latent TB infection is symptom-free.', 'There are no symptoms during latent TB infection.'), 0);
  assert.equal(flip('The temperature did not fall in January.', 'The temperature fell to zero in January.'), 1);
  // A negation of another verb, under half of the shared words: "didn't miss the playmaking of Marozsan, who broke a toe".
  assert.equal(flip('Dzsenifer Marozsan broke a toe in the opener against China.', "Germany didn't miss the playmaking of Dzsenifer Marozsan, who broke a toe in the opener against China."), 0);
  assert.equal(flip('Unions have warned that many Russians may die before they can claim a pension.', 'Unions have warned that many will not live long enough to claim a pension.'), 0);
  // "Left out the track" says "minus the track"; a phrase set beside a name is no statement ("couldn't guarantee the Lyon midfielder will be ready").
  assert.equal(flip('The 1980 reissue of the album left out the track Sister Fatima.', 'The album was reissued in 1980 minus the track Sister Fatima.'), 0);
  assert.equal(flip("Dzsenifer Marozsan, the Lyon midfielder, broke a toe in Germany's opener.", "Germany didn't miss the playmaking of Dzsenifer Marozsan, who broke a toe in its opener. The coach said she couldn't guarantee the Lyon midfielder will be ready."), 0);
  // What the negation denies first, in the claim: still the opposite ("a loosening of ties rather than a breakup").
  assert.equal(flip('The partnership loosens ties with a breakup.', 'It is a loosening of ties rather than a breakup.'), 1);
});

test('the rules that keep faithful sentences from "states the opposite" keep real contradictions (found in review)', () => {
  // A verb of ending in the claim is its statement: "The war ended in 1945" against "did not end".
  assert.equal(flip('The war ended in 1945 in Europe.', 'The war did not end in 1945 in Europe.'), 1);
  assert.equal(flip('The team lost the final in Madrid.', 'The team did not lose the final in Madrid.'), 1);
  assert.equal(flip('By the end of 2020 the company had hired 500 engineers.', 'By the end of 2020 the company had not hired 500 engineers.'), 1);
  assert.equal(flip('The airport opened a new terminal in 2019.', 'The airport did not open a new terminal in 2019.'), 1);
  // A past form elsewhere in the passage places nothing the claim says in the past.
  assert.equal(flip('The bridge is no longer open.', 'The old bridge is open to traffic.'), 1);
  assert.equal(flip('The factory no longer produces steel.', 'The factory, which was built in 1950, produces steel.'), 1);
  // A passive stands the parties the other way round and says the same.
  assert.equal(flip('YouTube is not owned by Google.', 'Google owns YouTube.'), 1);
  assert.equal(flip('Google did not acquire YouTube in 2006.', 'YouTube was acquired by Google in 2006.'), 1);
  // "Voted to approve" is approving.
  assert.equal(flip('The board did not approve the merger.', 'The board voted to approve the merger.'), 1);
  // Another name where the page has initials elsewhere, or the name's party in the singular elsewhere, is still a conflict.
  assert.deepEqual(nameConflict('The prize went to Uma Stone this year.', [evidenceOf('The prize went to Shehan Karunatilaka this year. The US edition sold well.')]), { name: 'Uma Stone', theirs: 'Shehan Karunatilaka' });
  assert.deepEqual(nameConflict('Senate Republicans blocked the bill on Tuesday.', [evidenceOf('Senate Democrats blocked the bill on Tuesday, over objections from a Republican.')]), { name: 'Republicans', theirs: 'Democrats' });
  // A name's number backs no count.
  const backed = (claim: string, page: string) => figureBacked(extractFigures(claim)[0], [evidenceOf(page)], undefined, claim);
  assert.equal(backed('The airline ordered 737 new jets.', 'The airline ordered 50 new Boeing 737 jets.'), false);
  assert.equal(backed('The firm cut 12 jobs.', 'The firm cut 40 jobs, under Section 12 of the law.'), false);
  // Only a month's abbreviation before a day is the month: "APR." is a rate, "went to Jan." a name.
  assert.deepEqual(analyzeClaim('The loan charges a 29.99% rate.', [evidenceOf('The loan charges a 29.99% APR.')]).missing, [stem('rate')]);
});

test('found in a second review: no flip from a promise, a progressive, an ending said as "no longer", a number\'s "minus" or "net zero", an acronym of a longer name; a flip on "not free of charge" and beside an "even if"', () => {
  assert.equal(flip('The company has not paid the fine.', 'The company promised to pay the fine.'), 0);
  assert.equal(flip('Apple is not beating Samsung in smartphone sales.', 'Samsung is beating Apple in smartphone sales.'), 0);
  assert.equal(flip('The Lakers did not beat the Celtics in the final.', 'The Celtics beat the Lakers by ten points in the final.'), 0);
  assert.equal(flip("Microsoft ended its exclusive license to OpenAI's models.", "Microsoft no longer has an exclusive license to OpenAI's models."), 0);
  assert.equal(flip('The club terminated the coach\'s contract.', 'The coach no longer has a contract with the club.'), 0);
  assert.equal(flip('Acme reached net zero emissions in 2020.', "Acme's emissions reached net zero in 2020."), 0);
  assert.equal(flip('Temperatures in Oslo fell to minus five degrees.', 'Temperatures in Oslo fell to -5C.'), 0);
  assert.equal(nameConflict('The UK left the EU in 2020.', [evidenceOf('The United Kingdom left the European Union in 2020.')]), undefined);
  assert.equal(nameConflict('The ECB raised rates in July.', [evidenceOf('The European Central Bank raised rates in July.')]), undefined);
  assert.equal(nameConflict('The Scheduled Castes were given reserved seats in 1950.', [evidenceOf('The Schedule Caste was given reserved seats in 1950.')]), undefined);
  // Still the opposite.
  assert.equal(flip('Entry to the museum is free of charge.', 'Entry to the museum is not free of charge.'), 1);
  assert.equal(flip('The company did not pay the fine.', 'The company paid the fine, even if critics were unhappy with the amount.'), 1);
  assert.equal(flip('The city bought 40 zero-emission buses.', 'The city did not buy any zero-emission buses.'), 1);
});

test('a negation ends at a dash: what follows it is said of its own ("will no longer pay a revenue share — a change to what had been a two-way arrangement")', () => {
  const w = negationScope('Microsoft will no longer pay a revenue share to OpenAI — a meaningful change to what had been a two-way financial arrangement.');
  assert.deepEqual([...w.negated].sort(), ['openai', 'pai', 'revenu', 'share']);
  assert.ok(w.affirmed.has(stem('arrangement')));
});

test('a page that says something was ended in any form of the verb is no statement of it: "removes", "dismantling", "loses", "the removal of"', () => {
  assert.equal(flip("Azure no longer has a single-provider monopoly for ChatGPT.", "The deal officially ends, dismantling Azure's single-provider monopoly for ChatGPT."), 0);
  assert.equal(flip('Microsoft no longer has exclusive distribution rights.', "The deal removes Microsoft's exclusive distribution rights."), 0);
  assert.equal(flip('Azure no longer enjoys a monopoly position.', 'Azure loses its monopoly position in the market.'), 0);
  // Unless ending is what the claim denies: "did not end in 1945" against "ended in 1945".
  assert.equal(flip('The war did not end in 1945 in Europe.', 'The war ended in 1945 in Europe.'), 1);
  assert.equal(flip('The team did not lose the final in Madrid.', 'The team lost the final in Madrid.'), 1);
});

test('two parties the other way round about what the claim turns on say who does what to whom otherwise, not the opposite: "OpenAI keeps paying Microsoft" / "Microsoft will no longer pay … to OpenAI"', () => {
  const news = "Microsoft will no longer pay revenue share to OpenAI, while OpenAI's revenue share payments to Microsoft continue through 2030.";
  assert.equal(flip('OpenAI keeps paying Microsoft a revenue share until 2030.', news), 0);
  assert.equal(flip("Microsoft doesn't pay OpenAI a revenue share.", 'The revenue share OpenAI pays to Microsoft continues through 2030.'), 0);
  // The same parties the same way round still contradict; so does a sentence with only one of them moved.
  assert.equal(flip('Microsoft keeps paying OpenAI a revenue share.', 'Microsoft will no longer pay revenue share to OpenAI.'), 1);
  assert.equal(flip('OpenAI keeps paying Microsoft a revenue share.', 'Microsoft will no longer pay revenue share to OpenAI.'), 0);
  assert.equal(flip('Laura Wright was not born in Washington, D.C.', 'Born in Washington, D.C., Laura Wright grew up in Virginia.'), 1);
});

test('a plain number a page gives after a capitalised word backs the sentence\'s: "Listing 98 felony counts, the indictment…" (a sentence\'s first word, not a name)', () => {
  const page = [evidenceOf("Listing 98 felony counts, today's indictment said that from 1984 to 1986 he violated securities laws.")];
  const backed = (claim: string, sources = page) => figureBacked(extractFigures(claim)[0], sources, undefined, claim);
  assert.equal(backed('The indictment listed 98 felony counts.'), true);
  assert.equal(backed('The indictment listed 89 felony counts.'), false);
  // Mid-sentence too ("In Paris 300 people were arrested"), with what it counts after it.
  assert.equal(backed('Police arrested 300 people in Paris on Friday.', [evidenceOf('In Paris 300 people were arrested by police on Friday.')]), true);
  // As a number of its own: not "98" of "1,980" or "9.98".
  assert.equal(backed('The indictment listed 98 felony counts.', [evidenceOf('The firm paid 1,980 people 9.98 dollars.')]), false);
  // Hyphenated in the sentence, with a word between in the page: "a 98-count indictment" / "Listing 98 felony counts".
  assert.equal(backed('Lowell Milken is a co-defendant in the 98-count indictment.'), true);
  assert.equal(backed('Lowell Milken is a co-defendant in the 89-count indictment.'), false);
});

test('a minus sign is read as a sign, and the tens and teens in words are numbers: "a loss of 8.3%" / "-8.3%", "60 years" / "sixty years"', () => {
  assert.deepEqual(extractFigures('The total return for the full year was -8.3% (or -5% in sterling).').map((x) => [x.kind, x.value]), [['percent', 8.3], ['percent', 5]]);
  // Not a hyphenated word's number, nor the end of a range.
  assert.deepEqual(extractFigures('COVID-19 spread in 2003-2005 and 10-20 days.').map((x) => x.text), ['2003', '2005', '10', '20']);
  const backed = (claim: string, page: string) => figureBacked(extractFigures(claim)[0], [evidenceOf(page)], undefined, claim);
  assert.equal(backed('The trust lost 8.3% over the full year.', 'It made the total return for the full year -8.3%.'), true);
  assert.equal(backed('It was published in 1938, 60 years after her death.', 'It was published sixty years after her death.'), false, 'the year is not in the page');
  assert.equal(figureBacked(extractFigures('60 years after her death')[0], [evidenceOf('It was published sixty years after her death.')]), true);
  assert.equal(figureBacked(extractFigures('70 years after her death')[0], [evidenceOf('It was published sixty years after her death.')]), false);
});

test('a name in the plural or the singular is the name, and the claim\'s own name in another form in its place is no other name', () => {
  assert.equal(nameConflict("Scheduled Castes make up 11.69% of Gagsina's population.", [evidenceOf('Schedule Caste (SC) constitutes 11.69 % of total population in Gagsina village. There is no Schedule Tribe (ST) population in Gagsina village.')]), undefined);
  assert.equal(nameConflict('Senate Democrats objected to the bill on Tuesday.', [evidenceOf('Senate Democrat leaders objected to the bill on Tuesday. Senate Republicans backed the bill.')]), undefined);
  assert.deepEqual(nameConflict('Senate Democrats objected to the bill on Tuesday.', [evidenceOf('Senate Republicans objected to the bill on Tuesday.')]), { name: 'Democrats', theirs: 'Republicans' });
});

test('what a page says was wanted or asked for ("a negotiation for the network to let her out") is no statement that it happened, nor the opposite of "would not let her out"', () => {
  assert.equal(flip('The producers offered her the part, but All My Children would not let her out.', 'We ended up offering her the part. There became a big negotiation for All My Children to let her out. They absolutely stuck their feet in and wouldn\'t let her.'), 0);
  assert.equal(flip('The board did not approve the merger.', 'There was heavy pressure from investors for the board to approve the merger. In the end it refused to.'), 0);
  // Done, it is still the opposite; so is what had to be done.
  assert.equal(flip('The board did not approve the merger.', 'The board approved the merger on Monday.'), 1);
  assert.equal(flip('The board did not approve the merger.', 'The board had to approve the merger on Monday.'), 1);
});

test('a name the source does not hold, with another name in its place, is a conflict; a name it holds or a paraphrase is not', () => {
  const page = evidenceOf('CMA Awards 2022: Chris Stapleton won the male vocalist of the year award. The show was held in Nashville.');
  assert.deepEqual(nameConflict('Chris Morgan won the male vocalist of the year award in 2022.', [page]), { name: 'Morgan', theirs: 'Stapleton' });
  assert.equal(nameConflict('Chris Stapleton won the male vocalist of the year award in 2022.', [page]), undefined);
  // Not across punctuation: "Europe," and "cider" are in different phrases ("English ciders … continental ciders").
  const cider = evidenceOf('Cider alcohol content varies from 1.2% to 8.5% ABV in traditional English ciders, and 3.5% to 12% in continental ciders.');
  assert.equal(nameConflict('In continental Europe, cider alcohol content can range from 3.5% to 12%.', [cider]), undefined);
  // A word of a compound or of a quoted title is no name of its own.
  assert.equal(nameConflict('The backlash against neo-Nazism grew after the rally.', [evidenceOf('The backlash against Trump grew after the rally.')]), undefined);
  // A month stands only for a month: "released in April 2010" conflicts with "June", not with a person's name.
  const release = evidenceOf('He served two years and was released in April 2010.');
  assert.deepEqual(nameConflict('He was released in June 2010.', [release]), { name: 'June', theirs: 'April' });
  // "May" before a day is the month: "on May 27" against "on April 27"; the verb is no name.
  const signed = evidenceOf('The two firms signed the amended agreement on April 27, 2026, after months of talks.');
  assert.deepEqual(nameConflict('The two firms signed the amended agreement on May 27, 2026.', [signed]), { name: 'May', theirs: 'April' });
  assert.equal(nameConflict('The two firms signed the amended agreement on April 27, 2026.', [signed]), undefined);
  assert.equal(nameConflict('The two firms May sign the amended agreement in 2026.', [signed]), undefined);
});

test('a name in place of one word of a longer name is a conflict when the claim keeps the rest of that name and names the word elsewhere', () => {
  const county = evidenceOf('Harney died at his ranch near Salem in 1889, a year after Harney County was named for him.');
  // The claim names Harney, and has "Lincoln County" where the source has "Harney County".
  assert.deepEqual(nameConflict('Harney died at his ranch near Salem in 1889, a year after Lincoln County was named for him.', [county]), { name: 'Lincoln', theirs: 'Harney County' });
  assert.equal(nameConflict('Harney died at his ranch near Salem in 1889, a year after Harney County was named for him.', [county]), undefined);
  // Said in other words, with a name the source does not give: no other name stands in its place.
  assert.equal(nameConflict('Harney died near Salem in 1889, a year after Oregon named a county for him.', [county]), undefined);
  assert.equal(nameConflict('Police said Johnson drove to the Texas ranch on Sunday.', [evidenceOf('Police said Johnson drove to the Johnson Ranch on Sunday.')]), undefined);
  assert.equal(nameConflict('Ford founded the American carmaker in 1903.', [evidenceOf('In 1903 Henry Ford founded the Ford Motor Company in Detroit.')]), undefined);
  assert.equal(nameConflict("Johnson drove to the Texas gate of Johnson Ranch on Sunday.", [evidenceOf("Johnson drove to Johnson Ranch's gate on Sunday.")]), undefined);
  // A word the claim uses as a common noun is no name in place of the claim's ("a complaint" / "How to File a Complaint").
  const agency = evidenceOf('How to File a Complaint. Workers have 180 days to file a complaint with the agency.');
  assert.equal(nameConflict('Workers have 180 days to file a complaint with the Labour Commission.', [agency]), undefined);
  // Names swapped about are no conflict: each is in the source.
  assert.equal(nameConflict('Jones met Smith in Leeds.', [evidenceOf('Smith met Jones in Leeds.')]), undefined);
});

test('"less about X and more about Y" sets X aside, and "with X removed" ends X: said the other way round, neither is a contradiction', () => {
  const page = 'The old clause was dropped last spring. With the clause removed, the agreement is framed less around a speculative milestone and more around predictable business terms.';
  // A faithful paraphrase: "without the clause" is "with the clause removed", "rather than a milestone" is "less around a milestone".
  assert.equal(flip('Without the clause, the agreement rests on predictable business terms rather than a speculative milestone.', page), 0);
  assert.equal(flip('The agreement is framed around predictable business terms.', page), 0);
  // What the page sets aside, stated plainly, is a contradiction.
  assert.equal(flip('The agreement is now framed around a speculative milestone.', page), 1);
  // "less" of a quantity sets nothing aside.
  assert.equal(flip('The council spent money on the bridge repairs this year.', 'The council spent less money and more time on the bridge repairs this year.'), 0);
  // A sentence that denies the ending still contradicts a page that states it.
  assert.equal(flip('The statue in the square was not removed by the council.', 'The statue in the square was removed by the council in 2019.'), 1);
});

test('a comma before a participle parts a clause: what an ending does is not what ends', () => {
  const page = 'The exclusive hosting deal officially ends, dismantling the single-provider setup and reshaping one of the industry’s most important partnerships. The two firms say they will keep working together.';
  assert.equal(flip('The amendment does not end the partnership.', page), 0);
  // Said in one clause, it is a contradiction.
  assert.equal(flip('The amendment does not end the partnership.', 'The amendment officially ends the partnership, dismantling the single-provider setup. The two firms say they will keep working together.'), 1);
  // "including" goes on with what is before it.
  assert.equal(flip('The council did not sell any vans.', 'The council sold five cars last year, including two vans.'), 1);
});

test('a word the passage states only as "non-X" or "no longer X", said of the same thing, contradicts a sentence that states X plainly', () => {
  const page = 'Microsoft will keep a license to the models through 2032, but that license is now non-exclusive.';
  assert.equal(flip('Microsoft keeps an exclusive license to the models through 2032.', page), 1);
  assert.equal(flip('Microsoft keeps an exclusive license to the models through 2032.', 'Microsoft will keep a license to the models through 2032, but the license is no longer exclusive.'), 1);
  // Said alike, or with the sentence's own word of ending, it agrees.
  assert.equal(flip('Microsoft keeps a non-exclusive license to the models through 2032.', page), 0);
  assert.equal(flip("The amendment ended Microsoft's exclusive license to the models.", page), 0);
  assert.equal(flip('The exclusive license Microsoft held on the models is gone.', page), 0);
  // Said of another thing ("non-members"), or asked ("whether or not"), it is no contradiction.
  assert.equal(flip('The gallery is open to members on Sundays.', 'The gallery charges non-members a fee on Sundays.'), 0);
  assert.equal(flip('There is debate about whether genetically modified foods should be labeled.', 'In the debate about whether or not genetically modified foods should be labeled, some want more rules.'), 0);
});

test('a sentence that negates what its passage states plainly (or the reverse) is unsupported, and the warning says so', () => {
  const extra = { 'sources/museum.md': '---\ntitle: Museum\n---\n\nThe city museum was founded in 1901 by the city council, which still funds it.\n' };
  const { s, path, diags } = check('The city museum was not founded by the city council [1].\n\n[1]: ../sources/museum.md\n', extra);
  const [claim] = s.claims(path);
  assert.equal(claim.result!.features.polarityFlip, 1);
  assert.equal(claim.result!.verdict, 'unsupported');
  assert.match(diags.find((d) => d.code === 'unsupported-claim')!.message, /states the opposite/);
  const plain = check('The city museum was founded by the city council [1].\n\n[1]: ../sources/museum.md\n', extra);
  assert.equal(plain.s.claims(plain.path)[0].result!.features.polarityFlip, 0);
  assert.equal(plain.s.claims(plain.path)[0].result!.verdict, 'supported');
});

test('a sentence one cited source negates and another states plainly is no unsupported-claim warning: the sources disagree', () => {
  const extra = {
    'sources/museum.md': '---\ntitle: Museum\n---\n\nThe city museum was founded in 1901 by the city council, which still funds it.\n',
    'sources/guide.md': '---\ntitle: Guide\n---\n\nContrary to legend, the city museum was not founded by the city council but by a merchant.\n',
  };
  const both = check('The city museum was founded by the city council [1][2].\n\n[1]: ../sources/museum.md\n[2]: ../sources/guide.md\n', extra);
  assert.ok(!both.diags.some((d) => d.code === 'unsupported-claim'), both.diags.map((d) => d.code).join(' '));
  assert.notEqual(both.s.claims(both.path)[0].result!.verdict, 'unsupported');
  // Cited alone, the negating source still gives the warning.
  const alone = check('The city museum was founded by the city council [1].\n\n[1]: ../sources/guide.md\n', extra);
  assert.equal(alone.s.claims(alone.path)[0].result!.verdict, 'unsupported');
});

test('negation read loosely: "whether or not", "not only" and a title negate nothing; "rather than" agrees with "without"', () => {
  assert.equal(negationScope('the debate about whether or not foods should be labeled').sentential, false);
  assert.equal(negationScope('It is not only cheap but fast.').sentential, false);
  assert.equal(negationScope('The song "I\'ll Never Love Again" is from the film.').sentential, false);
  const n = negationScope('The museum was not founded by the council, but it is funded by it.');
  assert.ok(n.negated.has(stem('founded')) && n.negated.has(stem('council')));
  assert.ok(!n.negated.has(stem('funded')));
  assert.equal(negationScope('It prevented men from joining.').any, true);
  const a = analyzeClaim('The change loosens ties without a breakup.', [evidenceOf('Analysts call it a loosening of ties rather than a breakup.')]);
  assert.equal(a.features.polarityFlip, 0);
  const b = analyzeClaim('The change loosens ties with a breakup.', [evidenceOf('Analysts call it a loosening of ties rather than a breakup.')]);
  assert.equal(b.features.polarityFlip, 1);
});

test('polarity part by part: a part negated against the sentence that states it plainly is a flip, even when another part of the page has a negation', () => {
  // The whole window has a negation ("without charge"), so only the part-by-part reading sees the flip.
  const police = evidenceOf('Police powers. If you have been arrested, the police can detain you in custody for up to 24 hours before they must charge you, or release you without charge. You can ask for a solicitor.');
  assert.equal(analyzeClaim('The police can not detain you in custody for up to 24 hours, and they must then charge you.', [police]).features.polarityFlip, 1);
  assert.equal(analyzeClaim('The police can detain you in custody for up to 24 hours, and they must then charge you.', [police]).features.polarityFlip, 0);
  // A word the part negates that the part also states ("Residual mountains are not those mountains").
  const mountains = evidenceOf('Residual mountains are those mountains which have been eroded by winds, rain and running water.');
  assert.equal(analyzeClaim('Residual mountains are not those mountains which have been eroded by winds.', [mountains]).features.polarityFlip, 1);
  // A claim of two sentences: each is a part of its own.
  assert.deepEqual(claimClauses('The museum opened in 1901. It was not funded by the council').map((c) => c.text), ['The museum opened in 1901', 'It was not funded by the council']);
});

test('a window with a "not" of its own still contradicts a sentence that denies what it states plainly, when it states the denied word itself', () => {
  // The window's own negation is about money; it states the bullying plainly.
  const bullied = evidenceOf('The family did not have much money, and the boy was the target of harsh bullying at his village school.');
  assert.equal(analyzeClaim('The boy was not bullied at school.', [bullied]).features.polarityFlip, 1);
  assert.equal(analyzeClaim('The boy was bullied at school.', [bullied]).features.polarityFlip, 0);
  // It shares only the object with the sentence, not what the sentence denies ("announced"): no contradiction.
  const release = evidenceOf('The likely release date for the sequel is the spring, and although there is no official confirmation, a filing points to it.');
  assert.equal(analyzeClaim('The studio has not officially announced the release date for the sequel.', [release]).features.polarityFlip, 0);
  // A word the window negates too is no part of the flip: "without charge" is said alike, "can detain" is not.
  const custody = evidenceOf('Officers can hold you at the station for 24 hours before they must charge you or release you without charge.');
  assert.equal(analyzeClaim('Officers can not hold you at the station for 24 hours before they must charge you or release you without charge.', [custody]).features.polarityFlip, 1);
  assert.equal(analyzeClaim('Officers can hold you at the station for 24 hours before they must charge you or release you without charge.', [custody]).features.polarityFlip, 0);
});

test('a window that says the sentence\'s negation with "no" on its object ("did not find a link" / "found no link") contradicts nothing', () => {
  const faithful: [string, string][] = [
    ['The study did not find a link between coffee and cancer.', 'The study found no link between coffee and cancer.'],
    ['The government did not give a reason for the decision.', 'The government gave no reason for the decision.'],
    ['The authors did not report any conflicts of interest.', 'The authors reported no conflicts of interest.'],
    ['The company did not make a profit in 2020.', 'The company made no profit in 2020 and did not pay a dividend.'],
    ['The virus does not spread through water.', 'The virus spreads through the air, not through water.'],
    ['The film was not released in theaters.', 'The film was released directly to streaming and was not shown in theaters.'],
    ['The species is not found in Europe.', 'The species is found only in Asia; it has not been recorded in Europe.'],
  ];
  for (const [claim, source] of faithful) assert.equal(analyzeClaim(claim, [evidenceOf(source)]).features.polarityFlip, 0, claim);
  // The same through the checker: no warning that the passage states the opposite.
  const extra = { 'sources/study.md': '---\ntitle: Study\n---\n\nThe study found no link between coffee and cancer.\n' };
  const { diags } = check('The study did not find a link between coffee and cancer [1].\n\n[1]: ../sources/study.md\n', extra);
  assert.ok(!diags.some((d) => /states the opposite/.test(d.message)), diags.map((d) => d.message).join('\n'));
});

test('what a negation is said of: a place set beside a name ("Lane County, Oregon") and a parenthesis before the verb part no clause', () => {
  assert.ok(negationScope('Months later, Lane County, Oregon was not named after him.').besideNegation.has(stem('county')));
  const county = evidenceOf('He died in 1889, a few months after Lane County was named after him.');
  assert.equal(analyzeClaim('He died in 1889, a few months after Lane County, Oregon was not named after him.', [county]).features.polarityFlip, 1);
  assert.equal(analyzeClaim('He died in 1889, a few months after Lane County, Oregon was named after him.', [county]).features.polarityFlip, 0);
  // Not the comma that ends a phrase opening the sentence with a preposition (found in review).
  assert.ok(!negationScope('In the match against Spain, Italy did not score.').besideNegation.has(stem('spain')));
  assert.equal(analyzeClaim('In the match against Spain, Italy did not score.', [evidenceOf('Spain scored twice in the match.')]).features.polarityFlip, 0);
  assert.ok(negationScope('In 1889, months after Lane County, Oregon was not named after him, he died.').besideNegation.has(stem('county')));
  assert.ok(negationScope('The Old Mill (1820) is not owned by the town.').besideNegation.has(stem('mill')));
  const mill = evidenceOf('The Old Mill, built in 1820, is owned by the town.');
  assert.equal(analyzeClaim('The Old Mill (1820) is not owned by the town.', [mill]).features.polarityFlip, 1);
});

test('the words of one name count once when a window shares what a sentence negates ("no Harvest Fair" / "the name Harvest Fair")', () => {
  const fair = evidenceOf('Although the name Harvest Fair is not official, it is used for the autumn market on the square.');
  assert.equal(analyzeClaim('There was no Harvest Fair in 2020.', [fair]).features.polarityFlip, 0);
});

test('negation scope: a clause of time or condition after the negated words ends it, unless it is what the negation is about', () => {
  assert.deepEqual([...negationScope('He did not return to the club after the war ended.').negated], [stem('return'), stem('club')]);
  assert.deepEqual([...negationScope('The bridge will not reopen until the spring.').negated], [stem('reopen')]);
  assert.deepEqual([...negationScope('The shop opened, but not before noon.').negated], [stem('noon')]);
});

test('every contraction with "n\'t" negates, with a straight or a typographic apostrophe', () => {
  for (const text of ["The ferry couldn't run in winter.", 'The ferry couldn’t run in winter.', 'The ferry hasn’t run in winter.', "The ferry wouldn't run in winter."]) {
    assert.ok(negationScope(text).negated.has(stem('run')), text);
  }
  const ferry = evidenceOf('The old ferry couldn’t run in winter because the harbour froze over.');
  // The same statement in other words is no contradiction; the plain one is.
  assert.equal(analyzeClaim('The old ferry could not run in winter because the harbour froze over.', [ferry]).features.polarityFlip, 0);
  assert.equal(analyzeClaim('The old ferry could run in winter because the harbour froze over.', [ferry]).features.polarityFlip, 1);
});

test('"X, not Y" in a source states what a sentence negating it says: no contradiction (found in review)', () => {
  const cases: [string, string][] = [
    ['The opening was attended by the deputy, not the mayor.', 'The mayor did not attend the opening.'],
    ['The opening of the new library was attended by the deputy mayor, not the mayor.', 'The mayor did not attend the opening of the new library.'],
    ['The law did not apply to minors; it covered only adults.', 'Minors were not covered by the law.'],
  ];
  for (const [source, claim] of cases) assert.equal(analyzeClaim(claim, [evidenceOf(source)]).features.polarityFlip, 0, claim);
});

test('a negation without "not" counts only in its own clause, and an active verb ("prevent", "stop") or "unlike" only for what follows it', () => {
  // "in order to prevent further damage to its walls" denies nothing of "a planned part of the strategy".
  const bypass = evidenceOf("The bypass was a planned part of the council's transport strategy, which aimed to cut traffic in the old town in order to prevent further damage to its medieval walls.");
  assert.equal(analyzeClaim("The bypass was not a planned part of the council's transport strategy.", [bypass]).features.polarityFlip, 1);
  assert.equal(analyzeClaim("The bypass was a planned part of the council's transport strategy.", [bypass]).features.polarityFlip, 0);
  const limit = evidenceOf('Unlike its neighbours, the country has a general speed limit of 120 km/h on motorways.');
  assert.equal(analyzeClaim('The country does not have a general speed limit of 120 km/h on motorways.', [limit]).features.polarityFlip, 1);
  assert.equal(analyzeClaim('The country has a general speed limit of 120 km/h on motorways.', [limit]).features.polarityFlip, 0);
  // "efforts to stop further attacks": what is stopped is the attacks, not the efforts.
  const assembly = evidenceOf('The assembly has called unanimously for a joint effort against the cartel and urged states to redouble efforts to stop further attacks on border towns.');
  assert.equal(analyzeClaim('The assembly has not called unanimously for a joint effort against the cartel.', [assembly]).features.polarityFlip, 1);
  assert.equal(analyzeClaim('The assembly has called unanimously for a joint effort against the cartel.', [assembly]).features.polarityFlip, 0);
  // Still the part's "not" in other words: "prevented women from entering" is "were not allowed to enter"; "was banned" is "was not allowed".
  const guild = evidenceOf('In the old city, guild rules required apprentices to be sons of members, which prevented women from entering the trade.');
  assert.equal(analyzeClaim('Women were not allowed to enter the trade because guild rules required apprentices to be sons of members.', [guild]).features.polarityFlip, 0);
  const sale = evidenceOf('In 1920 the sale of alcohol was banned across the country.');
  assert.equal(analyzeClaim('In 1920 the sale of alcohol was not allowed across the country.', [sale]).features.polarityFlip, 0);
  // What the first negation without "not" may deny: the content words of its clause after it (before it too when passive).
  const denied = (text: string) => {
    const sc = negationScope(text);
    const c = sc.impliedClauses[0];
    return sc.stems.filter((st, k) => st !== undefined && sc.clauseOf[k] === c.clause && (k > c.at || (c.before && k < c.at)));
  };
  assert.deepEqual(denied('Guards stopped the convoy at the border.'), [stem('convoy'), stem('border')]);
  assert.ok(denied('The convoy was stopped at the border.').includes(stem('convoy')));
});

test('polarity part by part: no flip where the page states both, where the negation is elsewhere in the sentence, or where the part names an alternative', () => {
  // A page that gives a view and then refutes it has a sentence of each polarity.
  const debate = evidenceOf('Some parents claim that sugar causes hyperactivity in children. Controlled studies show that sugar does not cause hyperactivity in children.');
  assert.equal(analyzeClaim('Sugar does not cause hyperactivity in children.', [debate]).features.polarityFlip, 0);
  // The sentence negates another clause than the one the part states.
  const dying = evidenceOf('While we may not fully understand the feeling of dying until we experience it, we do know what happens to our bodies right before and after death.');
  assert.equal(analyzeClaim('We can understand what happens to our bodies right before and after death.', [dying]).features.polarityFlip, 0);
  // "Instead of X, Y": X is set aside, not denied; the page naming X plainly is no contradiction.
  const school = evidenceOf('Teaneck High School, the local public school, is the two-time defending state champion in basketball.');
  assert.equal(analyzeClaim('Instead of attending his local school Teaneck High School, he enrolled at a school in the Bronx.', [school]).features.polarityFlip, 0);
  // The same negation in other words on both sides ("prevent" in the claim and in the page).
  const guns = evidenceOf('Laws that limit access to guns for children could help prevent firearm suicides, she says.');
  assert.equal(analyzeClaim('Limiting access to guns for children could help prevent firearm suicides.', [guns]).features.polarityFlip, 0);
});

test('a negation is read as contradicting a passage only when the passage is about what it is said of (two of its words, or the subject beside it)', () => {
  const schools = { 'sources/schools.md': 'City public schools logged 464 major crimes, including a murder and 1,104 violent crimes such as robberies, in the 2017-18 school year, newly released data shows.\n' };
  // "Not the most violent" says nothing against "violent crimes": no contradiction, not a warning.
  const a = check('The campus had the highest number of major crimes of any city high school in the 2017-18 school year, although it was not the most violent [1].\n\n[1]: ../sources/schools.md\n', schools);
  const ra = a.s.claims(a.path)[0].result!;
  assert.equal(ra.contradiction, undefined);
  assert.equal(ra.features.polarityFlip, 0);
  // The negated statement itself is: its subject is in the passage.
  const b = check('City public schools did not log 464 major crimes in the 2017-18 school year [1].\n\n[1]: ../sources/schools.md\n', schools);
  const rb = b.s.claims(b.path)[0].result!;
  assert.equal(rb.verdict, 'unsupported');
  assert.ok(rb.contradiction, 'the passage states it plainly');
});

test('a word inside a longer name (a middle name) conflicts only with a word between the same two: "In New York Gittoes" puts nothing in its place', () => {
  const claim = 'George Noel Gittoes was born in Brighton-le-Sands, New South Wales.';
  const bio = evidenceFor({ text: 'Gittoes was born in 1949 in Brighton-le-Sands, New South Wales, and grew up in nearby Rockdale.\n\nIn New York Gittoes came under the influence of the social realist artists.\n' } as ExtractedText);
  assert.equal(nameConflict(claim, [bio]), undefined);
  // Between the same two words, another name is a conflict.
  const other = evidenceFor({ text: 'George Alan Gittoes was born in 1949 in Brighton-le-Sands, New South Wales.\n' } as ExtractedText);
  assert.deepEqual(nameConflict(claim, [other]), { name: 'Noel', theirs: 'Alan' });
  // A name standing alone still conflicts with the word on one side in the source ("born in Washington" / "born in Australia").
  const place = evidenceFor({ text: 'Wright was born in Washington and raised in Maryland.\n' } as ExtractedText);
  assert.deepEqual(nameConflict('Laura Wright was born in Australia and raised in Maryland.', [place]), { name: 'Australia', theirs: 'Washington' });
});

test('a date written in numbers gives its year, and only its year: "2003-06-11", "2003.06.11", "11/06/2003"', () => {
  const years = (t: string) => extractFigures(t).map((f) => [f.kind, f.value, f.text]);
  assert.deepEqual(years('Auxiliary Bishop of Butuan (2003.06.11 – 2009.05.07)'), [['year', 2003, '2003'], ['year', 2009, '2009']]);
  assert.deepEqual(years('It was published 2003-06-11 by the diocese.'), [['year', 2003, '2003']]);
  assert.deepEqual(years('Signed on 11/06/2003 in Manila.'), [['year', 2003, '2003']]);
  assert.deepEqual(years('Dated 31.12.1999, the letter'), [['year', 1999, '1999']]);
  // A range ends with a figure of its own; a year's last two digits are that year.
  assert.deepEqual(years('He served in 2003-2005 and scored 10-20 points'), [['year', 2003, '2003'], ['year', 2005, '2005'], ['number', 10, '10'], ['number', 20, '20']]);
  assert.deepEqual(years('in the 2017-18 school year'), [['year', 2017, '2017'], ['year', 2018, '18']]);
  // A version's numbers are no figures ("2.3.1").
  assert.deepEqual(years('COVID-19 and version 2.3.1'), []);
  // So a page that dates a post in numbers backs the year the sentence gives.
  const page = { 'sources/bishop.md': 'Auxiliary Bishop of Butuan (Philippines) (2003.06.11 – 2009.05.07)\n' };
  assert.deepEqual(mismatches('He served as auxiliary bishop of Butuan from 11 June 2003 [1].\n\n[1]: ../sources/bishop.md\n', page), []);
  assert.equal(mismatches('He served as auxiliary bishop of Butuan from 11 June 2004 [1].\n\n[1]: ../sources/bishop.md\n', page).length, 1);
});

test('titles and names in quote marks are not quotations: "The A.V. Club", a novel\'s "Hygiène de l\'assassin", titled "Booth memorials: …"', () => {
  const texts = (t: string) => extractQuotes(t).map((q) => q.text);
  assert.deepEqual(texts('Annie Zaleski of "The A.V. Club" deemed it a standout'), []);
  assert.deepEqual(texts('a cover of "Master of Puppets" for the "Kerrang!" release "Remastered: Metallica\'s Master of Puppets Revisited"'), []);
  assert.deepEqual(texts('Her first novel, "Hygiène de l\'assassin", was published in 1992'), []);
  assert.deepEqual(texts('The first, titled "Booth memorials: Passages, incidents, and anecdotes", was published'), []);
  // What was said stays a quotation: in lower case, a clause, a sentence, or after "called" in lower case.
  assert.deepEqual(texts('She said "we will not back down from this fight" on Monday'), ['we will not back down from this fight']);
  assert.deepEqual(texts('The union was called "a betrayal of the workers" by the mayor'), ['a betrayal of the workers']);
  assert.deepEqual(texts('The sign read "The Harbour Is Closed Until Further Notice."'), ['The Harbour Is Closed Until Further Notice.']);
  assert.equal(isTitle('Good For Britain', 'the deal was '), true);
});

test('a quotation matches across an elision in parentheses and spacing around punctuation: "mature, tasteful, and (...) sexy"', () => {
  assert.ok(quoteInText('mature, tasteful, and (...) sexy', normalizeForQuote('The video is mature, tasteful, and, dare I say... sexy?')));
  assert.ok(quoteInText('memorials: Passages, incidents', normalizeForQuote('the title, Booth memorials : Passages, incidents, and')));
  assert.ok(!quoteInText('mature, tasteful, and (...) dull', normalizeForQuote('The video is mature, tasteful, and, dare I say... sexy?')));
});

test('an elision that leaves out the speaker\'s "not" is no quotation of the speaker; one that leaves out other words with a "not" is', () => {
  const page = normalizeForQuote('"I will not, under any circumstances, raise taxes on families," she said. "We never cut the budget."');
  for (const q of ['I will . . . raise taxes on families', 'I will … raise taxes', 'I will [...] raise taxes on families', 'We … cut the budget']) assert.ok(!quoteInText(q, page), q);
  // The words left out hold a "not" that negates nothing the quotation goes on with; or the "not" is quoted.
  const other = normalizeForQuote('"The plan, which does not include the schools, will cut costs. It is not only a bridge but a symbol," she said.');
  for (const q of ['The plan … will cut costs', 'not only a bridge … a symbol', 'It is not … a bridge']) assert.ok(quoteInText(q, other), q);
  // The same words further on, after no negation, are the quotation's.
  assert.ok(quoteInText('I will … raise taxes', normalizeForQuote('I will not raise taxes. I will, in time, raise taxes on the rich.')));
});

test('quote marks pair up around a one-letter quotation ("E"), and an exponent is no figure ("S^2")', () => {
  // The mark after "E" does not open a quotation of "and the barrel a".
  assert.deepEqual(extractQuotes('the elephant stands for the syllable "E" and the barrel for "tun" in the arms').map((q) => q.text), []);
  assert.deepEqual(extractQuotes('the syllable "E" and then she said "we will not back down from this fight"').map((q) => q.text), ['we will not back down from this fight']);
  assert.deepEqual(extractFigures('the group π_1(S^2) is trivial').map((f) => f.text), []);
});

/** One claim against one source page (with front matter `front`): its result and diagnostics. */
function judgeOne(claim: string, source: string, front = 'title: A') {
  const w = workspace({ 'sources/a.md': `---\n${front}\n---\n\n${source}\n`, 'drafts/d.md': `${claim} [1].\n\n[1]: ../sources/a.md\n` });
  return { result: w.claims(ROOT + '/drafts/d.md')[0].result!, diags: w.diagnostics(ROOT + '/drafts/d.md') };
}

test('a quotation after a work word is still a quotation when it is said: "In the report, "The river is safe…," officials wrote" is checked', () => {
  const src = 'In the report, officials wrote that the river is unsafe for swimming this summer.';
  assert.deepEqual(extractQuotes('In the report, "The river is safe for swimming this summer," officials wrote').map((q) => q.text), ['The river is safe for swimming this summer,']);
  const { diags } = judgeOne('In the report, "The river is safe for swimming this summer," officials wrote', src);
  assert.ok(diags.some((d) => d.code === 'quote-not-found'), diags.map((d) => d.code).join(' ') || 'no diagnostics at all');
  assert.equal(extractQuotes('After the game, "We were outplayed in every department," the coach said').length, 1);
  assert.equal(extractQuotes('The agency said in its report "The River Is Safe For Swimming"').length, 1);
});

test('a negation said of a subject before a comma-enclosed phrase, or set aside by "rather than", still contradicts the passage that states it plainly', () => {
  assert.ok(judgeOne('The bridge, which opened in 1990, is not safe', 'The bridge, which opened in 1990, is safe according to inspectors.').result.contradiction);
  assert.notEqual(judgeOne('The museum, built in 1900, was never renovated', 'The museum, built in 1900, was renovated in 2001 by the city.').result.verdict, 'supported');
  const ev = evidenceFor({ text: 'The merger was a breakup of the partnership.' } as ExtractedText);
  assert.equal(analyzeClaim('The merger was a loosening of ties rather than a breakup.', [ev]).features.polarityFlip, 1);
});

test('"the Verge reported" credits theverge.com: a lower-case "the" may start a site name run together', () => {
  const { result, diags } = judgeOne('The council cut bus services in 2023, the Verge reported', 'The council cut bus services in 2023, leaving villages isolated.', 'title: Bus cuts\nurl: https://www.theverge.com/x');
  assert.ok(!diags.some((d) => /verge/i.test(d.message)), diags.map((d) => d.message).join('\n'));
  assert.equal(result.verdict, 'supported');
});

test('a range of years written short ("2017–18", "1914–18", "2017/18") gives its end year: no number-mismatch against the full form, one against another year', () => {
  assert.deepEqual(extractFigures('In the 2017–18 season and in 1914–18, and 2017/18').map((f) => [f.kind, f.value]), [['year', 2017], ['year', 2018], ['year', 1914], ['year', 1918], ['year', 2017], ['year', 2018]]);
  for (const [claim, src] of [
    ['He played for the club in the 2017-2018 season', 'In the 2017–18 season he played for the club, scoring 12 goals.'],
    ['He was mayor of the town from 2003-2005', 'He was mayor of the town (2003–05) before moving to the senate.'],
    ['He played for the club in the 2017-18 season', 'In the 2017–2018 season he played for the club, scoring 12 goals.'],
  ]) assert.deepEqual(judgeOne(claim, src).diags.filter((d) => d.code === 'number-mismatch').map((d) => d.message), [], claim);
  assert.equal(judgeOne('He played for the club in the 2017-2019 season', 'In the 2017–18 season he played for the club, scoring 12 goals.').diags.filter((d) => d.code === 'number-mismatch').length, 1);
});

test('a number too large to hold is no figure; a name before a title ("the United States") is no verb of saying', () => {
  assert.ok(extractFigures('The debt is $' + '9'.repeat(300) + ' trillion.').every((f) => Number.isFinite(f.value)));
  assert.deepEqual(extractQuotes('Sales in the United States of the album "Master of Puppets" topped six million.').map((q) => q.text), []);
  assert.deepEqual(extractQuotes('The minister said on Monday that "The Harbour Stays Open" was her promise.').map((q) => q.text), ['The Harbour Stays Open']);
});

test('a negation the page states in other words is no contradiction: a word it restricts ("open only to members"), or the words the flip rests on said in clauses of their own ("open … and closed on Mondays")', () => {
  // "Only" restricts what it stands by: open to members and to no one else, as the sentence says.
  assert.equal(flip('The reading room is not open to the public.', 'The reading room of the society is open only to members, by appointment.'), 0);
  assert.equal(flip('The reading room is not open to the public.', 'The reading room of the society is only open to members.'), 0);
  // Unless the restriction is the very thing denied, or nothing restricts it.
  assert.equal(flip('The museum is not open on Mondays.', 'The museum is open only on Mondays.'), 1);
  assert.equal(flip('The reading room is not open to the public.', 'The reading room is open to the public every day.'), 1);
  // "Open" is said of other days, "Mondays" of being closed: one clause each.
  assert.equal(flip('The museum is not open on Mondays.', 'The museum is open from Tuesday to Sunday, 10am to 5pm, and closed on Mondays.'), 0);
  assert.equal(flip('The museum is not open on Mondays.', 'The museum is open on weekdays but closed on Mondays.'), 0);
  // Said together, even across a comma after an opening phrase or an "and" between two nouns: a contradiction.
  assert.equal(flip('The museum is not open on Mondays.', 'The museum is open on Mondays and Tuesdays.'), 1);
  assert.equal(flip('Her first novel was not published in 1992.', 'In 1992, the young writer published her first novel, which became an instant success.'), 1);
  assert.equal(flip('He was not bullied in school.', 'He was short, and was the target of harsh bullying in elementary and middle school.'), 1);
});

test('a word said of a subject after "is" or "remains" is said of the subject\'s head: "Microsoft\'s license to OpenAI IP is now exclusive" / "that license is now non-exclusive"', () => {
  const page = 'Microsoft will keep a license to OpenAI model and product IP through 2032, but that license is now non-exclusive.';
  assert.equal(flip("Microsoft's license to OpenAI IP is now exclusive.", page), 1);
  assert.equal(flip("Microsoft's license to OpenAI intellectual property remains exclusive.", page), 1);
  // Another subject's head: the building is not the license.
  assert.equal(flip('The new building is exclusive to members.', 'The old building\'s license is now non-exclusive.'), 0);
  // Said the same way: no flip.
  assert.equal(flip("Microsoft's license to OpenAI IP is now non-exclusive.", page), 0);
});

test('found by a probe: "top-25" and "47 and 49 percent" are figures as written; "Cuban" is held by a page that says "Cuba"; "the measure failed 54-44" denies nothing', () => {
  assert.deepEqual(extractFigures('The top-25 earners and pre-1990 buildings; COVID-19 and F-16 are names.').map((x) => [x.kind, x.value]), [['number', 25], ['year', 1990]]);
  assert.deepEqual(extractFigures('Support rose to 47 and 49 percent; it ranged from 20-80%.').map((x) => [x.kind, x.value]), [['percent', 47], ['percent', 49], ['number', 20], ['percent', 80]]);
  assert.equal(nameConflict('In September 2022 Cuban voters approved a referendum legalizing same-sex marriage.', [evidenceOf('In September 2022 Human Rights groups cheered as voters in Cuba approved a referendum legalizing same-sex marriage.')]), undefined);
  assert.equal(flip('A tax measure to raise teacher salaries was defeated 54-44 in October.', 'A tax measure to raise teacher salaries failed 54-44 in October.'), 0);
  assert.equal(flip('The bill passed the Senate in 2018.', 'The bill did not pass the Senate in 2018.'), 1);
});

test('a year clipped to two digits after a year is that year: "1985 and \'86", "1999 to ’03"', () => {
  assert.deepEqual(extractFigures("The decline started in 1985 and '86, he said; sales grew from 1999 to ’03 in the '60s style.").map((x) => [x.kind, x.value]), [['year', 1985], ['year', 1986], ['year', 1999], ['year', 2003]]);
  const page = [evidenceOf("Frank Robinson said the organization's decline started in 1985 and '86.")];
  assert.equal(figureBacked(extractFigures('The decline started in 1985 and 1986.')[1], page), true);
  assert.equal(figureBacked(extractFigures('The decline started in 1985 and 1987.')[1], page), false);
});

test('an age after "Now" or "Aged" opening a sentence is a figure, not a name\'s number: "Now 81, he says…"', () => {
  assert.deepEqual(extractFigures('Now 81, he says he will run again. Aged 12, she moved to Paris.').map((x) => x.value), [81, 12]);
  assert.equal(figureBacked(extractFigures('The senator is 81.')[0], [evidenceOf('Now 81, he says he will run again.')]), true);
  assert.deepEqual(extractFigures('The airline ordered Boeing 737 jets.').map((x) => x.value), []);
});
