/**
 * A comparison the sources make the other way, in the same place: "the median net worth of households aged 75 and
 * over was lower than that of any younger age bracket" where the page says it "is higher than that of any younger age
 * bracket"; "the oldest actress to earn five Oscar nominations" where it says "the youngest actress to earn"; "more
 * deleterious effects than" where it says "fewer deleterious effects than".
 *
 * A comparison is a comparative right before "than" ("higher than", "more likely than", "fewer deleterious effects
 * than") or a superlative after "the" before its noun ("the oldest actress"). The sources make it the other way when
 * a sentence of theirs has the opposite comparative (`PAIRS`; "more" against "less" or "fewer" with the same words
 * between it and "than") followed by the same words as the claim's (the first two content words after "than", or the
 * superlative's noun), and before it, in the same clause, the claim's words before its comparative (two of them, or
 * the one it has): the same thing compared with the same thing. A comparison turned round ("younger households had
 * less than those aged 75 and over") puts other words after it, so it is not read.
 *
 * Left alone: a comparison denied on either side ("no higher than", "is not larger than"), one the sources also make
 * the claim's way with the same words after it, and a claim whose comparative has no content word after it or none
 * before it in its clause.
 */
import { tokenize, isStopword, type Token } from '../text';
import type { SourceEvidence } from './evidence';

/** Opposite comparatives, and the superlatives of each side. */
const PAIRS: readonly [readonly string[], readonly string[]][] = [
  [['higher', 'highest'], ['lower', 'lowest']],
  [['larger', 'largest', 'bigger', 'biggest', 'greater', 'greatest'], ['smaller', 'smallest']],
  [['older', 'oldest'], ['younger', 'youngest']],
  [['earlier', 'earliest'], ['later', 'latest']],
  [['faster', 'fastest', 'quicker', 'quickest'], ['slower', 'slowest']],
  [['longer', 'longest'], ['shorter', 'shortest']],
  [['stronger', 'strongest'], ['weaker', 'weakest']],
  [['wider', 'widest', 'broader', 'broadest'], ['narrower', 'narrowest']],
  [['heavier', 'heaviest'], ['lighter', 'lightest']],
  [['richer', 'richest', 'wealthier', 'wealthiest'], ['poorer', 'poorest']],
  [['warmer', 'warmest', 'hotter', 'hottest'], ['colder', 'coldest', 'cooler', 'coolest']],
  [['better', 'best'], ['worse', 'worst']],
  [['cheaper', 'cheapest'], ['dearer', 'dearest', 'costlier', 'costliest']],
  [['coarser', 'coarsest'], ['finer', 'finest']],
  [['more', 'most'], ['less', 'least', 'fewer', 'fewest']],
];

const OPPOSITE = new Map<string, Set<string>>();
for (const [a, b] of PAIRS) {
  for (const [xs, ys] of [[a, b], [b, a]]) for (const x of xs) OPPOSITE.set(x, new Set([...(OPPOSITE.get(x) ?? []), ...ys]));
}
/** The words that quantify ("more", "less", "fewer", "most", "least", "fewest"): compared only with the same words after them. */
const QUANTIFYING = new Set(['more', 'most', 'less', 'least', 'fewer', 'fewest']);
const SUPERLATIVE = /(?:est|^best|^worst|^most|^least)$/;
/** Words that deny what follows them in their clause. */
const DENIAL = new Set(['not', 'no', 'never', 'neither', 'nor', 'nothing', 'none', 'cannot', 'without']);
/** The share of the claim's other content words a source sentence must have to state the same comparison. */
const SAME_STATEMENT = 0.5;
/** How many words before a comparative are read as its clause (stopping at a clause's mark or a word of contrast). */
const BEFORE = 8;
const CLAUSE_MARK = /[;:()[\]—–]|\.\s/;
const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though', 'unlike', 'however']);

interface Comparison {
  /** The comparative (or superlative) as written, lower-cased. */
  word: string;
  /** The words between a quantifying comparative and "than" ("deleterious effects" of "more deleterious effects than"). */
  between: string[];
  /** The first content stems after "than", or after the superlative. */
  after: string[];
  /** Whether a word of denial is in its clause before it. */
  denied: boolean;
  start: number;
  end: number;
}

/** The comparisons of a text (see the module's comment). */
function comparisonsIn(text: string, toks: Token[] = tokenize(text)): Comparison[] {
  const out: Comparison[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].word;
    if (!OPPOSITE.has(w)) continue;
    let between: string[] = [];
    let afterFrom: number;
    if (SUPERLATIVE.test(w)) {
      // "the oldest actress": after "the" (or a possessive), before its noun.
      if (i === 0 || !/^(?:the|its|their|his|her)$/.test(toks[i - 1].word) && !/['’]s$/.test(toks[i - 1].word)) continue;
      afterFrom = i + 1;
    } else {
      // "higher than", "more likely than", "fewer deleterious effects than" (up to three words between).
      let j = i + 1;
      if (QUANTIFYING.has(w)) while (j < toks.length && j - i <= 3 && toks[j].word !== 'than') j++;
      if (j >= toks.length || toks[j].word !== 'than' || /[,;:.]/.test(text.slice(toks[i].end, toks[j].start))) continue;
      between = toks.slice(i + 1, j).map((t) => t.word);
      // "more than 40", "less than a third": a bound on a figure, read by the figure checks ("two fewer than the Mets", a
      // difference, is a comparison).
      if (QUANTIFYING.has(w) && between.length === 0 && !(i > 0 && /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|many|far|much|slightly|significantly)$/.test(toks[i - 1].word))) continue;
      afterFrom = j + 1;
    }
    const after: string[] = [];
    for (let k = afterFrom; k < toks.length && after.length < 1 && k - afterFrom < 6; k++) {
      if (/[,;:.()]/.test(text.slice(toks[k - 1].end, toks[k].start))) break;
      if (!isStopword(toks[k].word)) after.push(toks[k].stem);
    }
    let denied = false;
    for (let k = i - 1; k >= 0 && i - k <= BEFORE; k--) {
      if (CLAUSE_MARK.test(text.slice(toks[k].end, toks[k + 1].start)) || CONTRAST.has(toks[k].word)) break;
      if (DENIAL.has(toks[k].word) || /n['’]t$/.test(toks[k].word)) denied = true;
    }
    out.push({ word: w, between, after, denied, start: toks[i].start, end: toks[i].end });
  }
  return out;
}

/** Whether `theirs` compares the same thing with the same: the same words between (of "more … than") and right after. */
function samePlace(mine: Comparison, theirs: Comparison): boolean {
  return theirs.after[0] === mine.after[0] && mine.between.join(' ') === theirs.between.join(' ');
}

/**
 * The first comparison of the claim that a source sentence makes the other way in the same place: the claim's words
 * and the source's (its comparative and what follows, as written). Undefined when there is none.
 */
export function reversedComparison(claim: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  const toks = tokenize(claim);
  const mine = comparisonsIn(claim, toks).filter((c) => !c.denied && c.after.length > 0);
  if (!mine.length) return undefined;
  for (const c of mine) {
    // The rest of the claim, which the source sentence must state too (half of it, two words at least).
    const rest = new Set(toks.filter((t) => !isStopword(t.word) && !OPPOSITE.has(t.word) && t.stem !== c.after[0]).map((t) => t.stem));
    if (rest.size < 2) continue;
    const opposite = OPPOSITE.get(c.word)!;
    let found: { text: string; c: Comparison } | undefined;
    let sameWay = false;
    for (const ev of evs) {
      for (const k of ev.sentencesWith(c.after[0]) ?? []) {
        let shared = 0;
        for (const x of rest) if (ev.sentences[k].stemSet.has(x)) shared++;
        if (shared < 2 || shared < SAME_STATEMENT * rest.size) continue;
        const r = ev.sentences[k].range;
        const text = ev.text.slice(r.start, r.end);
        for (const t of comparisonsIn(text)) {
          if (!samePlace(c, t)) continue;
          // Said the claim's way too, or denied: not said the other way.
          if (t.word === c.word || !opposite.has(t.word) || t.denied) {
            if (t.word === c.word || t.denied) sameWay = true;
            continue;
          }
          found ??= { text, c: t };
        }
      }
    }
    if (found && !sameWay) {
      const end = found.c.end + 60;
      const theirs = end < found.text.length ? found.text.slice(found.c.start, end).replace(/\s+\S*$/, '') + '…' : found.text.slice(found.c.start);
      return { mine: claim.slice(c.start, c.end), theirs };
    }
  }
  return undefined;
}
