/**
 * Judging work (`JudgeWork` in claimChecks.ts) as messages between threads: sources named by path
 * (a host sends each record once, `sourceTransfer` in readSource.ts) and records in the results
 * replaced by their path and linked back on arrival to the very records the work was made with,
 * so a verdict judged in a worker thread is one the core cannot tell from its own.
 */
import type { SourceRecord } from '../sources/sourceTypes';
import type { JudgeWork, WorkDone } from './claimChecks';

export interface WireWork {
  id: number;
  claim: string;
  sentence: string;
  threshold?: number;
  sources: string[];
  others: string[];
  needsResult: boolean;
  passages?: boolean;
}

export function toWire(id: number, w: JudgeWork): WireWork {
  return { id, claim: w.claim, sentence: w.sentence, threshold: w.threshold, sources: w.sources.map((s) => s.path), others: w.others.map((s) => s.path), needsResult: w.needsResult, passages: w.passages };
}

/** The work with its sources looked up by path, or undefined when one is not known here. */
export function fromWire(w: WireWork, byPath: (path: string) => SourceRecord | undefined): Omit<JudgeWork, 'key' | 'othersKey'> | undefined {
  const sources = w.sources.map(byPath);
  const others = w.others.map(byPath);
  if (sources.some((s) => !s) || others.some((s) => !s)) return undefined;
  return { claim: w.claim, sentence: w.sentence, threshold: w.threshold, sources: sources as SourceRecord[], others: others as SourceRecord[], needsResult: w.needsResult, passages: w.passages };
}

/** How deep a result's data goes at most (a support result is a few levels deep; this bounds the walk whatever it holds). */
const MAX_DEPTH = 32;

/** `done` with every record among `records` replaced by `{ $source: path }`, for a message. */
export function detachRecords(done: WorkDone, records: SourceRecord[]): unknown {
  const known = new Set(records);
  return walk(done, 0, (x) => (known.has(x as SourceRecord) ? { $source: (x as SourceRecord).path } : undefined));
}

/** What `detachRecords` made, with each `{ $source: path }` linked back to the record of `records` at that path; undefined when one is not among them. */
export function attachRecords(wire: unknown, records: SourceRecord[]): WorkDone | undefined {
  const byPath = new Map(records.map((r) => [r.path, r]));
  let missing = false;
  const out = walk(wire, 0, (x) => {
    const p = (x as { $source?: unknown }).$source;
    if (typeof p !== 'string') return undefined;
    const r = byPath.get(p);
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
