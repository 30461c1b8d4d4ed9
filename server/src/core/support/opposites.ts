/**
 * Words of opposite meaning in the same place: "Microsoft shares rose approximately 1% following
 * the announcement" against a page whose passage on it says "Microsoft shares fell approximately 1%
 * following the announcement". The polarity check reads "not", "no longer" and "non-"; a sentence
 * that says the opposite with another word went unremarked, as a supported sentence.
 *
 * The words are English opposites of change, of comparison and of decision (`OPPOSITES`: rise and
 * fall, higher and lower, won and lost, approved and rejected, a profit and a loss), not WordNet's
 * antonyms as a whole, whose many senses ("rise" / "set" of the sun, "keep" / "break" a promise,
 * "close to 50%") would read opposites where a writer means none.
 *
 * Said as a note (`checkSupport`), never a warning: a victory told from the loser's side, a ban
 * overturned, a comparison turned round say the same with the opposite word, and reviews kept
 * finding more. Only where (`oppositeIn`) the passage has the opposite word and not the sentence's
 * own word, nor one on its side, in any form; no sentence of the sources says one in its place
 * ("grew by 10%" for "rose about 10%"); neither is negated, only expected or in a question; the
 * content words right by them, in their clauses, are the same on every side where the sentence has
 * one ("Microsoft shares rose … following" / "Microsoft shares fell … following"; "imports fell
 * while exports rose" is no opposite of "exports fell"); the same party is on both sides; and no
 * comparison with "than", restriction ("except", "only"), undoing ("overturned", "until") or years
 * that differ is in play.
 */
import { tokenize, contentTokens, isStopword, stem, type Token } from '../text';
import { NEGATING_WORDS, SENTENCE_ADVERBS } from './statedAs';
import { relatedForms } from './derivations';
import type { SourceEvidence } from './evidence';

/** Pairs of opposites, each word in the forms a sentence uses (the stemmer meets the rest). */
const PAIRS: readonly [readonly string[], readonly string[]][] = [
  [['rise', 'rose', 'risen'], ['fall', 'fell', 'fallen', 'drop', 'decline', 'sink', 'sank', 'sunk', 'plunge', 'slump', 'tumble']],
  [['increase', 'climb', 'grow', 'grew', 'grown', 'jump', 'surge', 'soar', 'gain'], ['decrease', 'fall', 'fell', 'fallen', 'drop', 'decline', 'shrink', 'shrank', 'plunge', 'slump', 'tumble', 'reduce']],
  [['gain'], ['lose', 'lost']],
  [['faster'], ['slower']],
  [['expand', 'expansion'], ['shrink', 'shrank', 'contract', 'contraction']],
  [['higher', 'highest'], ['lower', 'lowest']],
  [['larger', 'largest', 'bigger', 'biggest'], ['smaller', 'smallest']],
  [['raise', 'boost'], ['lower', 'cut', 'reduce']],
  [['strengthen'], ['weaken']],
  [['improve', 'improvement'], ['worsen', 'deteriorate', 'deterioration']],
  [['accelerate'], ['slow', 'decelerate']],
  // ("X defeated Y" is X's win: "defeat" is on neither side.)
  [['win', 'won', 'victory'], ['lose', 'lost']],
  [['profit'], ['loss']],
  [['surplus'], ['deficit']],
  [['majority'], ['minority']],
  [['maximum'], ['minimum']],
  [['approve', 'approval', 'accept', 'acceptance'], ['reject', 'rejection', 'veto']],
  [['agree'], ['refuse', 'refusal']],
  // ("Does not agree with the projections" is the page's "is at variance with them"; "without losing workability", its "while maintaining workability".)
  [['agree'], ['differ', 'disagree', 'variance']],
  [['keep', 'kept', 'maintain', 'retain', 'preserve'], ['lose', 'lost']],
  [['allow', 'permit', 'legalize', 'legalise'], ['ban', 'forbid', 'forbade', 'prohibit', 'outlaw']],
  [['support', 'favor', 'favour'], ['oppose', 'opposition']],
  [['convict', 'conviction'], ['acquit', 'acquittal']],
  [['succeed', 'success', 'successful'], ['fail', 'failure', 'unsuccessful']],
  [['add'], ['remove']],
  [['hire'], ['fire', 'dismiss']],
  [['stay', 'remain'], ['leave', 'left', 'quit', 'depart', 'departure', 'resign', 'resignation']],
  [['charge', 'fee'], ['free']],
  // ("closed" stems as "close", as in "close to 50%": only beside the same words is it read as an opposite.)
  [['open', 'opened', 'reopen'], ['closed', 'shut']],
];

const OPPOSITES = new Map<string, Set<string>>();
for (const [a, b] of PAIRS) {
  for (const [xs, ys] of [[a, b], [b, a]]) {
    for (const x of xs) {
      const sx = stem(x);
      let set = OPPOSITES.get(sx);
      if (!set) OPPOSITES.set(sx, (set = new Set()));
      for (const y of ys) if (stem(y) !== sx) set.add(stem(y));
    }
  }
}

/** The opposites of a stem (`PAIRS`), as stems; none for a word with no opposite listed. */
export function oppositesOf(stemmed: string): ReadonlySet<string> {
  return OPPOSITES.get(stemmed) ?? NONE;
}
const NONE: ReadonlySet<string> = new Set();

/** Words of degree and hedging between a word and what it is said of ("rose sharply", "approximately 1%"): read past. */
const DEGREE = new Set(['approximately', 'about', 'around', 'roughly', 'nearly', 'almost', 'sharply', 'slightly', 'significantly', 'steadily', 'rapidly', 'quickly', 'slowly', 'modestly', 'dramatically', 'substantially', 'considerably', 'marginally', 'somewhat', 'much', 'far', 'per', 'cent', 'percent']);

/** What parts a clause from the words around it. */
const CLAUSE_MARK = /[,;:()—–!?]|\.(?:\s|$)/;

/** How many tokens back a negation reaches a word ("did not rise", "never won", "no longer approved"). */
const NEGATION_REACH = 3;

/** The nearest content word on each side of token `i` within its clause (numbers and words of degree read past), as stems. */
function sides(text: string, tokens: Token[], i: number): { left?: string; right?: string } {
  const out: { left?: string; right?: string } = {};
  for (const step of [-1, 1] as const) {
    for (let k = i + step; k >= 0 && k < tokens.length && Math.abs(k - i) <= 5; k += step) {
      const gap = step < 0 ? text.slice(tokens[k].end, tokens[k + 1].start) : text.slice(tokens[k - 1].end, tokens[k].start);
      if (CLAUSE_MARK.test(gap)) break;
      const w = tokens[k].word;
      if (isStopword(w) || /^\d/.test(w) || DEGREE.has(w) || SENTENCE_ADVERBS.has(w) || NEGATING_WORDS.has(w)) continue;
      if (step < 0) out.left = tokens[k].stem;
      else out.right = tokens[k].stem;
      break;
    }
  }
  return out;
}

const negated = (tokens: Token[], i: number) => {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_REACH; k--) if (NEGATING_WORDS.has(tokens[k].word) || /n['’]t$/.test(tokens[k].word)) return true;
  return false;
};

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && (a === b || relatedForms(a).has(b));

/** The stems on the side of `x` (those with an opposite in common with it: "rise", "grow", "climb", "gain"…). */
function sameSide(x: string): Set<string> {
  let out = SAME_SIDE.get(x);
  if (!out) {
    const mine = OPPOSITES.get(x)!;
    out = new Set([x]);
    for (const [y, theirs] of OPPOSITES) if ([...theirs].some((z) => mine.has(z))) out.add(y);
    SAME_SIDE.set(x, out);
  }
  return out;
}
const SAME_SIDE = new Map<string, Set<string>>();

/** Whether a sentence of the sources says a word on the side of the claim's word, in its place (the sides of it the same). */
function statedSomewhere(stems: Set<string>, mine: { left?: string; right?: string }, sources: SourceEvidence[]): boolean {
  for (const ev of sources) {
    const near = new Set<number>();
    for (const w of [mine.left, mine.right]) if (w) for (const k of ev.sentencesWith(w) ?? []) near.add(k);
    for (const k of near) {
      const text = ev.text.slice(ev.sentences[k].range.start, ev.sentences[k].range.end);
      const tokens = tokenize(text);
      for (let j = 0; j < tokens.length; j++) {
        if (!stems.has(tokens[j].stem) || negated(tokens, j)) continue;
        const theirs = sides(text, tokens, j);
        if ((!mine.left || same(mine.left, theirs.left)) && (!mine.right || same(mine.right, theirs.right))) return true;
      }
    }
  }
  return false;
}

/**
 * The word of `passage` (the claim's best passage in `sources`) that says the opposite of a word of
 * `sentence` in the same place, with the sentence's word, when there is one and no sentence of the
 * sources says the sentence's word, or one on its side, in that place ("grew by 10%" elsewhere on a
 * page whose best passage "fell over 10%"); else undefined.
 */
export function oppositeIn(sentence: string, passage: string, sources: SourceEvidence[] = []): { mine: string; theirs: string } | undefined {
  // Long texts are not read word by word against each other (a sentence of thousands of words is no statement to turn).
  if (sentence.length > MAX_CHARS || passage.length > 4 * MAX_CHARS) return undefined;
  // A question asks; a restriction turns a word round ("bans it except in cases of…" / "permits it only in cases of…").
  if (/\?/.test(sentence) || RESTRICTION.test(sentence) || RESTRICTION.test(passage)) return undefined;
  // A word undone ("overturned the ban", "lifted the ban", "ended the ban") or bounded in time ("banned until 1933") says
  // its opposite with it; two years that differ ("rose to power in 1799" / "fell from power in 1815") are two times.
  if (UNDOING.test(sentence) || UNDOING.test(passage)) return undefined;
  const years = (t: string) => new Set(t.match(/\b(?:1[5-9]|20)\d\d\b/g) ?? []);
  const [ys, yp] = [years(sentence), years(passage)];
  if (ys.size && yp.size && ![...ys].some((y) => yp.has(y))) return undefined;
  const ct = tokenize(sentence);
  let wt: Token[] | undefined;
  for (let i = 0; i < ct.length; i++) {
    const opposite = OPPOSITES.get(ct[i].stem);
    if (!opposite || negated(ct, i) || unrealised(ct, i)) continue;
    const mineStem = ct[i].stem;
    // "The lower court", "higher education", "the upper house": names of things, not comparisons.
    if (COMPARATIVES.has(mineStem) && FIXED_AFTER.test(sentence.slice(ct[i].end, ct[i].end + 16))) continue;
    // A comparison can be turned round ("lower in industrial countries than in developing ones" / "higher in developing
    // countries than in industrial ones"), and a sentence that compares or contrasts states both sides: left alone.
    if (COMPARATIVES.has(mineStem) && (CONTRAST.test(sentence) || CONTRAST.test(passage))) continue;
    if (CONTRASTED.test(sentence)) continue;
    wt ??= tokenize(passage);
    // The passage says the sentence's word, or one on its side, too ("shares fell, then rose"; "won 11 times and lost
    // 7 times" for "defeated 7 times"): it says both, not the opposite.
    const side = sameSide(mineStem);
    const related = relatedForms(mineStem);
    if (wt.some((t, j) => (side.has(t.stem) || related.has(t.stem)) && !negated(wt!, j))) continue;
    const mine = sides(sentence, ct, i);
    if (!mine.left && !mine.right) continue;
    for (let j = 0; j < wt.length; j++) {
      if (!opposite.has(wt[j].stem) || negated(wt, j) || unrealised(wt, j)) continue;
      const theirs = sides(passage, wt, j);
      if ((mine.left && !same(mine.left, theirs.left)) || (mine.right && !same(mine.right, theirs.right))) continue;
      // Said the other way round: "Smith lost the seat to Jones" / "Jones won the seat from Smith" (a name before the
      // sentence's word is after the passage's, or the reverse).
      if (converse(sentence, ct, i, passage, wt, j)) return undefined;
      // Two words turned round say the same: "a minority voted to approve" / "a majority voted to reject".
      if (turnedWords(ct, wt) > 1) return undefined;
      if (statedSomewhere(side, mine, sources)) return undefined;
      return { mine: sentence.slice(ct[i].start, ct[i].end), theirs: passage.slice(wt[j].start, wt[j].end) };
    }
  }
  return undefined;
}

/**
 * Whether `passage` says the opposite of the claim's word `head` (a stem) in the claim word's place, as a denial of the
 * word says it: "does not agree with some projections" / "is at variance with some projections", "without losing
 * workability" / "while maintaining workability". The passage's opposite, not negated, has the claim word's object
 * (the content word right after it in its clause; the one right before it, where the claim has none after), and its
 * clause has every name and number the claim's clause has before the word: "the Marr loaf does not lose its shape" is not said by
 * "the Kessel dough retains its shape; the Marr dough spreads flat", nor "patients did not lose weight" by "patients
 * maintained their routine". A verb with no object (a particle after it: "will not stay on at Sky Networks") is in place
 * where the page's clause has every other content word of its clause.
 */
export function oppositeInPlace(claim: string, head: string, passage: string): boolean {
  // (A denial of agreement is also said by a dispute, in the word's place: "no agreed figure" / "the figure was disputed".
  // Not an opposite for the notes: "agree that the forecast is optimistic" / "dispute the forecast's assumptions".)
  const opposite = head === AGREE ? AGREE_IN_PLACE : OPPOSITES.get(head);
  if (!opposite || claim.length > MAX_CHARS || passage.length > 4 * MAX_CHARS) return false;
  const ct = tokenize(claim);
  let wt: Token[] | undefined;
  for (let i = 0; i < ct.length; i++) {
    if (ct[i].stem !== head) continue;
    const mine = sides(claim, ct, i);
    if (!mine.left && !mine.right) continue;
    // The names of the claim's clause before its word (its first word aside, capitalised as any sentence's is).
    const from = clauseStart(claim, ct[i].start);
    // (And its numbers: "the figures for 2021 do not agree" is not said by "the figures for 2020 differ".)
    const names = ct.filter((t, k) => k > 0 && k < i && t.start >= from && /^[\p{Lu}\d]/u.test(claim[t.start])).map((t) => t.word);
    wt ??= tokenize(passage);
    // "Agree to" is consent, whose opposite is a refusal, not a difference ("did not agree to the repairs" / "their
    // estimates differed").
    const consent = head === AGREE && /^\s+to\b/i.test(claim.slice(ct[i].end));
    for (let j = 0; j < wt.length; j++) {
      if (!opposite.has(wt[j].stem) || negated(wt, j) || (consent && DIFFER.has(wt[j].stem))) continue;
      const theirs = sides(passage, wt, j);
      const a = clauseStart(passage, wt[j].start);
      const rest = passage.slice(wt[j].end);
      const b = wt[j].end + (rest.search(CLAUSE_MARK) + 1 || rest.length + 1) - 1;
      const clauseTokens = tokenize(passage.slice(a, b));
      const clause = new Set(clauseTokens.map((t) => t.word));
      if (!names.every((n) => clause.has(n))) continue;
      if (mine.right ? same(mine.right, theirs.right) : same(mine.left, theirs.left)) return true;
      // "Agreed" before its noun, and the opposite said of the noun in the page: "no agreed figure" / "the figure was disputed".
      if (head === AGREE && /ed$/.test(ct[i].word) && ct[i + 1]?.stem === mine.right && /^\s+$/.test(claim.slice(ct[i].end, ct[i + 1].start)) && PREDICATE_BEFORE.test(passage.slice(Math.max(0, wt[j].start - 12), wt[j].start)) && same(mine.right, theirs.left)) return true;
      // A verb with no object, a particle or preposition after it ("will not stay on at Sky Networks beyond the end of
      // June" / "will leave her post … of Sky Networks at the end of June"): in place when the page's clause has every other
      // content word of the sentence's clause.
      if (PARTICLES.test(claim.slice(ct[i].end, ct[i].end + 12))) {
        const stems = new Set(clauseTokens.map((t) => t.stem));
        const to = claim.slice(ct[i].end).search(CLAUSE_MARK);
        const mineWords = contentTokens(claim.slice(from, to < 0 ? claim.length : ct[i].end + to)).filter((t) => t.stem !== head && !PARTICLE.test(t.word));
        if (mineWords.length >= 2 && mineWords.every((t) => stems.has(t.stem) || [...relatedForms(t.stem)].some((f) => stems.has(f)))) return true;
      }
    }
  }
  return false;
}

const AGREE = stem('agree');
const AGREE_IN_PLACE = new Set([...(OPPOSITES.get(AGREE) ?? []), stem('dispute')]);
/** A verb of being right before a word: the word is said of what comes before it ("the figure was disputed"). */
const PREDICATE_BEFORE = /\b(?:is|are|was|were|been|be|remains|remained)\s+$/i;
const DIFFER = new Set(['differ', 'disagree', 'variance', 'dispute'].map(stem));

/** A particle or preposition right after a verb: it has no object of its own to compare. */
const PARTICLE_WORDS = 'on|off|up|down|in|out|at|beyond|with|from|to|for|after|until|past|through|away|over|into|as|by|around|behind';
const PARTICLES = new RegExp(`^\\s+(?:${PARTICLE_WORDS})\\b`, 'i');
const PARTICLE = new RegExp(`^(?:${PARTICLE_WORDS})$`);

/** Where the clause holding offset `at` of `text` starts: after the last clause mark before it. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  let k = before.length;
  while (k > 0 && !CLAUSE_MARK.test(before.slice(k - 1, k + 1))) k--;
  return k;
}

/** Words that restrict what a sentence says ("except", "only", "unless"): with them an opposite word can say the same. */
const RESTRICTION = /\b(?:except|only|unless|apart from|other than|save for)\b/i;
/** Verbs that undo what follows them, and bounds in time. */
const UNDOING = /\b(?:overturn\w*|repeal\w*|revers\w*|abolish\w*|lift(?:s|ed|ing)?|end(?:s|ed|ing)?|struck\s+down|strike\s+down|until|till)\b/i;
/** The longest sentence read for opposite words. */
const MAX_CHARS = 1000;

/** The capitalised words of `tokens` before (or after) token `i`, within its sentence, as stems. */
function namesBeside(text: string, tokens: Token[], i: number, step: -1 | 1): Set<string> {
  const out = new Set<string>();
  for (let k = i + step; k >= 0 && k < tokens.length && Math.abs(k - i) <= 12; k += step) {
    const gap = step < 0 ? text.slice(tokens[k].end, tokens[k + 1].start) : text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[.;!?]/.test(gap)) break;
    if (/^\p{Lu}/u.test(text.slice(tokens[k].start, tokens[k].end)) && !isStopword(tokens[k].word)) out.add(tokens[k].stem);
  }
  return out;
}

/**
 * Whether the two words are said of different parties: a name before the sentence's word is after the passage's, or
 * one after it before the passage's ("Smith lost the seat to Jones" / "Jones won the seat from Smith"), or the names
 * nearest before them differ ("Jones beat Smith, who lost the seat" / "Jones won the seat").
 */
function converse(sentence: string, ct: Token[], i: number, passage: string, wt: Token[], j: number): boolean {
  const meet = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
  const [mineBefore, theirsBefore] = [namesBeside(sentence, ct, i, -1), namesBeside(passage, wt, j, -1)];
  if (meet(mineBefore, namesBeside(passage, wt, j, 1)) || meet(namesBeside(sentence, ct, i, 1), theirsBefore)) return true;
  const nearest = (names: Set<string>) => [...names][0];
  return mineBefore.size > 0 && theirsBefore.size > 0 && nearest(mineBefore) !== nearest(theirsBefore);
}

/** How many words of the sentence have their opposite in the passage, negated or not. */
function turnedWords(ct: Token[], wt: Token[]): number {
  const theirs = new Set(wt.map((t) => t.stem));
  let n = 0;
  for (const t of new Set(ct.map((x) => x.stem))) if ([...(OPPOSITES.get(t) ?? [])].some((y) => theirs.has(y))) n++;
  return n;
}

/** Words that compare: a comparison turned round says the same with the opposite word. */
const COMPARATIVES = new Set(['higher', 'highest', 'lower', 'lowest', 'larger', 'largest', 'bigger', 'biggest', 'smaller', 'smallest', 'faster', 'slower'].map(stem));
/** Nouns a comparative names a thing with ("the lower court", "higher education"). */
const FIXED_AFTER = /^\s+(?:courts?|house|chamber|education|learning|ranks?|classes|tier|bound|limit)\b/i;
/** What compares or contrasts two things in a sentence. */
const CONTRAST = /\b(?:than|compared|comparison|unlike|whereas|versus|vs\.?|relative to|while)\b/i;
/** A sentence set against another thing ("Compared with Central America, support was much higher"): it states both sides. */
const CONTRASTED = /\b(?:compared|comparison|unlike|whereas|versus|relative to)\b/i;

/** Whether the word at `i` is wanted, expected or possible rather than what happened ("the favorite to win", "would approve"). */
function unrealised(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.word;
  return before === 'to' || /^(?:will|would|could|might|may|should|can|must|shall)$/.test(before ?? '');
}
