/**
 * The text of PDFs, read by pdf.js in worker threads (`pdfWorker.ts`, dist/pdfWorker.js once
 * bundled): up to two at once, each PDF in turn. pdf.js's legacy build polyfills built-ins for its
 * whole realm, which must not slow the server's own thread; and a worker stuck on a hostile file
 * is ended after `PDF_TIMEOUT_MS` and replaced, so a PDF can delay the index but never stall it.
 * An idle worker does not keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { ExtractedDocument } from '../core/sources/documentSource';

/** A PDF that pdf.js has not read in this long is given up on, not waited for. */
export const PDF_TIMEOUT_MS = 30_000;
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));

interface Job {
  id: number;
  bytes: Uint8Array;
  resolve: (doc: ExtractedDocument) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const queue: Job[] = [];
const slots: Slot[] = [];
let nextId = 0;

/** The worker: its bundle beside this one (dist/), or, run through tsx (tests, scripts), the TypeScript source through tsx's require hook. */
function newWorker(): Worker {
  if (!__filename.endsWith('.ts')) return new Worker(path.join(__dirname, 'pdfWorker.js'));
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'pdfWorker.ts'))});`, { eval: true });
}

const failed = (why: string): ExtractedDocument => ({ format: 'pdf', parts: [], meta: {}, unreadable: why });

/** Extracts the text of each page, and the title, author and date of the document. Never rejects. */
export function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  return new Promise((resolve) => {
    // A copy: the worker is given its buffer, and the caller's may be a slice of a shared one.
    queue.push({ id: nextId++, bytes: new Uint8Array(bytes), resolve });
    pump();
  });
}

function pump(): void {
  while (queue.length) {
    let slot = slots.find((s) => !s.job);
    if (!slot && slots.length < WORKERS) slot = spawn();
    if (!slot) return;
    const job = queue.shift()!;
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => replace(slot!, `pdf.js did not finish reading it within ${PDF_TIMEOUT_MS / 1000} s`), PDF_TIMEOUT_MS);
    slot.worker.postMessage({ id: job.id, bytes: job.bytes }, [job.bytes.buffer as ArrayBuffer]);
  }
}

function spawn(): Slot {
  const slot: Slot = { worker: newWorker() };
  slot.worker.unref();
  slot.worker.on('message', (m: { id: number; doc: ExtractedDocument }) => {
    if (slot.job?.id !== m.id) return;
    finish(slot, m.doc);
  });
  slot.worker.on('error', (e) => replace(slot, `the PDF reader failed (${e.message.split('\n')[0]})`));
  slot.worker.on('exit', () => replace(slot, 'the PDF reader stopped'));
  slots.push(slot);
  return slot;
}

function finish(slot: Slot, doc: ExtractedDocument): void {
  const job = slot.job;
  clearTimeout(slot.timer);
  slot.job = undefined;
  slot.worker.unref();
  job?.resolve(doc);
  pump();
}

/** Ends a worker that failed or hung: its PDF is reported unreadable, and the next job gets a new worker. */
function replace(slot: Slot, why: string): void {
  const i = slots.indexOf(slot);
  if (i === -1) return;
  slots.splice(i, 1);
  clearTimeout(slot.timer);
  slot.worker.removeAllListeners();
  slot.worker.on('error', () => undefined); // a late error of a worker being ended
  void slot.worker.terminate();
  slot.job?.resolve(failed(`The PDF cannot be read: ${why}.`));
  slot.job = undefined;
  pump();
}
