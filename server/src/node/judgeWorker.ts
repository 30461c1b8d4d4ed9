/**
 * The server's judging thread (started by `judgePool.ts`; bundled on its own as dist/judgeWorker.js):
 * it keeps the sources it was sent (`receiveSource`), judges the claims it is given with the core's
 * own `doWork`, and posts each result as soon as it is done, its records named by path
 * (`detachRecords`). The core's caches (a source's text and evidence) live here for the sources
 * judged here, so the server's thread never builds them for judging.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CitedCache } from './cache';
import { receiveSource, type SourceTransfer } from '../core/sources/readSource';
import type { SourceRecord } from '../core/sources/sourceTypes';
import { doWork } from '../core/support/claimChecks';
import { detachRecords, fromWire, type WireWork } from '../core/support/workWire';

/** What the thread is started with: the persistent cache's folder, whose stored evidence it reads and adds to as the server's thread does. */
export interface JudgeWorkerData {
  cacheFolder?: string;
}

export interface JudgeRequest {
  /** Sources not sent before (or changed since): kept by path, in place of what was kept; `key`, the content key the cache knows the source by. */
  sources: (SourceTransfer & { key?: string })[];
  work: WireWork[];
}

export interface JudgeReply {
  id: number;
  done?: unknown;
  error?: string;
}

const records = new Map<string, SourceRecord>();
const folder = (workerData as JudgeWorkerData | undefined)?.cacheFolder;
// Its messages (an unwritable folder) are the server's thread's to say: that thread writes to the same folder.
const cache = folder ? new CitedCache(folder, () => undefined, undefined, true, false).install() : undefined;

parentPort?.on('message', (m: JudgeRequest) => {
  for (const t of m.sources) {
    const record = receiveSource(t);
    records.set(t.record.path, record);
    if (t.key) cache?.remember(record, t.key);
  }
  for (const w of m.work) {
    let reply: JudgeReply;
    try {
      const work = fromWire(w, (p) => records.get(p));
      reply = work ? { id: w.id, done: detachRecords(doWork(work), [...work.sources, ...work.others]) } : { id: w.id, error: 'a source was not sent to the judging thread' };
    } catch (e) {
      reply = { id: w.id, error: (e as Error).message ?? String(e) };
    }
    parentPort!.postMessage(reply);
  }
});
