/**
 * A figure the sources give, but about something else: "The gallery opened in October 1939"
 * against a page that says "the gallery was opened in October 1929" and has 1939 only in "In
 * 1937-39 he gave £5000 to a library". The figure check finds 1939 on the page and is satisfied;
 * the sentence may still be wrong, and the writer who mixed up two figures of one page is the one
 * who most needs telling. It is said as a note (`checkSupport`), never a warning nor a fix: a page
 * that gives a planned or first figure before its final one reads the same way, and reviews kept
 * finding such pages.
 *
 * Said only where the page's words around its figure are the sentence's: the one source figure of
 * the same kind in the claim figure's place (`verifiedFigure`: by the words right by it, in a
 * sentence holding a third of the claim's words, no figure of another value about as well placed)
 * is of another value and sits in a sentence that states the rest of the claim (SAME_STATEMENT of
 * its words, every name of it), with the same words by it in its clause and none of its own, no
 * time the claim does not name, nothing planned or expected; while every place the page gives the
 * claim's figure is another sentence of the same source, clearly less about the claim (AS_CLOSE),
 * with none of the words right by the claim's figure beside it and nothing of what came to be. A
 * figure the page gives in that same sentence, or by the claim figure's own words anywhere
 * ("employs 1,200 people. About 300 of them work in Paris" for "employs 300 people in Paris"), is
 * no mix-up; nor are "respectively" lists, a figure in an aside ("Asia, born in 1835, gave birth
 * to twins in 1865"), one end of a range, a page figure the sentence gives too, and a sentence
 * whose subject is a pronoun ("This amounts to 17.2%…"), which says nothing of what its figure is of.
 */
import { contentTokens, firstEndingAfter } from '../text';
import { relatedForms } from './derivations';
import type { SourceEvidence } from './evidence';
import { backsFigure, extractFigures, sameFigure, type Figure } from './numbers';
import type { OffsetRange } from '../text';
import { rankFigures, verifiedFigure, type FigureMatch } from './verifiedFixes';

/** The share of the claim's words the sentence of the page's figure must hold to state the same thing. */
const SAME_STATEMENT = 0.5;
/** How much less of the claim's words a sentence giving the claim's figure must hold than that sentence. */
const AS_CLOSE = 0.15;

const RESPECTIVELY = /\brespectively\b/i;
/** The most figures a sentence may have for any of them to be read as mixed up. */
const MAX_FIGURES = 8;
/** Content words read on each side of the sentence's figure, and of the page's, within their clauses. */
const MINE = 2;
const THEIRS = 3;
/** What parts a clause from the words around it: a comma, a semicolon, a colon, a parenthesis, a dash. */
const CLAUSE_MARK = /[,;:()—–]/;
/** A figure planned, expected, estimated, designed for, first or at a peak: the page may give what came to be after it. */
const PLANNED = /\b(?:would|could|expected|expects|planned|plans|hoped|hopes|estimated|estimates|projected|forecast|designed|built\s+to|initially|originally|at\s+its\s+peak|when\s+it\s+opened|first\s+year|earlier|previously|initial|preliminary|target(?:ed)?)\b/i;
/** A figure given as what came to be: "now", "later", "finally", "in the end", "revised". */
const OUTCOME = /\b(?:now|later|final(?:ly)?|eventually|in\s+the\s+end|revised|since|after|ultimately|today|currently)\b/i;
/** Words that set a statement in a time: days, months, years, quarters, "yesterday", "last year". */
const TIME_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|(?:1[5-9]|20)\d\d|quarter|yesterday|today|tonight|(?:last|this|next|previous)\s+(?:year|month|week|season|spring|summer|autumn|fall|winter))\b/gi;
/** A sentence opening on a pronoun is about something named before it ("This amounts to 17.2%…"): what its figure is of cannot be told. */
const PRONOUN_SUBJECT = /^\W*(?:this|that|these|those|it|its|they|their|he|his|she|her|such|which|both|each|either|neither)\b/i;

/**
 * The source figure the page gives in the claim figure's place, when the sources give the claim's
 * figure only about something else (see above); else undefined. `figure` is a figure of `sentence`, one
 * the sources back somewhere.
 */
export function misplacedFigure(sentence: string, figure: Figure, evs: SourceEvidence[]): FigureMatch | undefined {
  if (figure.kind === 'date' || RESPECTIVELY.test(sentence) || PRONOUN_SUBJECT.test(sentence)) return undefined;
  // A sentence of many figures (a table row, a list of results) pairs none of them with a place sure enough.
  if (figuresOf(sentence).length > MAX_FIGURES) return undefined;
  if (!mayHaveRival(sentence, figure, evs)) return undefined;
  const ranked = rankFigures(sentence, figure, evs);
  const top = verifiedFigure(ranked);
  if (!top || top.global < SAME_STATEMENT || backsFigure(figure, top.figure)) return undefined;
  // The claim's figure must be on the page as a figure of its kind: one backed by a number in words or by the
  // page's date alone has no place to compare.
  const backing = ranked.filter((m) => backsFigure(figure, m.figure));
  if (!backing.length) return undefined;
  const same = (a: FigureMatch, b: FigureMatch) => a.source === b.source && a.sentence.start === b.sentence.start;
  // Another cited source that gives the claim's figure may be the one that states it ("employs 1,200" / "its workforce reached 1,500").
  if (backing.some((m) => m.close > 0 || same(m, top) || m.source !== top.source || m.global > top.global - AS_CLOSE)) return undefined;
  // The page's figure is one the sentence gives too ("Asia, who had twins in 1865, began … in 1874"): the sentence's own, not a rival.
  // (Its digits alone count: "Gagsina's 1449 families", after a name, is read as no figure.)
  if (figuresOf(sentence).some((g) => g.range.start !== figure.range.start && sameFigure(g, top.figure))) return undefined;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(top.figure.text)?.[0].replace(/,/g, '');
  if (digits && new RegExp(`(?<![\\d.,])${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',?').replace('.', '\\.')}(?![\\d])`).test(sentence.slice(0, figure.range.start) + ' ' + sentence.slice(figure.range.end))) return undefined;
  const ev = evs[top.source];
  const theirs = ev.text.slice(top.sentence.start, top.sentence.end);
  if (RESPECTIVELY.test(theirs)) return undefined;
  // The two figures sit by a same word within their own clauses: a figure in an aside ("Asia, born in 1835, gave birth
  // to twins in 1865") is of the aside, not of the main clause whose words lie past the comma.
  const theirRange = { start: top.figure.range.start - top.sentence.start, end: top.figure.range.end - top.sentence.start };
  const mine = clauseWords(sentence, figure.range, MINE);
  const around = clauseWords(theirs, theirRange, THEIRS);
  if (!mine.some((w) => around.includes(w))) return undefined;
  // What the page says right by its figure is the claim's too: a word of its own there says what else it is of
  // ("40 million iPads" for "50 million iPhones", "$1.1 billion for the fourth quarter", "12,000 in 1990", "launched at 11").
  const claimStems = new Set(contentTokens(sentence).map((t) => t.stem));
  const ownWord = (w: string) => !claimStems.has(w) && ![...relatedForms(w)].some((f) => claimStems.has(f));
  if (clauseWords(theirs, theirRange, 1, true).some(ownWord)) return undefined;
  // Nor is the page's sentence set in a time the claim does not name ("on Friday", "in the fourth quarter", "in 1990").
  const when = (text: string, skip?: OffsetRange) => [...text.matchAll(TIME_WORDS)].filter((m) => !skip || m.index! + m[0].length <= skip.start || m.index! >= skip.end).map((m) => m[0].toLowerCase());
  const claimTimes = new Set(when(sentence));
  if (when(theirs, theirRange).some((w) => !claimTimes.has(w))) return undefined;
  // Nor is the page's figure one planned, expected, first or at a peak, with the claim's given after it as what came to
  // be ("was expected to cost $900 million … pushed the final price to $1.4 billion", "held 45,000 when it opened").
  if (PLANNED.test(theirs)) return undefined;
  const backingText = (m: FigureMatch) => evs[m.source].text.slice(m.sentence.start, m.sentence.end);
  if (backing.some((m) => OUTCOME.test(backingText(m)))) return undefined;
  // Nor where the sentence giving the claim's figure has a word of the claim the page's sentence lacks: it may say whose
  // figure it is ("The women's team … collected 14" / "The men's team won 9 medals").
  const theirStems = new Set(contentTokens(theirs).map((t) => t.stem));
  if (backing.some((m) => contentTokens(backingText(m)).some((t) => claimStems.has(t.stem) && !theirStems.has(t.stem) && !/^\p{N}/u.test(t.word)))) return undefined;
  // One end of a range in the sentence is no figure of its own to swap ("$2.4bn-$2.6bn").
  if (/[-–]\s*$/.test(sentence.slice(Math.max(0, figure.range.start - 3), figure.range.start)) || /^\s*(?:[-–]|to)\s*[$€£]?\d/.test(sentence.slice(figure.range.end, figure.range.end + 6))) return undefined;
  // The sentence is about what the claim is about: it has every name of the claim (a capitalised word; the first
  // word too, unless a stop word: "Google invested…" is not about Amazon's investment).
  const names = contentTokens(sentence).filter((t) => /^\p{Lu}/u.test(sentence.slice(t.start, t.end)));
  if (names.some((t) => !theirStems.has(t.stem))) return undefined;
  return top;
}

/**
 * The content stems nearest `range` on each side, `n` a side at most, within the clause it sits in:
 * not numbers, but years when `years` (a year by a figure says which one it is: "12,000 in 1990").
 */
function clauseWords(text: string, range: OffsetRange, n: number, years = false): string[] {
  const before = text.slice(Math.max(0, range.start - 120), range.start).split(CLAUSE_MARK);
  const after = text.slice(range.end, range.end + 120).split(CLAUSE_MARK);
  const words = (t: string) => contentTokens(t).filter((x) => !/^\p{N}/u.test(x.word) || (years && /^(?:1[5-9]|20)\d\d$/.test(x.word))).map((x) => x.stem);
  return [...words(before[before.length - 1]).slice(-n), ...words(after[0]).slice(0, n)];
}

/**
 * Whether some source sentence holding SAME_STATEMENT of the claim's words (in any related form, as
 * `rankFigures` counts them) and every name of it has a figure of the claim figure's kind that does
 * not back it, and none that does: read off the evidence's postings, so that the ranking, which
 * reads every figure of the kind on the page, is done only where a rival can be. Most figures a
 * page backs have none.
 */
function mayHaveRival(sentence: string, figure: Figure, evs: SourceEvidence[]): boolean {
  for (const [ev, sentences] of statingSentences(sentence, evs)) {
    const figures = ev.figures;
    for (const k of sentences) {
      const range = ev.sentences[k].range;
      // A sentence that gives the claim's figure too is no rival's (`misplacedFigure` leaves such a sentence alone).
      let rival = false;
      let backs = false;
      for (let i = firstEndingAfter(figures, range.start, (f) => ({ start: f.range.start, end: f.range.start + 1 })); i < figures.length && figures[i].range.start < range.end; i++) {
        if (backsFigure(figure, figures[i])) backs = true;
        else if (figures[i].kind === figure.kind) rival = true;
      }
      if (rival && !backs) return true;
    }
  }
  return false;
}

/** The sentences of each source holding SAME_STATEMENT of the claim's words, for the last claim asked about (its figures ask in turn). */
let stating: { sentence: string; evs: SourceEvidence[]; out: [SourceEvidence, number[]][] } | undefined;
function statingSentences(sentence: string, evs: SourceEvidence[]): [SourceEvidence, number[]][] {
  if (stating && stating.sentence === sentence && stating.evs.length === evs.length && stating.evs.every((e, i) => e === evs[i])) return stating.out;
  const tokens = contentTokens(sentence);
  const words = [...new Set(tokens.filter((t) => !/^\p{N}/u.test(t.word)).map((t) => t.stem))];
  const need = Math.ceil(SAME_STATEMENT * words.length - 1e-9);
  // The page's sentence must have every name of the claim (`misplacedFigure` asks it of the sentence it keeps).
  const names = [...new Set(tokens.filter((t) => /^\p{Lu}/u.test(sentence.slice(t.start, t.end))).map((t) => t.stem))];
  const out: [SourceEvidence, number[]][] = [];
  if (words.length) {
    for (const ev of evs) {
      const counts = new Map<number, number>();
      for (const w of words) {
        const seen = new Set<number>();
        for (const form of relatedForms(w)) for (const k of ev.sentencesWith(form) ?? []) seen.add(k);
        for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      out.push([ev, [...counts].filter(([k, n]) => n >= need && names.every((x) => ev.sentences[k].stemSet.has(x))).map(([k]) => k)]);
    }
  }
  stating = { sentence, evs, out };
  return out;
}

/** The figures of the last sentence asked about (its figures ask in turn). */
let lastFigures: { sentence: string; figures: Figure[] } | undefined;
function figuresOf(sentence: string): Figure[] {
  if (lastFigures?.sentence !== sentence) lastFigures = { sentence, figures: extractFigures(sentence) };
  return lastFigures.figures;
}
