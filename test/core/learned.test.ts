/**
 * What the core hands a host to store (`sources/learned.ts`): a record's snapshot and a source's
 * evidence sentences survive JSON and, handed back, give what reading the source afresh gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { readSource, restoreSource, snapshotSource, sourceText } from '../../server/src/core/sources/readSource';
import { deferSaves, storeEvidenceWhen, isLearnedEvidence, isSourceSnapshot, saveDeferred, useSourceStore, type LearnedEvidence, type SourceStore } from '../../server/src/core/sources/learned';
import { evidenceFor, splitSentences } from '../../server/src/core/support/evidence';
import type { SourceRecord } from '../../server/src/core/sources/sourceTypes';
import { EXAMPLES, FIXTURES } from '../helpers/tempWorkspace';

const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function sources(): { path: string; raw: string }[] {
  const out: { path: string; raw: string }[] = [];
  for (const dir of [path.join(EXAMPLES, 'sources'), path.join(FIXTURES, 'newsroom/sources')]) {
    for (const f of readdirSync(dir)) out.push({ path: '/ws/sources/' + f, raw: readFileSync(path.join(dir, f), 'utf8') });
  }
  // Every format, an id from front matter, and a file that holds no text.
  out.push({ path: '/ws/sources/keyed.md', raw: '---\nid: smith2020\ntitle: Keyed\n---\n\nA keyed source.\n' });
  out.push({ path: '/ws/sources/empty.md', raw: '' });
  out.push({ path: '/ws/sources/broken.json', raw: '{"title": "Broken", "content": "Some "quoted" text' });
  return out;
}

test('a snapshot, through JSON, restores the record and text that reading afresh gives', () => {
  for (const { path: p, raw } of sources()) {
    const fresh = readSource(p, raw);
    const snap = roundTrip(snapshotSource(fresh));
    assert.ok(isSourceSnapshot(snap), p);
    const restored = restoreSource(p, raw, snap);
    assert.deepEqual(restored, fresh, p);
    assert.deepEqual(sourceText(restored), sourceText(readSource(p, raw)), p);
  }
  // The id of a file without one follows the path; an id from the file does not.
  const plain = snapshotSource(readSource('/ws/a/one.txt', 'Text.'));
  assert.equal(restoreSource('/ws/b/two.txt', 'Text.', plain).id, 'two');
  const keyed = snapshotSource(readSource('/ws/a/one.md', '---\nid: smith2020\n---\n\nText.\n'));
  assert.equal(restoreSource('/ws/b/two.md', '---\nid: smith2020\n---\n\nText.\n', keyed).id, 'smith2020');
});

test('evidence built from stored sentences equals evidence built afresh', () => {
  const stored = new Map<string, LearnedEvidence>();
  let loads = 0;
  let saves = 0;
  const store: SourceStore = {
    loadEvidence: (r: SourceRecord) => {
      const e = stored.get(r.raw);
      if (e) loads++;
      return e && roundTrip(e);
    },
    saveEvidence: (r: SourceRecord, learned: LearnedEvidence) => {
      saves++;
      assert.ok(isLearnedEvidence(roundTrip(learned)));
      stored.set(r.raw, roundTrip(learned));
    },
  };
  useSourceStore(store);
  try {
    for (const { path: p, raw } of sources()) {
      const fresh = readSource(p, raw);
      if (!fresh.readable) continue;
      const before = saves;
      const ev1 = evidenceFor(sourceText(fresh));
      assert.equal(saves, before + 1, `stored once: ${p}`);
      // A record with the same contents, as a later run would have: its text and sentences come from the store.
      const again = restoreSource(p, raw, roundTrip(snapshotSource(readSource(p, raw))));
      const loadsBefore = loads;
      const ev2 = evidenceFor(sourceText(again));
      assert.ok(loads > loadsBefore, `read from the store: ${p}`);
      assert.equal(saves, before + 1, `not stored again: ${p}`);
      assert.deepEqual(ev2.sentences, ev1.sentences, p);
      // (What the page's layout adds to a sentence, a table's header or a date's month, is added to either alike: `context`.)
      const own = (xs: readonly { range: unknown; stems: unknown; paragraphStart: unknown }[]) => xs.map((x) => ({ range: x.range, stems: x.stems, paragraphStart: x.paragraphStart }));
      assert.deepEqual(own(ev2.sentences), own(splitSentences(sourceText(fresh).text)), p);
      assert.deepEqual(ev2.df, ev1.df, p);
      const query = ev1.text.slice(0, 80);
      assert.deepEqual(ev2.search(query), ev1.search(query), p);
    }
    assert.ok(saves >= 8);
  } finally {
    useSourceStore(undefined);
  }
});

test('stored data of the wrong shape is recognised as such', () => {
  assert.equal(isSourceSnapshot({ format: 'pdf', id: 'x', idFromFile: true, meta: {}, problems: [], lead: '', readable: true }), false);
  assert.equal(isSourceSnapshot({ format: 'text', id: 'x', idFromFile: true, meta: { title: 3 }, problems: [], lead: '', readable: true }), false);
  assert.equal(isSourceSnapshot(null), false);
  assert.equal(isLearnedEvidence({ text: { text: 'ab', segments: [] }, sentences: [{ start: 0, end: 5, stems: [], paragraphStart: true }] }), false, 'a sentence past the text');
  assert.equal(isLearnedEvidence({ text: { text: 'ab', segments: [] }, sentences: [{ start: 0, end: 2, stems: [1], paragraphStart: true }] }), false);
  assert.equal(isLearnedEvidence({ text: { text: 'ab', segments: [] }, sentences: [{ start: 0, end: 2, stems: ['ab'], paragraphStart: true }] }), true);
});

test('stored figures are used only when each is where it says in the stored text, with a finite value', () => {
  const text = { text: 'It cost $5 million.', segments: [] };
  const sentences = [{ start: 0, end: 19, stems: ['cost'], paragraphStart: true }];
  const figure = { kind: 'money', value: 5e6, text: '$5 million', range: { start: 8, end: 18 }, unit: 1e6 };
  assert.equal(isLearnedEvidence({ text, sentences, figures: [figure] }), true);
  assert.equal(isLearnedEvidence({ text, sentences, figures: [{ ...figure, range: { start: 2, end: 12 } }] }), false, 'not where it says');
  assert.equal(isLearnedEvidence({ text, sentences, figures: [{ ...figure, value: null }] }), false, 'no value (an Infinity stored as JSON)');
  assert.equal(isLearnedEvidence({ text, sentences, figures: [{ ...figure, range: { start: -1, end: 9 } }] }), false);
});

test('saves put off (deferSaves) are made when the host says, oldest first, at most eight waiting, and all when turned off', () => {
  const saved: string[] = [];
  const store: SourceStore = { loadEvidence: () => undefined, saveEvidence: (r: SourceRecord) => void saved.push(r.path) };
  const build = (n: number) => {
    const record = readSource(`/ws/sources/s${n}.txt`, `Source number ${n} says that the ferry carried ${n * 100} people.`);
    return evidenceFor(sourceText(record));
  };
  useSourceStore(store);
  deferSaves(true);
  try {
    const ev = build(0);
    assert.deepEqual(saved, [], 'nothing stored while the answer is made');
    assert.equal(saveDeferred(0), 1, 'one save waits');
    assert.equal(saveDeferred(1), 0);
    assert.deepEqual(saved, ['/ws/sources/s0.txt']);
    assert.ok(ev.figures.length > 0);
    for (let n = 1; n <= 10; n++) build(n);
    // Ten built, eight may wait: the two oldest were stored as the ninth and tenth came.
    assert.deepEqual(saved.slice(1), ['/ws/sources/s1.txt', '/ws/sources/s2.txt']);
    assert.equal(saveDeferred(3), 5);
    assert.deepEqual(saved.slice(3), ['/ws/sources/s3.txt', '/ws/sources/s4.txt', '/ws/sources/s5.txt']);
    deferSaves(false);
    assert.equal(saved.length, 11, 'turned off: the rest stored at once');
    assert.deepEqual(saved.slice(6), ['/ws/sources/s6.txt', '/ws/sources/s7.txt', '/ws/sources/s8.txt', '/ws/sources/s9.txt', '/ws/sources/s10.txt']);
    build(11);
    assert.equal(saved.length, 12, 'not put off: stored as it is built');
  } finally {
    deferSaves(false);
    useSourceStore(undefined);
  }
});

test('a thread told not to store evidence (another thread stores it) builds it without telling the store, and asks the store again next time', () => {
  const saved: string[] = [];
  const asked: string[] = [];
  useSourceStore({ loadEvidence: (r: SourceRecord) => void asked.push(r.path), saveEvidence: (r: SourceRecord) => void saved.push(r.path) });
  let others = true;
  storeEvidenceWhen(() => !others);
  try {
    const record = readSource('/ws/sources/ferry.txt', 'The ferry carried 300 people on its first day.');
    const ev = evidenceFor(sourceText(record));
    assert.ok(ev.figures.length > 0);
    assert.deepEqual(saved, [], 'the other thread stores it');
    assert.deepEqual(asked, ['/ws/sources/ferry.txt']);
    // Built again (a new text of the same record): the store is asked again, as the other thread may have stored it since.
    evidenceFor(sourceText(readSource('/ws/sources/ferry.txt', 'The ferry carried 300 people on its first day.')));
    assert.deepEqual(asked, ['/ws/sources/ferry.txt', '/ws/sources/ferry.txt']);
    others = false;
    evidenceFor(sourceText(readSource('/ws/sources/boat.txt', 'The boat carried 40 people.')));
    assert.deepEqual(saved, ['/ws/sources/boat.txt'], 'no other thread: stored here');
  } finally {
    storeEvidenceWhen(() => true);
    useSourceStore(undefined);
  }
});

test('a save put off goes to the store it was made for, with what the evidence holds when it is made', () => {
  const first: LearnedEvidence[] = [];
  const second: LearnedEvidence[] = [];
  useSourceStore({ loadEvidence: () => undefined, saveEvidence: (_r, l) => void first.push(l) });
  deferSaves(true);
  try {
    const record = readSource('/ws/sources/a.txt', 'The bridge cost $40 million. It opened in 2012.');
    const ev = evidenceFor(sourceText(record));
    useSourceStore({ loadEvidence: () => undefined, saveEvidence: (_r, l) => void second.push(l) });
    saveDeferred();
    assert.equal(first.length, 1);
    assert.equal(second.length, 0);
    assert.deepEqual(first[0].sentences.map((s) => s.stems), ev.sentences.map((s) => s.stems));
    assert.deepEqual(first[0].figures, ev.figures);
    assert.ok(isLearnedEvidence(roundTrip(first[0])));
  } finally {
    deferSaves(false);
    useSourceStore(undefined);
  }
});
