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

/** For each stem, the stems that list it among their derived forms. */
let listedBy: Map<string, string[]> | undefined;
const relatedKept = new Map<string, ReadonlySet<string>>();

/**
 * The stem, its derived forms, and the stems it is a derived form of: the stems `b` for which
 * `a === b || derivedForms(a).includes(b) || derivedForms(b).includes(a)`, as one set to look up.
 */
export function relatedForms(stem: string): ReadonlySet<string> {
  let set = relatedKept.get(stem);
  if (!set) {
    if (!listedBy) {
      derivedForms('');
      listedBy = new Map();
      for (const [key, forms] of table!) for (const f of forms) {
        const list = listedBy.get(f);
        if (list) list.push(key);
        else listedBy.set(f, [key]);
      }
    }
    set = new Set([stem, ...derivedForms(stem), ...(listedBy.get(stem) ?? [])]);
    if (relatedKept.size >= 50_000) relatedKept.clear();
    relatedKept.set(stem, set);
  }
  return set;
}
