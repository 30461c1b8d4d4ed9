/**
 * Where an edit changed a draft, as far as what Cited reads from it goes: the blocks the changed
 * text touches (before and after the edit), with the block on each side of them, on whole lines.
 * Outside that region the two models hold the same blocks, markers and excluded ranges (moved by
 * the edit's length), and the definitions that changed are named, so what was worked out there
 * from the one model holds for the other, moved: a keystroke in a long draft redoes one
 * paragraph's claims, not all.
 */
import type { DraftModel, Definition, TextBlock } from './parseDraft';
import type { Citation } from './citationScanner';
import { firstEndingAfter, firstStartingFrom, type OffsetRange } from '../text';

export interface EditedRegion {
  /** Where the region starts: the same offset in both models (the text before it is the same). */
  start: number;
  /** Where the region ends in the earlier model. */
  oldEnd: number;
  /** Where the region ends in the later model (`oldEnd + delta`). */
  newEnd: number;
  /** How much the edit lengthened the draft (negative: shortened): what moves an offset after the region. */
  delta: number;
  /** How many markers of the earlier model lie before the region (the same number in the later one). */
  citationsBefore: number;
  /** The markers of the earlier model after the region start at this index; of the later model, at `newCitationsAfter`. */
  oldCitationsAfter: number;
  newCitationsAfter: number;
  /**
   * Labels (lower case) whose definition changed (added, dropped, or pointing elsewhere): a numbered marker outside
   * the region with one of these resolves afresh.
   */
  redefined: ReadonlySet<string>;
}

/**
 * The region an edit from `old` to `next` changed, or undefined when the edit reaches further than
 * its blocks (a fence opened, a marker's reading changed elsewhere): then
 * nothing of the earlier model is taken over. Linear in the draft's length and markers.
 */
export function editedRegion(old: DraftModel, next: DraftModel): EditedRegion | undefined {
  const a = old.text;
  const b = next.text;
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  const delta = b.length - a.length;
  // The changed text, in the earlier model's offsets: [start, oldEnd) (after the region, the later model's offset is that plus delta).
  let start = prefix;
  let oldEnd = a.length - suffix;
  // A later model's offset where the earlier model has it: before the change the same, after it moved back; in the changed
  // text, the change's start (for a start) or end (for an end), so a block of changed text covers all of the change.
  const changedEnd = b.length - suffix;
  const earlierStart = (x: number) => (x <= prefix ? x : x >= changedEnd ? x - delta : prefix);
  const earlierEnd = (x: number) => (x >= changedEnd ? x - delta : x <= prefix ? x : a.length - suffix);
  // Every block that meets the changed text (in either model), then every block that overlaps one of those, until none is
  // left half in the region: a few rounds (a block in a list item in a quote); a region still growing after that is given up.
  const grow = (meetsFirst: boolean): boolean => {
    for (let round = 0, grown = true; grown; round++) {
      if (round === 8) return false;
      grown = false;
      for (const [blocks, later] of [
        [old.blocks, false],
        [next.blocks, true],
      ] as const) {
        for (const bl of blocks) {
          const s = later ? earlierStart(bl.range.start) : bl.range.start;
          const e = later ? earlierEnd(bl.range.end) : bl.range.end;
          const meets = meetsFirst && round === 0 ? s <= oldEnd && e >= start : s < oldEnd && e > start;
          if (meets && (s < start || e > oldEnd)) {
            start = Math.min(start, s);
            oldEnd = Math.max(oldEnd, e);
            grown = true;
          }
        }
      }
    }
    return true;
  };
  if (!grow(true)) return undefined;
  // With the block on each side (what reads a sentence's neighbour, as the uncited check does, reads within them) and on whole lines.
  start = blockBefore(old.blocks, start)?.range.start ?? start;
  oldEnd = Math.max(oldEnd, blockAfter(old.blocks, oldEnd)?.range.end ?? oldEnd);
  if (!grow(false)) return undefined;
  start = lineStart(a, start);
  oldEnd = lineEnd(a, oldEnd);
  const newEnd = oldEnd + delta;
  if (start > prefix || oldEnd < a.length - suffix) return undefined;
  // Outside the region both models must read the same.
  if (!sameOutside(old.blocks, next.blocks, start, oldEnd, delta, (x) => x.range, sameBlock)) return undefined;
  if (!sameOutside(old.excluded, next.excluded, start, oldEnd, delta, (x) => x, () => true)) return undefined;
  if (!sameOutside(old.citations, next.citations, start, oldEnd, delta, (x) => x.range, sameCitation)) return undefined;
  if (!sameFrontMatter(old.frontMatter, next.frontMatter)) return undefined;
  const citationsBefore = firstEndingAfter(old.citations, start, (c) => c.range);
  return {
    start,
    oldEnd,
    newEnd,
    delta,
    citationsBefore,
    oldCitationsAfter: firstStartingFrom(old.citations, oldEnd),
    newCitationsAfter: firstStartingFrom(next.citations, newEnd),
    redefined: redefinedLabels(old.definitions, next.definitions),
  };
}

/** Whether a range of the earlier model lies wholly outside the region (so the later model has it, moved when after). */
export function outsideRegion(r: OffsetRange, region: EditedRegion): 'before' | 'after' | undefined {
  if (r.end <= region.start) return 'before';
  if (r.start >= region.oldEnd) return 'after';
  return undefined;
}

/** A range of the earlier model moved to where the later model has it. */
export function moved(r: OffsetRange, region: EditedRegion): OffsetRange {
  return r.start >= region.oldEnd ? { start: r.start + region.delta, end: r.end + region.delta } : r;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  if (at > 0 && text.charCodeAt(at - 1) === 10) return at;
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

/** The last block that ends at or before `at`. */
function blockBefore(blocks: TextBlock[], at: number): TextBlock | undefined {
  let found: TextBlock | undefined;
  for (const bl of blocks) if (bl.range.end <= at && (!found || bl.range.end > found.range.end)) found = bl;
  return found;
}

/** The first block that starts at or after `at`. */
function blockAfter(blocks: TextBlock[], at: number): TextBlock | undefined {
  for (const bl of blocks) if (bl.range.start >= at) return bl;
  return undefined;
}

/**
 * Whether the items of two sorted lists outside [start, oldEnd) (in the later list, moved by delta)
 * are the same, in the same order, and none of the earlier list straddles the region's edges.
 */
function sameOutside<T>(xs: readonly T[], ys: readonly T[], start: number, oldEnd: number, delta: number, range: (x: T) => OffsetRange, same: (x: T, y: T, by: number) => boolean): boolean {
  const outside = (list: readonly T[], by: number) => {
    const out: T[] = [];
    for (const x of list) {
      const r = range(x);
      if (r.end <= start || r.start >= oldEnd + by) out.push(x);
      else if (r.start < start || r.end > oldEnd + by) return undefined;
    }
    return out;
  };
  const ox = outside(xs, 0);
  const oy = outside(ys, delta);
  if (!ox || !oy || ox.length !== oy.length) return false;
  for (let i = 0; i < ox.length; i++) {
    const rx = range(ox[i]);
    const ry = range(oy[i]);
    const by = rx.start >= oldEnd ? delta : 0;
    if (rx.start + by !== ry.start || rx.end + by !== ry.end || !same(ox[i], oy[i], by)) return false;
  }
  return true;
}

function sameBlock(x: TextBlock, y: TextBlock): boolean {
  return x.kind === y.kind;
}

function sameCitation(x: Citation, y: Citation, by: number): boolean {
  if (x.kind !== y.kind || !!x.split !== !!y.split || !!x.link !== !!y.link || !!x.ambiguous !== !!y.ambiguous || x.refs.length !== y.refs.length) return false;
  return x.refs.every((r, i) => {
    const s = y.refs[i];
    return r.label === s.label && r.range.start + by === s.range.start && r.range.end + by === s.range.end && !!r.suppressAuthor === !!s.suppressAuthor && r.prefix === s.prefix && r.locator === s.locator;
  });
}

/** The same front matter: the same record (a first chunk left alone is parsed once), none in either, or the same data (YAML's aliases can make it circular: then not the same). */
function sameFrontMatter(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length === 0 && kb.length === 0) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** The labels whose definition a marker resolves with (the first of its label) is not the same in both lists: none, or another destination. */
function redefinedLabels(xs: Definition[], ys: Definition[]): Set<string> {
  const out = new Set<string>();
  if (xs.length === ys.length && xs.every((d, i) => d.identifier === ys[i].identifier && d.url === ys[i].url)) return out;
  const first = (ds: Definition[]) => {
    const m = new Map<string, string>();
    for (const d of ds) if (!m.has(d.identifier)) m.set(d.identifier, d.url);
    return m;
  };
  const a = first(xs);
  const b = first(ys);
  for (const [k, url] of a) if (b.get(k) !== url) out.add(k);
  for (const k of b.keys()) if (!a.has(k)) out.add(k);
  return out;
}
