/**
 * The server's judging thread for real (`JudgePool` with its worker, judgeWorker.ts, run through
 * tsx): claims judged there give the diagnostics judging in place gives, also when two records share
 * a path (a bibliography entry cited by its address, and the same entry cited by its key with the
 * text of its attached file), when a source changes after it was sent, and after the thread is
 * ended; work under way is not sent twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import type { CitedLanguageService } from '../../server/src/core/languageService';
import { JudgePool } from '../../server/src/node/judgePool';
import { BACKGROUND_NICE, lowerThreadPriority } from '../../server/src/node/threadPriority';
import { readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';

const DRAFT = `${ROOT}/drafts/d.md`;
const FILES: Record<string, string> = {
  'refs.bib':
    '@report{lee2019,\n  title = {Transit Report 2019},\n  author = {Lee, Min},\n  year = 2019,\n  url = {https://example.org/lee2019},\n  abstract = {A summary of the city transit year. The authority ran 900 buses in 2019.},\n  file = {Full Text:sources/report.txt:text/plain}\n}\n',
  'sources/report.txt': 'Transit Report 2019\n\nThe authority ran 1,200 buses in 2019. Each bus carried 300 riders a day on average.\n',
  'sources/ferries.md': '# Ferry season\n\nThe ferry carried 12,000 passengers in July, up from 9,000 a year before.\n',
  'drafts/d.md': [
    '---\nbibliography: ../refs.bib\n---\n',
    // By key: the entry with its attached file's text (the file says 1,200).
    'The authority ran 1,200 buses in 2019 [@lee2019].',
    // By address: the entry itself, whose abstract says 900.
    'The transit authority ran 1,200 buses in 2019 [1].',
    'The ferry carried 12,000 passengers in July [2].',
    '',
    '[1]: https://example.org/lee2019',
    '[2]: ../sources/ferries.md',
    '',
  ].join('\n'),
};

const codes = (s: CitedLanguageService) => s.diagnostics(DRAFT).map((d) => `${d.range.start} ${d.code} ${d.message}`);
const hovers = (s: CitedLanguageService) => s.draftModel(DRAFT)!.citations.map((c) => s.hover(DRAFT, c.range.start + 1)?.markdown ?? '');

/** Judges the draft in the pool's thread as the server's loop does, two claims at a time. */
async function judgeInThread(s: CitedLanguageService, pool: JudgePool): Promise<void> {
  for (let round = 0; !s.judgeKnown(DRAFT).complete; round++) {
    assert.ok(round < 100, 'judging ends');
    const work = s.pendingWork(DRAFT, 2, undefined, pool.busyKeys);
    assert.ok(work.length > 0);
    await pool.judge(work);
  }
}

test('two records of one path (an entry by its address, and by its key with its attached file) are judged each against its own text', async () => {
  const here = workspace(FILES);
  const there = workspace(FILES);
  const pool = new JudgePool((w, d) => there.acceptWork(w, d));
  try {
    await judgeInThread(there, pool);
    const expected = codes(here);
    // The entry by its address gives 900 (a wrong figure); by its key, the attached file gives 1,200.
    assert.equal(expected.filter((c) => / number-mismatch /.test(c)).length, 1, expected.join('\n'));
    assert.deepEqual(codes(there), expected);
    assert.deepEqual(hovers(there), hovers(here));
  } finally {
    pool.dispose();
  }
});

test('a source changed after it was sent is sent again; after the thread is ended, the next work starts a new one with every source', async () => {
  const s = workspace(FILES);
  const pool = new JudgePool((w, d) => s.acceptWork(w, d));
  try {
    await judgeInThread(s, pool);
    assert.ok(!codes(s).some((c) => c.includes('ferry') && / number-mismatch /.test(c)));
    // The ferry page now says 11,000: a new record of the same path.
    s.setSource(`${ROOT}/sources/ferries.md`, '# Ferry season\n\nThe ferry carried 11,000 passengers in July, up from 9,000 a year before.\n');
    await judgeInThread(s, pool);
    const fresh = workspace({ ...FILES, 'sources/ferries.md': '# Ferry season\n\nThe ferry carried 11,000 passengers in July, up from 9,000 a year before.\n' });
    assert.deepEqual(codes(s), codes(fresh));
    assert.ok(codes(s).some((c) => / number-mismatch .*11,000/.test(c)), codes(s).join('\n'));
    // A new thread holds nothing: the sources go again with the next work.
    pool.reset();
    s.setDraft(DRAFT, FILES['drafts/d.md'].replace('12,000 passengers', '11,000 passengers'));
    await judgeInThread(s, pool);
    assert.deepEqual(codes(s), codes(workspace({ ...FILES, 'sources/ferries.md': '# Ferry season\n\nThe ferry carried 11,000 passengers in July, up from 9,000 a year before.\n', 'drafts/d.md': FILES['drafts/d.md'].replace('12,000 passengers', '11,000 passengers') })));
    assert.ok(pool.usable);
  } finally {
    pool.dispose();
  }
});

test('work under way is waited for, not sent twice', async () => {
  const s = workspace(FILES);
  let accepted = 0;
  const pool = new JudgePool((w, d) => {
    accepted++;
    s.acceptWork(w, d);
  });
  try {
    const work = s.pendingWork(DRAFT, 10);
    const first = pool.judge(work);
    assert.equal(pool.busyKeys.size, work.length);
    const second = pool.judge(work);
    await Promise.all([first, second]);
    assert.equal(accepted, work.length);
    assert.equal(pool.busyKeys.size, 0);
    assert.ok(s.judgeKnown(DRAFT).complete);
  } finally {
    pool.dispose();
  }
});

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/TID/stat). */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // The command name (field 2) is in parentheses and may hold spaces: fields are counted after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), Number(fields[16]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

test('the judging thread runs at a lower priority than the thread that started it', { skip: process.platform !== 'linux' }, async () => {
  const before = threadNices();
  const s = workspace(FILES);
  const pool = new JudgePool((w, d) => s.acceptWork(w, d));
  try {
    await judgeInThread(s, pool);
    const added = [...threadNices()].filter(([tid]) => !before.has(tid));
    // This thread keeps its priority; among the threads the pool started, one (the judging thread) is lowered.
    assert.equal(threadNices().get(process.pid), before.get(process.pid));
    // Lowered to BACKGROUND_NICE, or left as low as this process already runs ("nice -n 19"): never raised.
    assert.ok(
      added.some(([, nice]) => nice === Math.max(BACKGROUND_NICE, before.get(process.pid)!)),
      `threads started: ${added.map(([t, n]) => `${t}:${n}`).join(' ')}`,
    );
  } finally {
    pool.dispose();
  }
});

test('lowering the priority of the main thread is refused: it would slow the whole process', () => {
  const before = os.getPriority();
  assert.equal(lowerThreadPriority(), false);
  assert.equal(os.getPriority(), before);
});
