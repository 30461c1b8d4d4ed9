/**
 * Claims judged in a worker thread (`judgeWorker.ts`), so the server's own thread stays free for
 * hovers, completions and edits while a long draft is judged. The core says what needs judging
 * (`pendingWork`) and keeps what comes back (`acceptWork`); this sends each source the thread has
 * not seen (by record: a changed source is a new record and is sent again), numbered, the work
 * naming its sources by number, and links the records of each result back to the work's own.
 *
 * A thread that fails or stops is replaced; after a few failures the pool says it is not usable and
 * the server judges in slices on its own thread, as it does where no thread can be started.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sourceTransfer } from '../core/sources/readSource';
import type { CacheStats, CitedCache } from './cache';
import type { SourceRecord } from '../core/sources/sourceTypes';
import type { JudgeWork, WorkDone } from '../core/support/claimChecks';
import { attachRecords, toWire, workRecords } from '../core/support/workWire';
import type { FlushRequest, JudgedReply, JudgeReply, JudgeRequest, JudgeWorkerData, ReadReply, ReadRequest } from './judgeWorker';

/** After this many threads failed, judging stays on the server's thread. */
const MAX_FAILURES = 3;
/** A thread that answers nothing for this long while work is under way is taken to be stuck: it is ended, and the work judged on the server's thread. */
const STUCK_MS = 60_000;
/** How many source files the thread is given to read at a time while the server indexes. */
const READS_AHEAD = 32;

interface Pending {
  work: JudgeWork;
  resolve: () => void;
  reject: (e: Error) => void;
}

export class JudgePool {
  private worker?: Worker;
  /** The records the current thread holds (a new thread holds none). */
  private sent = new WeakSet<SourceRecord>();
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<string, Promise<void>>();
  private nextId = 0;
  private failures = 0;
  private disposed = false;
  /** `CITED_JUDGE_THREAD=0`, read once: the environment is slow to read, and `usable` is asked for every source indexed and every hover. */
  private readonly turnedOff = process.env.CITED_JUDGE_THREAD === '0';

  /**
   * `accept` keeps each result (the service's `acceptWork`), before the work's promise resolves, and
   * is told how long the thread took over it;
   * `cache` gives the persistent cache in use when a thread starts, whose stored evidence the thread
   * reads too (each source sent with the content key the cache read it with).
   */
  constructor(
    private readonly accept: (work: JudgeWork, done: WorkDone, ms: number) => void,
    private readonly cache: () => CitedCache | undefined = () => undefined,
    /** What else the thread is started with (how many sources' evidence it keeps, how it writes to the cache, when it collects garbage). */
    private readonly options: Pick<JudgeWorkerData, 'evidenceKept' | 'cacheWrites' | 'heapHeadroom'> = {},
  ) {}

  /** Whether judging goes to the thread (else the host judges on its own thread). */
  get usable(): boolean {
    return !this.disposed && this.failures < MAX_FAILURES && !this.turnedOff;
  }

  /** Whether work is under way in the thread. */
  get judging(): boolean {
    return this.busy.size > 0;
  }

  /** The keys of work under way: a second check of the same draft leaves them to the first. */
  get busyKeys(): ReadonlySet<string> {
    return new Set(this.busy.keys());
  }

  /**
   * Judges `work` in the thread; resolves when all of it is done and kept, rejects when the thread
   * failed. Work whose key is under way already is not sent again: its result is waited for.
   * `together`: the thread answers all of it in one message (fewer messages; no result comes early).
   */
  judge(work: JudgeWork[], together = false): Promise<void> {
    const all: Promise<void>[] = [];
    const fresh = work.filter((w) => {
      const under = this.busy.get(w.key);
      if (under) all.push(under);
      return !under;
    });
    if (fresh.length) {
      let worker: Worker;
      try {
        worker = this.ensureWorker();
      } catch (e) {
        // No thread could be started (its file missing, or threads not allowed here): judging stays on the server's thread.
        this.failures = MAX_FAILURES;
        return Promise.reject(e as Error);
      }
      try {
        all.push(this.send(worker, fresh, together));
      } catch (e) {
        // A source that cannot be made plain data: this work is judged on the server's thread.
        return Promise.reject(e as Error);
      }
    }
    return Promise.all(all).then(() => undefined);
  }

  private send(worker: Worker, work: JudgeWork[], together: boolean): Promise<void> {
    const sources: JudgeRequest['sources'] = [];
    const sentNow: SourceRecord[] = [];
    const cache = this.cache();
    for (const w of work) {
      for (const r of workRecords(w)) {
        if (this.sent.has(r)) continue;
        const key = cache?.keyOf(r);
        sources.push({ ...sourceTransfer(r), n: this.numberOf(r), ...(key ? { key } : {}) });
        this.sent.add(r);
        sentNow.push(r);
      }
    }
    const all: Promise<void>[] = [];
    const wire = work.map((w) => {
      const id = this.nextId++;
      const done = new Promise<void>((resolve, reject) => this.pending.set(id, { work: w, resolve, reject }));
      all.push(done);
      this.busy.set(w.key, done);
      void done.then(
        () => this.busy.delete(w.key),
        () => this.busy.delete(w.key),
      );
      return toWire(id, w, (r) => this.numberOf(r));
    });
    const message: JudgeRequest = { kind: 'judge', sources, work: wire, forget: this.forgotten.splice(0), ...(together ? { together } : {}) };
    worker.ref();
    this.watch();
    try {
      worker.postMessage(message);
    } catch (e) {
      // Something that cannot be copied to the thread: this work is judged on the server's thread, and the sources are sent again next time.
      for (const r of sentNow) this.sent.delete(r);
      for (const w of wire) this.reply({ kind: 'judge', id: w.id, error: (e as Error).message });
    }
    return Promise.all(all).then(() => undefined);
  }

  /**
   * Lets the thread let go of these records (with the next work sent): a host that is done with a
   * source keeps the thread's memory down so. A record named by later work is sent again.
   */
  release(records: Iterable<SourceRecord>): void {
    for (const r of records) {
      if (!this.sent.has(r)) continue;
      this.sent.delete(r);
      this.forgotten.push(this.numberOf(r));
    }
  }

  /** Each record's number: work names its records by number, never by path (two records may share one). */
  private readonly numbers = new WeakMap<SourceRecord, number>();
  private nextNumber = 0;
  /** Records this thread let go of: the judging thread lets go of its copies with the next work. */
  private readonly forgotten: number[] = [];
  private readonly finalizer = new FinalizationRegistry<number>((n) => {
    if (this.forgotten.length < 100_000) this.forgotten.push(n);
  });

  private numberOf(r: SourceRecord): number {
    let n = this.numbers.get(r);
    if (n === undefined) {
      this.numbers.set(r, (n = this.nextNumber++));
      this.finalizer.register(r, n);
    }
    return n;
  }

  /** Reads asked of the thread and not answered yet. */
  private readonly reads = new Map<number, (r: ReadReply['read']) => void>();

  /**
   * Whether the thread has room for another source to read (`read`): it is given a few at a time,
   * so that the server's thread, reading the others meanwhile, shares the work with it.
   */
  get canRead(): boolean {
    return this.usable && this.reads.size < READS_AHEAD;
  }

  /**
   * Reads a source file in the thread as `loadSource` would (the contents, the record as a snapshot
   * with its text, the cache's content key); undefined when the server's thread should read it itself.
   */
  read(file: string, withKey: boolean): Promise<ReadReply['read']> {
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch {
      this.failures = MAX_FAILURES;
      return Promise.resolve(undefined);
    }
    const id = this.nextId++;
    const message: ReadRequest = { kind: 'read', id, file, withKey };
    worker.ref();
    this.watch();
    worker.postMessage(message);
    return new Promise((resolve) => this.reads.set(id, resolve));
  }

  /** Flushes asked of the thread and not answered yet. */
  private readonly flushes = new Map<number, (stats: CacheStats | undefined) => void>();

  /**
   * Resolves when the thread has written what it stored in the persistent cache (at once when no
   * thread runs, and when the thread stops first: what it wrote is whole, what it did not is lost),
   * with what the thread's cache did (found, built, wrote) since it started.
   */
  flush(): Promise<CacheStats | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    const message: FlushRequest = { kind: 'flush', id };
    worker.ref();
    this.watch();
    const done = new Promise<CacheStats | undefined>((resolve) => this.flushes.set(id, resolve));
    worker.postMessage(message);
    return done;
  }

  /** Resolves when some work under way ends (however it ends); at once when none is. */
  async anyDone(): Promise<void> {
    if (this.busy.size === 0) return;
    await Promise.race([...this.busy.values()].map((p) => p.catch(() => undefined)));
  }

  dispose(): void {
    this.disposed = true;
    this.stop(new Error('the server is shutting down'));
  }

  /** Ends the thread (work under way is judged on the server's thread); the next work starts one afresh, with the cache in use then. */
  reset(): void {
    this.stop(new Error('the judging thread was restarted'));
  }

  /** The worker: its bundle beside this one (dist/), or, run through tsx (tests, scripts), the TypeScript source through tsx's require hook. */
  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const workerData: JudgeWorkerData = { ...this.options, cacheFolder: this.cache()?.folder };
    const worker = __filename.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'judgeWorker.ts'))});`, { eval: true, workerData })
      : new Worker(path.join(__dirname, 'judgeWorker.js'), { workerData });
    worker.unref();
    worker.on('message', (m: JudgeReply | JudgedReply | ReadReply | FlushRequest) => (m.kind === 'judged' ? m.replies.forEach((r) => this.reply(r)) : this.reply(m)));
    worker.on('error', (e) => this.fail(worker, e));
    worker.on('exit', (code) => this.fail(worker, new Error(`the judging thread stopped (code ${code})`)));
    this.worker = worker;
    this.sent = new WeakSet();
    return worker;
  }

  private reply(m: JudgeReply | ReadReply | FlushRequest): void {
    if (m.kind === 'flush') {
      const resolve = this.flushes.get(m.id);
      this.flushes.delete(m.id);
      this.unrefWhenIdle();
      return resolve?.(m.stats);
    }
    if (m.kind === 'read') {
      const resolve = this.reads.get(m.id);
      this.reads.delete(m.id);
      this.unrefWhenIdle();
      return resolve?.(m.read);
    }
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    this.unrefWhenIdle();
    const done = m.error === undefined ? attachRecords(m.done, workRecords(p.work)) : undefined;
    if (!done) return p.reject(new Error(m.error ?? 'a judging result named a source the work did not'));
    try {
      this.accept(p.work, done, m.ms ?? 0);
    } catch (e) {
      return p.reject(e as Error);
    }
    p.resolve();
  }

  /** A thread with nothing to do does not keep the process alive, and is not watched. */
  private unrefWhenIdle(): void {
    if (this.pending.size === 0 && this.reads.size === 0 && this.flushes.size === 0) {
      this.worker?.unref();
      clearTimeout(this.watchdog);
      this.watchdog = undefined;
    } else this.watch();
  }

  private watchdog?: NodeJS.Timeout;
  /** (Re)starts the count to STUCK_MS: every answer from the thread starts it again. */
  private watch(): void {
    clearTimeout(this.watchdog);
    const worker = this.worker;
    this.watchdog = setTimeout(() => worker && this.fail(worker, new Error(`the judging thread answered nothing for ${STUCK_MS / 1000} s`)), STUCK_MS);
    this.watchdog.unref();
  }

  private fail(worker: Worker, e: Error): void {
    if (worker !== this.worker) return;
    if (!this.disposed) this.failures++;
    this.stop(e);
  }

  /** Ends the thread; work under way is rejected (the host judges it on its own thread), and the next work starts a new thread. */
  private stop(e: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    if (worker) {
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
    }
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(e);
    // Reads not answered are done on the server's thread.
    const reads = [...this.reads.values()];
    this.reads.clear();
    for (const resolve of reads) resolve(undefined);
    const flushes = [...this.flushes.values()];
    this.flushes.clear();
    for (const resolve of flushes) resolve(undefined);
  }
}
