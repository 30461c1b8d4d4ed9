/**
 * `cited check`'s judging source by source (`judgeBySource.ts`): the claims of several drafts put in
 * order of the source each cites first and judged here or in judging threads (the disagreement
 * search done on this thread), each draft given back its results, give the diagnostics judging each
 * draft in place gives; a draft's time budget stops its claims after the first; with no thread to
 * be had, everything is judged here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import type { CitedLanguageService } from '../../server/src/core/languageService';
import { judgeBySource, type DraftWork } from '../../server/src/node/judgeBySource';

const SEEDS = path.join(__dirname, '../fixtures/seeds-workspace');

/** The seed workspace, with a third draft citing the same sources in another order. */
function files(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['sources', 'drafts']) for (const f of readdirSync(path.join(SEEDS, sub))) out[`${sub}/${f}`] = readFileSync(path.join(SEEDS, sub, f), 'utf8');
  const [first, second] = Object.keys(out).filter((f) => f.startsWith('drafts/'));
  out['drafts/both.md'] = out[second] + '\n\n' + out[first];
  return out;
}

const draftsOf = (f: Record<string, string>) => Object.keys(f).filter((p) => p.startsWith('drafts/')).map((p) => `${ROOT}/${p}`);
const diagnostics = (s: CitedLanguageService, d: string) => s.diagnostics(d).map((x) => `${x.range.start}-${x.range.end} ${x.severity} ${x.code} ${x.message}`);

/** Every draft's claims as work, in draft order, without the hover passages (as `cited check` asks). */
function collect(s: CitedLanguageService, drafts: string[]): DraftWork[] {
  return drafts.flatMap((d, draft) => s.pendingWork(d, Infinity).map((w) => ({ draft, work: { ...w, passages: false } })));
}

async function judgedBySource(threads: number, budgetMs = 60_000) {
  const f = files();
  const drafts = draftsOf(f);
  const s = workspace(f);
  const items = collect(s, drafts);
  const done = await judgeBySource(items, { budgetMs, threads });
  // As `cited check` does: each draft is given its own results (two drafts may judge one sentence against other sources).
  const results = drafts.map((d, draft) => {
    s.forgetVerdicts();
    items.forEach((it, i) => it.draft === draft && done[i] && s.acceptWork(it.work, done[i]!));
    return { complete: s.judgeKnown(d).complete, diagnostics: diagnostics(s, d) };
  });
  return { drafts, items, done, results };
}

for (const threads of [0, 2]) {
  test(`judged source by source ${threads ? `in ${threads} threads` : 'on this thread'}: each draft's diagnostics are those of judging it in place`, async () => {
    const { drafts, items, done, results } = await judgedBySource(threads);
    assert.equal(new Set(items.map((i) => i.draft)).size, drafts.length, 'every draft has claims to judge');
    assert.ok(done.every((d) => d?.result), 'every claim judged');
    const here = workspace(files());
    let claimCodes = 0;
    for (const [k, d] of drafts.entries()) {
      assert.ok(results[k].complete, `${d} complete from what was judged`);
      const expected = diagnostics(here, d);
      assert.deepEqual(results[k].diagnostics, expected, d);
      claimCodes += expected.filter((x) => / (unsupported-claim|number-mismatch|partial-support|weak-support|sources-disagree) /.test(x)).length;
    }
    // The drafts hold claims the checker warns of, and sources that disagree (found on this thread when others judge).
    assert.ok(claimCodes >= 5, `${claimCodes} claim diagnostics`);
    assert.ok(results.some((r) => r.diagnostics.some((x) => x.includes(' sources-disagree '))));
  });
}

test('a draft out of time has no more of its claims judged: on this thread, one claim each', async () => {
  const { drafts, items, done } = await judgedBySource(0, 0);
  for (let d = 0; d < drafts.length; d++) {
    const mine = items.map((it, i) => ({ it, i })).filter(({ it }) => it.draft === d);
    assert.ok(mine.length > 1, `draft ${d} has several claims`);
    assert.equal(mine.filter(({ i }) => done[i]).length, 1, `draft ${d}: one claim judged`);
  }
});

test('with no judging thread to be had, every claim is judged on this thread', async () => {
  const before = process.env.CITED_JUDGE_THREAD;
  process.env.CITED_JUDGE_THREAD = '0';
  try {
    const { drafts, done, results } = await judgedBySource(2);
    assert.ok(done.every((d) => d?.result));
    const here = workspace(files());
    for (const [k, d] of drafts.entries()) assert.deepEqual(results[k].diagnostics, diagnostics(here, d));
  } finally {
    if (before === undefined) delete process.env.CITED_JUDGE_THREAD;
    else process.env.CITED_JUDGE_THREAD = before;
  }
});
