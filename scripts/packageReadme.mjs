#!/usr/bin/env node
/**
 * The README shipped in cited.vsix (`npm run package` passes it to vsce with --readme-path).
 * VS Code shows an installed extension's README in a webview that loads images only from https:
 * and data: addresses, and the project has no public repository to point relative links at. So the
 * packaged copy carries its screenshots inline, as data: URIs of the PNGs in docs/, and a link to a
 * file that is not in the package becomes its text. The README.md of the repository is unchanged.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp' };

/**
 * The packaged README: each image with a relative address inlined from `readFile(relativePath)`,
 * each other relative link reduced to its text. Absolute (https:, mailto:) links, in-page anchors and
 * anything in code are kept. Nodes are found with remark, so their places in the text are exact.
 */
export function packagedReadme(markdown, readFile) {
  const relative = (target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const edits = [];
  const stack = [tree];
  while (stack.length) {
    const node = stack.pop();
    const at = node.position && { start: node.position.start.offset, end: node.position.end.offset };
    if (node.type === 'image' && at && relative(node.url)) {
      const mime = MIME[path.extname(node.url).toLowerCase()];
      if (!mime) throw new Error(`README image ${node.url}: only PNG, JPEG, GIF and WebP can be inlined (VS Code shows no SVG from a data: address).`);
      edits.push({ ...at, text: `![${(node.alt ?? '').replace(/[\[\]\\]/g, '\\$&')}](data:${mime};base64,${readFile(node.url).toString('base64')})` });
    } else if (node.type === 'link' && at && relative(node.url)) {
      const first = node.children[0]?.position?.start.offset;
      const last = node.children[node.children.length - 1]?.position?.end.offset;
      edits.push({ ...at, text: first === undefined ? '' : markdown.slice(first, last) });
    } else if (node.children) {
      stack.push(...node.children);
    }
  }
  let out = markdown;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const out = path.join(repo, 'dist', 'README.md');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, packagedReadme(readFileSync(path.join(repo, 'README.md'), 'utf8'), (p) => readFileSync(path.join(repo, p))));
  console.log(`wrote ${path.relative(repo, out)} (screenshots inline) for the .vsix`);
}
