import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';
// @ts-expect-error: a plain .mjs script, without type declarations
import { packagedReadme } from '../../scripts/packageReadme.mjs';

const repo = path.resolve(__dirname, '../..');

function nodes(markdown: string, type: 'image' | 'link'): { url: string }[] {
  const out: { url: string }[] = [];
  const stack: Nodes[] = [unified().use(remarkParse).use(remarkGfm).parse(markdown)];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === type) out.push(n as { url: string });
    if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return out;
}

test('the packaged README carries every screenshot of README.md inline, byte for byte, and no relative link', () => {
  const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
  const images = nodes(readme, 'image').map((i) => i.url);
  assert.ok(images.length >= 4, 'README shows its screenshots');
  assert.ok(images.every((u) => u.startsWith('docs/') && u.endsWith('.png')));
  const out: string = packagedReadme(readme, (p: string) => readFileSync(path.join(repo, p)));
  const inlined = nodes(out, 'image').map((i) => i.url);
  assert.equal(inlined.length, images.length);
  const decoded = inlined.map((u) => {
    const m = /^data:image\/png;base64,(.+)$/.exec(u);
    assert.ok(m, `${u.slice(0, 40)} is a data: address`);
    return Buffer.from(m[1], 'base64');
  });
  for (const file of images) assert.ok(decoded.some((b) => b.equals(readFileSync(path.join(repo, file)))), `${file} is inlined as it is`);
  assert.deepEqual(
    nodes(out, 'link').filter((l) => !/^(https?|mailto):/.test(l.url) && !l.url.startsWith('#')),
    [],
  );
});

test('code is left as written; an image that cannot be inlined is an error', () => {
  const md = 'See `![x](a.png)` and\n\n```\n[y](b.md)\n```\n\n[site](https://x.example) [file](docs/a.md)\n';
  assert.equal(packagedReadme(md, () => Buffer.from('')), 'See `![x](a.png)` and\n\n```\n[y](b.md)\n```\n\n[site](https://x.example) file\n');
  assert.throws(() => packagedReadme('![logo](logo.svg)\n', () => Buffer.from('<svg/>')), /only PNG/);
});
