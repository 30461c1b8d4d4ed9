/**
 * Common English words (WordNet's one-word lemmas written in lower case, `commonWords.data.ts`):
 * a name made of them only ("Justice Department", "Bay Area", "Wall Street") is a description
 * that a page may put in other words, where a name proper ("Mike Del Rio") has no other.
 */
import { COMMON_WORDS } from './commonWords.data';

/**
 * Whether `word` (lower case) is a common English word: a binary search of the sorted list as it is
 * shipped, one space between words (no set of 64,000 strings to build and hold).
 */
export function isCommonWord(word: string): boolean {
  return inSortedList(COMMON_WORDS, word);
}

/** Whether `word` is one of the words of `list` (sorted, one space between words), by a binary search of the text. */
export function inSortedList(list: string, word: string): boolean {
  // Every word that may be `word` lies from `lo` (a word's start) to `hi` (a word's end).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf(' ', mid) + 1;
    let end = list.indexOf(' ', start);
    if (end < 0 || end > hi) end = hi;
    const w = list.slice(start, end);
    if (w === word) return true;
    if (w < word) lo = end + 1;
    else hi = start - 1;
  }
  return false;
}
