/**
 * Judging work (`JudgeWork` in claimChecks.ts) as messages between threads. A host numbers each
 * record it sends (`sourceTransfer` in readSource.ts sends it once); the work names its sources by
 * those numbers, never by path (two records may share a path: a bibliography entry and the same
 * entry with its attached file's text). The records in a result are replaced by their place in the
 * work's own list of records and linked back on arrival to the very records the work was made with,
 * so a verdict judged in a worker thread is one the core cannot tell from its own.
 */
import type { SourceRecord } from '../sources/sourceTypes';
import type { JudgeWork, WorkDone } from './claimChecks';

export interface WireWork {
  id: number;
  claim: string;
  sentence: string;
  threshold?: number;
  /** The numbers the host gave the records. */
  sources: number[];
  others: number[];
  needsResult: boolean;
  passages?: boolean;
  disagreement?: false;
  signals?: false;
}

export function toWire(id: number, w: JudgeWork, numberOf: (r: SourceRecord) => number): WireWork {
  return { id, claim: w.claim, sentence: w.sentence, threshold: w.threshold, sources: w.sources.map(numberOf), others: w.others.map(numberOf), needsResult: w.needsResult, passages: w.passages, ...(w.disagreement === false ? { disagreement: false as const } : {}), ...(w.signals === false ? { signals: false as const } : {}) };
}

/** The work with its sources looked up by number, or undefined when one is not known here. */
export function fromWire(w: WireWork, byNumber: (n: number) => SourceRecord | undefined): Omit<JudgeWork, 'key' | 'othersKey'> | undefined {
  const sources = w.sources.map(byNumber);
  const others = w.others.map(byNumber);
  if (sources.some((s) => !s) || others.some((s) => !s)) return undefined;
  return { claim: w.claim, sentence: w.sentence, threshold: w.threshold, sources: sources as SourceRecord[], others: others as SourceRecord[], needsResult: w.needsResult, passages: w.passages, ...(w.disagreement === false ? { disagreement: false as const } : {}), ...(w.signals === false ? { signals: false as const } : {}) };
}

/** The records of a work, in the order both sides list them: its sources, then the draft's others. */
export function workRecords(w: Pick<JudgeWork, 'sources' | 'others'>): SourceRecord[] {
  return [...w.sources, ...w.others];
}

/** How deep a result's data goes at most (a support result is a few levels deep; this bounds the walk whatever it holds). */
const MAX_DEPTH = 32;

/** `done` with every record among `records` replaced by `{ $source: i }`, its place in `records`, for a message. */
export function detachRecords(done: WorkDone, records: SourceRecord[]): unknown {
  const place = new Map<SourceRecord, number>();
  records.forEach((r, i) => place.has(r) || place.set(r, i));
  return walk(done, 0, (x) => {
    const i = place.get(x as SourceRecord);
    return i === undefined ? undefined : { $source: i };
  });
}

/** What `detachRecords` made, with each `{ $source: i }` linked back to `records[i]`; undefined when one names no record of them. */
export function attachRecords(wire: unknown, records: SourceRecord[]): WorkDone | undefined {
  let missing = false;
  const out = walk(wire, 0, (x) => {
    const i = (x as { $source?: unknown }).$source;
    if (i === undefined) return undefined;
    const r = typeof i === 'number' ? records[i] : undefined;
    if (!r) missing = true;
    return r ?? null;
  });
  return missing ? undefined : (out as WorkDone);
}

/** A copy of plain data (objects, arrays; sets and maps kept as they are) with `swap` deciding for each object first. */
function walk(x: unknown, depth: number, swap: (x: object) => unknown): unknown {
  if (x === null || typeof x !== 'object') return x;
  const swapped = swap(x);
  if (swapped !== undefined) return swapped;
  if (x instanceof Set || x instanceof Map) return x;
  if (depth >= MAX_DEPTH) throw new Error('judging result nested too deep to send');
  if (Array.isArray(x)) return x.map((v) => walk(v, depth + 1, swap));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) out[k] = walk(v, depth + 1, swap);
  return out;
}

/**
 * `done` as JSON text a store on disk can keep: each record as `detachRecords` gives it, and what
 * JSON cannot hold tagged (`{ $set: [...] }`, `{ $map: [[k, v]...] }`, `{ $num: 'NaN' }` for a
 * number that is not finite, `{ $undef: 1 }` for undefined), so that `doneFromStore` gives back a
 * result the core cannot tell from the one judged. Written in one pass, with no copy made first.
 */
export function storableText(done: WorkDone, records: SourceRecord[]): string {
  const place = new Map<SourceRecord, number>();
  records.forEach((r, i) => place.has(r) || place.set(r, i));
  return JSON.stringify(done, (_key, value: unknown) => {
    if (typeof value === 'number') return Number.isFinite(value) ? value : { $num: String(value) };
    if (value === undefined) return { $undef: 1 };
    if (value === null || typeof value !== 'object') return value;
    const i = place.get(value as SourceRecord);
    if (i !== undefined) return { $source: i };
    if (value instanceof Set) return { $set: [...value] };
    if (value instanceof Map) return { $map: [...value] };
    return value;
  });
}

/** What `storableText` made (parsed), linked back to `records`; undefined when it names a record not among them or is not of that shape. */
export function doneFromStore(stored: unknown, records: SourceRecord[]): WorkDone | undefined {
  let bad = false;
  const dec = (x: unknown, depth: number): unknown => {
    if (x === null || typeof x !== 'object' || bad) return x;
    if (depth >= MAX_DEPTH) {
      bad = true;
      return undefined;
    }
    if (Array.isArray(x)) return x.map((v) => dec(v, depth + 1));
    const o = x as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1) {
      const tag = keys[0];
      const v = o[tag];
      if (tag === '$source') {
        const r = typeof v === 'number' ? records[v] : undefined;
        if (!r) bad = true;
        return r;
      }
      if (tag === '$set' || tag === '$map') {
        if (!Array.isArray(v) || (tag === '$map' && !v.every((e) => Array.isArray(e) && e.length === 2))) {
          bad = true;
          return undefined;
        }
        const items = v.map((e) => dec(e, depth + 1));
        return tag === '$set' ? new Set(items) : new Map(items as [unknown, unknown][]);
      }
      if (tag === '$num') {
        if (v !== 'NaN' && v !== 'Infinity' && v !== '-Infinity') bad = true;
        return Number(v);
      }
      if (tag === '$undef') return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = dec(o[k], depth + 1);
    return out;
  };
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return undefined;
  const done = dec(stored, 0);
  return bad ? undefined : (done as WorkDone);
}
