/**
 * Generates a synthetic workspace for the benchmark: sources in all four formats,
 * one long draft and many short ones. Deterministic, so runs compare.
 */
import { mkdirSync, writeFileSync, rmSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mulberry32 as rng } from '../test/helpers/rng';

const WORDS = (
  'council budget bridge harbour repair vote mayor engineer steel girder corrosion transit grant reserve funding contract ' +
  'schedule delay report inspection traffic freight truck lane footpath resident hearing agency permit project contractor ' +
  'analyst market revenue share license cloud partner model deal quarter growth export tariff policy court ruling appeal ' +
  'election turnout district school teacher hospital nurse patient vaccine trial study result data survey sample energy ' +
  'wind solar grid battery price demand supply storage pipeline emission target climate flood drought water river coast'
).split(' ');

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.06 ? String(Math.floor(r() * 5000)) : WORDS[Math.floor(r() * WORDS.length)]);
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraphs(r: () => number, bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r)).join(' ');
    out.push(p);
    size += p.length + 2;
  }
  return out;
}

export interface BenchWorkspace {
  root: string;
  sources: number;
  bytes: number;
  bigDraft: string;
  smallDrafts: number;
}

export function generate(root: string, sourceCount: number, smallDrafts: number, markersPerSmall: number): BenchWorkspace {
  const stamp = path.join(root, '.generated.json');
  const want = JSON.stringify({ sourceCount, smallDrafts, markersPerSmall, v: 2 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').startsWith(want.slice(0, -1))) {
    const info = JSON.parse(readFileSync(stamp, 'utf8'));
    return info.ws as BenchWorkspace;
  }
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'sources'), { recursive: true });
  mkdirSync(path.join(root, 'drafts', 'small'), { recursive: true });
  const r = rng(42);
  let bytes = 0;
  const names: string[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const kind = i % 4;
    const paras = paragraphs(r, 9000 + Math.floor(r() * 2000));
    const title = sentence(r).slice(0, 60);
    let name: string;
    let body: string;
    if (kind === 0) {
      name = `s${i}.md`;
      body = `---\ntitle: "${title}"\nauthor: Reporter ${i % 97}\npublisher: Outlet ${i % 13}\ndate: 2026-0${1 + (i % 9)}-1${i % 10}\nurl: https://outlet${i % 13}.example/story/${i}\n---\n\n# ${title}\n\n${paras.join('\n\n')}\n`;
    } else if (kind === 1) {
      name = `s${i}.txt`;
      body = `${title}\n\n${paras.join('\n\n')}\n`;
    } else if (kind === 2) {
      name = `s${i}.html`;
      body = `<!doctype html><html><head><title>${title}</title><meta name="author" content="Reporter ${i % 97}"><script>var x=${i};</script></head><body><header>Outlet</header><nav>Home | News</nav><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Copyright</footer></body></html>\n`;
    } else {
      name = `s${i}.json`;
      body = JSON.stringify({ title, author: `Reporter ${i % 97}`, url: `https://wire.example/${i}`, content: paras.map((p) => `<p>${p}</p>`).join('') }) + '\n';
    }
    names.push(name);
    bytes += Buffer.byteLength(body);
    writeFileSync(path.join(root, 'sources', name), body);
  }
  // The long draft: about 5,000 words and 300 markers, each defined.
  const big: string[] = [];
  let words = 0;
  let marker = 0;
  while (words < 5000 || marker < 300) {
    const sents = Array.from({ length: 4 }, () => sentence(r));
    words += sents.join(' ').split(' ').length;
    const withMarkers = sents.map((s) => (marker < 300 && r() < 0.9 ? s.slice(0, -1) + ` [${++marker}].` : s));
    big.push(withMarkers.join(' '));
  }
  big.push('');
  for (let m = 1; m <= marker; m++) big.push(`[${m}]: ../sources/${names[(m * 31) % names.length]}`);
  const bigDraft = path.join(root, 'drafts', 'long-draft.md');
  writeFileSync(bigDraft, big.join('\n\n') + '\n');
  for (let d = 0; d < smallDrafts; d++) {
    const lines: string[] = [];
    for (let m = 1; m <= markersPerSmall; m++) lines.push(sentence(r).slice(0, -1) + ` [${m}].`);
    lines.push('');
    for (let m = 1; m <= markersPerSmall; m++) lines.push(`[${m}]: ../../sources/${names[(d * 53 + m * 7) % names.length]}`);
    writeFileSync(path.join(root, 'drafts', 'small', `d${d}.md`), lines.join('\n') + '\n');
  }
  const ws: BenchWorkspace = { root, sources: sourceCount, bytes, bigDraft, smallDrafts };
  writeFileSync(stamp, JSON.stringify({ sourceCount, smallDrafts, markersPerSmall, v: 2, ws }));
  return ws;
}
