/**
 * Forenames (common first names in English-speaking countries, `forenames.data.ts`): a name of two
 * words whose first is one ("Sam Parnia") is a person's, whose surname a page may give otherwise.
 */
import { FORENAMES } from './forenames.data';
import { inSortedList } from './commonWords';

/** Whether `word` (lower case) is a forename. */
export function isForename(word: string): boolean {
  return inSortedList(FORENAMES, word);
}
