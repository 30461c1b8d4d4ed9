import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readAhead } from '../../server/src/node/readAhead';

/** `n` small files in a new folder, in order. */
function files(n: number): { dir: string; list: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-ahead-'));
  const list = Array.from({ length: n }, (_, i) => {
    const f = path.join(dir, `s${i}.md`);
    writeFileSync(f, `# Source ${i}\n\n${'Some words of the page. '.repeat(40)}\n`);
    return f;
  });
  return { dir, list };
}

/** Awaits the thread's answer with the event loop held open (the thread itself never holds it). */
async function finished(ahead: ReturnType<typeof readAhead>) {
  const hold = setInterval(() => undefined, 1000);
  try {
    return await ahead.done;
  } finally {
    clearInterval(hold);
  }
}

test('reading ahead reads every plain file past its head start, and passes over links and what it cannot read', async () => {
  const { dir, list } = files(200);
  try {
    mkdirSync(path.join(dir, 'folder.md'));
    const extra = [path.join(dir, 'missing.md'), path.join(dir, 'folder.md')];
    // A link is not followed (it may lead outside the workspace; the indexer checks where and reads it itself).
    const outside = mkdtempSync(path.join(tmpdir(), 'cited-ahead-outside-'));
    writeFileSync(path.join(outside, 'secret.md'), 'Not the workspace\'s.');
    symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'link-outside.md'));
    extra.push(path.join(dir, 'link-outside.md'));
    // A named pipe (where the system has them) is opened without waiting and left alone: it would otherwise hold the thread.
    const fifo = path.join(dir, 'pipe.md');
    let pipes = false;
    try {
      execFileSync('mkfifo', [fifo]);
      symlinkSync(fifo, path.join(dir, 'link-to-pipe.md'));
      extra.push(fifo, path.join(dir, 'link-to-pipe.md'));
      pipes = true;
    } catch {
      // No mkfifo here.
    }
    const all = [...list.slice(0, 100), ...extra, ...list.slice(100)];
    // Never stopped for reading as fast as cached files: every plain file after the first 32 is read.
    const got = await finished(readAhead(all, { min: 1, warmBatches: Number.MAX_SAFE_INTEGER }));
    assert.deepEqual(got, { read: 200 - 32, cached: false }, pipes ? 'with a named pipe' : 'without named pipes');
    rmSync(outside, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reading ahead stops once its reads come back as fast as cached files do', async () => {
  const { dir, list } = files(600);
  try {
    // Just written, so cached: batches of 64 read fast, and the thread stops before the end (unless the machine is so loaded that no three batches in a row are fast).
    const got = await finished(readAhead(list, { min: 1 }));
    assert.ok(got, 'the thread answered');
    // (The first batches may be slow while the thread's code warms up: it stops after three fast ones in a row, whole batches.)
    if (got.cached) assert.ok(got.read >= 3 * 64 && got.read < 600 - 32 && got.read % 64 === 0, `read ${got.read}`);
    else assert.equal(got.read, 600 - 32);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reading ahead starts nothing for few files, or when turned off', async () => {
  const { dir, list } = files(10);
  try {
    assert.equal(await readAhead(list).done, undefined);
    const before = process.env.CITED_READ_AHEAD;
    process.env.CITED_READ_AHEAD = '0';
    try {
      assert.equal(await readAhead(list, { min: 1 }).done, undefined);
    } finally {
      if (before === undefined) delete process.env.CITED_READ_AHEAD;
      else process.env.CITED_READ_AHEAD = before;
    }
    // Stopped at once (before the thread has even started on its hundreds of files): no answer.
    const many = files(600);
    const ahead = readAhead(many.list, { min: 1, warmBatches: Number.MAX_SAFE_INTEGER });
    ahead.stop();
    assert.equal(await finished(ahead), undefined);
    rmSync(many.dir, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
