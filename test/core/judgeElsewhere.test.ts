/**
 * Judging in another thread (the server's judging thread): the work the core hands out
 * (`pendingWork`), its sources sent as plain data (`sourceTransfer`/`receiveSource`), judged on the
 * other side (`doWork`), the records of the results named by path and linked back (`workWire.ts`),
 * and kept (`acceptWork`, `judgeKnown`) give the same diagnostics and hovers as judging here, for
 * every kind of source: markdown, text, HTML, a broken JSON export, a PDF's pages and a bibliography
 * entry. Each message goes through `structuredClone`, as `postMessage` would copy it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { receiveSource, sourceTransfer } from '../../server/src/core/sources/readSource';
import type { SourceRecord } from '../../server/src/core/sources/sourceTypes';
import type { CitedLanguageService } from '../../server/src/core/languageService';
import { doWork, type JudgeWork } from '../../server/src/core/support/claimChecks';
import { attachRecords, detachRecords, doneFromStore, fromWire, storableText, toWire, workRecords } from '../../server/src/core/support/workWire';

const FIXTURES = path.join(__dirname, '../fixtures');

function load(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const sub of ['sources', 'drafts']) for (const f of readdirSync(path.join(dir, sub))) files[`${sub}/${f}`] = readFileSync(path.join(dir, sub, f), 'utf8');
  return files;
}

/** A judging thread in miniature: the records it was sent, by number, and work done on copies of them (as judgePool.ts and judgeWorker.ts do). */
class OtherThread {
  /**
   * `stored`: each result goes through the cache's form on disk instead (`storableText`, `doneFromStore`), as `cited check` keeps a draft's verdicts;
   * `signals` false: the work asks for no signals (`signals: false`), as `cited check`'s does.
   */
  constructor(
    private readonly stored = false,
    private readonly signals = true,
  ) {}
  /** Verdicts that came back, and those of them without their signals (an empty `features`). */
  results = 0;
  withoutSignals = 0;
  readonly records = new Map<number, SourceRecord>();
  private readonly numbers = new WeakMap<SourceRecord, number>();
  private next = 0;
  judged = 0;
  private numberOf(r: SourceRecord): number {
    let n = this.numbers.get(r);
    if (n === undefined) this.numbers.set(r, (n = this.next++));
    return n;
  }
  run(service: CitedLanguageService, work: JudgeWork[]): void {
    const transfers = [];
    for (const w of work)
      for (const r of workRecords(w)) {
        if (this.numbers.has(r)) continue;
        transfers.push({ ...sourceTransfer(r), n: this.numberOf(r) });
      }
    for (const t of structuredClone(transfers)) this.records.set(t.n, receiveSource(t));
    work.forEach((w, id) => {
      const there = fromWire(structuredClone(toWire(id, this.signals ? w : { ...w, signals: false }, (r) => this.numberOf(r))), (n) => this.records.get(n));
      assert.ok(there, 'every source of the work was sent');
      for (const r of there.sources) assert.ok(!work.some((x) => x.sources.includes(r)), 'the other side judges its own copies');
      const done = this.stored
        ? doneFromStore(JSON.parse(storableText(doWork(there), workRecords(there))), workRecords(w))
        : attachRecords(structuredClone(detachRecords(doWork(there), workRecords(there))), workRecords(w));
      assert.ok(done, 'the result names only the work’s sources');
      if (done.result) this.results++;
      if (done.result && Object.keys(done.result.features).length === 0) this.withoutSignals++;
      service.acceptWork(w, done);
      this.judged++;
    });
  }
}

/** Judges every draft of `service` through `thread`, two claims at a time, as the server does. */
function judgeElsewhere(service: CitedLanguageService, drafts: string[], thread: OtherThread): void {
  for (const d of drafts) {
    let rounds = 0;
    // As the server does: after each round, only the claims of the work done are filled in.
    let progress = service.judgeKnown(d);
    while (!progress.complete) {
      const work = service.pendingWork(d, 2);
      assert.ok(work.length > 0, `work left for ${d} when judging is not complete`);
      thread.run(service, work);
      progress = service.judgeKnown(d, undefined, work.map((w) => w.key));
      assert.ok(++rounds < 500);
    }
    // Filling in by keys counted every claim: going over all of them finds nothing more.
    assert.deepEqual(service.judgeKnown(d), progress);
  }
}

const view = (s: CitedLanguageService, draft: string) => {
  const model = s.draftModel(draft)!;
  const diags = s.diagnostics(draft).map((d) => `${d.range.start}-${d.range.end} ${d.code} ${d.message}`);
  // A hover on every marker: the verdict, the passage and the source it names.
  const hovers = model.citations.map((c) => s.hover(draft, c.range.start + 1)?.markdown ?? '');
  return { diags, hovers };
};

for (const [stored, signals] of [[false, true], [true, true], [true, false]])
test(`claims judged in another thread${stored ? ' and stored as JSON' : ''}${signals ? '' : ', without their signals,'} give the same diagnostics and hovers as claims judged here (seed articles: text, HTML, broken JSON)`, () => {
  const files = load(path.join(FIXTURES, 'seeds-workspace'));
  const drafts = Object.keys(files).filter((f) => f.startsWith('drafts/')).map((f) => `${ROOT}/${f}`);
  const here = workspace(files);
  const there = workspace(files);
  const thread = new OtherThread(stored, signals);
  judgeElsewhere(there, drafts, thread);
  assert.ok(thread.judged >= 10, `${thread.judged} claims judged in the other thread`);
  // Asked for without signals, every result comes without them; asked for with them, none does.
  assert.ok(thread.results >= 10, `${thread.results} verdicts came back`);
  assert.equal(thread.withoutSignals, signals ? 0 : thread.results);
  // The formats of the sources that went across.
  const formats = new Set([...thread.records.values()].map((r) => r.format));
  for (const f of ['text', 'html', 'json']) assert.ok(formats.has(f as SourceRecord['format']), `a ${f} source went across: ${[...formats].join(', ')}`);
  let claimDiagnostics = 0;
  for (const d of drafts) {
    const a = view(here, d);
    const b = view(there, d);
    claimDiagnostics += a.diags.filter((x) => / (unsupported-claim|number-mismatch|quote-not-found|partial-support|weak-support|sources-disagree) /.test(x)).length;
    assert.deepEqual(b.diags, a.diags);
    assert.deepEqual(b.hovers, a.hovers);
  }
  assert.ok(claimDiagnostics >= 3, `${claimDiagnostics} claim diagnostics to compare`);
});

for (const stored of [false, true])
test(`a PDF’s pages, a bibliography entry and a markdown source judged in another thread${stored ? ' and stored as JSON' : ''}: the same as here`, () => {
  const files: Record<string, string> = {
    'refs.bib': readFileSync(path.join(FIXTURES, 'formats/refs.bib'), 'utf8'),
    'sources/ferries.md': '---\ntitle: Ferry season report\n---\n\n# Ferry season report\n\nThe ferry carried 12,000 passengers in July, up from 9,000 a year before. Fares did not change.\n',
    'drafts/d.md': [
      '---\nbibliography: ../refs.bib\n---\n',
      'Ferry ridership rose by 40 percent within six months of the bridge closing [@smith2020].',
      'Ridership fell by 60 percent after the closure [@smith2020].',
      'The ferry carried 12,000 passengers in July [1], while fares rose [1].',
      'The transit report counts 5,000 buses on page two [2].',
      '',
      '[1]: ../sources/ferries.md',
      '[2]: ../sources/report.pdf',
      '',
    ].join('\n'),
  };
  const make = () => {
    const s = workspace(files);
    s.setDocument(`${ROOT}/sources/report.pdf`, {
      format: 'pdf',
      parts: ['Transit Report 2019. City Transit Authority.', 'The authority ran 1,200 buses in 2019. Each bus carried 300 riders a day on average.'],
      meta: { title: 'Transit Report 2019' },
      labels: ['i', '1'],
    });
    return s;
  };
  const draft = `${ROOT}/drafts/d.md`;
  const here = make();
  const there = make();
  const thread = new OtherThread(stored);
  judgeElsewhere(there, [draft], thread);
  const formats = [...thread.records.values()].map((r) => r.format).sort();
  assert.ok(formats.includes('pdf') && formats.includes('markdown') && [...thread.records.values()].some((r) => r.path === `${ROOT}/refs.bib#smith2020`), formats.join(', '));
  const a = view(here, draft);
  const b = view(there, draft);
  assert.ok(a.diags.some((x) => / (number-mismatch|unsupported-claim) /.test(x)), a.diags.join('\n'));
  assert.deepEqual(b.diags, a.diags);
  assert.deepEqual(b.hovers, a.hovers);
});

test('work under way is not handed out twice, and a result naming a source the work did not name is refused', () => {
  const files = load(path.join(FIXTURES, 'seeds-workspace'));
  const s = workspace(files);
  const draft = `${ROOT}/drafts/azure-exclusivity.md`;
  const first = s.pendingWork(draft, 3);
  assert.equal(first.length, 3);
  const second = s.pendingWork(draft, 3, undefined, new Set(first.map((w) => w.key)));
  assert.equal(second.length, 3);
  for (const w of second) assert.ok(!first.some((f) => f.key === w.key));
  const w = first[0];
  const done = detachRecords(doWork(w), workRecords(w));
  assert.ok(attachRecords(done, workRecords(w)));
  // A result naming a place past the work's records is refused.
  assert.equal(attachRecords({ result: { evidence: { source: { $source: workRecords(w).length } } } }, workRecords(w)), undefined);
  // Accepted work is known at once: the next work handed out leaves it out.
  s.acceptWork(w, doWork(w));
  assert.ok(!s.pendingWork(draft, 100).some((x) => x.key === w.key));
});

test('judgeKnown goes over the claims again only when verdicts were kept since: asked twice it gives the same, after work kept it counts it', () => {
  const files = load(path.join(FIXTURES, 'seeds-workspace'));
  const draft = Object.keys(files).filter((f) => f.startsWith('drafts/')).map((f) => `${ROOT}/${f}`)[0];
  const service = workspace(files);
  const before = service.judgeKnown(draft);
  assert.ok(!before.complete && before.total > 2, 'the draft has claims to judge');
  assert.deepEqual(service.judgeKnown(draft), before);
  // Work judged elsewhere and kept, then every claim gone over (no keys named): the verdicts are there.
  const work = service.pendingWork(draft, 2);
  new OtherThread().run(service, work);
  const after = service.judgeKnown(draft);
  assert.equal(after.judged, before.judged + work.length);
  // Verdicts forgotten (a new cache): the claims keep theirs, and the count holds.
  service.forgetVerdicts();
  assert.deepEqual(service.judgeKnown(draft), after);
});

test('a stored result keeps what JSON cannot hold (sets, maps, numbers that are not finite, holes), and one that is not of its shape is refused', () => {
  const files = load(path.join(FIXTURES, 'seeds-workspace'));
  const s = workspace(files);
  const draft = `${ROOT}/drafts/azure-exclusivity.md`;
  const [w] = s.pendingWork(draft, 1);
  const records = workRecords(w);
  const done = doWork(w);
  const result = done.result!;
  assert.ok(result.evidence && result.evidence.matched instanceof Set, 'the result holds a set');
  // Values JSON would lose, put where a result may hold them.
  const odd = { ...done, result: { ...result, features: { ...result.features, inf: Infinity, nan: NaN, neg: -Infinity }, missingTerms: ['a', undefined as unknown as string, 'b'] }, extra: new Map([['k', new Set([1, 2])]]) } as unknown as typeof done;
  const back = doneFromStore(JSON.parse(storableText(odd, records)), records);
  assert.ok(back);
  assert.deepEqual(back, odd);
  assert.equal(back.result!.evidence!.source, result.evidence.source, 'a record comes back as the very record');
  // Not of the stored shape: a place past the records, a number tag that is no number, a map of no pairs, not an object.
  assert.equal(doneFromStore({ result: { evidence: { source: { $source: records.length } } } }, records), undefined);
  assert.equal(doneFromStore({ result: { score: { $num: '12' } } }, records), undefined);
  assert.equal(doneFromStore({ result: { x: { $map: [1, 2] } } }, records), undefined);
  assert.equal(doneFromStore([1, 2], records), undefined);
  assert.equal(doneFromStore('text', records), undefined);
});
