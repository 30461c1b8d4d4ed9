/**
 * A comparison the sources make the other way, in the same place, said as a note of the support message and the hover
 * (`checkSupport`), never a warning: three reviews kept finding faithful sentences it read so (a measure beside
 * another in one sentence, an outcome after a forecast of the opposite, an idiom). For example: "the median net worth of households aged 75 and
 * over was lower than that of any younger age bracket" where the page says it "is higher than that of any younger age
 * bracket"; "the oldest actress to earn five Oscar nominations" where it says "the youngest actress to earn"; "more
 * deleterious effects than" where it says "fewer deleterious effects than".
 *
 * A comparison is a comparative right before "than" ("higher than", "more likely than", "fewer deleterious effects
 * than", "two fewer than", "more slowly than"), or a superlative after "the" or a possessive, before its noun ("the
 * oldest actress", "the highest of any side"); not a comparative capitalised within a sentence ("The Youngest Sister",
 * "the Lower Valley"). The sources make it the other way when the page sentence that states the claim best (the most
 * of its content words; half of the rest, two at least) has the opposite comparative (`PAIRS`; "more" against "less"
 * or "fewer" with the same words between it and "than"):
 * - compared with the same thing: the first content word after "than" that is not a word of the subject ("than sales
 *   in the south", after "sales in the north"), or the superlative's noun; the same words right after "than" as far as
 *   both go ("than drivers over 25" is not "than drivers under 25"), so a comparison turned round is not read; and a
 *   superlative of the same scope ("the cheapest car to buy" is not "the most expensive to insure", nor "the lowest
 *   rents in 2015" "the highest rents in 2023");
 * - said of the same subject: two of the content words before the comparative in its clause (back to a semicolon, a
 *   dash, a sentence's end, a word of contrast or ", and"; past the object of an earlier "than"), or all that either
 *   has, one at least; a superlative opening its sentence, of the words after its noun; and no word of a kind that
 *   tells subjects apart (a place's side, a sex, a sector, a year, a name, "over" and "under", "now" and "then") in
 *   either that the other's clause lacks ("the north-east region" / "the north-west region", "men over 50" / "women
 *   over 50"); not of a subject the page names only in a later clause;
 * - said as so: not in a question, a condition, a forecast, a hope or a fear, a claim, a rarity ("Analysts had forecast
 *   that profit would be lower than a year earlier. Instead, profit rose"), unless the claim says it so too.
 *
 * Left alone: a comparison denied or restricted on either side ("no higher than", "is not larger than", "every month
 * except February warmer than", "the only month cooler than"); one any source sentence makes the claim's way with a
 * word of its side ("larger" for "bigger") in the same place, whoever it is said of.
 */
import { tokenize, isStopword, type Token } from '../text';
import { BEST_TIES, bestStatements, type SourceEvidence } from './evidence';

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
/** Each word's side of its pair ("greater", "larger" and "bigger" are one side): a comparison said that way is said alike. */
const SIDE = new Map<string, string>();
PAIRS.forEach(([a, b], n) => {
  for (const x of a) SIDE.set(x, `${n}a`);
  for (const x of b) SIDE.set(x, `${n}b`);
});
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
/** How many words before a comparative are read for a denial (stopping at a clause's mark or a word of contrast). */
const BEFORE = 8;
/** How many words before a comparative are read for what it is said of. */
const SUBJECT_REACH = 12;
/** Words between a superlative and its noun's group ("the lowest among the sides", "the highest of any side"). */
const PREPOSITION = new Set(['among', 'amongst', 'of', 'in', 'at', 'on', 'across', 'within', 'from', 'for', 'by', 'anywhere', 'ever']);
/** A comparison said with an adverb, as the one-word comparative it means. */
const ADVERBS: Record<string, string> = { 'more slowly': 'slower', 'less quickly': 'slower', 'more quickly': 'faster', 'less slowly': 'faster', 'more rapidly': 'faster', 'less rapidly': 'slower' };
/** Words that tell one subject from another of its kind (places, sexes, sectors, times, ranks, sides of a line). */
const MARKS = /^(?:now|today|currently|then|once|formerly|previously|recently|higher|primary|secondary|tertiary|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|inner|outer|men|women|male|female|boys|girls|public|private|state|old|new|first|second|third|fourth|last|next|previous|early|late|earlier|later|earliest|latest|over|under|above|below|before|after|other|younger|older|junior|senior|urban|rural|domestic|foreign|full|part)$/i;
/**
 * What a page does not state as so: a question, a condition, a forecast, a hope or a fear, a claim reported to be
 * rejected, a rarity ("Analysts had forecast that profit would be lower than a year earlier. Instead, profit rose").
 */
const UNSTATED = /\b(?:if|whether|would|could|might|may|should|unless|expect|expects|expected|expecting|hope|hopes|hoped|hoping|fear|fears|feared|forecast|forecasts|predict|predicts|predicted|warn|warns|warned|claim|claims|claimed|thought|believed|myth|rejected|denied|asked|rarely|seldom|few|hardly|barely|scarcely)\b/i;
/** The words of an amount right before a comparative ("two fewer", "2.5 points higher", "many times larger"). */
const AMOUNT = /^(?:(?!(?:1[5-9]|20)\d\d$)\d[\d.,]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|times|percent|per|cent|points?|many|much|far|several|slightly|significantly|a|an|bit|lot|little|few)$/i;
/** A superlative's scope right after its noun: its purpose, or the place or time it is the most in. */
const SCOPE = /^\s+(?:(?:ever\s+)?(?:to|for)\s+([\p{L}-]+)|(?:in|on|at|of|among)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|this\s+|that\s+)?([\p{L}\p{N}-]+))/u;
/** How many sentences with the thing compared with are read, at most, for one comparison of the claim. */
const MAX_READ = 300;
/** Any word of a pair, to pass over a sentence with none before reading it word by word. */
const COMPARATIVE_WORD = new RegExp(`\\b(?:${PAIRS.flat(2).join('|')})\\b`, 'i');
const RESTRICTED = /\b(?:except|excluding|apart\s+from|aside\s+from|other\s+than|save\s+for|but\s+for|only)\b/i;
const CLAUSE_MARK = /[;:()[\]—–]|\.\s/;
const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though', 'unlike', 'however']);

interface Comparison {
  /** The comparative (or superlative) as written, lower-cased. */
  word: string;
  /** The words between a quantifying comparative and "than" ("deleterious effects" of "more deleterious effects than"). */
  between: string[];
  /**
   * What it is compared with: the first content stem after "than" that is not among the words before the comparative
   * ("than sales in the south" after "sales in the north …": "south"), or the superlative's noun.
   */
  after: string[];
  /** The words right after "than", as written (three at most, to a mark of punctuation); none for a superlative. */
  afterWords: string[];
  /** The content stems before it, to its clause's start (a semicolon, a dash, a sentence's end, a word of contrast, ", and"). */
  before: Set<string>;
  /** A superlative's: the content stems after its noun, to its clause's end ("is the goalkeeper, Tomas Ruiz"). */
  rest: Set<string>;
  /** A superlative's purpose right after its noun ("to buy", "for planting"), when it has one. */
  scope?: string;
  /** The words before it in its clause as written (nearest first), stop words too. */
  subject: string[];
  /** Whether a word of denial is in its clause before it. */
  denied: boolean;
  start: number;
  end: number;
}

/** The comparisons of a text (see the module's comment). */
function comparisonsIn(text: string, toks: Token[] = tokenize(text)): Comparison[] {
  const out: Comparison[] = [];
  for (let i = 0; i < toks.length; i++) {
    let w = toks[i].word;
    if (!OPPOSITE.has(w)) continue;
    // Capitalised within a sentence, a name's or a title's word ("The Youngest Sister", "the Lower Valley").
    if (i > 0 && /^\p{Lu}/u.test(text.charAt(toks[i].start)) && !/[.!?:]["”’)]?\s*$/.test(text.slice(Math.max(0, toks[i].start - 4), toks[i].start))) continue;
    let between: string[] = [];
    let afterFrom: number;
    let last = i;
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
      // "More slowly than" is "slower than", "more quickly than" "faster than".
      const adverb = between.length === 1 ? ADVERBS[`${w} ${between[0]}`] : undefined;
      if (adverb) [w, between, last] = [adverb, [], i + 1];
      // "more than 40", "less than a third": a bound on a figure, read by the figure checks ("two fewer than the Mets", a
      // difference, is a comparison).
      if (QUANTIFYING.has(w) && between.length === 0 && !(i > 0 && /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|many|far|much|slightly|significantly)$/.test(toks[i - 1].word))) continue;
      afterFrom = j + 1;
    }
    let denied = false;
    let from = i;
    for (let k = i - 1; k >= 0 && i - k <= BEFORE; k--) {
      if (CLAUSE_MARK.test(text.slice(toks[k].end, toks[k + 1].start)) || CONTRAST.has(toks[k].word)) break;
      if (DENIAL.has(toks[k].word) || /n['’]t$/.test(toks[k].word)) denied = true;
      from = k;
    }
    // A comparison said of all but some, or of one alone ("every month except February warmer than the average",
    // "the only month cooler than the average") is said of the rest too: read as denied.
    if (RESTRICTED.test(text.slice(toks[from].start, toks[i].start))) denied = true;
    const before = new Set<string>();
    /** The words of its subject as written, stop words too ("over 50", "the north-west"), for `subjectsConflict`. */
    const subject: string[] = [];
    for (let k = i - 1; k >= 0 && i - k <= SUBJECT_REACH; k--) {
      if (/[;—–]|[.!?]\s/.test(text.slice(toks[k].end, toks[k + 1].start)) || CONTRAST.has(toks[k].word)) break;
      if (toks[k].word === 'and' && k > 0 && text.slice(toks[k - 1].end, toks[k].start).includes(',')) break;
      // The words after an earlier "than" are what that comparison is with ("higher than 3% in the north and lower than
      // 3% …"): not this one's subject.
      if (toks[k].word === 'than') {
        before.clear();
        subject.length = 0;
        continue;
      }
      subject.push(k === 0 ? toks[k].word : text.slice(toks[k].start, toks[k].end));
      if (!isStopword(toks[k].word) && !OPPOSITE.has(toks[k].word) && !DENIAL.has(toks[k].word)) before.add(toks[k].stem);
    }
    const stems: string[] = [];
    const afterWords: string[] = [];
    for (let k = afterFrom; k < toks.length && k - afterFrom < 8; k++) {
      if (/[,;:.()!?]/.test(text.slice(toks[k - 1].end, toks[k].start))) break;
      // (A superlative's noun alone: "the highest of any side" is "the lowest among the sides".)
      if (!SUPERLATIVE.test(w) && afterWords.length < 3) afterWords.push(toks[k].word);
      if (!isStopword(toks[k].word) && !(SUPERLATIVE.test(w) && PREPOSITION.has(toks[k].word)) && stems.length < 3) stems.push(toks[k].stem);
      if (SUPERLATIVE.test(w) && stems.length) break;
    }
    const rest = new Set<string>();
    let scope: string | undefined;
    if (SUPERLATIVE.test(w)) {
      // (Past the noun and the words run on with it: "the most common side effect", then "was headache".)
      let k = afterFrom;
      while (k < toks.length && (isStopword(toks[k].word) || PREPOSITION.has(toks[k].word))) k++;
      while (k < toks.length && !isStopword(toks[k].word) && !/[,;:.()!?—–]/.test(text.slice(toks[k - 1].end, toks[k].start))) k++;
      // What it is the most of, said right after its noun: a purpose ("the cheapest car to buy", "the latest date for
      // planting", "the youngest actress ever to earn") or a place or time ("the least populous town in the county",
      // "the lowest rents in 2015").
      const scoped = k > 0 && k < toks.length ? SCOPE.exec(text.slice(toks[k - 1].end, toks[k - 1].end + 60)) : null;
      if (scoped) scope = tokenize(scoped[1] ?? scoped[2])[0]?.stem;
      for (; k < toks.length && rest.size < 6; k++) {
        if (/[;—–]|[.!?](?:\s|$)/.test(text.slice(toks[k - 1].end, toks[k].start)) || CONTRAST.has(toks[k].word)) break;
        if (!isStopword(toks[k].word) && !OPPOSITE.has(toks[k].word)) rest.add(toks[k].stem);
      }
    }
    const pick = stems.find((x) => !before.has(x)) ?? stems[0];
    const after = pick ? [pick] : [];
    out.push({ word: w, between, after, afterWords, before, subject, rest, scope, denied, start: toks[i].start, end: toks[last].end });
  }
  return out;
}

/**
 * Whether `theirs` compares with the same: the same words between (of "more … than"), the same thing compared with
 * (`after`), and the same words right after "than" as far as both go ("than drivers over 25" is not "than drivers
 * under 25").
 */
function samePlace(mine: Comparison, theirs: Comparison, strict = true): boolean {
  if (theirs.after[0] !== mine.after[0] || mine.between.join(' ') !== theirs.between.join(' ')) return false;
  // A superlative of another scope: "the cheapest car to buy" is no opposite of "the most expensive to insure". (Not
  // asked of one said the claim's way, which silences the check: "the latest estimate puts it at 95" is that way.)
  if (strict && mine.scope && theirs.scope && mine.scope !== theirs.scope) return false;
  const n = Math.min(mine.afterWords.length, theirs.afterWords.length);
  for (let k = 0; k < n; k++) if (mine.afterWords[k] !== theirs.afterWords[k]) return false;
  return true;
}

/** Whether `theirs` is said of the claim's subject: two of the content words before it are the claim's (or all either has, one at least). */
function sameSubject(mine: Comparison, theirs: Comparison): boolean {
  // A superlative opening its sentence is said of what follows it ("The youngest player in the squad is the goalkeeper").
  const [a, b] = mine.before.size ? [mine.before, theirs.before] : [mine.rest, theirs.rest];
  const need = Math.min(2, a.size, b.size);
  if (need === 0) return false;
  let shared = 0;
  for (const x of b) if (a.has(x)) shared++;
  return shared >= need;
}

/**
 * Whether the two subjects are told apart by words of their own kind, each missing from the other's sentence: "the
 * north-west region" and "the north-east region", "men over 50" and "women over 50", "in 2021" and "in 2022", "First-
 * quarter sales" and "Second-quarter sales", "Rents in South Harbour" and "Rents in North Harbour".
 */
function subjectsConflict(mine: Comparison, claim: string, theirs: Comparison, sentence: string): boolean {
  // (A possessive is its name: "Radio Halden's audience" names "Radio Halden".)
  const bare = (w: string) => w.toLowerCase().replace(/['’]s$/, '');
  const words = (text: string) => new Set(tokenize(text).map((t) => bare(t.word)));
  // (Not the amount right before the comparative, "two fewer", "2 more", "many times larger": what differs, not who.)
  const marks = (c: Comparison) => {
    let n0 = 0;
    while (n0 < c.subject.length && AMOUNT.test(c.subject[n0])) n0++;
    return c.subject.slice(n0).filter((w, n) => MARKS.test(w) || /^\d/.test(w) || (n0 + n < c.subject.length - 1 && /^\p{Lu}/u.test(w))).map(bare);
  };
  // (Each against what the other sentence says before its comparative: "the Lower Valley" is not "the Upper Valley"
  // where the page's "lower" is its comparative.)
  const mineBefore = words(clauseBefore(claim, mine.start));
  const theirsBefore = words(clauseBefore(sentence, theirs.start));
  return marks(theirs).some((w) => !mineBefore.has(w)) && marks(mine).some((w) => !theirsBefore.has(w));
}

/** The text before `at` back to its clause's start: a semicolon, a dash or a word of contrast ("…, while wage growth in …"). */
function clauseBefore(text: string, at: number): string {
  const lead = text.slice(0, at);
  let from = 0;
  for (const m of lead.matchAll(/[;—–]|\b(?:while|whereas|but|although|though|however)\b/gi)) from = m.index! + m[0].length;
  return lead.slice(from);
}

/**
 * Whether the source sentence says the comparison of something else: a word of the claim's subject that the sentence
 * has only in a clause after the comparison ("For families, rail travel was less expensive than flying; for single travellers it
 * cost more", for a claim on single travellers).
 */
function saidOfAnother(mine: Comparison, theirs: Comparison, text: string): boolean {
  // (In a clause of its own after it: past a semicolon, a dash or a word of contrast, not a speaker's "Dana Ford said".)
  const next = /[;—–]|\b(?:while|whereas|but|although|though)\b/i.exec(text.slice(theirs.end));
  if (!next) return false;
  const later = new Set(tokenize(text.slice(theirs.end + next.index)).map((t) => t.stem));
  for (const x of mine.before) if (!theirs.before.has(x) && later.has(x)) return true;
  return false;
}

/**
 * The first comparison of the claim that a source sentence makes the other way in the same place: the claim's words
 * and the source's (its comparative and what follows, as written). Undefined when there is none.
 */
export function reversedComparison(claim: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  const toks = tokenize(claim);
  const mine = comparisonsIn(claim, toks).filter((c) => !c.denied && c.after.length > 0 && (c.before.size > 0 || c.rest.size > 0));
  if (!mine.length) return undefined;
  for (const c of mine) {
    // The rest of the claim, which the source sentence must state too (half of it, two words at least).
    const rest = new Set(toks.filter((t) => !isStopword(t.word) && !OPPOSITE.has(t.word) && t.stem !== c.after[0]).map((t) => t.stem));
    if (rest.size < 2) continue;
    // (Where the claim is stated best is worked out only for a sentence that makes the comparison the other way.)
    let best: { source: number; k: number }[] | undefined;
    const stated = () => (best ??= bestStatements(evs, new Set(toks.filter((t) => !isStopword(t.word) && !OPPOSITE.has(t.word)).map((t) => t.stem))).sentences);
    const opposite = OPPOSITE.get(c.word)!;
    let found: { text: string; c: Comparison } | undefined;
    let sameWay = false;
    let read = 0;
    for (const ev of evs) {
      for (const k of ev.sentencesWith(c.after[0]) ?? []) {
        // A page that says the thing compared with hundreds of times (a long table) is read for the first few hundred.
        if (++read > MAX_READ) break;
        let shared = 0;
        for (const x of rest) if (ev.sentences[k].stemSet.has(x)) shared++;
        if (shared < 2 || shared < SAME_STATEMENT * rest.size) continue;
        const r = ev.sentences[k].range;
        const text = ev.text.slice(r.start, r.end);
        if (!COMPARATIVE_WORD.test(text)) continue;
        for (const t of comparisonsIn(text)) {
          if (!samePlace(c, t, false)) continue;
          // Said the claim's way too (by any word of its side: "larger" for "bigger"), or denied: not said the other way.
          const sameSide = SIDE.get(t.word) === SIDE.get(c.word);
          if (sameSide || !opposite.has(t.word) || t.denied) {
            if (sameSide || t.denied) sameWay = true;
            continue;
          }
          if (!samePlace(c, t)) continue;
          if (!sameSubject(c, t) || saidOfAnother(c, t, text) || subjectsConflict(c, claim, t, text)) continue;
          // Said as so on the page: not in a question, a condition, a forecast or a claim (unless the sentence's is too).
          const lead = text.slice(0, t.start);
          if (/\?\s*$/.test(text) || (UNSTATED.test(lead) && !UNSTATED.test(claim.slice(0, c.start)))) continue;
          // In the page sentence that states the claim best (the most of its other words), not in another on the same thing.
          const top = stated();
          if (top.length > BEST_TIES || !top.some((b) => b.source === evs.indexOf(ev) && b.k === k)) continue;
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
