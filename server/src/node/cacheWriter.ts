/**
 * The cache's writing thread (`CitedCache` with writes 'in a thread', which `cited check` uses):
 * each entry is written to a file of its own beside its place, then renamed into it, one after
 * another, while the main thread judges claims. Written asynchronously from the main thread, a
 * write took four or five turns of its event loop (open, write, close, rename), which a thread busy
 * judging a draft gives only between drafts: writes piled up, and past a few hundred under way were
 * done on the main thread after all. Here they take no turn of it.
 *
 * Plain data both ways: the entry's text in, and whether it was stored out (with the error's code).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/** An entry to write: `text` goes to `tmp`, which is then renamed `file`. */
export interface WriteRequest {
  id: number;
  file: string;
  tmp: string;
  text: string;
}

/** Each request's outcome, in order: `error` when the entry was not stored. */
export interface WriteReply {
  id: number;
  error?: { code?: string; message: string };
}

/** Too many files open (a low limit on them, other files of the process among them): tried again this many times, waiting longer each time. */
const TRIES = 6;

/** The folders made so far: each is made once, and again only when it was removed meanwhile. */
const made = new Set<string>();

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Writes one entry: its folder made when needed (again when removed meanwhile), the text written
 * beside it and renamed into place. Also the cache's own way of writing an entry at once, on its thread.
 */
export function writeEntry(file: string, tmp: string, text: string): void {
  const folder = path.dirname(file);
  let remade = false;
  for (let tries = 0; ; tries++) {
    try {
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(tmp, text);
      renameSync(tmp, file);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !remade) {
        // The folder was removed since (another process trimming, a person): made again, once.
        made.delete(folder);
        remade = true;
        continue;
      }
      if ((code === 'EMFILE' || code === 'ENFILE') && tries < TRIES) {
        sleep(10 << tries);
        continue;
      }
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
      throw e;
    }
  }
}

// Only as the cache's writing thread (another thread importing this file is left alone).
if (parentPort && (workerData as { citedCacheWriter?: boolean } | undefined)?.citedCacheWriter) {
  const port = parentPort;
  port.on('message', (request: WriteRequest) => {
    const reply: WriteReply = { id: request.id };
    try {
      writeEntry(request.file, request.tmp, request.text);
    } catch (e) {
      reply.error = { code: (e as NodeJS.ErrnoException).code, message: (e as Error).message };
    }
    port.postMessage(reply);
  });
}
