import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { makeNegatives, makeMixups, readSetClaims } from '../../bench/negatives';
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

test('page mix-ups: a figure or name of the claim replaced by another of the same kind from the same page, the same every time', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cited-mixups-'));
  mkdirSync(path.join(root, 'drafts'));
  mkdirSync(path.join(root, 'sources'));
  writeFileSync(
    path.join(root, 'sources/a.md'),
    '---\ntitle: A\n---\n\nThe council in Harbourton approved $48 million for the bridge in 2024. The mayor of Kelso spent $12 million on roads in 2019.\n',
  );
  writeFileSync(path.join(root, 'drafts/claims.md'), '# Claims\n\nThe council in Harbourton approved $48 million for the bridge in 2024 [1].\n\n[1]: ../sources/a.md\n');
  writeFileSync(path.join(root, 'labels.json'), JSON.stringify({ 3: 'supported' }));
  const a = makeMixups({ tiny: root });
  assert.deepEqual(makeMixups({ tiny: root }), a);
  const figure = a.find((m) => m.kind === 'page-figure');
  assert.ok(figure && /\$12 million|2019/.test(figure.claim), JSON.stringify(a));
  // The figure swapped in is the page's, of the same kind as the one it replaces.
  assert.ok(figure.claim.includes('$12 million') ? !figure.claim.includes('$48 million') : !figure.claim.includes('2024'), figure.claim);
  const name = a.find((m) => m.kind === 'page-name');
  assert.ok(name && name.claim.includes("Kelso") && !name.claim.includes('Harbourton'), JSON.stringify(a));
});

test('the committed mix-ups are documented and refer to the dev sets\' pages by path', () => {
  const dir = path.resolve(__dirname, '../../bench/data');
  assert.match(readFileSync(path.join(dir, 'README.md'), 'utf8'), /mixups\.json/);
  const mixups = JSON.parse(readFileSync(path.join(dir, 'mixups.json'), 'utf8')) as { set: string; source: string; kind: string }[];
  assert.ok(mixups.length > 0);
  for (const n of mixups) {
    assert.match(n.source, /^sources\/[^/]+$/);
    assert.ok(['page-figure', 'page-name', 'opposite'].includes(n.kind));
  }
});
