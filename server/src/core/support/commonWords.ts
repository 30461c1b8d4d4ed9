/**
 * Common English words (WordNet's one-word lemmas written in lower case, `commonWords.data.ts`):
 * a name made of them only ("Justice Department", "Bay Area", "Wall Street") is a description
 * that a page may put in other words, where a name proper ("Mike Del Rio") has no other.
 */
import { COMMON_WORDS } from './commonWords.data';

let words: Set<string> | undefined;

/** Whether `word` (lower case) is a common English word. */
export function isCommonWord(word: string): boolean {
  words ??= new Set(COMMON_WORDS.split(' '));
  return words.has(word);
}
