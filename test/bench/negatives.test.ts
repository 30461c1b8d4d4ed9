import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { makeNegatives, readSetClaims } from '../../bench/negatives';
import { extractFigures } from '../../server/src/core/support/numbers';

/** A small set in the dev sets' shape: drafts/claims.md, sources/, labels.json. */
function tinySet(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cited-negatives-'));
  mkdirSync(path.join(root, 'drafts'));
  mkdirSync(path.join(root, 'sources'));
  writeFileSync(path.join(root, 'sources/a.md'), '---\ntitle: A\n---\n\nThe council in Harbourton approved $48 million for the bridge in 2024. The bridge is open to cars.\n');
  writeFileSync(path.join(root, 'sources/b.md'), '---\ntitle: B\n---\n\nRain is expected in Port Alder on Friday, with winds of 80 km/h.\n');
  writeFileSync(
    path.join(root, 'drafts/claims.md'),
    '# Claims\n\nThe council in Harbourton approved $48 million for the bridge in 2024 [1].\n\nRain is expected in Port Alder on Friday [2].\n\n[1]: ../sources/a.md\n[2]: ../sources/b.md\n',
  );
  writeFileSync(path.join(root, 'labels.json'), JSON.stringify({ 3: 'supported', 5: 'supported' }));
  return root;
}

test('generated negatives: the same sets give the same file, and each change is one the page does not back', () => {
  const root = tinySet();
  assert.deepEqual(readSetClaims(root).map((c) => [c.line, c.source, c.label]), [
    [3, 'sources/a.md', 'supported'],
    [5, 'sources/b.md', 'supported'],
  ]);
  const a = makeNegatives({ tiny: root });
  assert.deepEqual(makeNegatives({ tiny: root }), a);
  const kinds = new Set(a.map((n) => n.kind));
  for (const k of ['other-page', 'figure', 'year', 'polarity']) assert.ok(kinds.has(k as never), `${k} in ${[...kinds]}`);
  for (const n of a) {
    const page = readFileSync(path.join(root, n.source), 'utf8');
    if (n.kind === 'other-page') assert.notEqual(n.source, readSetClaims(root).find((c) => c.line === n.line)!.source);
    if (n.kind === 'figure' || n.kind === 'year') {
      // The changed figure is in the claim and nowhere on the page.
      const changed = extractFigures(n.claim).map((f) => f.text.replace(/[^\d.]/g, '')).filter((x) => !page.includes(x));
      assert.ok(changed.length >= 1, n.change);
    }
    if (n.kind === 'polarity') assert.match(n.claim, /\bnot\b/);
  }
});

test('the committed negatives are documented and refer to the dev sets\' pages by path', () => {
  const dir = path.resolve(__dirname, '../../bench/data');
  assert.ok(existsSync(path.join(dir, 'README.md')));
  const negatives = JSON.parse(readFileSync(path.join(dir, 'negatives.json'), 'utf8')) as { set: string; source: string; kind: string }[];
  assert.ok(negatives.length > 0);
  for (const n of negatives) {
    assert.match(n.source, /^sources\/[^/]+$/);
    assert.ok(['citebench-dev', 'citebench-wice-dev'].includes(n.set));
  }
});
