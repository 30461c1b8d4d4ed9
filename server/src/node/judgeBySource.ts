/**
 * The claims of many drafts judged source by source (`cited check`). Judging a claim needs its
 * sources' evidence (sentences stemmed, a search index, figures), which costs about a millisecond
 * to build and is kept for a few hundred sources only. Drafts cite sources all over the workspace,
 * so judged draft by draft each source's evidence is built, or read back from the cache, once for
 * every claim that cites it. Here all the drafts' work is put in order of the source each claim
 * cites first, so a source's claims are judged one after another and its evidence is built once.
 *
 * The work goes to `threads` judging threads (`judgePool.ts`), each taking the next run of a few
 * sources' claims when it is ready for more, or with no threads it is done here. A thread is sent
 * the sources its claims cite, not the draft's other sources: the disagreement search, which reads
 * those, is done on this thread meanwhile (it is a tenth of the work, and this thread is idle), so
 * each source's text is extracted once and held by one thread. Each draft keeps its
 * time budget: once a draft's claims have taken that long, the rest of its claims are not judged
 * (at least one is). A thread that fails leaves its work to this thread.
 */
import { disagreementOf, doWork, type Disagreement, type JudgeWork, type WorkDone } from '../core/support/claimChecks';
import type { CitedCache } from './cache';
import { JudgePool } from './judgePool';

/** One claim's work, and the draft it is of (a number the caller gives each draft). */
export interface DraftWork {
  draft: number;
  work: JudgeWork;
}

export interface JudgeBySourceOptions {
  /** How long one draft's claims may take in all, in milliseconds. */
  budgetMs: number;
  /** How many judging threads (0: judged on this thread). */
  threads: number;
  /** The persistent cache the threads read and store evidence in. */
  cache?: CitedCache;
  /** Called on this thread every so often while it judges (to keep memory down, and let the cache's writes go on). */
  pause?: () => Promise<void>;
}

/** How many claims a thread is given at a time, at least (a run of one source's claims is not cut, up to MAX_CHUNK). */
const CHUNK = 16;
/** How many at most: the thread answers them together, and a thread that answers nothing for a minute is taken to be stuck. */
const MAX_CHUNK = 64;
/** How many chunks each thread has at once: the next is there when one is done. */
const IN_FLIGHT = 2;
/** How many sources' evidence a thread keeps: its claims come source by source. */
const EVIDENCE_KEPT = 50;
/** How far a thread's heap grows past what it holds before it collects (it holds some 40 MB: its sources' evidence). */
const HEAP_HEADROOM = 64 * 1024 * 1024;
/** How many claims this thread judges between pauses. */
const PAUSE_EVERY = 64;

/** The results, one per item (undefined: not judged, its draft out of time). */
export async function judgeBySource(items: DraftWork[], opts: JudgeBySourceOptions): Promise<(WorkDone | undefined)[]> {
  const results: (WorkDone | undefined)[] = new Array(items.length).fill(undefined);
  const spent = new Map<number, number>();
  const judged = new Map<number, number>();
  const charge = (i: number, ms: number) => {
    const d = items[i].draft;
    spent.set(d, (spent.get(d) ?? 0) + ms);
    judged.set(d, (judged.get(d) ?? 0) + 1);
  };
  /** Whether the item's draft has used up its time (after at least one of its claims was judged). */
  const outOfTime = (i: number) => (judged.get(items[i].draft) ?? 0) > 0 && (spent.get(items[i].draft) ?? 0) >= opts.budgetMs;
  const order = sourceOrder(items);

  let sincePause = 0;
  const here = async (i: number) => {
    if (results[i] || outOfTime(i)) return;
    const start = performance.now();
    results[i] = doWork(items[i].work);
    charge(i, performance.now() - start);
    if (++sincePause >= PAUSE_EVERY && opts.pause) {
      sincePause = 0;
      await opts.pause();
    }
  };

  if (opts.threads <= 0) {
    for (const i of order) await here(i);
    return results;
  }

  // What a thread is given: the work without the disagreement search, and none of the draft's other sources.
  const sent = items.map((it): JudgeWork => ({ ...it.work, others: [], disagreement: false }));
  const byWork = new Map<JudgeWork, number>(sent.map((w, i) => [w, i]));
  /** The items judged in a thread: their disagreement search is done here. */
  const fromThread: number[] = [];
  const pools = Array.from(
    { length: opts.threads },
    () =>
      new JudgePool(
        (work, done, ms) => {
          const i = byWork.get(work);
          if (i === undefined) return;
          results[i] = done;
          fromThread.push(i);
          charge(i, ms);
        },
        () => opts.cache,
        { evidenceKept: EVIDENCE_KEPT, cacheWrites: 'in parallel', heapHeadroom: HEAP_HEADROOM },
      ),
  );
  let next = 0;
  /** Items put back: their key was already in the chunk being made, and the pool would wait for one result for both. */
  const later: number[] = [];
  /** The next run of claims for `pool`: at least CHUNK, to the end of the run of the source it ends on (at most MAX_CHUNK). */
  const take = (pool: JudgePool): number[] => {
    const chunk: number[] = [];
    const keys = new Set(pool.busyKeys);
    const add = (i: number) => {
      if (outOfTime(i)) return;
      if (keys.has(items[i].work.key)) later.push(i);
      else {
        keys.add(items[i].work.key);
        chunk.push(i);
      }
    };
    for (const i of later.splice(0, CHUNK)) add(i);
    while (next < order.length && (chunk.length < CHUNK || (chunk.length < MAX_CHUNK && firstSource(items[order[next]]) === firstSource(items[order[next - 1]])))) add(order[next++]);
    return chunk;
  };
  const lane = async (pool: JudgePool) => {
    for (let chunk = take(pool); chunk.length; chunk = take(pool)) {
      if (pool.usable) {
        try {
          await pool.judge(chunk.map((i) => sent[i]), true);
        } catch {
          // The thread failed (another is started for the next chunk, up to a few times): what it did not finish is judged here.
        }
        // The sources whose claims are done are let go of there (a source cited second by a claim further on is sent again).
        pool.release(chunk.flatMap((i) => sent[i].sources));
      }
      for (const i of chunk) await here(i);
    }
  };
  // The disagreement search, here while the threads judge (undefined: not done yet; null: none found).
  const disagreements: (Disagreement | null | undefined)[] = new Array(items.length).fill(undefined);
  const disagree = (i: number) => {
    const start = performance.now();
    disagreements[i] = disagreementOf(items[i].work) ?? null;
    spent.set(items[i].draft, (spent.get(items[i].draft) ?? 0) + performance.now() - start);
  };
  const searches = async () => {
    let k = 0;
    for (const i of order) {
      if (!outOfTime(i)) disagree(i);
      // The threads' answers are taken in, and their next work sent, between a few searches.
      if (++k % 8 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      if (k % PAUSE_EVERY === 0) await opts.pause?.();
    }
  };
  try {
    await Promise.all([...pools.flatMap((pool) => Array.from({ length: IN_FLIGHT }, () => lane(pool))), searches()]);
    // Put back last, with no lane left to take them.
    for (const i of later.splice(0)) await here(i);
    // What the threads' caches did is counted with this thread's (`--verbose`).
    for (const stats of await Promise.all(pools.map((p) => p.flush()))) if (stats) opts.cache?.addStats(stats);
  } finally {
    for (const p of pools) p.dispose();
  }
  // A verdict judged in a thread takes the search done here (done now if it was left for lack of time).
  for (const i of fromThread) {
    if (disagreements[i] === undefined) disagree(i);
    const d = disagreements[i];
    if (d) results[i] = { ...results[i], disagreement: d };
  }
  return results;
}

/** The path of the first source an item's claim cites ('' for none). */
function firstSource(item: DraftWork | undefined): string {
  return item?.work.sources[0]?.path ?? '';
}

/** The items' indexes, by the source each cites first (then in the drafts' order). */
function sourceOrder(items: DraftWork[]): number[] {
  const keyed = items.map((it, i) => ({ i, source: firstSource(it) }));
  keyed.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.i - b.i));
  return keyed.map((k) => k.i);
}
