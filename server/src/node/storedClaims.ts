/**
 * The verdicts of a draft's claims kept in the persistent cache (`CitedCache.loadClaims`), claim by
 * claim: `cited check` takes those of a draft's unchanged claims instead of judging them again, and
 * the server those of a draft it opens. One entry a draft (and host: the server's work also asks
 * for each source's passage, the CLI's does not), under a key of its path; each claim under a key
 * of everything judging it reads (`claimKey`), so an entry never gives a verdict for other text.
 */
import { CitedCache } from './cache';
import type { JudgeWork, WorkDone } from '../core/support/claimChecks';
import { doneFromStore, storableText, workRecords } from '../core/support/workWire';
import { isBibliographyEntry, type SourceRecord } from '../core/sources/sourceTypes';

/** A draft's claims whose verdicts the cache held, the key of each claim asked about, and the entry as stored. */
export interface StoredClaims {
  /** The cache's key of the draft's entry. */
  entry: string;
  known: { work: JudgeWork; done: WorkDone }[];
  keys: Map<JudgeWork, string>;
  /** The claim key made for each work by its support-cache key and others (`JudgeWork.key`, `othersKey`), with the records it was made of: kept across saves. */
  made?: Map<string, { records: SourceRecord[]; key: string | undefined }>;
  /**
   * What the entry holds (or will once written), by claim key: each result as read (an object), as
   * written (JSON text), or null when its form was let go of (`letGoOfForms`). The entry is written
   * again only when its keys differ.
   */
  stored: Map<string, unknown>;
}

/**
 * The key of judging a claim: all that `doWork` reads (the sentence, the threshold, what is wanted,
 * and each source's and other source's contents and path); undefined when a record was not read
 * through the cache (a bibliography entry, a PDF: no content key of its own), and then not stored.
 * `digests` keeps the digest of each list of other sources by their paths (most claims of a draft share one).
 */
function claimKey(cache: CitedCache, w: JudgeWork, digests = new Map<string, string | undefined>()): string | undefined {
  const parts = [w.claim, w.sentence, String(w.threshold ?? ''), w.needsResult ? 'result' : '', w.passages ? 'passages' : '', w.disagreement === false ? '' : 'disagreement', w.signals === false ? '' : 'signals'];
  for (const r of w.sources) {
    const key = contentKey(cache, r);
    if (!key) return undefined;
    parts.push(key, r.path);
  }
  // Within one call the same paths are the same records (a record read again is another call's).
  let others = digests.get(w.othersKey);
  if (!digests.has(w.othersKey)) {
    const keys = w.others.map((r) => contentKey(cache, r));
    others = keys.every(Boolean) ? CitedCache.hash('others', ...w.others.flatMap((r, i) => [keys[i]!, r.path])) : undefined;
    digests.set(w.othersKey, others);
  }
  if (!others) return undefined;
  parts.push(others);
  return CitedCache.hash('claim', ...parts);
}

/** A record's content key, when it was read through the cache and is a file's own (not a bibliography entry). */
function contentKey(cache: CitedCache, r: SourceRecord): string | undefined {
  return isBibliographyEntry(r) ? undefined : cache.keyOf(r);
}

/**
 * The verdicts the cache holds for `pending` (or what it gives, asked only when the cache holds an
 * entry for the draft), claims of draft `f`, and the keys of all of them.
 * `passages`: the host's work asks for each source's passage too (the server's does): its entry is
 * another than the host's whose work does not. `had`: what an earlier call gave for the same draft
 * and cache (the server asks again when its index changed): its entry is not read again.
 */
export function storedClaims(cache: CitedCache, f: string, pending: JudgeWork[] | (() => JudgeWork[]), passages = false, had?: StoredClaims): StoredClaims {
  const entry = CitedCache.hash('claims', f, passages ? 'passages' : '');
  const data = had ? had.stored : new Map(Object.entries(cache.loadClaims(entry) ?? {}));
  const out: StoredClaims = { entry, known: [], keys: new Map(), made: had?.made, stored: data };
  // Nothing stored: the keys are made when the verdicts are stored (`saveClaims`).
  if (data.size === 0) return out;
  const digests = new Map<string, string | undefined>();
  for (const w of typeof pending === 'function' ? pending() : pending) {
    const key = claimKey(cache, w, digests);
    if (!key) continue;
    out.keys.set(w, key);
    const stored = data.get(key);
    const done = stored == null ? undefined : doneFromStore(typeof stored === 'string' ? JSON.parse(stored) : stored, workRecords(w));
    if (done && (done.result ? isResult(done.result) : !w.needsResult)) out.known.push({ work: w, done });
  }
  return out;
}

/**
 * Stores the verdicts of a draft's claims: `judged` (each claim's work and what came back) and those
 * of `kept.known`, when their keys are not those of what the entry holds already; `kept` then says
 * what it holds. A result stored before under the same key is not made into data again.
 */
export function saveClaims(cache: CitedCache, kept: StoredClaims, judged: { work: JudgeWork; done: WorkDone | undefined }[]): void {
  const entry = new Map<string, string>();
  const digests = new Map<string, string | undefined>();
  const made = (kept.made ??= new Map<string, { records: SourceRecord[]; key: string | undefined }>());
  // A claim's key, made again only when its work names other records (a source read again).
  const keyOf = (w: JudgeWork) => {
    const known = kept.keys.get(w);
    if (known) return known;
    const records = workRecords(w);
    const id = w.key + '\u0000' + w.othersKey;
    const m = made.get(id);
    if (m && m.records.length === records.length && m.records.every((r, i) => r === records[i])) return m.key;
    const key = claimKey(cache, w, digests);
    made.set(id, { records, key });
    return key;
  };
  const add = (w: JudgeWork, done: WorkDone | undefined) => {
    const key = keyOf(w);
    if (!key || !done || (w.needsResult && !done.result) || entry.has(key)) return;
    const had = kept.stored.get(key);
    entry.set(key, typeof had === 'string' ? had : had ? JSON.stringify(had) : storableText(done, workRecords(w)));
  };
  for (const k of kept.known) add(k.work, k.done);
  for (const { work, done } of judged) add(work, done);
  if (entry.size === kept.stored.size && [...entry.keys()].every((k) => kept.stored.has(k))) return;
  cache.saveClaims(kept.entry, entry);
  kept.stored = entry;
  // Keys of claims no longer in the draft are let go of.
  if (made.size > 2 * entry.size + 64) made.clear();
}

/**
 * Lets go of the stored forms of the results (the results taken from them are in `known`): a draft
 * that waits for its other claims to be judged holds its verdicts once, not twice; they are written
 * afresh when the entry is.
 */
export function letGoOfForms(kept: StoredClaims): void {
  for (const k of kept.stored.keys()) kept.stored.set(k, null);
}

/** Whether a stored result has the shape of one (an entry of another shape is not used: the claim is judged again). */
function isResult(r: unknown): boolean {
  const x = r as Record<string, unknown>;
  return (
    typeof x === 'object' && x !== null && typeof x.verdict === 'string' && typeof x.score === 'number' &&
    Array.isArray(x.missingTerms) && Array.isArray(x.figures) && Array.isArray(x.quotes) && typeof x.features === 'object' && x.features !== null
  );
}
