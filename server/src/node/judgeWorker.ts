/**
 * The server's judging thread (started by `judgePool.ts`; bundled on its own as dist/judgeWorker.js):
 * it keeps the sources it was sent (`receiveSource`), judges the claims it is given with the core's
 * own `doWork`, and posts each result as soon as it is done, its records named by their place in the work
 * (`detachRecords`). The core's caches (a source's text and evidence) live here for the sources
 * judged here, so the server's thread never builds them for judging.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { CitedCache } from './cache';
import { decodeSource } from './decode';
import { receiveSource, snapshotSource, type SourceTransfer } from '../core/sources/readSource';
import { readSourceFile } from '../core/sources/readFile';
import type { SourceSnapshot } from '../core/sources/learned';
import type { SourceRecord } from '../core/sources/sourceTypes';
import { doWork } from '../core/support/claimChecks';
import { detachRecords, fromWire, workRecords, type WireWork } from '../core/support/workWire';
import { lowerThreadPriority } from './threadPriority';

/** What the thread is started with: the persistent cache's folder, whose stored evidence it reads and adds to as the server's thread does. */
export interface JudgeWorkerData {
  cacheFolder?: string;
}

export interface JudgeRequest {
  kind: 'judge';
  /** Sources not sent before, each with the number the server's thread gave it (`key`: the content key the cache knows it by). */
  sources: (SourceTransfer & { n: number; key?: string })[];
  /** Numbers of records the server's thread no longer holds: let go of here too. */
  forget?: number[];
  work: WireWork[];
}

export interface JudgeReply {
  kind: 'judge';
  id: number;
  done?: unknown;
  error?: string;
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

/** The file's contents and what was read from them (the record as a snapshot, with its text); none when the server's thread should read it itself (a CSL-JSON bibliography, an error). */
export interface ReadReply {
  kind: 'read';
  id: number;
  read?: { text: string; snapshot: SourceSnapshot; key?: string; readAt: number };
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
    return { kind: 'read', id: m.id, read: { text, snapshot: snapshotSource(record), key, readAt } };
  } catch {
    return { kind: 'read', id: m.id };
  }
}

/** The records sent, by the number the server's thread gave each. */
const records = new Map<number, SourceRecord>();
const folder = (workerData as JudgeWorkerData | undefined)?.cacheFolder;
// Its messages (an unwritable folder) are the server's thread's to say: that thread writes to the same folder.
const cache = folder ? new CitedCache(folder, () => undefined, undefined, 'in order', false).install() : undefined;

/** Whether this thread has lowered its priority: at its first judging, not while it reads files for the indexing. */
let lowered = false;

parentPort?.on('message', (m: JudgeRequest | ReadRequest) => {
  if (m.kind === 'read') return parentPort!.postMessage(readHere(m));
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
  for (const w of m.work) {
    let reply: JudgeReply;
    try {
      const work = fromWire(w, (n) => records.get(n));
      reply = work ? { kind: 'judge', id: w.id, done: detachRecords(doWork(work), workRecords(work)) } : { kind: 'judge', id: w.id, error: 'a source was not sent to the judging thread' };
    } catch (e) {
      reply = { kind: 'judge', id: w.id, error: (e as Error).message ?? String(e) };
    }
    parentPort!.postMessage(reply);
  }
});
