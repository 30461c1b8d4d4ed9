/**
 * Reading ahead: a thread that reads the files the indexer is about to read, in its order and a little ahead of it,
 * so that they are in the operating system's file cache when the indexer gets to them. On a cold start (after a
 * reboot, in CI on a fresh checkout, a folder not opened for a while) most of an index's wait is on the disk, one
 * file at a time, on the thread that also parses; here the waits happen on a thread that does nothing else.
 *
 * Where the files are already cached, reading them again would be work for nothing: the thread stops once a few
 * batches in a row came back as fast as cached files do. Files it cannot read are passed over: the indexer reports
 * them. It only reads (a fixed buffer, nothing kept) and is ended when the index is done.
 */
import { Worker } from 'node:worker_threads';

/** Below this many files reading ahead is not worth a thread. */
export const READ_AHEAD_FROM = 500;
/** The files the thread leaves to the indexer at the start, so it does not read the same ones at the same time. */
const HEAD_START = 32;
/** Files timed together; a batch read at under WARM_US microseconds a file was in the cache, and WARM_BATCHES of them in a row stop the thread. */
const BATCH = 64;
const WARM_US = 60;
const WARM_BATCHES = 3;
/** At most this much of a file is read (a larger source is not read by the indexer either). */
const MAX_BYTES = 64 * 1024 * 1024;

// Plain JavaScript, run as the thread's code: it needs nothing of the project's. A file is opened without waiting (a
// named pipe would otherwise hold the thread) and read only when it is a plain file; a link is not followed (where it
// leads is the indexer's to check: it may be outside the workspace), so the indexer reads it itself.
const CODE = `
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const { files, from, batch, warmUs, warmBatches, maxBytes } = workerData;
const buffer = Buffer.allocUnsafe(1 << 16);
const flags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0) | (fs.constants.O_NOFOLLOW || 0);
let warm = 0;
let read = 0;
let i = from;
for (; i < files.length && warm < warmBatches; i += batch) {
  const start = process.hrtime.bigint();
  const end = Math.min(files.length, i + batch);
  for (let k = i; k < end; k++) {
    let fd;
    try {
      fd = fs.openSync(files[k], flags);
      if (!fs.fstatSync(fd).isFile()) continue;
      let bytes = 0;
      for (let n; bytes < maxBytes && (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) bytes += n;
      read++;
    } catch {
      // Unreadable here: the indexer says why.
    } finally {
      if (fd !== undefined) try { fs.closeSync(fd); } catch {}
    }
  }
  const us = Number(process.hrtime.bigint() - start) / 1000 / (end - i);
  warm = us < warmUs ? warm + 1 : 0;
}
parentPort.postMessage({ read, cached: warm >= warmBatches });
`;

export interface ReadAhead {
  /** Ends the thread (at once; what it read stays cached). */
  stop(): void;
  /** When the thread is done: how many files it read, and whether it stopped because they were cached (undefined: no thread, or it was stopped or failed first). */
  readonly done: Promise<{ read: number; cached: boolean } | undefined>;
}

export interface ReadAheadOptions {
  /** Below this many files no thread is started (READ_AHEAD_FROM). */
  min?: number;
  /** How many batches read as fast as cached files stop the thread (WARM_BATCHES). */
  warmBatches?: number;
}

/** Starts reading `files` ahead (in the order given); nothing is started for fewer than `min` files or where no thread can be started. */
export function readAhead(files: readonly string[], options: ReadAheadOptions = {}): ReadAhead {
  if (files.length < (options.min ?? READ_AHEAD_FROM) || process.env.CITED_READ_AHEAD === '0') return { stop: () => undefined, done: Promise.resolve(undefined) };
  let worker: Worker | undefined;
  let done: Promise<{ read: number; cached: boolean } | undefined>;
  try {
    const started = new Worker(CODE, { eval: true, workerData: { files, from: HEAD_START, batch: BATCH, warmUs: WARM_US, warmBatches: options.warmBatches ?? WARM_BATCHES, maxBytes: MAX_BYTES }, stdout: true, stderr: true });
    worker = started;
    // Never keeps the process alive, and a failure of its own is no failure of the index.
    started.unref();
    done = new Promise((resolve) => {
      started.once('message', (m: { read: number; cached: boolean }) => resolve(m));
      started.once('error', () => resolve(undefined));
      started.once('exit', () => resolve(undefined));
    });
  } catch {
    worker = undefined;
    done = Promise.resolve(undefined);
  }
  return {
    stop: () => {
      void worker?.terminate().catch(() => undefined);
      worker = undefined;
    },
    done,
  };
}
