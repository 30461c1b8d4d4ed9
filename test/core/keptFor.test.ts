import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { keptFor } from '../../server/src/core/text';

test('keptFor makes each value once, keeps at most its limit, the oldest going first', () => {
  const kept = new Map<string, number>();
  let made = 0;
  const get = (k: string) => keptFor(kept, k, 2, () => ++made);
  assert.equal(get('a'), 1);
  assert.equal(get('a'), 1);
  assert.equal(get('b'), 2);
  assert.equal(get('c'), 3);
  assert.deepEqual([...kept.keys()], ['b', 'c']);
  assert.equal(get('a'), 4, 'made again once let go of');
  // A value that is null is kept too (an uncited sentence with no reason to cite).
  const nulls = new Map<string, null>();
  let asked = 0;
  keptFor(nulls, 'x', 10, () => (asked++, null));
  keptFor(nulls, 'x', 10, () => (asked++, null));
  assert.equal(asked, 1);
});

test('a key cut from a longer text does not keep that text alive', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const kept = new Map<string, number>();
  gc();
  const before = process.memoryUsage().heapUsed;
  // 300 texts of 100 KB, each kept by a paragraph cut from its end (as a draft's paragraph is kept across edits).
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: 100_000 }, () => 'x').join('') + ` a paragraph of the draft, version ${i}.`;
    keptFor(kept, text.slice(100_000), 4096, () => i);
  }
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  // Kept as views into their texts, the keys would hold 30 MB.
  assert.ok(retained < 10e6, `${(retained / 1e6).toFixed(1)} MB kept for 300 short keys`);
});
