/**
 * "One of" dropped: "It is the best-preserved example of post-Mannerist architecture" against a
 * page that says "one of the best conserved examples of post-Mannerist architecture"; "the only
 * university in Mainland China that awards full scholarships" where the page says "one of the few
 * universities in Mainland China that awards full scholarships". Every word of the sentence is on
 * the page, so it reads as supported; what it claims (oldest, only) the page claims of a group.
 *
 * Said (`oneOfDropped`) only where the page is clear (a review of the first version found pages
 * saying "one of the largest cities in Africa" and "Nigeria's largest city", "one of the first
 * scientists to study radioactivity" and "the first person to win two Nobel prizes"):
 * - the sentence says "the" (or a possessive) and a superlative ("oldest", "best", "most common"),
 *   or "only", in lower case (not a title's "Greatest Hits"), not a rank ("second-largest"), with no
 *   "one of" or "among" before it; ordinals ("first", "last") are left alone: "the first game of the
 *   season" may be the page's "opening game";
 * - the page sentence that states the rest of the sentence (SAME_STATEMENT of its other words) says
 *   "one of" or "among" and the same superlative ("one of the few" or "one of only" for "only"; for
 *   "most", the same word after it: "most common", not "most feared" for "most goals");
 * - every word of what the sentence's superlative is of, to the end of its clause ("example of
 *   post-Mannerist Florentine architecture", "university in Mainland China that awards"), is in the
 *   page's group, but a participle right after the superlative, where the page has one too
 *   ("best-preserved" / "best conserved"): the same group, not "the largest ranch in Texas" for
 *   "one of the largest ranches in the world";
 * - and no sentence of the sources says the superlative of one thing ("the largest", "Nigeria's
 *   largest") with a word of that group.
 */
import { contentStems, tokenize, isStopword, squash, type Token } from '../text';
import { sentenceIndexAt, type SourceEvidence } from './evidence';

/** Words ending in "-est" that are no superlatives. */
const NOT_SUPERLATIVE = new Set([
  'arrest', 'behest', 'bequest', 'chest', 'conquest', 'contest', 'crest', 'digest', 'earnest', 'everest', 'forest', 'guest', 'harvest', 'honest', 'incest', 'infest', 'ingest',
  'inquest', 'interest', 'invest', 'jest', 'lest', 'manifest', 'modest', 'molest', 'nest', 'pest', 'protest', 'quest', 'request', 'rest', 'suggest', 'test', 'unrest', 'vest', 'west',
  'zest', 'attest', 'detest', 'divest', 'wrest', 'abreast', 'breast', 'beast', 'feast', 'east', 'yeast', 'priest', 'fest', 'midwest', 'southwest', 'northwest', 'southeast', 'northeast',
  'latest', 'tempest',
]);
const LONG_NOT_SUPERLATIVE = [...NOT_SUPERLATIVE].filter((x) => x.length >= 6);
/** The superlative of a word, or "only": what a sentence may say of one thing that a page says of a group. */
function superlative(word: string): boolean {
  if (word === 'best' || word === 'worst' || word === 'most' || word === 'least' || word === 'only') return true;
  // (Also their compounds: "rainforest", "dishonest", "disinterest".)
  return word.length >= 6 && word.endsWith('est') && !NOT_SUPERLATIVE.has(word) && !LONG_NOT_SUPERLATIVE.some((x) => word.endsWith(x));
}
/** Before a superlative in the sentence: it is of a group already ("one of the oldest", "among the best"). */
const OF_A_GROUP = /\b(?:one|some|two|three|several|many|few|any|each)\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:\S+\s+)?$|\bamong\s+(?:the\s+)?(?:\S+\s+)?$/i;
/** Right before the superlative: "the", a possessive ("its", "Nigeria's"), with at most one word between ("the very best"). */
const THE_BEFORE = /\b(?:the|its|his|her|their|(?!(?:it|that|there|here|what|who|he|she|where|how)['’]s)[\p{L}]+['’]s)\s+(?:[\p{L}'’-]+\s+)?$/iu;
/** "At its best", "at the latest", "at the very least": no superlative of a group. */
const AT_BEFORE = /\bat\s+(?:(?:the|its|his|her|their)\s+)?(?:very\s+)?$/i;
/** How many places of a page saying the superlative are read, per superlative of the sentence. */
const MAX_MATCHES = 50;
/** A rank before the superlative: "the second-largest", "the third most visited". */
const RANK_BEFORE = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[\s-]+$/i;
/** The share of the sentence's other content words the page sentence must hold to state the same thing. */
const SAME_STATEMENT = 0.5;
/** How many content words of what the superlative is of are read, in the sentence and in the page. */
const MINE = 5;
const THEIRS = 8;
/** The longest sentence read. */
const MAX_CHARS = 600;

/** The content words after a point of a text, to the end of its clause, up to n: stems, words, and where each ends in the text. */
function clauseAfter(text: string, from: number, n: number): { stem: string; word: string; end: number }[] {
  const rest = text.slice(from, from + 200);
  const end = rest.search(/[,;:()—–!?"“”]|\.(?:\s|$)/);
  return tokenize(end >= 0 ? rest.slice(0, end) : rest)
    .filter((t) => !isStopword(t.word) && !/^\d/.test(t.word))
    .slice(0, n)
    .map((t) => ({ stem: t.stem, word: t.word, end: from + t.end }));
}

/** The page's words for a group the sentence's superlative belongs to ("one of the few" for "only"; "one of the most common" for "most common"). */
function groupPattern(word: string, next: string | undefined): RegExp {
  const w = word === 'only' ? '(?:few|only|handful\\s+of|a\\s+few|a\\s+handful\\s+of)' : word === 'most' || word === 'least' ? `${word}[\\s-]+${next ?? ''}` : word;
  return new RegExp(`\\b(?:one\\s+of|among)\\s+(?:(?:the|his|her|its|their)\\s+|(?:the\\s+)?[\\p{L}]+['’]s\\s+)?${w}(?![\\p{L}])`, 'giu');
}

/** Whether a text says the superlative of one thing ("the largest city", "Nigeria's largest city") with a word of the group. */
function saidOfOne(text: string, word: string, next: string | undefined, group: Set<string>): boolean {
  const w = word === 'most' || word === 'least' ? `${word}[\\s-]+${next ?? ''}` : word === 'only' ? '(?:only|sole)' : word;
  const re = new RegExp(`\\b(?:the|its|his|her|their|[\\p{L}]+['’]s)\\s+(?:[\\p{L}'’-]+\\s+)?${w}(?![\\p{L}])`, 'giu');
  let read = 0;
  for (const m of text.matchAll(re)) {
    if (++read > MAX_MATCHES) return true;
    if (OF_A_GROUP.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    if (clauseAfter(text, m.index! + m[0].length, MINE).some((x) => group.has(x.stem))) return true;
  }
  return false;
}

const participle = (w: string) => /ed$/.test(w);

export function oneOfDropped(sentence: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  if (sentence.length > MAX_CHARS || /\?/.test(sentence)) return undefined;
  const tokens = tokenize(sentence);
  const tried = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t: Token = tokens[i];
    const word = t.word;
    if (!superlative(word) || /^\p{Lu}/u.test(sentence.slice(t.start, t.end))) continue;
    const before = sentence.slice(Math.max(0, t.start - 40), t.start);
    if (!THE_BEFORE.test(before) || OF_A_GROUP.test(before) || RANK_BEFORE.test(before) || AT_BEFORE.test(before)) continue;
    // "The most recent", "the best part": no claim of a group.
    if (/^[\s-]+(?:recent|recently|likely|part|half|time|times|way|ways)\b/i.test(sentence.slice(t.end, t.end + 12))) continue;
    const most = word === 'most' || word === 'least';
    const next = most ? tokens[i + 1]?.word : undefined;
    if (most && (!next || isStopword(next))) continue;
    // Each superlative (with the word after "most") is looked for once.
    const key = `${word} ${next ?? ''}`;
    if (tried.has(key)) continue;
    tried.add(key);
    const mine = clauseAfter(sentence, most ? tokens[i + 1].end : t.end, MINE);
    if (!mine.length) continue;
    const group = new Set(mine.map((x) => x.stem));
    const words = new Set(tokens.filter((x, k) => k !== i && !isStopword(x.word) && !/^\d/.test(x.word)).map((x) => x.stem));
    if (words.size < 3) continue;
    for (const ev of evs) {
      let read = 0;
      for (const m of ev.text.matchAll(groupPattern(word, next))) {
        if (++read > MAX_MATCHES) break;
        const at = m.index!;
        const k = sentenceIndexAt(ev.sentences, at);
        const s = ev.sentences[k];
        if (!s || at < s.range.start || at >= s.range.end) continue;
        if (new Set(s.stems.filter((x) => words.has(x))).size < SAME_STATEMENT * words.size) continue;
        const theirs = clauseAfter(ev.text, at + m[0].length, THEIRS);
        const theirStems = new Set(theirs.map((x) => x.stem));
        // Every word of the sentence's group in the page's, but a participle right after the superlative where the page has one.
        const same = mine.every((x, n) => theirStems.has(x.stem) || contentStems(x.word).some((y) => theirStems.has(y)) || (n === 0 && participle(x.word) && !!theirs[0] && participle(theirs[0].word)));
        if (!same) continue;
        // Looked for only now (the page's "one of" is rarer than its superlatives): the page says it of one thing too.
        if (evs.some((e) => saidOfOne(e.text, word, next, group))) return undefined;
        const start = sentence.slice(0, t.start).search(THE_BEFORE);
        const lastMine = mine[mine.length - 1];
        const theirsLast = theirs.find((x) => x.stem === lastMine.stem) ?? theirs[theirs.length - 1];
        // Quoted up to a coordinated part ("… in Dublin and is still used for worship": "… in Dublin").
        const quote = (x: string) => x.replace(/\s+/g, ' ').replace(/\s+(?:and|but|or)\s.*$/i, '');
        return { mine: quote(sentence.slice(start, lastMine.end)), theirs: quote(ev.text.slice(at, theirsLast ? theirsLast.end : at + m[0].length)) };
      }
    }
  }
  return undefined;
}

/**
 * A superlative or "first" widened to the whole world: "the first Catholic priest in the world to face
 * indictment" where the page says "the first Catholic priest in U.S. history to face indictment", "the
 * first model of any nationality to campaign for …" where it says "the first Asian model to campaign
 * for …", "the oldest player ever to appear at a World Cup" where it says "the oldest player in the
 * World Cup 2019". Said only where the page is clear:
 * - the sentence gives its superlative ("first", "last", "only", "-est", "most …"), after "the" or a
 *   possessive, one to three words of what it is of, then a scope of the whole world ("ever", "in the
 *   world", "of all time", "in history", "anywhere", "worldwide", "globally", "of any nationality",
 *   "on earth");
 * - the page sentence that states the rest of the superlative's clause (SAME_STATEMENT of its other
 *   words) says the same superlative of the same words and limits it by a name: a capitalised word
 *   between them ("the first Asian model"), or a scope right after them with a capitalised word ("in
 *   U.S. history", "in the World Cup 2019"; not "in space"), which the sentence keeps in no form ("from
 *   Asia" keeps "Asian"); "ever" is what a history says ("in the club's history");
 * - and no sentence of the sources says that superlative of those words of the whole world ("ever",
 *   "the world's first", "in existence", "on record", "at the time").
 */
export function widenedToTheWorld(sentence: string, evs: readonly SourceEvidence[]): { mine: string; theirs: string } | undefined {
  if (sentence.length > MAX_CHARS || /\?/.test(sentence)) return undefined;
  const m = WIDENED.exec(sentence);
  if (!m) return undefined;
  const sup = m.groups!.sup.toLowerCase().replace(/\s+/g, ' ');
  if (!(sup === 'first' || sup === 'last' || sup === 'only' || sup.startsWith('most ') || superlative(sup))) return undefined;
  const world = m.groups!.world.toLowerCase();
  const head = contentStems(m.groups!.head);
  if (!head.length || head.length > 3) return undefined;
  const mineStems = new Set(contentStems(sentence));
  // The words of the superlative's own clause (a sentence may join another fact to it: "won the contest and became the first …").
  const clause = sentence.slice(0, m.index).split(CLAUSE_BREAK).pop()! + ' ' + sentence.slice(m.index + m[0].length).split(CLAUSE_BREAK)[0];
  const words = new Set(tokenize(clause).filter((t) => !isStopword(t.word) && !/^\d/.test(t.word)).map((t) => t.stem));
  if (words.size < 2) return undefined;
  const supRe = new RegExp(`\\b${sup.replace(/ /g, '[\\s-]+')}(?![\\p{L}])`, 'giu');
  let found: { theirs: string } | undefined;
  for (const ev of evs) {
    let read = 0;
    for (const x of ev.text.matchAll(supRe)) {
      if (++read > MAX_MATCHES) return undefined;
      const after = x.index! + x[0].length;
      const theirs = clauseAfter(ev.text, after, THEIRS);
      // The page's words of the same thing: every head word among the first few after its superlative, in order of the sentence's.
      const at = head.map((h) => theirs.findIndex((y) => y.stem === h));
      if (at.some((k) => k < 0) || at.some((k, n) => n > 0 && k <= at[n - 1]) || at[at.length - 1] > head.length + 1) continue;
      const lastEnd = theirs[at[at.length - 1]].end;
      const scope = ev.text.slice(lastEnd, lastEnd + 80);
      // Said of the whole world on the page too ("the first … ever", "the first-ever …", "the world's first …"): the sentence's scope is the page's.
      if (WORLD_AFTER.test(scope) || /^[\s-]+ever\b/i.test(ev.text.slice(after, after + 8)) || /\bworld['’]s\s+(?:very\s+)?$/i.test(ev.text.slice(Math.max(0, x.index! - 16), x.index!))) return undefined;
      if (found) continue;
      const k = sentenceIndexAt(ev.sentences, x.index!);
      const s = ev.sentences[k];
      if (!s || new Set(s.stems.filter((y) => words.has(y))).size < SAME_STATEMENT * words.size) continue;
      // What limits it: a word between the superlative and the last head word, or a scope right after ("in U.S. history").
      const between = theirs.slice(0, at[at.length - 1]).filter((y) => !head.includes(y.stem));
      const limit = LIMIT_AFTER.exec(scope);
      const limitWords = limit ? contentStems(limit[1]) : [];
      // A limit is a name (a place, a people, an event: "Asian", "in U.S. history", "in the World Cup 2019"), not the
      // thing done ("in space"); "ever" is what a history says ("the highest finish in the club's history").
      const names = [...between.filter((y) => /^\p{Lu}/u.test(ev.text.slice(y.end - y.word.length, y.end))).map((y) => y.stem), ...(limit && /\p{Lu}/u.test(limit[1]) ? limitWords : [])];
      if (!names.length || (world === 'ever' && limit && /\bhistory\b/i.test(limit[1]))) continue;
      // Kept by the sentence in any form ("from Asia" for "Asian", "from Japan" for "Japanese").
      const limiting = [...between.map((y) => y.stem), ...limitWords];
      if (limiting.some((y) => mineStems.has(y) || [...mineStems].some((z) => z.length >= 4 && y.length >= 4 && z.slice(0, 4) === y.slice(0, 4)))) continue;
      found = { theirs: squash(ev.text.slice(x.index! - (/\bthe\s+$/i.exec(ev.text.slice(Math.max(0, x.index! - 4), x.index!))?.[0].length ?? 0), limit ? lastEnd + limit[0].length : lastEnd)) };
    }
  }
  if (!found) return undefined;
  return { mine: squash(m[0]), theirs: found.theirs };
}

/** The whole world as a superlative's scope, in the sentence: "the first Catholic priest in the world", "the oldest player ever", "the first model of any nationality". */
const WIDENED =
  /\b(?:the|its|his|her|their)\s+(?<sup>first|last|only|most\s+\p{Ll}+|\p{Ll}{3,}est)\s+(?<head>(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?<world>ever|in\s+the\s+(?:whole\s+)?world(?!['’])|of\s+all\s+time|in\s+(?:recorded\s+)?history|anywhere|worldwide|globally|of\s+any\s+(?:nationality|country|kind|race|background|era)|on\s+(?:earth|the\s+planet))\b/u;
/** The same, right after the page's words of the same thing. */
const WORLD_AFTER =
  /^[\s,]*(?:ever|in\s+the\s+(?:whole\s+)?world|of\s+all\s+time|in\s+(?:recorded\s+)?history|anywhere|worldwide|globally|(?:of|from)\s+any\s+\p{Ll}+|on\s+(?:earth|the\s+planet|record)|in\s+existence|at\s+the\s+time|(?:in|of)\s+[^,;:.]{1,40}\band\s+(?:in\s+|of\s+)?the\s+world)\b/iu;
/** A scope right after the page's words of the same thing: "in U.S. history", "in the World Cup 2019", "of the former Yugoslavia". */
const LIMIT_AFTER = /^\s+(?:in|of|from|among|within)\s+((?:the\s+)?(?:(?:\p{Lu}\.){2,}|[^\s,;:.()]+)(?:\s+(?:(?:\p{Lu}\.){2,}|[^\s,;:.()]+)){0,3}?)(?=\s+(?:to|who|that|which|since|when|for|with|and|in|on|at|by|during|after|before|as)\b|[,;:.()]|\s*$)/iu;

/** Where a clause of a sentence ends. */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|when|while|whereas|after|before|because|although|though)\b/i;

