/**
 * Counts said in words and ranks said as ordinals: "twelve buses", "the 30th director", "her
 * fourth World Cup". The figure check (`numbers.ts`) reads a number word only with a magnitude or
 * "percent", and "30th" not at all, so "The city modified twelve buses" against a page that says
 * "modified eight buses" went unremarked. A count is checked only where that is sure, precision
 * first: the sentence counts a thing (the word right after its count, or the one after that past
 * an adjective) with no qualifier ("about", "more than", "one of"); no source writes that thing with
 * the sentence's count (in digits or in words), nor has the count in the sentence that states the
 * rest; and the one source sentence that states the rest of the sentence best (`SAME_STATEMENT` of
 * its other words, no other as close with another count) counts the same thing with another value,
 * not as an end of a range or a list ("eight to ten buses"). Then the count is wrong: a
 * `number-mismatch`, with the page's count as the fix, written the sentence's way (a word for a
 * word, digits for digits) when the page's value has such a form.
 */
import { tokenize, isStopword, type OffsetRange, type Token } from '../text';
import type { SourceEvidence } from './evidence';

const CARDINALS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
};
for (const table of [CARDINALS, UNITS, ORDINALS]) Object.setPrototypeOf(table, null);
const WORDS_OF: Map<number, string> = new Map(Object.entries(CARDINALS).map(([w, v]) => [v, w]));
const ORDINAL_WORDS_OF: Map<number, string> = new Map(Object.entries(ORDINALS).map(([w, v]) => [v, w]));

/** A sentence states the rest of the claim when it has this share of the claim's other content words. */
const SAME_STATEMENT = 0.5;
/** Sentences this close to the best with another count leave it unclear which one the claim's is. */
const AS_CLOSE = 0.15;
/** How many sentences holding the counted word are read, per source. */
const READ = 400;

interface Count {
  value: number;
  ordinal: boolean;
  /** Written in words ("twelve", "fourth"), not digits ("12", "30th"). */
  words: boolean;
  /** The tokens it spans. */
  from: number;
  to: number;
}

/** The count at token i ("twelve", "twenty-two", "fourth", "30th", and in a page "12"), or undefined. */
function countAt(text: string, tokens: Token[], i: number, digits: boolean): Count | undefined {
  const w = tokens[i].word;
  const ord = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(text.slice(tokens[i].start, tokens[i].end).toLowerCase());
  if (ord) return { value: Number(ord[1]), ordinal: true, words: false, from: i, to: i };
  if (ORDINALS[w] !== undefined) return { value: ORDINALS[w], ordinal: true, words: true, from: i, to: i };
  if (CARDINALS[w] !== undefined) {
    // "Twenty-two", "seventy nine".
    const next = tokens[i + 1];
    if (next && CARDINALS[w] >= 20 && CARDINALS[w] % 10 === 0 && UNITS[next.word] !== undefined && /^[-\s]$/.test(text.slice(tokens[i].end, next.start))) return { value: CARDINALS[w] + UNITS[next.word], ordinal: false, words: true, from: i, to: i + 1 };
    return { value: CARDINALS[w], ordinal: false, words: true, from: i, to: i };
  }
  if (digits && /^\d{1,3}$/.test(w) && !/[.,:/]\d/.test(text.slice(tokens[i].end, tokens[i].end + 2))) return { value: Number(w), ordinal: false, words: false, from: i, to: i };
  return undefined;
}

/** Before a count: a qualifier that makes it no exact count, or a part of a list, range or share of something else. */
const QUALIFIED = /(?:\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|than|least|most|to|or|and|of|top|another|only|just|first|last|next|past|nearly)|[-–—/])\s*$/i;
/** After a count: the other end of a range or a list ("eight to ten", "eight or nine", "8-10"), or a share ("two of"). */
const RANGE_AFTER = /^\s*(?:to|or|and|of|out|in|[-–—/])\b/i;

/** The counted words after a count: the next content word, and the one after it when the next may be an adjective ("eight new buses"). */
function countedAfter(tokens: Token[], c: Count): string[] {
  const out: string[] = [];
  for (let k = c.to + 1; k < tokens.length && k <= c.to + 2; k++) {
    const t = tokens[k];
    if (isStopword(t.word) || /^\d/.test(t.word) || CARDINALS[t.word] !== undefined) break;
    out.push(t.stem);
  }
  return out;
}

export interface CountConflict {
  /** The sentence's count as written, and where. */
  text: string;
  range: OffsetRange;
  value: number;
  /** The page's count of the same thing, as written, in which source and where. */
  theirs: { text: string; source: number; range: OffsetRange; value: number };
  /** The page's count written the sentence's way, when it can be ("eight" for "twelve"). */
  replacement?: string;
}

/** The sentence's counts and ranks the sources give otherwise (see the module's comment). */
export function checkCounts(sentence: string, evs: SourceEvidence[]): CountConflict[] {
  const tokens = tokenize(sentence);
  const out: CountConflict[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = countAt(sentence, tokens, i, false);
    if (!c) continue;
    i = c.to;
    if (QUALIFIED.test(sentence.slice(Math.max(0, tokens[c.from].start - 24), tokens[c.from].start)) || RANGE_AFTER.test(sentence.slice(tokens[c.to].end, tokens[c.to].end + 6))) continue;
    const counted = countedAfter(tokens, c);
    if (!counted.length) continue;
    const words = new Set(tokens.filter((t, k) => (k < c.from || k > c.to) && !isStopword(t.word) && !/^\d/.test(t.stem)).map((t) => t.stem));
    if (words.size < 3) continue;
    const found = pageCounts(evs, counted, c.ordinal);
    if (found.some((f) => f.value === c.value)) continue;
    const scored = found.map((f) => ({ ...f, share: new Set(evs[f.source].sentences[f.sentence].stems.filter((x) => words.has(x))).size / words.size })).sort((a, b) => b.share - a.share);
    const best = scored[0];
    if (!best || best.share < SAME_STATEMENT) continue;
    if (scored.some((x) => x.value !== best.value && x.share >= best.share - AS_CLOSE)) continue;
    // The page's sentence with the claim's count in it anyway ("eight buses, and twelve more on order") may mean it.
    const ev = evs[best.source];
    const sRange = ev.sentences[best.sentence].range;
    const spoken = c.ordinal ? [`${c.value}th`, `${c.value}st`, `${c.value}nd`, `${c.value}rd`, ORDINAL_WORDS_OF.get(c.value)] : [String(c.value), WORDS_OF.get(c.value)];
    const pageSentence = tokenize(ev.text.slice(sRange.start, sRange.end));
    if (pageSentence.some((t) => spoken.includes(t.word))) continue;
    const text = sentence.slice(tokens[c.from].start, tokens[c.to].end);
    const theirsText = ev.text.slice(best.range.start, best.range.end);
    const replacement = c.ordinal ? (c.words ? ORDINAL_WORDS_OF.get(best.value) : `${best.value}${ordinalSuffix(best.value)}`) : c.words ? WORDS_OF.get(best.value) : String(best.value);
    out.push({ text, range: { start: tokens[c.from].start, end: tokens[c.to].end }, value: c.value, theirs: { text: theirsText, source: best.source, range: best.range, value: best.value }, replacement: replacement && matchCase(replacement, text) });
  }
  return out;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** "Eight" for "Twelve" at the start of a sentence. */
function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Every count of one of `counted` in the sources (of the same type: ranks for a rank), with its sentence. */
function pageCounts(evs: SourceEvidence[], counted: string[], ordinal: boolean): { value: number; source: number; sentence: number; range: OffsetRange }[] {
  const out: { value: number; source: number; sentence: number; range: OffsetRange }[] = [];
  const seen = new Set<string>();
  evs.forEach((ev, source) => {
    for (const noun of counted) {
      const holding = ev.sentencesWith(noun);
      if (!holding) continue;
      let read = 0;
      for (const k of holding) {
        if (++read > READ) break;
        if (seen.has(`${source}:${k}`)) continue;
        seen.add(`${source}:${k}`);
        const range = ev.sentences[k].range;
        const text = ev.text.slice(range.start, range.end);
        const tokens = tokenize(text);
        for (let j = 0; j < tokens.length; j++) {
          const c = countAt(text, tokens, j, true);
          if (!c || c.ordinal !== ordinal) continue;
          j = c.to;
          if (!countedAfter(tokens, c).some((x) => counted.includes(x))) continue;
          // The end of a range or a list ("eight to ten buses", "8-10 buses") is no count of its own.
          if (/(?:\b(?:to|or|and)|[-–—])\s*$/i.test(text.slice(Math.max(0, tokens[c.from].start - 8), tokens[c.from].start)) || RANGE_AFTER.test(text.slice(tokens[c.to].end, tokens[c.to].end + 6))) continue;
          out.push({ value: c.value, source, sentence: k, range: { start: range.start + tokens[c.from].start, end: range.start + tokens[c.to].end } });
        }
      }
    }
  });
  return out;
}
