/**
 * Counts said in words and ranks said as ordinals: "twelve buses", "the 30th director", "her
 * fourth World Cup". The figure check (`numbers.ts`) reads a number word only with a magnitude or
 * "percent", and "30th" not at all, so "The city modified twelve buses" against a page that says
 * "modified eight buses" went unremarked. A count is checked only where that is sure, precision
 * first: the sentence counts a thing (the word right after its count) with no qualifier ("more than",
 * "one of"; a rough count, "some fifteen", only when the page's is twice it or half of it); no source
 * counts that thing with the sentence's count (in digits or in words); the page's count that says
 * otherwise is the only number of its sentence (years, decimals and money aside; "a central tower"
 * beside "2 towers" is a count too), unqualified, given against no other ("twice as many as", "up 50% on"), no name's
 * ("Channel 4") nor a part's ("including three"), counts the same thing (the
 * same word right after it: "16 athletes" counts no "three Ukrainian athletes"), said with a word of
 * its own clause that the sentence has by its count (`anchors`), in the one source sentence that
 * states the rest of the sentence best (`SAME_STATEMENT` of its other words, all of them for a sentence
 * of two, "There are five types of magma"; no other as close with
 * another count); and neither that sentence nor one next to it has the sentence's count in any form,
 * another count of the same thing (the claim's may be a sum) or a count said as more of the same
 * ("four more"). A count in digits in the sentence is read too, where the figure check finds it in
 * no source ("6 weeks" against the page's "four weeks"). Then the count is wrong: a `number-mismatch`,
 * with the page's count as the fix, written the sentence's way (a word for a word, digits for digits).
 */
import { tokenize, isStopword, type OffsetRange, type Token } from '../text';
import type { SourceEvidence } from './evidence';
import { relatedForms } from './derivations';
import { MONTH_NAME, extractFigures, type Figure } from './numbers';
import { figureOfAnotherName } from './verifiedFixes';

export const CARDINALS: Record<string, number> = {
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
/** How many sentences either side of the page's count are read for the sentence's count. */
const NEAR = 2;
/** A count said as more of the same: "four more", "12 others", "two additional", "another three". */
const ADDS_MORE = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:more|other|others|additional|further|extra)\b|\banother\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b/i;
/** How many counts of one sentence are checked. */
const MAX_COUNTS = 12;
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
    // "Twenty-second".
    if (next && CARDINALS[w] >= 20 && CARDINALS[w] % 10 === 0 && ORDINALS[next.word] !== undefined && ORDINALS[next.word] < 10 && /^-$/.test(text.slice(tokens[i].end, next.start))) return { value: CARDINALS[w] + ORDINALS[next.word], ordinal: true, words: true, from: i, to: i + 1 };
    return { value: CARDINALS[w], ordinal: false, words: true, from: i, to: i };
  }
  // In a page also digits ("8 buses"; not "£2 fares", "8.5", "8%").
  if (!digits) return undefined;
  if (/^\d{1,3}$/.test(w) && !/[.,:/]\d|%/.test(text.slice(tokens[i].end, tokens[i].end + 2)) && !/[$£€¥]\s*$/.test(text.slice(Math.max(0, tokens[i].start - 2), tokens[i].start))) return { value: Number(w), ordinal: false, words: false, from: i, to: i };
  return undefined;
}

/**
 * Before a count: a qualifier that makes it no exact count, or a part of a list, range or share of something else.
 * ("To" before a count leaves it open, a range's end, "eight to ten", a bound, "up to", or a total after a change,
 * "reduced the line to seven", "took United to nine wins", which the page may give only as the change; after a verb of
 * limiting it is exact: "limited him to four appearances". "Left with seven", "leaving seven" are what remains after a
 * change too.)
 */
const QUALIFIED = /(?:\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:in|out\s+of)|(?<!\b(?:limit|limits|limited|limiting|restrict|restricts|restricted|restricting|confine|confines|confined|confining)\s+(?:\S+\s+){0,2})to|left\s+with|leaving(?:\s+(?:it|them|him|her|the\s+\S+))?|about|around|roughly|approximately|nearly|almost|some|over|under|than|least|most|or|and|of|top|another|only|just|first|last|next|past)|[-–—/])\s*$/i;
/**
 * Before a count: "one of only" (then the count is exact, and of the whole: "one of only seven surviving portraits").
 * Not "only" alone: "only two players broke into the first team" counts a part of a group the page may count as a whole.
 */
const ONLY = /\bone\s+of\s+only\s*$/i;
/** Before a count: a word that says it roughly ("about", "some"), and nothing else that qualifies it. */
const ROUGHLY = /\b(?:about|around|roughly|approximately|some)\s*$/i;
/** "About" of a subject, not of a number: "the film is about two brothers", "a book about three sisters". */
const TOPIC = /\b(?:is|are|was|were|be|been|film|book|story|novel|play|song|show|series|article|movie|documentary|tale|poem)\s+about\s*$/i;
/** A rough count is wrong when the page's exact count is this many times it, or it this many times the page's. */
const FAR = 2;
/** After a count: the other end of a range or a list ("eight to ten", "eight or nine", "8-10"), or a share ("two of"). */
const RANGE_AFTER = /^\s*(?:to|or|and|of|out|in|[-–—/])\b/i;

/** The word a count counts: the content word right after it ("eight buses"; "eight new buses" counts "new", as the page's must). */
function countedWord(tokens: Token[], c: Count, k = c.to + 1, text?: string): string | undefined {
  const t = tokens[k];
  // (A second counted word is one with nothing between: "three new libraries", not "seven states (Arkansas, …".)
  if (t && text !== undefined && k > 0 && CLAUSE_MARK.test(text.slice(tokens[k - 1].end, t.start))) return undefined;
  return t && !isStopword(t.word) && !/^\d/.test(t.word) && CARDINALS[t.word] === undefined ? t.stem : undefined;
}
/** What ends a count's clause between two words. */
const CLAUSE_MARK = /[,;:()—–!?]|\.\s/;

/** Before a page's count: what makes it a part of a whole said before it ("including three years as mayor", "six of them"). */
const PART_OF = /\b(?:including|includes|included|among|of which|of whom|of them|with)\s+(?:\S+\s+)?$/i;

/** The content words of a count's own clause (no comma or other clause mark between), a few either side: what it is said with. */
function anchors(text: string, tokens: Token[], from: number, to: number): string[] {
  // A short aside in brackets goes on the clause around it ("Seven states (Arkansas, Indiana, …) have used telehealth"):
  // it is passed over, its words are none of the count's.
  // (Only the asides within SCAN words of the count are looked for, and at most SCAN words are gone over each way.)
  const lo = tokens[Math.max(0, from - SCAN)].start;
  const asides: [number, number][] = [];
  for (const m of text.slice(lo, tokens[Math.min(tokens.length - 1, to + SCAN)].end).matchAll(/\([^()]{0,200}\)/g)) asides.push([lo + m.index!, lo + m.index! + m[0].length]);
  const inAside = (at: number) => asides.some(([a, b]) => at > a && at < b);
  const between = (a: number, b: number) => asides.reduce((gap, [x, y]) => (x >= a && y <= b ? gap.replace(text.slice(x, y), ' ') : gap), text.slice(a, b));
  const out: string[] = [];
  for (let k = from - 1, next = from, n = 0; k >= 0 && n < ANCHOR_REACH && from - k <= SCAN; k--) {
    if (inAside(tokens[k].start)) continue;
    if (CLAUSE_MARK.test(between(tokens[k].end, tokens[next].start))) break;
    next = k;
    n++;
    if (!isStopword(tokens[k].word) && !/^\d/.test(tokens[k].stem)) out.push(tokens[k].stem);
  }
  for (let k = to + 2, last = to + 1, n = 0; k < tokens.length && n < ANCHOR_REACH && k - to <= SCAN; k++) {
    if (inAside(tokens[k].start)) continue;
    if (CLAUSE_MARK.test(between(tokens[last].end, tokens[k].start))) break;
    last = k;
    n++;
    if (!isStopword(tokens[k].word) && !/^\d/.test(tokens[k].stem)) out.push(tokens[k].stem);
  }
  return out;
}
/** How many words either side of a count (past the counted word) are its anchors. */
const ANCHOR_REACH = 4;
/** How many words either side of a count are gone over for them, asides in brackets included. */
const SCAN = 40;

export interface CountConflict {
  /** The sentence's count as written, and where. */
  text: string;
  range: OffsetRange;
  value: number;
  /** The page's count of the same thing, as written, in which source and where. */
  theirs: { text: string; source: number; range: OffsetRange; value: number };
  /** The page's count written the sentence's way, when it can be ("eight" for "twelve"). */
  replacement?: string;
  /** The sentence's count is in digits ("6 weeks"; read only when asked: the figure check reads digits). */
  digits?: true;
}

/** The sentence's counts and ranks the sources give otherwise (see the module's comment). */
export function checkCounts(sentence: string, evs: SourceEvidence[], digits = false): CountConflict[] {
  const tokens = tokenize(sentence);
  const out: CountConflict[] = [];
  const memo = new Map<string, PageCount[]>();
  let checked = 0;
  let shares: Figure[] | undefined;
  for (let i = 0; i < tokens.length && checked < MAX_COUNTS; i++) {
    const c = countAt(sentence, tokens, i, digits);
    if (!c) continue;
    i = c.to;
    if (!c.words && !c.ordinal && noCount(sentence, tokens, c)) continue;
    // The count of a share said in words ("two children in ten", "three homes in five"): the share is checked as a figure.
    if ((shares ??= extractFigures(sentence).filter((f) => f.kind === 'percent' && /\s(?:in|of\s+every)\s/i.test(f.text))).some((f) => tokens[c.from].start >= f.range.start && tokens[c.from].start < f.range.end)) continue;
    const before = sentence.slice(Math.max(0, tokens[c.from].start - 40), tokens[c.from].start);
    // "About fifteen": a count said roughly is wrong only when the page's is far from it ("some fifteen times" for "fifty times").
    // ("The film is about two brothers": a subject, and the count exact.)
    // "One of only seven surviving portraits": the count is exact.
    const bare = TOPIC.test(before) ? before.replace(/about\s*$/i, ' ') : ONLY.test(before) ? before.replace(ONLY, ' ') : before;
    const rough = !c.ordinal && ROUGHLY.test(bare) && !QUALIFIED.test(bare.replace(ROUGHLY, ''));
    // "Wasn't yet six months old", "not even 30": short of it, so a smaller count of the page's backs it, and a larger
    // one is wrong with no count to put in its place.
    const short = !c.ordinal && SHORT_OF.test(bare);
    if ((QUALIFIED.test(bare) && !rough) || RANGE_AFTER.test(sentence.slice(tokens[c.to].end, tokens[c.to].end + 6))) continue;
    const counted = countedWord(tokens, c);
    if (!counted) continue;
    // "Three new libraries": the page's count must count "new libraries" too, not "new swimming pools".
    const second = countedWord(tokens, c, c.to + 2, sentence);
    const mine = anchors(sentence, tokens, c.from, c.to);
    const words = new Set(tokens.filter((t, k) => (k < c.from || k > c.to) && !isStopword(t.word) && !/^\d/.test(t.stem)).map((t) => t.stem));
    // A short sentence ("There are five types of magma") is the page's statement only with all its words.
    if (words.size < 2) continue;
    checked++;
    const key = `${counted}\u0000${second ?? ''}\u0000${c.ordinal}`;
    let all = memo.get(key);
    if (!all) memo.set(key, (all = pageCounts(evs, counted, second, c.ordinal)));
    if (all.some((f) => f.value === c.value)) continue;
    // Said of the same: a word of its own clause is one of the claim's by its count ("the fifth time they had reached
    // the final" is no "second time Rovers had won the cup").
    const found = all.filter((f) => f.alone && (!mine.length || f.anchors.some((x) => mine.includes(x) || [...relatedForms(x)].some((r) => mine.includes(r)))));
    // The count's own clause may be the statement, when the sentence joins another to it ("The three group winners … will
    // contest the trophy in June 2019, and whichever of them lifts it … will receive €10.5m"): its words count as the sentence's.
    const clause = clauseWords(sentence, tokens, c);
    const shareOf = (stems: readonly string[]) => {
      const held = new Set(stems);
      const whole = [...words].filter((x) => held.has(x)).length / words.size;
      const own = clause.size >= CLAUSE_WORDS - 1 ? [...clause].filter((x) => held.has(x)).length / clause.size : 0;
      // (A clause of three content words is the statement only with all of them: "he has published two books as a writer".)
      return Math.max(whole, own >= (clause.size >= CLAUSE_WORDS ? CLAUSE_SAME : 1) ? own : 0);
    };
    const scored = found.map((f) => ({ ...f, share: shareOf(evs[f.source].sentences[f.sentence].stems) })).sort((a, b) => b.share - a.share);
    const best = scored[0];
    if (!best || best.share < (words.size < 3 ? 1 : SAME_STATEMENT)) continue;
    if (rough && Math.max(best.value, c.value) < FAR * Math.min(best.value, c.value)) continue;
    if (short && best.value < c.value) continue;
    if (scored.some((x) => x.value !== best.value && x.share >= best.share - AS_CLOSE)) continue;
    // The page's sentence, or one next to it, with the claim's count in it anyway ("eight buses, and twelve more on
    // order"; "the longest stay was seven days," he says. "I was there for eleven.") may mean it.
    const ev = evs[best.source];
    const near = ev.sentences.slice(Math.max(0, best.sentence - NEAR), best.sentence + NEAR + 1);
    const spoken = c.ordinal ? [String(c.value), `${c.value}th`, `${c.value}st`, `${c.value}nd`, `${c.value}rd`, ORDINAL_WORDS_OF.get(c.value)] : [String(c.value), WORDS_OF.get(c.value), ...(c.value % 6 === 0 ? ['dozen'] : [])];
    // (Not a count of another thing: "three leagues" near "four group winners" says nothing of the sentence's "three group winners".)
    if (
      near.some((x) => {
        const nearTokens = tokenize(ev.text.slice(x.range.start, x.range.end));
        return nearTokens.some((t, j) => {
          if (!spoken.includes(t.word)) return false;
          const of = countedWord(nearTokens, { value: c.value, ordinal: c.ordinal, words: false, from: j, to: j });
          return of === undefined || of === counted || /^(?:other|more|addit|further|extra)/.test(of);
        });
      })
    )
      continue;
    // Nor one next to it that counts the same thing ("killed 9 people in Cuba. In Haiti it killed 31 people"): the claim's may be a sum.
    if (all.some((f) => f.source === best.source && f.sentence !== best.sentence && Math.abs(f.sentence - best.sentence) <= NEAR)) continue;
    // Nor one next to it that adds to it ("In June the city bought four more electric buses"): the claim's may be the sum.
    if (near.some((x) => ADDS_MORE.test(ev.text.slice(x.range.start, x.range.end)))) continue;
    // Nor a count of another name than the sentence's ("Arsenal have won the cup 13 times" for "Manchester United have
    // won the cup 14 times", where the page gives United a number of its own elsewhere).
    if (figureOfAnotherName(sentence, { start: tokens[c.from].start, end: tokens[c.to].end }, best.source, best.range.start, evs)) continue;
    const text = sentence.slice(tokens[c.from].start, tokens[c.to].end);
    const theirsText = ev.text.slice(best.range.start, best.range.end);
    const replacement = c.ordinal ? (c.words ? ORDINAL_WORDS_OF.get(best.value) : `${best.value}${ordinalSuffix(best.value)}`) : c.words ? WORDS_OF.get(best.value) : String(best.value);
    out.push({
      text,
      range: { start: tokens[c.from].start, end: tokens[c.to].end },
      value: c.value,
      theirs: { text: theirsText, source: best.source, range: best.range, value: best.value },
      replacement: short ? undefined : replacement && matchCase(replacement, text),
      ...(!c.words && !c.ordinal ? { digits: true as const } : {}),
    });
  }
  return [...out, ...partitiveCounts(sentence, evs)];
}

/** "Five of them", "two of whom": a count of a whole said before it, with what that part is after it. */
const PARTITIVE = /(?<![\p{L}\p{N}.,-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}(?:,\d{3})*)\s+of\s+(?:them|those|these|which|whom)\b/giu;

/**
 * A part of a whole the sentence counts otherwise than the page ("nine first works, five of them from female
 * filmmakers" / "nine first works, four of them from female filmmakers"): the page sentence that states the rest of
 * the sentence best says the same part ("of them", and the same two content words after it) with another count, and
 * the claim's count is in no sentence of the page with that part.
 */
function partitiveCounts(sentence: string, evs: SourceEvidence[]): CountConflict[] {
  const out: CountConflict[] = [];
  const valueOf = (w: string) => (/^\d/.test(w) ? Number(w.replace(/,/g, '')) : CARDINALS[w.toLowerCase()]);
  // What the part is: its content words up to the end of its clause (at most five).
  const partOf = (text: string, end: number) => contentStemsOf(/^[^,;:.!?()]{0,80}/.exec(text.slice(end))![0]).slice(0, 5);
  let read = 0;
  for (const m of sentence.matchAll(PARTITIVE)) {
    if (read++ >= MAX_COUNTS) break;
    const value = valueOf(m[1]);
    const part = partOf(sentence, m.index! + m[0].length);
    if (part.length < 2 || value === undefined) continue;
    const before = contentStemsOf(sentence.slice(0, m.index!));
    const found: { source: number; sentence: number; value: number; range: OffsetRange; text: string; share: number }[] = [];
    let mine = false;
    evs.forEach((ev, source) => {
      if (!part.every((x) => ev.allStems.has(x))) return;
      ev.sentences.forEach((s, k) => {
        if (!part.every((x) => s.stemSet.has(x))) return;
        const text = ev.text.slice(s.range.start, s.range.end);
        for (const n of text.matchAll(PARTITIVE)) {
          const theirs = partOf(text, n.index! + n[0].length);
          if (theirs.slice(0, part.length).join(' ') !== part.join(' ')) continue;
          const v = valueOf(n[1]);
          if (v === value) mine = true;
          else if (v !== undefined) {
            const share = before.length ? before.filter((x) => s.stemSet.has(x)).length / before.length : 0;
            found.push({ source, sentence: k, value: v, range: { start: s.range.start + n.index!, end: s.range.start + n.index! + n[1].length }, text: n[1], share });
          }
        }
      });
    });
    // (Two counts of the part the page gives otherwise may add up to the sentence's: "eight of them police officers" for
    // three killed and five wounded.)
    const best = found.sort((a, b) => b.share - a.share)[0];
    if (mine || !best || best.share < SAME_STATEMENT || found.some((f) => f.value !== best.value)) continue;
    const start = m.index!;
    const words = /^\p{L}/u.test(m[1]);
    // (Digits as the page writes them: "2,500".)
    const replacement = words ? WORDS_OF.get(best.value) ?? (best.value < 10 ? Object.keys(UNITS).find((k) => UNITS[k] === best.value) : undefined) : /^\d/.test(best.text) ? best.text : String(best.value);
    out.push({
      text: m[1],
      range: { start, end: start + m[1].length },
      value,
      theirs: { text: best.text, source: best.source, range: best.range, value: best.value },
      replacement: replacement && matchCase(replacement, m[1]),
      ...(!words ? { digits: true as const } : {}),
    });
  }
  return out;
}

/** The content stems of a text in order (stop words, numbers and single letters left out). */
function contentStemsOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopword(t.word) && t.word.length > 1 && !/^\d/.test(t.word))
    .map((t) => t.stem);
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** "Eight" for "Twelve" at the start of a sentence. */
function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

interface PageCount {
  value: number;
  source: number;
  sentence: number;
  range: OffsetRange;
  /** The content words of its clause either side (`anchors`), for a count alone in its sentence. */
  anchors: string[];
  /** The only number of its sentence, unqualified, no name's nor a part's: one that may say the claim's is wrong. */
  alone: boolean;
}

/** Before a count: a denial of reaching it ("wasn't yet six", "not even 30"). */
const SHORT_OF = /(?:\bnot|n['’]t)\s+(?:yet|even)\s*$/i;

/** Before a page's count: a qualifier that leaves its value open ("nearly a dozen", "more than 20", "as many as 40"). */
const PAGE_QUALIFIED = /\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|than|least|most|up\s+to|as\s+many\s+as|as\s+few\s+as|estimated|close\s+to|upwards\s+of)\s+$/i;

/**
 * Every count of `counted` in the sources (of the same type: ranks for a rank), with its sentence,
 * where it is the sentence's only number: a sentence with another ("won 12 of its 20 games", "40
 * stores in the UK and 12 stores in Ireland", "a third man; 2 men were charged last week") may give
 * the claim's by a sum or a difference, and one with a qualified count of it ("more than 20 buses")
 * leaves its value open. Each sentence is read once, left to right.
 */
function pageCounts(evs: SourceEvidence[], counted: string, second: string | undefined, ordinal: boolean): PageCount[] {
  const out: PageCount[] = [];
  evs.forEach((ev, source) => {
    const holding = ev.sentencesWith(counted);
    if (!holding) return;
    let read = 0;
    for (const k of holding) {
      if (++read > READ) break;
      const range = ev.sentences[k].range;
      const text = ev.text.slice(range.start, range.end);
      const tokens = tokenize(text);
      let numbers = 0;
      let mine: Count | undefined;
      let open = false;
      const found: PageCount[] = [];
      for (let j = 0; j < tokens.length; j++) {
        const c = countAt(text, tokens, j, true) ?? otherNumberAt(text, tokens, j);
        if (!c) continue;
        j = c.to;
        const isCounted = c.ordinal === ordinal && countedWord(tokens, c) === counted;
        // A decimal or a sum of money is no count the claim's may be worked out from ("the 7.8 magnitude quake destroyed
        // 40 schools"; "5 players for a combined $2,000,000"); a score, a share or a date's day may be (a 3-1 win is three goals).
        if (!isCounted && (decimalOrMoney(text, tokens, c))) continue;
        numbers++;
        if (!isCounted) continue;
        // The same thing counted, the next word too when both have one ("three new libraries" / "two new swimming pools").
        const theirSecond = countedWord(tokens, c, c.to + 2, text);
        if (second && theirSecond && second !== theirSecond) continue;
        const before = text.slice(Math.max(0, tokens[c.from].start - 30), tokens[c.from].start);
        // A name's number ("Channel 4 journalists", "Formula 1 drivers", "Top 10 singles"; not "A third season"), a qualified one, a part of a whole.
        const name = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(before)?.[1];
        if ((name && !isStopword(name.toLowerCase())) || PAGE_QUALIFIED.test(before) || PART_OF.test(before)) open = true;
        else {
          mine = c;
          found.push({ value: c.value, source, sentence: k, range: { start: range.start + tokens[c.from].start, end: range.start + tokens[c.to].end }, anchors: [], alone: false });
        }
      }
      // One of the thing said with an article is a count too ("2 towers, and a central tower"); a count said against
      // another ("twice as many as", "25 per cent fewer than", "up 50% on") is one the claim's may be worked out from.
      if (!ordinal && tokens.some((t, j) => oneOfThing(text, tokens, j, counted))) numbers++;
      if (RELATIVE_COUNT.test(text)) open = true;
      // Only a count alone in its sentence may say the claim's is wrong; any count of the thing may back it.
      if (mine && !open && numbers === 1) {
        const last = found[found.length - 1];
        last.alone = true;
        last.anchors = anchors(text, tokens, mine.from, mine.to);
      }
      out.push(...found);
    }
  });
  return out;
}

const MONTH_BEFORE = new RegExp(`\\b${MONTH_NAME}\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b`, 'i');
/**
 * A number in digits of the sentence that counts nothing: a percent not of something ("rose 14.8%"; not "12% of its 50
 * buses"), a day of a date ("on 3 May"), or a score ("won 3-1 at home"; "8-10 buses" is a range of a count). Only its
 * other numbers are read as counts in digits. (`countAt` reads no decimal nor a sum of money as a count.)
 */
function noCount(text: string, tokens: Token[], c: Count): boolean {
  if (c.from !== c.to) return false;
  const { start, end } = tokens[c.from];
  const w = text.slice(start, end);
  if (!/^\d/.test(w)) return false;
  const after = text.slice(end, end + 24);
  if (/^\s?(?:%|per\s?cent\b|percent\b)/i.test(after)) return !/^\s?(?:%|per\s?cent|percent)\s+of\b/i.test(after);
  // A day of a date ("released on October 16, 2001", "on 3 May").
  if (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || MONTH_AFTER.test(after)) return true;
  // A score: two numbers joined by a hyphen or dash with no counted word after them ("beat them 3-1 to", "won 2–0.");
  // "8-10 buses" is a range of a count.
  const pair = /^[-–]\d{1,2}(?![\d.,%])/.exec(after) ?? (/\d[-–]$/.test(text.slice(Math.max(0, start - 2), start)) ? /^/.exec(after) : null);
  if (!pair) return false;
  const next = /^[^\p{L}\p{N}]*([\p{L}]+)/u.exec(after.slice(pair[0].length));
  return !next || isStopword(next[1].toLowerCase());
}

/**
 * One of the counted thing said with an article ("a central tower" beside "2 towers"): not the "one" of "thirty-one", nor
 * the thing as a word before another noun ("a bus depot", "a bus stop": the word after it is no verb's form).
 */
function oneOfThing(text: string, tokens: Token[], j: number, counted: string): boolean {
  const t = tokens[j];
  if (!/^(?:a|an|another|one|single)$/.test(t.word)) return false;
  if (t.word === 'one' && j > 0 && (CARDINALS[tokens[j - 1].word] ?? 0) >= 20 && /^[-\s]$/.test(text.slice(tokens[j - 1].end, t.start))) return false;
  const k = tokens[j + 1]?.stem === counted ? j + 1 : tokens[j + 2]?.stem === counted && !isStopword(tokens[j + 1]?.word ?? 'the') ? j + 2 : -1;
  if (k < 0) return false;
  const after = tokens[k + 1];
  const modifier = !!after && !isStopword(after.word) && /^\s+$/.test(text.slice(tokens[k].end, after.start)) && /^\p{Ll}/u.test(text.slice(after.start, after.end)) && !/(?:s|ed|ing)$/.test(after.word);
  return !modifier;
}

/** A number of a page's sentence that is a decimal (not a percent) or a sum of money: no count the claim's may be worked out from. */
function decimalOrMoney(text: string, tokens: Token[], c: Count): boolean {
  if (c.from !== c.to || c.ordinal) return false;
  const { start, end } = tokens[c.from];
  const w = text.slice(start, end);
  if (/[$£€¥]\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  return /^\d+\.\d+$/.test(w) && !/^\s?(?:%|per\s?cent|percent)/i.test(text.slice(end, end + 9));
}

/** A clause of the sentence is read as its statement with this many content words, when the page sentence holds this share of them. */
const CLAUSE_WORDS = 4;
const CLAUSE_SAME = 0.6;
/**
 * Where a sentence's clauses part: a semicolon or a colon, a comma before a conjunction or a relative word, or a comma
 * before a subject pronoun, which opens the main clause after a phrase set before it ("Currently the chairperson of
 * Tukee Arts, he has published two books").
 */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|which|who|although|though|yet|(?:he|she|they|we|it)(?=\s+(?:has|have|had|is|are|was|were|will|would|can|could|also|then|now|later|still|only|\p{Ll}+(?:ed|s)\b)))\b/giu;

/** A clause break at a comma before a subject pronoun. */
const PRONOUN_BREAK = /^,\s+(?:he|she|they|we|it)$/i;
/** A phrase opening on a word of time, place, condition or circumstance ("Having left …", "Excluding his loan spell …" too): no description of the subject. */
const CIRCUMSTANCE = /^\s*(?:since|in|on|at|during|after|before|when|whenever|while|by|away|outside|inside|across|over|under|among|between|for|from|with|without|until|till|as|of|through|throughout|within|this|last|that|these|those|once|if|unless|following|upon|to|at|back|home|abroad|overall|altogether|together|having|excluding|including|not|apart|aside|besides|except|counting|discounting|plus|so\s+far|to\s+date|all\s+told|in\s+all)\b/i;
function describesSubject(opener: string): boolean {
  return !CIRCUMSTANCE.test(opener);
}

/** The content stems of the clause holding a count (its own word besides). */
function clauseWords(sentence: string, tokens: Token[], c: Count): Set<string> {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    // (A phrase before a subject pronoun is set apart only when it tells of the subject, "Currently the chairperson of
    // Tukee Arts, he …"; one of time, place or circumstance narrows what is counted: "Since the band split in 2010, she
    // has released four albums", "In the Champions League, he has scored five goals".)
    // (And only before the count: ", it says" after it is an attribution, no clause of its own.)
    if (PRONOUN_BREAK.test(m[0]) && (m.index! >= tokens[c.from].start || !describesSubject(sentence.slice(from, m.index!)))) continue;
    if (m.index! < tokens[c.from].start) from = m.index! + m[0].length;
    else if (m.index! >= tokens[c.to].end) {
      to = m.index!;
      break;
    }
  }
  return new Set(tokens.filter((t, k) => t.start >= from && t.end <= to && (k < c.from || k > c.to) && !isStopword(t.word) && !/^\d/.test(t.stem)).map((t) => t.stem));
}

/** A page sentence that gives a count against another: the claim's may be worked out from the two. */
const RELATIVE_COUNT = /\b(?:as\s+many\s+as|as\s+much\s+as|twice|double|triple|half\s+as|times\s+as|more\s+than|fewer\s+than|less\s+than|up\s+from|down\s+from|compared\s+(?:with|to)|up\s+\d[\d.]*\s*(?:%|per\s?cent|percent)|down\s+\d[\d.]*\s*(?:%|per\s?cent|percent)|(?:rose|fell|grew|dropped|increased|decreased|declined|climbed)\s+(?:by\s+)?\d[\d.]*\s*(?:%|per\s?cent|percent))/i;

/** A number at token j that is no count of the kind `countAt` reads: "a third", "half", "dozen" ("a third of its 30 stores"). Years are not numbers here. */
function otherNumberAt(text: string, tokens: Token[], j: number): Count | undefined {
  const w = tokens[j].word;
  // ("$12.5 million": the magnitude is the number's before it.)
  if (/^(?:hundred|thousand|million|billion)$/.test(w) && j > 0 && /^\d/.test(tokens[j - 1].word)) return undefined;
  if (/^(?:half|dozen|hundred|thousand|million|billion)$/.test(w) || /^\d[\d,.]*$/.test(w)) {
    if (/^(?:1[5-9]|20)\d\d$/.test(w)) return undefined;
    return { value: NaN, ordinal: false, words: true, from: j, to: j };
  }
  return undefined;
}
