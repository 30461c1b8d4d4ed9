/**
 * A nomination told as a win: "The show won an Academy Award in 2012 for the theatrical short" where
 * the page says it "was nominated for an Academy Award in 2012 for the theatrical short". Every word
 * but "won" is on the page, so the sentence reads as supported; what it claims the page does not
 * say, and says less than.
 *
 * Said only where the page is clear (a review of the first version found seventeen faithful sentences
 * it warned on, most of them wins the page tells with another verb or in another sentence):
 * - the sentence says "won" (or "wins", "win", "winning"; not "Oscar-winning") and then, in its clause,
 *   an award with a word for one and a word of its own ("an Academy Award", "two Emmys", "the FA Cup";
 *   not "the award" alone); not a nomination or a nod, a primary, a contest, praise or a vote;
 * - a sentence of the sources holds every content word of the award with a word of nomination
 *   ("nominated", "shortlisted", "finalist", "runner-up");
 * - no sentence of the sources holding every word of the award has a word of winning, giving or
 *   receiving ("won", "took", "lifted", "clinched", "crowned", "named", "received", "champions", "gold"
 *   …), unless it is followed by another award by name ("to win a Peabody Award, and was nominated for
 *   an Academy Award"); nor do the two sentences after the nomination ("She finally received it in 1945").
 */
import { contentStems } from '../text';
import type { SourceEvidence } from './evidence';

/** "Won" and its forms, before what was won. */
const WON = /(?<![\p{L}-])(?:won|wins|win|winning)\s+(?:(?:an?|the|his|her|its|their|two|three|four|five|six|several|multiple|another)\s+)?/giu;
/** What was won runs to the end of its clause: a comma, "for", "in", "at", "with", "after", "and". */
const OBJECT_END = /\s*(?:[,;:()—–]|\b(?:for|in|at|with|after|and|by|from|on|as|when|while|which|that)\b)/i;
/** A word for an award when the award is not named. */
const AWARD_WORD = /\b(?:awards?|prizes?|medals?|trophy|trophies|cups?|titles?|championships?|oscars?|emmys?|grammys?|tonys?|baftas?|golden\s+globes?|pulitzers?|bookers?|nobels?|peabodys?|peabodies)\b/i;
/** Not an award: what a candidate wins ("the nomination"), or a reaction ("praise", "approval"). */
const NOT_AN_AWARD = /\b(?:nominations?|nominee|nods?|primary|primaries|caucus(?:es)?|contest|competition|tender|praise|approval|support|acclaim|favou?r|votes?|election|seats?|race|game|match|battle|case|lawsuit|appeal|contract|bid|rights?|place|spot|berth|hearts?)\b/i;
/** A page's word of nomination. */
const NOMINATED = /\b(?:nominated|nomination|nominations|nominee|nominees|shortlisted|short-listed|finalist|finalists|runner-up|runners-up|longlisted|long-listed)\b/i;
/** A page's word of winning, giving or receiving. */
const WINNING =
  /\b(?:won|win|wins|winning|winner|winners|awarded|received|receives|receive|earned|earns|took|take|takes|taken|collected|picked\s+up|claimed|scooped|lifted|clinched|crowned|named|chosen|selected|secured|captured|bagged|landed|triumphed|triumph|champions?|gold|honou?red\s+with|recipient|laureate|victory|victorious)\b/i;
/**
 * Whether a page sentence that names the award says something won it: a word of winning, unless what follows it in its
 * clause is another award by name ("to win a Peabody Award, and was nominated for an Academy Award").
 */
function winsIt(text: string, award: readonly string[]): boolean {
  // (Told apart by the award's own words: "Peabody Award" is another award than "Academy Award".)
  const own = award.filter((x) => !GENERIC.has(x));
  for (const m of text.matchAll(new RegExp(WINNING.source, 'gi'))) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    const end = after.search(/[,;:()—–]|\band\b/);
    const what = end < 0 ? after : after.slice(0, end);
    // (Another award by name right after the word, with a word for an award: "to win a Peabody Award".)
    const named = /^\s+(?:(?:an?|the|its|his|her|their)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(what)?.[1];
    if (named && AWARD_WORD.test(named) && own.length && !contentStems(named).some((x) => own.includes(x))) continue;
    return true;
  }
  return false;
}

/**
 * Whether a sentence after the nomination says the award was won, by a word of winning with "it", "them", "the award" (a
 * word for an award), a word of the award's own or a category by name right after it ("She finally received it in 1945",
 * "Jane Doe received Best Actress"; not "has received historic expansion updates").
 */
function winsItAfter(text: string, award: readonly string[]): boolean {
  for (const m of text.matchAll(new RegExp(WINNING.source, 'gi'))) {
    const what = text.slice(m.index! + m[0].length, m.index! + m[0].length + 50);
    if (/^\s+(?:it|them|both|one|two|three)\b/i.test(what)) return true;
    const next = /^\s+(?:(?:an?|the|its|his|her|their)\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u.exec(what)?.[1] ?? '';
    if (AWARD_WORD.test(next) || contentStems(next).some((x) => award.includes(x) && !GENERIC.has(x))) return true;
    // A category by name after a plain word of winning ("Jane Doe received Best Actress").
    if (/^(?:won|win|wins|received|took|collected|claimed|picked\s+up|scooped|bagged|landed)$/i.test(m[0]) && /^\p{Lu}/u.test(next)) return true;
  }
  return false;
}

/** Words any award's name may have. */
const GENERIC = new Set(contentStems('award awards prize prizes medal medals trophy trophies cup title championship honour honor'));

/** Sentences after a nomination read for a win said of it ("She finally received it in 1945"). */
const AFTER_NOMINATION = 2;
/** At most this many award mentions of a sentence are read. */
const MAX_WON = 4;

/** The award the sentence says was won and the page only says was a nomination for, with the page's sentence. */
/**
 * Whether a nomination's word is said of the award: the award's own word within `NOMINATION_REACH` words after it, or
 * `NOMINATION_BEFORE` words before it ("the final of the Scottish Cup in 2014, finishing as runners-up", "nominated for Best Picture and Best Director at the Academy Awards", "shortlisted
 * for, and narrowly missed, the Booker Prize", "her Emmy nomination"), in one clause (no semicolon) with no figure
 * but a year between: not "a target of 10 to 12 medals and 28 finalists".
 */
function nominationOf(text: string, stems: string[]): boolean {
  const nominations = new RegExp(NOMINATED.source, 'gi');
  for (const m of text.matchAll(nominations)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 160).split(';')[0];
    const before = text.slice(Math.max(0, m.index! - 60), m.index!).split(';').pop()!;
    const near = (words: string[]) => !words.some((w) => /\d/.test(w) && !/^(?:1[89]|20)\d\d\W*$/.test(w)) && contentStems(words.join(' ')).some((x) => !GENERIC.has(x) && stems.includes(x));
    const wordsAfter = after.split(/\s+/).filter(Boolean).slice(0, NOMINATION_REACH);
    // (Up to the award's word only: a figure after it is of something else.)
    const upTo = wordsAfter.findIndex((w) => contentStems(w).some((x) => !GENERIC.has(x) && stems.includes(x)));
    if (upTo >= 0 && near(wordsAfter.slice(0, upTo + 1))) return true;
    const wordsBefore = before.split(/\s+/).filter(Boolean).slice(-NOMINATION_BEFORE);
    if (near(wordsBefore)) return true;
  }
  return false;
}
/** How many words after a nomination's word, and before it, its award's word may be. */
const NOMINATION_REACH = 16;
const NOMINATION_BEFORE = 6;

export function nominatedNotWon(claim: string, evs: readonly SourceEvidence[]): { award: string; theirs: string } | undefined {
  let n = 0;
  for (const m of claim.matchAll(WON)) {
    if (++n > MAX_WON) break;
    const rest = claim.slice(m.index! + m[0].length, m.index! + m[0].length + 80);
    const end = rest.search(OBJECT_END);
    const award = (end < 0 ? rest : rest.slice(0, end)).trim().replace(/[.!?"'”’]+$/, '');
    // ("Wins over Spain": a victory over someone, not an award.)
    if (!award || award.split(/\s+/).length > 6 || NOT_AN_AWARD.test(award) || /^(?:over|against|by|at|in|from|on|to|out|back|through|it|them|him|her)\b/i.test(award)) continue;
    // An award by a word for one, with a word of its own ("an Academy Award", "two Emmys"; not "the award" alone).
    if (!AWARD_WORD.test(award)) continue;
    const stems = [...new Set(contentStems(award))];
    if (!stems.some((x) => !GENERIC.has(x))) continue;
    let theirs: string | undefined;
    let won = false;
    for (const ev of evs) {
      for (const [k, s] of ev.sentences.entries()) {
        const held = new Set(s.stems);
        if (!stems.every((x) => held.has(x))) continue;
        const text = ev.text.slice(s.range.start, s.range.end);
        if (winsIt(text, stems)) {
          won = true;
          break;
        }
        // (The nomination of the award itself: its word within a few words of the award's, "nominated for an Emmy", not
        // "a target of 10 to 12 medals and 28 finalists".)
        if (!theirs && NOMINATED.test(text) && nominationOf(text, stems)) {
          theirs = text;
          // A win said in the sentences after the nomination ("She finally received it in 1945").
          if (ev.sentences.slice(k + 1, k + 1 + AFTER_NOMINATION).some((x) => winsItAfter(ev.text.slice(x.range.start, x.range.end), stems))) won = true;
        }
      }
      if (won) break;
    }
    if (theirs && !won) return { award, theirs };
  }
  return undefined;
}
