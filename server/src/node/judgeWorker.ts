/**
 * The server's judging thread (started by `judgePool.ts`; bundled on its own as dist/judgeWorker.bundle.js, run by the launcher dist/judgeWorker.js):
 * it keeps the sources it was sent (`receiveSource`), judges the claims it is given with the core's
 * own `doWork`, and posts each result as soon as it is done, its records named by their place in the work
 * (`detachRecords`). The core's caches (a source's text and evidence) live here for the sources
 * judged here, so the server's thread never builds them for judging.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { CitedCache, type CacheStats, type CacheWrites } from './cache';
import { decodeSource } from './decode';
import { receiveSource, snapshotSource, type SourceTransfer } from '../core/sources/readSource';
import { readSourceFile } from '../core/sources/readFile';
import { deferSaves, saveDeferred, type SourceSnapshot } from '../core/sources/learned';
import type { SourceRecord } from '../core/sources/sourceTypes';
import { doWork } from '../core/support/claimChecks';
import { setEvidenceCacheLimit } from '../core/support/evidence';
import { detachRecords, fromWire, workRecords, type WireWork } from '../core/support/workWire';
import { lowerThreadPriority } from './threadPriority';
import { HeapBound } from './heapBound';
import { saveCompiledCode } from './codeCache';

/** What the thread is started with: the persistent cache's folder, whose stored evidence it reads and adds to as the server's thread does. */
export interface JudgeWorkerData {
  cacheFolder?: string;
  /** How many sources' evidence the thread keeps (`setEvidenceCacheLimit`; the core's default when not given). */
  evidenceKept?: number;
  /**
   * How the thread writes what it stores (`CacheWrites`): 'in order' unless given (the server's
   * thread). A thread judging without a pause (`cited check`'s) writes 'in parallel', so that what
   * waits to be written stays bounded.
   */
  cacheWrites?: CacheWrites;
  /**
   * Collect garbage once the heap has grown this many bytes past what the last collection left
   * (checked after each request): a thread that judges without a pause (`cited check`'s) otherwise
   * lets garbage pile up to several times what it holds.
   */
  heapHeadroom?: number;
}

export interface JudgeRequest {
  kind: 'judge';
  /** Sources not sent before, each with the number the server's thread gave it (`key`: the content key the cache knows it by). */
  sources: (SourceTransfer & { n: number; key?: string })[];
  /** Numbers of records the server's thread no longer holds: let go of here too. */
  forget?: number[];
  work: WireWork[];
  /** Answer all the work in one message (`JudgedReply`) rather than each as it is done: fewer messages, for a host that waits for all of it anyway. */
  together?: boolean;
}

/** The answers to a request `together`. */
export interface JudgedReply {
  kind: 'judged';
  replies: JudgeReply[];
}

export interface JudgeReply {
  kind: 'judge';
  id: number;
  done?: unknown;
  error?: string;
  /** How long the work took here, in milliseconds (`cited check` charges it to the draft's time budget). */
  ms?: number;
}

/** Asks the thread to finish writing what it stored in the persistent cache; answered with the same message once it has, with what the thread's cache did. */
export interface FlushRequest {
  kind: 'flush';
  id: number;
  stats?: CacheStats;
}

/**
 * Read a source file as the server's thread would (`loadSource` in workspaceFiles.ts): while the
 * server indexes, this thread reads some of the HTML and JSON files, whose reading (an HTML parse)
 * is most of the work of indexing.
 */
export interface ReadRequest {
  kind: 'read';
  id: number;
  file: string;
  /** Whether the content key the persistent cache knows the file by is wanted. */
  withKey: boolean;
}

/**
 * What was read from the file (the record as a snapshot, with its text), and the file's contents unless their content
 * key was asked for (the server's thread then reads them from the file when it first needs them, checked against the
 * key); none when the server's thread should read it itself (a CSL-JSON bibliography, an error).
 */
export interface ReadReply {
  kind: 'read';
  id: number;
  read?: { text?: string; snapshot: SourceSnapshot; key?: string; readAt: number };
}

function readHere(m: ReadRequest): ReadReply {
  try {
    const bytes = readFileSync(m.file);
    const readAt = Date.now();
    const { text, problems } = decodeSource(bytes);
    const read = readSourceFile(m.file, text, problems);
    // A group of sources (a JSON file that is CSL-JSON): a snapshot holds one record, so the server's thread reads it.
    if ('group' in read) return { kind: 'read', id: m.id };
    const record = read.record;
    const key = m.withKey ? CitedCache.sourceKeyOf(m.file, bytes) : undefined;
    return { kind: 'read', id: m.id, read: { ...(key ? {} : { text }), snapshot: snapshotSource(record), key, readAt } };
  } catch {
    return { kind: 'read', id: m.id };
  }
}

/** The records sent, by the number the server's thread gave each. */
const records = new Map<number, SourceRecord>();
const folder = (workerData as JudgeWorkerData | undefined)?.cacheFolder;
const evidenceKept = (workerData as JudgeWorkerData | undefined)?.evidenceKept;
if (evidenceKept) setEvidenceCacheLimit(evidenceKept);
const heapHeadroom = (workerData as JudgeWorkerData | undefined)?.heapHeadroom;
const heap = heapHeadroom ? new HeapBound(heapHeadroom) : undefined;
// Its messages (an unwritable folder) are the server's thread's to say: that thread writes to the same folder.
const cache = folder ? new CitedCache(folder, () => undefined, undefined, (workerData as JudgeWorkerData).cacheWrites ?? 'in order', false).install() : undefined;

// What the thread learns afresh from a source is stored after the answers that needed it are sent, one source between
// two messages (`saveWhenIdle`): an answer a hover waits for does not wait for the storing.
if (cache) deferSaves(true);
let saving = false;
/** Stores what waits to be stored, one source a turn of the event loop: a message that comes meanwhile is handled first. */
function saveWhenIdle(): void {
  if (saving) return;
  saving = true;
  setImmediate(function next() {
    if (saveDeferred(1) > 0) setImmediate(next);
    else saving = false;
  });
}

/** Whether this thread has lowered its priority: at its first judging, not while it reads files for the indexing. */
let lowered = false;
const startedAt = performance.now();
/** How long the thread judges before its compiled code is saved. */
const CODE_SAVE_AFTER_MS = 3000;

parentPort?.on('message', (m: JudgeRequest | ReadRequest | FlushRequest) => {
  if (m.kind === 'read') return parentPort!.postMessage(readHere(m));
  if (m.kind === 'flush') {
    saveDeferred();
    void (cache?.flushed() ?? Promise.resolve()).then(() => parentPort!.postMessage({ ...m, stats: cache?.stats } satisfies FlushRequest));
    return;
  }
  // The server's thread goes first whenever both want a core: hovers and edits are not kept waiting by judging. (While
  // the server indexes, the two share the reading at one priority.)
  if (!lowered) {
    lowerThreadPriority();
    lowered = true;
  }
  for (const n of m.forget ?? []) records.delete(n);
  for (const t of m.sources) {
    const record = receiveSource(t);
    records.set(t.n, record);
    if (t.key) cache?.remember(record, t.key);
  }
  const together: JudgeReply[] = [];
  for (const w of m.work) {
    let reply: JudgeReply;
    const start = performance.now();
    try {
      const work = fromWire(w, (n) => records.get(n));
      reply = work ? { kind: 'judge', id: w.id, done: detachRecords(doWork(work), workRecords(work)), ms: performance.now() - start } : { kind: 'judge', id: w.id, error: 'a source was not sent to the judging thread' };
    } catch (e) {
      reply = { kind: 'judge', id: w.id, error: (e as Error).message ?? String(e) };
    }
    if (m.together) together.push(reply);
    else parentPort!.postMessage(reply);
  }
  if (m.together) parentPort!.postMessage({ kind: 'judged', replies: together } satisfies JudgedReply);
  saveWhenIdle();
  heap?.check();
  // Once the thread has judged for a while, the code V8 compiled for it is kept for the next start (node/codeCache.ts; a cheap no-op after).
  if (performance.now() - startedAt > CODE_SAVE_AFTER_MS) saveCompiledCode(folder);
});
