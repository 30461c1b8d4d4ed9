/**
 * The real drafts and sources the fuzz suite mutates: the example newsroom (`examples/`) and the
 * CLI fixture (`test/fixtures/newsroom`), which are always in the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOTS = [path.resolve(__dirname, '../../examples'), path.resolve(__dirname, '../fixtures/newsroom')];

function filesUnder(dir: string): { name: string; text: string }[] {
  try {
    return readdirSync(dir)
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
  } catch {
    return [];
  }
}

/** Real drafts, by file name. */
export const DRAFTS = ROOTS.flatMap((r) => filesUnder(path.join(r, 'drafts')));
/** Real sources, by file name (the names the drafts' definitions point to). */
export const SOURCES = ROOTS.flatMap((r) => filesUnder(path.join(r, 'sources')));

/** The prose sentences of the example drafts, without their markers: the stuff ordinary drafts are made of. */
export const SENTENCES: string[] = [
  ...new Set(
    DRAFTS.flatMap((d) => d.text.split('\n'))
      .filter((l) => /^[A-Z]/.test(l) && !l.startsWith('[') && l.length > 20)
      .flatMap((l) => l.split(/(?<=[.?!])\s+(?=[A-Z])/))
      .map((s) => s.replace(/\s*\[[^\]]*\]?/g, '').replace(/[.?!]*$/, '').trim())
      .filter((s) => s.split(' ').length >= 4),
  ),
];

/** Words of the example drafts and sources. */
export const WORDS: string[] = [
  ...new Set(
    [...DRAFTS, ...SOURCES]
      .flatMap((f) => f.text.split(/[^\p{L}\p{N}'$%.,-]+/u))
      .map((w) => w.replace(/^[.,'-]+|[.,'-]+$/g, ''))
      .filter((w) => w.length > 0 && w.length < 20),
  ),
].sort();
