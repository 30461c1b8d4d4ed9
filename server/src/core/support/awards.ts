/**
 * A nomination told as a win: "The show won an Academy Award in 2012 for the theatrical short" where
 * the page says it "was nominated for an Academy Award in 2012 for the theatrical short". Every word
 * but "won" is on the page, so the sentence reads as supported; what it claims the page does not
 * say, and says less than.
 *
 * Said only where the page is clear:
 * - the sentence says "won" (or "wins", "win", "winning") and then, in its clause, what was won: an
 *   award by its name (capitalised: "an Academy Award", "two Emmys", "the Pulitzer Prize") or a word
 *   for one ("award", "prize", "medal", "trophy"); not a nomination ("won the Democratic
 *   nomination"), nor praise or a vote;
 * - a sentence of the sources holds every content word of what was won with a word of nomination
 *   ("nominated", "nomination", "shortlisted", "finalist", "runner-up"), and no word of winning;
 * - and no sentence of the sources says it was won, given or received: none holds every word of it
 *   with a word of winning ("won", "winner", "awarded", "received", "earned", "took home",
 *   "collected", "picked up", "claimed", "scooped", "honoured with").
 */
import { contentStems, tokenize } from '../text';
import type { SourceEvidence } from './evidence';

/** "Won" and its forms, before what was won. */
const WON = /\b(?:won|wins|win|winning)\s+(?:(?:an?|the|his|her|its|their|two|three|four|five|six|several|multiple|another)\s+)?/gi;
/** What was won runs to the end of its clause: a comma, "for", "in", "at", "with", "after", "and". */
const OBJECT_END = /\s*(?:[,;:()—–]|\b(?:for|in|at|with|after|and|by|from|on|as|when|while|which|that)\b)/i;
/** A word for an award when the award is not named. */
const AWARD_WORD = /\b(?:awards?|prizes?|medals?|trophy|trophies|cups?|titles?|championships?|oscars?|emmys?|grammys?|tonys?|baftas?|golden\s+globes?)\b/i;
/** Not an award: what a candidate wins ("the nomination"), or a reaction ("praise", "approval"). */
const NOT_AN_AWARD = /\b(?:nominations?|nominee|praise|approval|support|acclaim|favou?r|votes?|election|seats?|race|game|match|battle|case|lawsuit|appeal|contract|bid|rights?|place|spot|berth|hearts?)\b/i;
/** A page's word of nomination. */
const NOMINATED = /\b(?:nominated|nomination|nominations|nominee|nominees|shortlisted|short-listed|finalist|finalists|runner-up|runners-up|longlisted|long-listed)\b/i;
/** A page's word of winning, giving or receiving. */
const WINNING = /\b(?:won|win|wins|winning|winner|winners|awarded|received|receives|receive|earned|earns|took\s+home|take\s+home|takes\s+home|collected|picked\s+up|claimed|scooped|honou?red\s+with|recipient|laureate|victory|victorious)\b/i;
/**
 * Whether a page sentence that names the award says something won it: a word of winning, unless what follows it in its
 * clause is another award by name ("to win a Peabody Award, and was nominated for an Academy Award").
 */
function winsIt(text: string, award: readonly string[]): boolean {
  for (const m of text.matchAll(new RegExp(WINNING.source, 'gi'))) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    const end = after.search(/[,;:()—–]|\band\b/);
    const what = end < 0 ? after : after.slice(0, end);
    const named = what.match(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u)?.[0];
    // (Told apart by the award's own words: "Peabody Award" is another award than "Academy Award".)
    const own = award.filter((x) => !GENERIC.has(x));
    if (named && own.length && !contentStems(named).some((x) => own.includes(x))) continue;
    return true;
  }
  return false;
}

/** Words any award's name may have. */
const GENERIC = new Set(contentStems('award awards prize prizes medal medals trophy trophies cup title championship honour honor'));

/** At most this many award mentions of a sentence are read. */
const MAX_WON = 4;

/** The award the sentence says was won and the page only says was a nomination for, with the page's sentence. */
export function nominatedNotWon(claim: string, evs: readonly SourceEvidence[]): { award: string; theirs: string } | undefined {
  let n = 0;
  for (const m of claim.matchAll(WON)) {
    if (++n > MAX_WON) break;
    const rest = claim.slice(m.index! + m[0].length, m.index! + m[0].length + 80);
    const end = rest.search(OBJECT_END);
    const award = (end < 0 ? rest : rest.slice(0, end)).trim().replace(/[.!?"'”’]+$/, '');
    // ("Wins over Spain": a victory over someone, not an award.)
    if (!award || award.split(/\s+/).length > 6 || NOT_AN_AWARD.test(award) || /^(?:over|against|by|at|in|from|on|to|out|back|through|it|them|him|her)\b/i.test(award)) continue;
    const named = tokenize(award).some((t) => /^\p{Lu}/u.test(award.slice(t.start, t.end)));
    if (!named && !AWARD_WORD.test(award)) continue;
    const stems = [...new Set(contentStems(award))];
    if (!stems.length) continue;
    let theirs: string | undefined;
    let won = false;
    for (const ev of evs) {
      for (const s of ev.sentences) {
        const held = new Set(s.stems);
        if (!stems.every((x) => held.has(x))) continue;
        const text = ev.text.slice(s.range.start, s.range.end);
        if (winsIt(text, stems)) {
          won = true;
          break;
        }
        if (!theirs && NOMINATED.test(text)) theirs = text;
      }
      if (won) break;
    }
    if (theirs && !won) return { award, theirs };
  }
  return undefined;
}
