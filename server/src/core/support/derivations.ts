/**
 * Other forms of a word, by derivation: "merge" / "merger", "fail" / "failure", "freshly" /
 * "fresh", "Austria" / "Austrian", "legal" / "law". A sentence often says in one form what its
 * source says in another; the stemmer joins inflections only ("merged" / "merges").
 * The table comes from WordNet (see scripts/derivations.ts) and is read on first use.
 */
import { DERIVATIONS } from './derivations.data';

let table: Map<string, readonly string[]> | undefined;

/** The stems of the forms derived from or underlying the word whose stem is `stem` (none for most words). */
export function derivedForms(stem: string): readonly string[] {
  if (!table) {
    table = new Map();
    for (const line of DERIVATIONS.split('\n')) {
      const [key, ...forms] = line.split(' ');
      table.set(key, forms);
    }
  }
  return table.get(stem) ?? [];
}
