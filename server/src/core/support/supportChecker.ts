/**
 * Judges whether the sources cited for a claim back it: a score from 0 to 1
 * (the shipped logistic model over lexical signals), a verdict, the best
 * evidence, and the specific problems a writer can fix: figures the sources
 * do not give, quotations they do not hold, terms they never mention.
 */
import { reversedComparison } from './comparisons';
import type { OffsetRange } from '../text';
import { tokenize, squash, contentStems, clip, foldDiacritics } from '../text';
import type { SourceRecord } from '../sources/sourceTypes';
import { sourceOffset } from '../sources/sourceTypes';
import { sourceText } from '../sources/readSource';
import { evidenceFor, type SourceEvidence } from './evidence';
import { analyzeClaim, figureBacked, inOtherUnit, saidAsTotal, splitParts } from './features';
import { claimParts, type ClaimPart } from './parts';
import { backsFigure, extractFigures, unitTextAfter, type Figure } from './numbers';
import { wrongRowFigure } from './tables';
import { wrongListedFigure } from './lists';
import { checkCounts } from './counts';
import { checkPairs } from './pairs';
import { checkDates, checkYears } from './dates';
import { nominatedNotWon } from './awards';
import { changeOtherWay, reversedChange, swappedPair } from './changes';
import { heldNameReplaced } from './conflicts';
import { oppositeIn } from './opposites';
import { checkUnitSwaps, quantityStated } from './unitSwaps';
import { checkMultipliers } from './multipliers';
import { checkRates } from './rates';
import { widerThan } from './scope';
import { oneOfDropped, widenedToTheWorld } from './superlatives';
import { extractQuotes, quoteInText, closestSpan, alteredShortQuotes } from './quotes';
import { predict } from './logistic';
import { rankFigures, verifiedFigure, figureReplacement, sameMeasure, figureOfAnotherName, referentUnclear, sourceQuotation, fittedQuotation, type FigureMatch } from './verifiedFixes';
import { misplacedFigure } from './misplaced';
import { workedFigure, type WorkedOp } from './worked';
import { speakerSwap } from './speakers';
import { significanceDenied } from './significance';
import { allOverstated } from './quantifiers';
import { isCommonWord } from './commonWords';
import { placeNames } from './places';
import { roleSwap } from './roles';
import { SUPPORT_MODEL, SUPPORTED_AT, UNSUPPORTED_BELOW, WEAK_BELOW, MOSTLY_ABSENT, NOTHING_STATED, MOSTLY_HELD, NAME_CONFLICT_BELOW } from './model';

/**
 * `unsupported`: the checker is confident the sources do not back the sentence (a warning);
 * `weak`: they back it weakly, too little to say either way (information only);
 * `partial`: they back most of it but not all (a figure, a quotation or words they never give).
 */
export type Verdict = 'supported' | 'partial' | 'weak' | 'unsupported' | 'unverifiable';

export interface EvidencePassage {
  source: SourceRecord;
  /** Range in the extracted text of the source. */
  textRange: OffsetRange;
  /** Range in the source file. */
  fileRange: OffsetRange;
  text: string;
  /** Claim stems the passage shares. */
  matched: Set<string>;
}

export interface FigureCheck {
  figure: Figure;
  /** Range in the draft. */
  range: OffsetRange;
  found: boolean;
  /** The figure of the same kind the sources give nearest the claim's subject, with its sentence. */
  nearest?: { text: string; context: string; source: SourceRecord; fileRange: OffsetRange };
  /**
   * The text the quick fix writes over `range`: the source's figure (with its qualifier) when it is
   * the one figure of the same kind by the claim's words (verifiedFixes.ts); else none.
   */
  replacement?: string;
  /**
   * The sources give the sentence's figure (it is `found`), but only about something else, and another in its place in
   * the passage stating the rest (`misplaced.ts`): that figure as the page writes it, and its sentence. Said in a note.
   */
  elsewhere?: { theirs: string; context: string };
  /** The sources give the figure's number in another unit (`nearest`, with its unit): "7,000 feet" for "7,000 meters". */
  otherUnit?: true;
  /** The source's figure is a table's cell read in its column's unit ("150" under "Revenue ($m)"): said as written, no fix. */
  cell?: true;
  /**
   * Not in the sources as written, but what the writer may have worked out of figures of a passage stating the sentence
   * (`worked.ts`): how, out of which figures (as the page writes them), and the passage. Said as information, with no fix.
   */
  worked?: { op: WorkedOp; of: string[]; context: string };
}

export interface QuoteCheck {
  text: string;
  range: OffsetRange;
  found: boolean;
  closest?: { text: string; source: SourceRecord; fileRange: OffsetRange };
  /** A complete quotation of the source, verbatim, to write between the draft's quote marks (verifiedFixes.ts); else none. */
  replacement?: string;
}

export interface SupportResult {
  verdict: Verdict;
  score: number;
  evidence?: EvidencePassage;
  /** Claim words (surface forms) that no cited source contains. */
  missingTerms: string[];
  /** The part of the sentence the sources back least (said when it is under half backed and the sentence has other parts). */
  weakPart?: string;
  /**
   * For a sentence of two or more parts (clauses, coordinated facts), each part with its best
   * passage across the cited sources and whether that backs it (`support/parts.ts`); shown to the
   * writer, not read by the score.
   */
  parts?: ClaimPart[];
  figures: FigureCheck[];
  quotes: QuoteCheck[];
  /** Readable signals behind the score, for hovers and the report. */
  features: Record<string, number>;
  /**
   * What the sources state against the sentence, when they do so outright (`conflicts.ts`,
   * `polarityFlip`): said in the warning. Such a sentence is unsupported whatever its score.
   */
  contradiction?: string;
  /**
   * What the sources may state otherwise, not sure enough to warn of: a name the sources hold, with another name in its
   * place in the passage stating the rest (`heldNameReplaced`). Said in the message and the hover.
   */
  note?: string;
  /**
   * A name of the sentence that no cited source mentions in any form, when it makes a weakly backed sentence
   * unsupported (`unmentionedName`): said in the warning.
   */
  unmentioned?: string;
  /**
   * The score the sentence gets with each wrong figure replaced by the source's, when that would
   * lift it over the threshold: "unsupported as written, backed with the source's figure".
   */
  scoreWithSourceFigures?: number;
}

const HOST_NOISE = new Set(['www', 'com', 'org', 'net', 'edu', 'gov', 'co', 'uk', 'io', 'html', 'en', 'amp', 'm']);

/**
 * The stems of who published or wrote the cited sources (publisher, author, the url's host):
 * "according to Reuters" names the source; the source's text need not say "Reuters".
 */
/** The years the cited sources were published: "as of June 2022" is backed by a page dated 2022-06-14. */
export function publicationYears(sources: SourceRecord[]): Set<number> {
  const out = new Set<number>();
  for (const s of sources) {
    const m = /\b(1[5-9]\d\d|20\d\d)\b/.exec(s.meta.date ?? '');
    if (m) out.add(Number(m[1]));
  }
  return out;
}

/** The sources' own dates as they give them ("2025-10-02", "May 16, 2019"): a day they date themselves by. */
export function publicationDates(sources: SourceRecord[]): string[] {
  return sources.flatMap((s) => (s.meta.date ? [s.meta.date] : []));
}

export function attributionStems(sources: SourceRecord[]): Set<string> {
  const out = new Set<string>();
  for (const s of sources) for (const st of sourceAttribution(s)) out.add(st);
  return out;
}

/** Each record's attribution stems, worked out once (every claim citing it asks). */
const attributionOf = new WeakMap<SourceRecord, string[]>();
function sourceAttribution(s: SourceRecord): string[] {
  let stems = attributionOf.get(s);
  if (!stems) {
    let host = '';
    try {
      host = s.meta.url ? new URL(s.meta.url).hostname : '';
    } catch {
      host = '';
    }
    const text = [s.meta.publisher ?? siteInTitle(s.meta.title), s.meta.author, host.split('.').filter((p) => !HOST_NOISE.has(p)).join(' ')].filter(Boolean).join(' ');
    attributionOf.set(s, (stems = contentStems(text)));
  }
  return stems;
}

/**
 * The site a web page's title names after its headline, as browsers show it: "Cougars in Tennessee | State of
 * Tennessee, Wildlife Resources Agency", "Budget passes – The Herald". The last part after a bar or a spaced dash, of
 * at most eight words; none when the title has no such part.
 */
export function siteInTitle(title: string | undefined): string | undefined {
  const m = title ? /\s(?:\||[-–—]|::)\s+([^|–—]+?)\s*$/u.exec(title) : null;
  if (!m) return undefined;
  // A name: at most eight words, each capitalised or a small word of a name ("Mayor resigns – Jones to take over" ends no site).
  const words = m[1].split(/\s+/);
  return words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|for|on|in|at|de|&|,)$/i.test(w.replace(/,$/, ''))) ? m[1] : undefined;
}

/** Before a name: it is where the sentence appeared ("reported in", "wrote for", "via", "in an interview with"). */
const CREDIT_BEFORE_NAME = /(?:\b(?:reported|published|written|wrote|writing|writes|appeared|reporting)\s+(?:in|by|for|on)|\bvia|\bin\s+an?\s+(?:interview|article|op-ed|column|post|piece|report)\s+(?:with|for|in|by)|\bas\s+reported\s+by)\s+(?:the\s+)?$/i;
/** After a name: it reports or writes the sentence ("John Percy reported", "Hay Zinvor, the ministry's newspaper, reported", "the Telegraph's reporter"); not who said it, which the page must give. */
const CREDIT_AFTER_NAME = /^\s*(?:['’]s?\s+(?:\p{L}+\s+)?(?:reporter|correspondent|columnist)\b|\s*(?:,[^,;.]{1,100},)?\s*(?:has\s+|had\s+)?(?:wrote\s+in|writes\s+in|reported|reports)(?=\s+(?:in|on|for|that)\b|\s*[,.;!?]|\s*$))/iu;

/** A people's or a country's word ("French", "Australian", "Iraqi", "Icelandic", "Britons"). */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|can|ese|ish|ic)|\p{Lu}\p{Ll}+(?:ians|eans|cans)|Britons?|Brits|Iraqis?|Israelis?|Pakistanis?|Saudis?|Kuwaitis?|Somalis?|Yemenis?|Thais?|Filipinos?|Swiss|French|Dutch|Greeks?|Germans?|Welsh|Scots|Irish|Danes?|Swedes?|Finns?|Poles?|Czechs?|Turks?|Kurds?|Arabs?|Afghans?|Uzbeks?|Kazakhs?)$/u;

/**
 * Whether the claim's name at `from`–`to` is left to the weak band: it credits the sentence (CREDIT_BEFORE_NAME,
 * CREDIT_AFTER_NAME), is an acronym the claim spells out in brackets, a people's word or a code of three letters.
 */
function creditsOrDefines(claim: string, from: number, to: number): boolean {
  if (CREDIT_BEFORE_NAME.test(claim.slice(Math.max(0, from - 60), from)) || CREDIT_AFTER_NAME.test(claim.slice(to, to + 140))) return true;
  // A people's word or a code of three letters is often what a page says otherwise ("the French capital" / "the capital";
  // "50,000 Australian dollars" / "A$50,000"; "CHF" / "Swiss francs"): not confident enough past the weak band.
  const name = claim.slice(from, to);
  if (DEMONYM.test(name) || /^\p{Lu}{2,3}$/u.test(name)) return true;
  return claim[from - 1] === '(' && claim[to] === ')' && /^\p{Lu}{2,}s?$/u.test(claim.slice(from, to));
}

/**
 * Whether a name reads as a person's: two capitalised words or more (not in capitals: "FC"), not all common words, none
 * a people's word, no body's or place's last word (NOT_A_PERSON), and no place (`placeNames`). A team, a town, a firm
 * or a landmark a page names otherwise ("Barça" for Barcelona, "the Gunners" for Arsenal, "the EU's executive arm") or
 * a place a writer adds ("in Paris", "the French Alps") are left to the weak band.
 */
function personsName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => !/^(?:de|da|di|del|van|von|der|den|la|le|du|bin|ibn|al|el)$/i.test(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (words.some((w) => DEMONYM.test(w)) || words.every((w) => isCommonWord(foldDiacritics(w.toLowerCase()).replace(/['’]s$/, '')))) return false;
  if (NOT_A_PERSON.test(words[words.length - 1].replace(/['’]s$/, ''))) return false;
  return placeNames(foldDiacritics(name.toLowerCase())).length === 0;
}

/** The last word of a body's, a place's or a thing's name, not a person's ("European Commission", "French Alps", "Copa del Rey"). */
const NOT_A_PERSON = /^(?:Commission|Council|Ministry|Department|Agency|University|Bank|Museum|Party|Club|Company|Corporation|Corp|Inc|Ltd|Group|Association|Institute|Committee|Court|Parliament|Assembly|Congress|Senate|Union|League|Federation|Foundation|Authority|Board|Office|Service|Services|Hospital|School|College|Academy|Airport|Station|Alps|Mountains?|River|Lake|Sea|Ocean|Bay|Park|Street|Road|Avenue|Square|Bridge|Tower|Cathedral|Church|Palace|Castle|Islands?|Cup|Prize|Awards?|Games|Festival|Times|News|Post|Journal|Herald|Gazette|Review|Magazine|Press|Network|Channel|Radio|TV|Records|Studios?|Systems|Technologies|Motors|Airlines?|Airways|Rey|Series|Championships?|Tournament|Open|Trophy|Stadium|Arena|Centre|Center|Hall|Theatre|Theater|Gallery|Library|Prison|Army|Navy|Force|Forces|Police|Guard|Republic|Kingdom|Empire|State|States|County|Province|Region|District|City|Town|Village|Valley|Desert|Forest|Coast|Peninsula|Canal|Strait|Gulf|Harbour|Harbor|Port|Dam|Plant|Factory|Mine|Project|Program|Programme|Act|Bill|Treaty|Accord|Agreement|Plan|Fund|Index|Exchange|Market)$/;

/**
 * Whether the name at `from`–`to` is one a faithful sentence often adds to what its page says, left to the weak band: a
 * place after another ("Lyon, France"), a source credited at the sentence's end ("…, according to Politico"), or a name
 * the page gives in its title only ("Storm Ciarán batters Cornwall").
 */
function namedAround(claim: string, from: number, to: number, sources: SourceRecord[]): boolean {
  if (/\p{Lu}[\p{L}.'’-]*,\s*$/u.test(claim.slice(Math.max(0, from - 40), from))) return true;
  if (/\baccording\s+to\s+(?:the\s+)?$/i.test(claim.slice(Math.max(0, from - 20), from)) && /^[^,;:]*[.!?]?\s*$/.test(claim.slice(to))) return true;
  const name = foldDiacritics(claim.slice(from, to).toLowerCase());
  return sources.some((s) => !!s.meta.title && foldDiacritics(s.meta.title.toLowerCase()).includes(name));
}

/** Words too general to report as "not found". */
const UNREPORTABLE = /^(?:\d{1,2}|said|says|say|told|called|calls|described|describes|noted|notes|argued|argues|stated|states|wrote|writes|added|adds|explained|explains|claimed|claims|report(?:ed|s)?|according|also|however|non|un|pre|co|re)$/i;

/**
 * Checks a claim against the sources cited for it. `sentence` is the draft text of the claim
 * (markers already blanked out) starting at draft offset `sentenceStart`; `claim` is its cleaned text.
 */
export function checkSupport(claim: string, sentence: string, sentenceStart: number, sources: SourceRecord[], unsupportedBelow = UNSUPPORTED_BELOW): SupportResult {
  // A bibliography entry with no text (metadata only) resolves, but backs nothing: with only such sources a claim cannot be checked.
  const readable = sources.filter((s) => s.readable && !s.metadataOnly);
  if (readable.length === 0) return { verdict: 'unverifiable', score: 0, missingTerms: [], figures: [], quotes: [], features: {} };
  const evs = readable.map((s) => evidenceFor(sourceText(s)));
  const attribution = attributionStems(readable);
  const years = publicationYears(readable);
  const published = publicationDates(readable);
  const a = analyzeClaim(claim, evs, false, attribution, years, published);
  // A date no source gives lowers the score (it is a detail not backed) but never, alone, into the weak band, where a
  // sentence may be judged unsupported: a writer works dates out of a page's ("the following Sunday" for "September 17").
  // The checks that read the score as a verdict (a name in another's place) read it without the dates.
  const withDates = predict(SUPPORT_MODEL, a.features);
  const own = a.unsaidTimes.length ? predict(SUPPORT_MODEL, { ...a.features, figureShare: a.figures.length ? a.figures.filter((f) => f.found).length / a.figures.length : 1 }) : withDates;
  const score = a.unsaidTimes.length ? Math.max(withDates, Math.min(own, Math.max(WEAK_BELOW, unsupportedBelow))) : own;

  let evidence: EvidencePassage | undefined;
  if (a.best) {
    const src = readable[a.best.source];
    const ex = sourceText(src);
    const start = sourceOffset(ex, a.best.range.start);
    evidence = {
      source: src,
      textRange: a.best.range,
      fileRange: { start, end: Math.max(start, sourceOffset(ex, a.best.range.end)) },
      text: ex.text.slice(a.best.range.start, a.best.range.end),
      matched: a.best.matched,
    };
  }

  // A pair the sources give otherwise ("2-0" for the page's "4-0") is one wrong figure: its numbers are not checked again one by one.
  // So are the numbers of a pair the sources give: backed with it.
  const pairs = checkPairs(sentence, evs);
  const wrongPairs = pairs.conflicts.map((c) => givenOtherwise({ ...c, value: Number.NaN }, sentenceStart, evs, readable));
  const given = pairs.given.map((p) => ({ start: sentenceStart + p.range.start, end: sentenceStart + p.range.end }));
  // A full date's year the sources give otherwise for that day ("born on December 11, 2011" for the page's "December 11,
  // 1977"): one wrong figure, not read again as a year the page gives elsewhere.
  const wrongYears = checkYears(sentence, evs).map((c) => givenOtherwise({ ...c.year, replacement: c.replacement, theirs: c.theirs }, sentenceStart, evs, readable));
  const backed = [...wrongPairs.map((p) => p.range), ...wrongYears.map((p) => p.range), ...given];
  const overlaps = (a: OffsetRange, b: OffsetRange) => a.start < b.end && b.start < a.end;
  const numbers = checkFigures(sentence, sentenceStart, evs, readable, years).filter((f) => !backed.some((r) => overlaps(f.range, r)));
  // A count in digits that no source gives ("6 weeks") is compared with the page's count of the same thing, in words
  // too ("four weeks"), rather than with whatever number is nearest; one the sources give is left to the figure check.
  const counts = checkCountsOf(sentence, sentenceStart, evs, readable, numbers.some((f) => !f.found)).filter((c) => !c.digits || numbers.some((f) => !f.found && overlaps(f.range, c.range)));
  // A multiplier the page gives otherwise ("ten times more" for "six times more"): reported with the page's, not as a number missing.
  const wrongMultipliers = checkMultipliers(sentence, evs)
    .map((c) => givenOtherwise(c, sentenceStart, evs, readable))
    .filter((m) => ![...counts, ...wrongPairs, ...wrongYears].some((f) => overlaps(f.range, m.range)));
  const ownNumbers = numbers.filter((f) => ![...counts, ...wrongMultipliers].some((c) => overlaps(f.range, c.range)));
  // A quantity the page gives in another unit ("three months" for "three years"), where no other check found its number wrong.
  // So is a rate the page gives per another period ("every week" for "every day").
  const wrongUnits = [...checkUnitSwaps(sentence, evs), ...checkRates(sentence, evs)]
    .map((c): FigureCheck => ({ ...givenOtherwise(c, sentenceStart, evs, readable), otherUnit: true }))
    .filter((u) => ![...numbers.filter((f) => !f.found), ...counts, ...wrongPairs, ...wrongYears, ...wrongMultipliers].some((f) => overlaps(f.range, u.range)));
  const figures = [...ownNumbers, ...checkDays(sentence, sentenceStart, evs, readable), ...counts, ...wrongPairs, ...wrongYears, ...wrongUnits, ...wrongMultipliers];
  // Figures are reported on their own ("$600 million", with the source's figure): not again as missing words, nor their unit signs.
  const figureWords = new Set(figures.flatMap((f) => tokenize(f.figure.text).map((t) => t.word)));
  const missingStems = new Set(a.missing);
  const missingTerms: string[] = [];
  // A name no source mentions is listed as the sentence writes it ("Mike Del Rio"), not word by word in lower case
  // (looked for only when a capitalised word of the sentence is missing).
  const claimTokens = tokenize(claim);
  const unmentionedName = claimTokens.some((t) => missingStems.has(t.stem) && /^\p{Lu}/u.test(claim[t.start])) ? a.unmentioned() : undefined;
  const nameFrom = unmentionedName ? claim.indexOf(unmentionedName) : -1;
  const nameTo = nameFrom + (unmentionedName?.length ?? 0);
  if (nameFrom >= 0) missingTerms.push(unmentionedName!);
  for (const t of claimTokens) {
    if (nameFrom >= 0 && t.start >= nameFrom && t.end <= nameTo) continue;
    const sign = t.end - t.start === 1 && /[%$€£]/.test(claim[t.start]);
    if (missingStems.has(t.stem) && !sign && !figureWords.has(t.word) && !UNREPORTABLE.test(t.word) && !missingTerms.includes(t.word)) missingTerms.push(t.word);
  }

  // A date (month and day) or a month no source gives in any form is not found either, named as the sentence writes it (a day the
  // sources give otherwise is the figure check's, above).
  const dates = a.unsaidTimes.filter((d) => !figures.some((f) => f.figure.text.includes(d)) && !missingTerms.includes(d));
  for (const d of dates) {
    // (Its month, missing as a word, is said once, with its day.)
    const words = new Set(d.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    for (let i = missingTerms.length - 1; i >= 0; i--) if (words.has(missingTerms[i].toLowerCase())) missingTerms.splice(i, 1);
    missingTerms.push(d);
  }

  const quotes = checkQuotes(sentence, sentenceStart, evs, readable);

  let verdict: Verdict;
  // Judged again as if each wrong figure were the one the source gives: the writer is told what the
  // score would be with the source's figure. The verdict stays the sentence's as written: a wrong
  // figure is a claim the source does not make.
  // Worked out only where it is said (an unsupported sentence): judging the corrected sentence is a second analysis.
  const scoreBesidesFigures = () => {
    if (a.features.figureShare >= 1) return score;
    let corrected = claim;
    for (const f of figures) if (!f.found && f.replacement) corrected = corrected.replace(f.figure.text, f.replacement);
    const again = corrected === claim ? { ...a.features, figureShare: 1 } : analyzeClaim(corrected, evs, false, attribution, years, published).features;
    return predict(SUPPORT_MODEL, again);
  };
  // Below the threshold the checker is confident: a warning. Up to WEAK_BELOW the backing is weak: said, not warned of.
  // A sentence whose words are mostly nowhere in the sources is not backed, whatever its names and figures: confident too.
  // So is one whose words the sources have only scattered, no sentence of theirs holding even an eighth of it.
  // So is one that names what no source mentions in any form: a page that never names a person, a place or a body
  // does not back a sentence about it, however many of its other words it has.
  let unmentioned: string | undefined;
  if (score < unsupportedBelow) verdict = 'unsupported';
  else if (score < Math.max(WEAK_BELOW, unsupportedBelow)) {
    if (a.features.rawDoc < MOSTLY_ABSENT || (a.features.bestSentence < NOTHING_STATED && a.features.rawDoc < MOSTLY_HELD)) verdict = 'unsupported';
    else if ((unmentioned = a.unmentioned())) verdict = 'unsupported';
    else verdict = 'weak';
  }
  else if (score < Math.max(SUPPORTED_AT, unsupportedBelow) && (missingTerms.length > 0 || figures.some((f) => !f.found))) verdict = 'partial';
  else verdict = 'supported';
  // A wrong figure or a quote that is not there means the sentence is not fully backed, whatever the overlap; so does a
  // name that no cited source mentions in any form ("The finance minister, Patrick Chinamasa, …" on a page that never
  // names him), which the message lists as not found.
  if (verdict === 'supported' && (figures.some((f) => !f.found) || quotes.some((q) => !q.found) || unmentionedName || dates.length)) verdict = 'partial';
  // A person's name no cited source mentions in any form, in what the sentence states, is unsupported however much of
  // the rest is backed ("The finance minister, Patrick Chinamasa, …" on a page that never names him): `personsName`. Not
  // a name of who wrote it up or where it appeared ("…, John Percy reported in The Telegraph": a saved page may not name
  // its own outlet), nor one a faithful sentence often adds (`namedAround`); who said it is a claim like any other.
  if (verdict === 'partial' && unmentionedName && unsupportedBelow > 0 && nameFrom >= 0 && personsName(unmentionedName) && !creditsOrDefines(claim, nameFrom, nameTo) && !namedAround(claim, nameFrom, nameTo, readable)) {
    verdict = 'unsupported';
    unmentioned = unmentionedName;
  }
  // A contradiction stated outright is confident whatever the overlap: the passage on the same
  // statement negates it (or it negates the passage); another name in its place is confident when
  // the rest of the sentence is backed no better than partly. (A figure the source gives otherwise
  // is a number-mismatch warning of its own, with the source's figure.)
  let contradiction: string | undefined;
  // When several sources are cited and another of them states the sentence as it is (no flip, backed
  // at least weakly), the sources disagree: that is said as such (sources-disagree), not as a warning.
  const backedPlainlyElsewhere = () =>
    evs.some((ev, i) => {
      if (i === a.best?.source) return false;
      const alone = analyzeClaim(claim, [ev], false, attribution, years, published);
      return alone.features.polarityFlip === 0 && predict(SUPPORT_MODEL, alone.features) >= WEAK_BELOW;
    });
  if (a.features.polarityFlip > 0 && !(evs.length > 1 && backedPlainlyElsewhere())) contradiction = 'the best passage states the opposite (one of the two is negated)';
  else if (a.nameConflict && own < NAME_CONFLICT_BELOW) contradiction = `the sentence has "${a.nameConflict.name}" where the source has "${a.nameConflict.theirs}"`;
  else contradiction = statedOtherwise(claim, evs, attribution);
  if (contradiction && unsupportedBelow > 0) verdict = 'unsupported';
  else contradiction = undefined;
  // What the sources may state otherwise, said and not warned of: reviews found too many faithful sentences these read
  // wrong (one thing named two ways, "Beijing" for China; a page's planned figure before its final one; a victory told
  // from the loser's side). Each is a note of the support message and the hover; the verdict is at most partial.
  const notes: string[] = [];
  if (!contradiction) {
    // A figure the page gives only about something else, with another in its place in the passage stating the rest.
    for (const f of figures) if (f.elsewhere) notes.push(`The passage stating the rest of it gives "${f.elsewhere.theirs}" where the sentence has "${f.figure.text}", which the page gives only about something else ("${clip(f.elsewhere.context, 140)}").`);
    // A name the sources hold, but not here: the sentence stating the rest has another in its place.
    // So is a name no source holds with another in its place, where the rest of the sentence is backed well (below
    // that it is a contradiction: a warning): "the Lakeshore United Way" where the page's same sentence has "the Lakeshore
    // Regional Health Authority".
    const swapped = heldNameReplaced(claim, evs) ?? (a.nameConflict && own >= NAME_CONFLICT_BELOW ? a.nameConflict : undefined);
    if (swapped) notes.push(`The passage stating the rest of it has "${swapped.theirs}" where the sentence has "${swapped.name}".`);
    // The best passage says the opposite with another word, in the same place: "fell" for "rose" (unless another cited
    // source states the sentence as it is).
    const opposite = evidence && oppositeIn(claim, evidence.text, evs);
    if (opposite && !(evs.length > 1 && backedPlainlyElsewhere())) notes.push(`The best passage says "${opposite.theirs}" where the sentence says "${opposite.mine}".`);
    // A comparison the page sentence stating the claim best makes the other way: "lower than that of any younger age
    // bracket" for "higher than that of any younger age bracket" (three reviews kept finding faithful sentences it read
    // so: a measure beside another in one sentence, a forecast and its outcome; said, never warned of).
    const comparison = reversedComparison(claim, evs);
    if (comparison) notes.push(`The page makes the comparison the other way: "${clip(squash(comparison.theirs), 120)}", where the sentence says "${comparison.mine}".`);
    // The sentence says "always" or "every" where the best passage limits the same statement ("often", "most").
    const wider = !opposite && evidence && widerThan(claim, evidence.text);
    if (wider) notes.push(`The sentence says "${wider.mine}" where the best passage says "${wider.theirs}".`);
  }
  const note = notes.length ? notes.join(' ') : undefined;
  if (note && verdict === 'supported') verdict = 'partial';
  // Said when the source's figure would make the sentence supported: fixing the figure is then enough.
  const besides = verdict !== 'supported' && score < unsupportedBelow ? scoreBesidesFigures() : undefined;
  const scoreWithSourceFigures = besides !== undefined && besides >= Math.max(SUPPORTED_AT, unsupportedBelow) ? besides : undefined;
  const parts = claimParts(a, evs, readable, sentence, sentenceStart);
  return { verdict, score, evidence, missingTerms, weakPart: verdict === 'supported' ? undefined : a.weakClause?.text, parts, figures, quotes, features: a.features, contradiction, note, unmentioned: verdict === 'unsupported' && !contradiction ? unmentioned : undefined, scoreWithSourceFigures };
}

/**
 * What the sources state otherwise, besides a negation or a name (each a contradiction, so a warning): the statement
 * given to another speaker, a role given to another person, "one of" dropped from a superlative, a superlative widened
 * to the whole world, a change told the wrong way round, a nomination told as a win. The first that applies.
 */
function statedOtherwise(claim: string, evs: SourceEvidence[], attribution: Parameters<typeof speakerSwap>[2]): string | undefined {
  const swap = speakerSwap(claim, evs, attribution);
  if (swap) return `the source attributes this to "${swap.theirs}", not "${swap.name}"`;
  // "Andrew Hoover, a flight attendant" where the page's Andrew Hoover is a mining engineer.
  const role = roleSwap(claim, evs);
  if (role) return `the source calls ${role.name} "${role.theirs}" and gives "${role.role}" to ${role.other}`;
  // "The oldest" where the page says "one of the oldest".
  const group = oneOfDropped(claim, evs);
  if (group) return `the source says "${group.theirs}", not "${group.mine}"`;
  // "The first Catholic priest in the world" where the page says "the first Catholic priest in U.S. history".
  const wide = widenedToTheWorld(claim, evs);
  if (wide) return `the source says "${wide.theirs}", not "${wide.mine}"`;
  // "Rose from 69% to 84%" where the page says "declined from 84% to 69%".
  const change = reversedChange(claim, evs);
  if (change) return `the source gives the change the other way round: "${change.theirs}", not "${change.mine}"`;
  // "Group revenue fell 5.2%" where the page says "Group revenue was up 5.2%".
  const way = changeOtherWay(claim, evs);
  if (way) return `the source gives the change the other way: "${way.theirs}", not "${way.mine}"`;
  // "Men averaged 2.6 µg and women 3.2 µg" where the page says "3.2 ug for men and 2.6 ug for women".
  const swapped = swappedPair(claim, evs);
  if (swapped) return `the source gives these figures the other way round: "${clip(swapped.theirs, 160)}"`;
  // "All 16 analysts" where the page says "Twelve of the 16 analysts".
  const all = allOverstated(claim, evs);
  if (all) return `the source says "${all.theirs}", not "${all.mine}"`;
  // "Fell significantly" where the page says "no statistically significant difference".
  const insignificant = significanceDenied(claim, evs);
  if (insignificant) return `the source says this was not statistically significant ("${clip(squash(insignificant), 160)}")`;
  // "Won an Academy Award" where the page says "was nominated for an Academy Award".
  const nominated = nominatedNotWon(claim, evs);
  if (nominated) return `the source gives a nomination for "${nominated.award}", not a win ("${clip(squash(nominated.theirs), 140)}")`;
  return undefined;
}

function checkFigures(sentence: string, base: number, evs: SourceEvidence[], sources: SourceRecord[], years: Set<number>): FigureCheck[] {
  const all = extractFigures(sentence);
  return all.map((extracted) => {
    let figure = extracted;
    const range = { start: base + figure.range.start, end: base + figure.range.end };
    // Given by the sources, but only in another row of the table whose row the sentence names ("Eastmarch … 5.38" where
    // Eastmarch's row has 4.86 and 5.38 is Varrow's): wrong, shown with the named row's figure.
    // The same of a list that gives each name its figure in parentheses ("Kestrel Bay (4.7%), Lowther Plains (3.8%)").
    // The reader's own figure, which an answer addressed to them repeats ("your €3,700 salary", "your 16-year-old"): no
    // source gives it, and none is asked to.
    if (/\byour\s+$/i.test(sentence.slice(Math.max(0, (figure.approxStart ?? figure.range.start) - 6), figure.approxStart ?? figure.range.start))) return { figure, range, found: true };
    const backed = figureBacked(figure, evs, years, sentence);
    const row = backed ? (wrongRowFigure(figure, sentence, all.filter((f) => f !== extracted), evs, backsFigure, contentStems) ?? wrongListedFigure(figure, sentence, evs, backsFigure)) : undefined;
    if (row) {
      const nearest = nearestOf({ source: row.source, figure: row.theirs }, evs, sources);
      // (No fix where the cell is read in its column's unit: "150" under "Revenue ($m)" is no "$150m" to write.)
      if ('read' in row && row.read) return { figure, range, found: false, nearest, cell: true };
      return { figure, range, found: false, nearest, replacement: figureReplacement(evs[row.source], row.theirs) };
    }
    if (backed) {
      // Given by the sources, but maybe only about something else, with another in its place in the passage stating the rest.
      const misplaced = misplacedFigure(sentence, figure, evs);
      if (!misplaced) return { figure, range, found: true };
      const ev = evs[misplaced.source];
      return { figure, range, found: true, elsewhere: { theirs: figureReplacement(ev, misplaced.figure) ?? misplaced.figure.text, context: sentenceAround(ev, misplaced.figure.range) } };
    }
    // A wrong qualified figure ("more than 400") is shown and replaced with its qualifier: the source's figure is exact.
    if (figure.approxStart !== undefined) {
      range.start = base + figure.approxStart;
      figure = { ...figure, text: sentence.slice(figure.approxStart, figure.range.end) };
    }
    // A word that bends the qualifier ("just over 1,500", "well under") would be left before the fix's own: no fix.
    const bent = /\b(?:just|only|well|slightly|far|much|a\s+little)\s+$/i.test(sentence.slice(Math.max(0, range.start - base - 14), range.start - base));
    const fixWith = (ev: SourceEvidence, g: Figure) => (bent ? undefined : figureReplacement(ev, g));
    // The page's very number in another unit ("7,000 feet" for "7,000 meters"): both shown with their units, and no fix
    // (which of the two is wrong, the number or the unit, the page does not say).
    const swapped = inOtherUnit(extracted, sentence, evs);
    // (Unless the page gives the same amount another way: "more than a century" for "more than 100 years".)
    if (swapped && quantityStated(sentence, extracted.range, evs)) return { figure, range, found: true };
    if (swapped) {
      const mine = unitTextAfter(sentence, extracted.range.end) ?? '';
      const theirs = unitTextAfter(evs[swapped.source].text, swapped.figure.range.end) ?? '';
      const nearest = nearestOf({ source: swapped.source, figure: { ...swapped.figure, range: { start: swapped.figure.range.start, end: swapped.figure.range.end + theirs.length } } }, evs, sources);
      return { figure: { ...figure, text: figure.text + mine }, range: { start: range.start, end: range.end + mine.length }, found: false, nearest: { ...nearest, text: evs[swapped.source].text.slice(swapped.figure.approxStart ?? swapped.figure.range.start, swapped.figure.range.end) + theirs }, otherUnit: true };
    }
    // Worked out of two figures of a passage stating the sentence ("a loss of £210,000" for "down from £620,000 to
    // £410,000"): the writer is told how, not warned.
    const worked = workedFigure(extracted, sentence, evs);
    if (worked) {
      const ev = evs[worked.source];
      const nearest = nearestOf({ source: worked.source, figure: worked.of[0] }, evs, sources);
      return { figure, range, found: false, nearest, worked: { op: worked.op, of: worked.of.map((g) => ev.text.slice(g.approxStart ?? g.range.start, g.range.end)), context: sentenceAround(ev, worked.of[0].range) } };
    }
    // The source's figure of the same kind by the claim's words; shown even when another is as close,
    // but offered as the replacement only when it is the one (verifiedFixes.ts).
    let nearest: FigureCheck['nearest'];
    let replacement: string | undefined;
    const ranked = rankFigures(sentence, extracted, evs);
    const top = ranked[0];
    if (top && (top.local > 0 || top.global > 0.2)) {
      nearest = nearestOf(top, evs, sources);
      // (Not a total split into parts after it, "22 goals, 14 in the league and 8 in the cup": the page's part is no total.
      // Nor a figure said as a total, "1,130 loaves altogether", "23 titles between them", but by the page's own total.)
      const total = saidAsTotal(sentence, extracted.range) && !saidAsTotal(evs[top.source].text, top.figure.range);
      if (verifiedFigure(ranked) === top && sameMeasure(evs[top.source].text, top.figure, sentence, extracted) && !splitParts(sentence, extracted.range.end, true) && !total && !figureOfAnotherName(sentence, extracted.range, top.source, top.figure.range.start, evs) && !referentUnclear(sentence, extracted, top, evs)) replacement = fixWith(evs[top.source], top.figure);
    }
    return { figure, range, found: false, nearest, replacement };
  });
}

/** A source figure as a wrong figure's `nearest`: its text, its sentence, where it is in the file. */
function nearestOf(m: Pick<FigureMatch, 'source' | 'figure'>, evs: SourceEvidence[], sources: SourceRecord[]): NonNullable<FigureCheck['nearest']> {
  const src = sources[m.source];
  const ex = sourceText(src);
  const at = sourceOffset(ex, m.figure.range.start);
  return { text: m.figure.text, context: sentenceAround(evs[m.source], m.figure.range), source: src, fileRange: { start: at, end: Math.max(at, sourceOffset(ex, m.figure.range.end)) } };
}

/** The sentence's dates the sources date otherwise (`dates.ts`), as wrong figures: "April 17" where the page has "April 27". */
function checkDays(sentence: string, base: number, evs: SourceEvidence[], sources: SourceRecord[]): FigureCheck[] {
  return checkDates(sentence, evs).map(({ date, theirs, replacement }) => {
    const ev = evs[theirs.source];
    const src = sources[theirs.source];
    const ex = sourceText(src);
    const at = sourceOffset(ex, theirs.date.range.start);
    return {
      figure: { kind: 'date', value: date.month * 100 + date.day, text: date.text, range: date.range, unit: 1 },
      range: { start: base + date.range.start, end: base + date.range.end },
      found: false,
      nearest: { text: theirs.date.text, context: sentenceAround(ev, theirs.date.range), source: src, fileRange: { start: at, end: Math.max(at, sourceOffset(ex, theirs.date.range.end)) } },
      replacement,
    };
  });
}

/** The sentence's counts in words and ranks the sources give otherwise (`counts.ts`), as wrong figures: "twelve buses" where the page has "eight buses". */
function checkCountsOf(sentence: string, base: number, evs: SourceEvidence[], sources: SourceRecord[], digits: boolean): (FigureCheck & { digits?: true })[] {
  // Counts in digits are read only when the figure check found one of the sentence's numbers in no source.
  return checkCounts(sentence, evs, digits).map((c) => ({ ...givenOtherwise(c, base, evs, sources), ...(c.digits ? { digits: c.digits } : {}) }));
}

/** A figure of the sentence (`range` in it, its `value`) that a source gives otherwise (`theirs`: its text and range in that source's text), as a wrong figure with the fix `replacement`. */
function givenOtherwise(
  c: { text: string; value: number; range: OffsetRange; replacement?: string; theirs: { source: number; text: string; range: OffsetRange } },
  base: number,
  evs: SourceEvidence[],
  sources: SourceRecord[],
): FigureCheck {
  const ev = evs[c.theirs.source];
  const src = sources[c.theirs.source];
  const ex = sourceText(src);
  const at = sourceOffset(ex, c.theirs.range.start);
  return {
    figure: { kind: 'number', value: c.value, text: c.text, range: c.range, unit: 1 },
    range: { start: base + c.range.start, end: base + c.range.end },
    found: false,
    nearest: { text: c.theirs.text, context: sentenceAround(ev, c.theirs.range), source: src, fileRange: { start: at, end: Math.max(at, sourceOffset(ex, c.theirs.range.end)) } },
    replacement: c.replacement,
  };
}

/**
 * What the source gives in place of a wrong figure, as it writes it, when that is known: the fix's
 * figure, or for a date the page's date (the fix writes its day the sentence's way: "23rd of April"
 * for the page's "April 23"). Undefined when no figure of the source is the one.
 */
export function sourceGives(f: FigureCheck): string | undefined {
  return f.figure.kind === 'date' || f.otherUnit || f.cell ? f.nearest?.text : f.replacement;
}

/** How much of a long source sentence a wrong figure's message shows, around the source's figure. */
const CONTEXT = 150;

/** The source sentence holding `at` (a figure or date), cut around it when the sentence is long, so what is shown has it. */
function sentenceAround(ev: SourceEvidence, at: OffsetRange): string {
  const s = ev.sentences.find((x) => at.start >= x.range.start && at.start < x.range.end);
  const start = s ? s.range.start : Math.max(0, at.start - 80);
  const end = s ? s.range.end : Math.min(ev.text.length, at.end + 80);
  if (end - start <= CONTEXT) return squash(ev.text.slice(start, end));
  let from = Math.max(start, at.start - CONTEXT / 2);
  const to = Math.min(end, from + CONTEXT);
  from = Math.max(start, to - CONTEXT);
  // Whole words at the cut ends, the figure kept whole.
  const a = from > start ? Math.min(at.start, ev.text.indexOf(' ', from) + 1 || from) : from;
  const b = to < end ? Math.max(at.end, ev.text.lastIndexOf(' ', to)) : to;
  return (a > start ? '…' : '') + squash(ev.text.slice(a, b)) + (b < end ? '…' : '');
}

function checkQuotes(sentence: string, base: number, evs: SourceEvidence[], sources: SourceRecord[]): QuoteCheck[] {
  return [...extractQuotes(sentence), ...alteredShortQuotes(sentence, evs)].map((q) => {
    const range = { start: base + q.range.start, end: base + q.range.end };
    const found = evs.some((e) => quoteInText(q.text, e.normalized));
    if (found) return { text: q.text, range, found };
    let closest: QuoteCheck['closest'];
    let bestOverlap = 0;
    evs.forEach((ev, i) => {
      const span = closestSpan(q.text, ev.text);
      if (span && span.overlap > bestOverlap) {
        bestOverlap = span.overlap;
        const ex = sourceText(sources[i]);
        const start = sourceOffset(ex, span.range.start);
        closest = { text: span.text, source: sources[i], fileRange: { start, end: Math.max(start, sourceOffset(ex, span.range.end)) } };
      }
    });
    // The fix writes a complete quotation of a cited source, the one holding most of the quotation's words.
    // (A quotation of two words that alters the page's: the page's two words.)
    const theirs = (q as { theirs?: string }).theirs;
    let replacement: { text: string; share: number } | undefined = theirs ? { text: theirs, share: 1 } : undefined;
    for (const ev of replacement ? [] : evs) {
      const r = sourceQuotation(q.text, ev);
      // Fitted into the writer's sentence: its closing punctuation and first letter kept, its words before the mark not repeated.
      const text = r && fittedQuotation(q.text, sentence.slice(0, Math.max(0, q.range.start - 1)), r.text, ev);
      if (r && text && (!replacement || r.share > replacement.share)) replacement = { text, share: r.share };
    }
    return { text: q.text, range, found, closest: bestOverlap >= 0.3 ? closest : undefined, replacement: replacement?.text };
  });
}
