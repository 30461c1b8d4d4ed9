/**
 * `npm run bench`: generates a synthetic workspace (10,000 sources, about 100 MB) and
 * measures the real server over stdio and the real CLI, the CLI side by side with VS Code's
 * markdown link validation (bench/mdLinks.ts). Prints figures; asserts nothing.
 * BENCH_SOURCES and BENCH_DRAFTS scale the workspace down for a quick run; BENCH_ONLY (a comma list of
 * hover, edit, completion, references, cold, cache, cli) runs only those stages after indexing and
 * opening the long draft; BENCH_SERVER_ARGS passes node options to the first server (to profile it);
 * BENCH_TRACE=1 prints each hover and edit over 10 ms (and each Find All References over 50 ms) with the monotonic time it ended (µs), to find in
 * the server's CPU profile what the thread was doing meanwhile.
 */
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generate } from './generate';
import { LspTestClient, uri } from '../test/helpers/lspClient';
import { ReindexRequest } from '../server/src/protocol';
import { CitedLanguageService } from '../server/src/core/languageService';
import { normalizeSettings } from '../server/src/core/config';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 10_000);
const SMALL = Number(process.env.BENCH_DRAFTS ?? 1_000);
/** BENCH_STRESS=1 adds a slow stage beyond the targets: all short drafts opened in the server. */
const STRESS = process.env.BENCH_STRESS === '1';
const ROOT = path.resolve(__dirname, '../.bench/workspace');
/** How many PDFs the PDF stage makes and indexes (BENCH_PDFS; 0 skips the stage). */
const PDFS = Number(process.env.BENCH_PDFS ?? 500);
const PDF_ROOT = path.resolve(__dirname, '../.bench/pdfs');
/** The server's cache folder in the benchmark (the CLI's is BENCH_CACHE). */
const SERVER_CACHE = path.resolve(__dirname, '../.bench/server-cache');
/** The servers' environment: their compiled code kept in their cache folder, as it is in the platform's cache folder when that is the cache (server/src/node/codeCache.ts), with the home folder left alone. */
const SERVER_ENV = { CITED_CODE_CACHE: SERVER_CACHE };

/** The stages to run (BENCH_ONLY), all when unset. */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((x) => x.trim())) : undefined;
const stage = (name: string) => !ONLY || ONLY.has(name);

const SUPPORT_CODES = new Set(['unsupported-claim', 'partial-support', 'number-mismatch', 'quote-not-found', 'uncited-claim', 'sources-disagree']);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function main(): Promise<void> {
  let t = performance.now();
  const ws = generate(ROOT, SOURCES, SMALL, 50);
  console.log(`workspace: ${ws.sources} sources, ${(ws.bytes / 1e6).toFixed(1)} MB, 1 long draft, ${ws.smallDrafts} short drafts (${ms(performance.now() - t)} to generate or reuse)`);

  // BENCH_SERVER_ARGS: node options for the first server, e.g. "--cpu-prof --cpu-prof-dir=.bench/prof".
  // The server's compiled code is kept in its cache folder (SERVER_ENV).
  const client = new LspTestClient(process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [], SERVER_ENV);
  // The server's cache (node/cache.ts) starts empty, in .bench/, so the first index is cold and the home folder is left alone.
  rmSync(SERVER_CACHE, { recursive: true, force: true });
  t = performance.now();
  const ready = await client.initialize(ws.root, { cacheFolder: SERVER_CACHE });
  const indexMs = performance.now() - t;
  console.log(`index:            ${ms(indexMs)} for ${ready.sources} sources (target ≤ 3000 ms)`);

  const text = readFileSync(ws.bigDraft, 'utf8');
  const draftUri = uri(ws.bigDraft);
  const words = text.split(/\s+/).length;
  const markers = [...text.matchAll(/\[(\d+)\]\./g)].map((m) => m.index!);
  const lines = text.split('\n');
  const posOf = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - before.lastIndexOf('\n') - 1 };
  };
  t = performance.now();
  /** The server's status notifications from the long draft's opening on. */
  const statusFrom = client.statusLog.length;
  const first = client.waitForDiagnostics(draftUri);
  const judged = client.waitForDiagnostics(draftUri, (p) => p.diagnostics.some((d) => SUPPORT_CODES.has(d.code)));
  // Every publish for the long draft until the edits begin: the last one, once the server no longer says it is judging, is when all its claims were judged.
  const publishes: { at: number; count: number }[] = [];
  let editing = false;
  void client.waitForDiagnostics(draftUri, (p) => {
    if (!editing) publishes.push({ at: performance.now() - t, count: p.diagnostics.length });
    return editing;
  });
  client.open(draftUri, text);
  const firstDiags = await first;
  const firstMs = performance.now() - t;
  const judgedDiags = await judged;
  console.log(
    `open long draft:  ${ms(firstMs)} to first diagnostics (${firstDiags.diagnostics.length}), ${ms(performance.now() - t)} to the first verdicts (${judgedDiags.diagnostics.length}); ${words} words, ${markers.length} markers`,
  );

  // With BENCH_ONLY, the stages before it are left out: wait (BENCH_SETTLE_MS, 30 s unless set) for what the server does
  // in the background after indexing (the search catalogue, the full-text words, reading drafts ahead) to be done, as in a full run.
  const settle = Number(process.env.BENCH_SETTLE_MS ?? (ONLY ? 30_000 : 0));
  if (settle > 0) {
    await new Promise((r) => setTimeout(r, settle));
    console.log(`settled:          ${ms(settle)} waited before the stages`);
  }

  // Hover every marker once (cold: first use of each source), then again (warm).
  const cold: number[] = [];
  const warm: number[] = [];
  // Hovers answered before their sentence's verdict was known (they say it is being checked).
  let pending = 0;
  // …of which, hovers with a source whose passage was not looked up (a source this thread had not read yet).
  let noPassage = 0;
  for (const round of stage('hover') ? [cold, warm] : []) {
    for (const off of markers) {
      const p = posOf(off + 1);
      const s = performance.now();
      const h = await client.hover(draftUri, p.line, p.character);
      round.push(performance.now() - s);
      if (process.env.BENCH_TRACE && performance.now() - s > 10) console.log(`slow hover ${(performance.now() - s).toFixed(1)} ms, ended at ${process.hrtime.bigint() / 1000n} µs`);
      if (!h) throw new Error(`no hover at ${p.line}:${p.character}`);
      if (/Being checked against its sources/.test(h.contents.value)) pending++;
      if (/Its passage shows here once/.test(h.contents.value)) noPassage++;
    }
  }
  const all = [...cold, ...warm];
  // The long draft's claims are judged in the background while the hovers are answered, which may end first: when the
  // last verdict came (the last publish once the server's status, which says "judging" while a long draft is judged,
  // says so no more; a draft judged within half a second never says so: then once a second has passed without a publish).
  const judgedBy = performance.now() + 60_000;
  for (;;) {
    const log = client.statusLog.slice(statusFrom);
    const began = log.findIndex((x) => x.state === 'judging');
    if (began !== -1 && log.slice(began).some((x) => x.state !== 'judging')) {
      // (The server says it is done just before it publishes the last verdicts.)
      await new Promise((r) => setTimeout(r, 300));
      break;
    }
    const quiet = performance.now() - t - (publishes[publishes.length - 1]?.at ?? 0);
    if ((began === -1 && performance.now() - t > 3_000 && quiet > 1_000) || performance.now() > judgedBy) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  editing = true;
  const lastPublish = publishes[publishes.length - 1];
  const stillJudging = client.lastStatus?.state === 'judging';
  if (lastPublish) console.log(`long draft judged: ${stillJudging ? `still judging ${ms(performance.now() - t)} after opening` : `${ms(lastPublish.at)} after opening, all claims (${lastPublish.count} diagnostics)`}`);
  if (stage('hover')) console.log(`hover:            p50 ${ms(pct(all, 50))}, p99 ${ms(pct(all, 99))} over ${all.length} hovers (first-use p99 ${ms(pct(cold, 99))}, repeat p99 ${ms(pct(warm, 99))}; ${pending} answered before the verdict was known, ${noPassage} of them without a source's passage) (target p99 ≤ 10 ms while claims are judged)`);

  // Edit → published diagnostics: type a word at a spread of places.
  const edits: number[] = [];
  let version = 1;
  for (let i = 0; i < (stage('edit') ? 60 : 0); i++) {
    const line = Math.floor((i * 7919) % (lines.length - 2));
    const published = client.waitForDiagnostics(draftUri);
    const s = performance.now();
    client.change(draftUri, ++version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Word ' }]);
    await published;
    edits.push(performance.now() - s);
    if (process.env.BENCH_TRACE && performance.now() - s > 10) console.log(`edit ${(performance.now() - s).toFixed(1)} ms, ended at ${process.hrtime.bigint() / 1000n} µs`);
  }
  if (stage('edit')) console.log(`edit→diagnostics: p50 ${ms(pct(edits, 50))}, p95 ${ms(pct(edits, 95))}, p99 ${ms(pct(edits, 99))}, max ${ms(Math.max(...edits))} over ${edits.length} edits (target p95 ≤ 50 ms)`);
  if (stage('edit')) editWork(ws.bigDraft, text, lines.length);

  // Completion at a spread of places, as a marker is typed: "[" (a numbered marker), "[@" (every key), "[@har"
  // and "[@harbour" (keys, titles, authors and full text matching what was typed); the sentence's best matches first.
  // The first item is then resolved, as an editor resolves the item it shows: its documentation gets the passage that backs the sentence.
  if (stage('completion')) {
    const completions: number[] = [];
    const resolves: number[] = [];
    const byForm = new Map<string, number[]>();
    for (let i = 0; i < 40; i++) {
      const line = Math.floor((i * 6151) % (lines.length - 2));
      for (const typed of ['[', '[@', '[@har', '[@harbour']) {
        // Typed at the start of the line, before its first word (as a marker is typed before the next sentence), each form a keystroke further.
        client.change(draftUri, ++version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: typed + ' ' }]);
        const s = performance.now();
        const list: { items: unknown[] } | null = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: draftUri }, position: { line, character: typed.length } });
        const took = performance.now() - s;
        completions.push(took);
        byForm.set(typed, [...(byForm.get(typed) ?? []), took]);
        if (!list || list.items.length === 0) throw new Error(`no completion for ${typed} at ${line}:${typed.length}`);
        const r = performance.now();
        const resolved: { documentation?: { value: string } } = await client.connection.sendRequest('completionItem/resolve', list.items[0]);
        resolves.push(performance.now() - r);
        if (!resolved.documentation?.value) throw new Error(`no documentation for the first item at ${line}:${typed.length}`);
        client.change(draftUri, ++version, [{ range: { start: { line, character: 0 }, end: { line, character: typed.length + 1 } }, text: '' }]);
      }
    }
    if (process.env.BENCH_DEBUG) console.log(completions.map((x) => x.toFixed(0)).join(' '));
    if (process.env.BENCH_DEBUG) console.log('resolve:', resolves.map((x) => x.toFixed(0)).join(' '));
    const forms = [...byForm].map(([typed, xs]) => `"${typed}" p99 ${ms(pct(xs, 99))}`).join(', ');
    console.log(
      `completion:       p50 ${ms(pct(completions, 50))}, p99 ${ms(pct(completions, 99))}, max ${ms(Math.max(...completions))} over ${completions.length} requests (${forms}; ${SOURCES} sources, up to 100 items each) (target p99 ≤ 50 ms)`,
    );
    console.log(`completion resolve: p50 ${ms(pct(resolves, 50))}, p99 ${ms(pct(resolves, 99))}, max ${ms(Math.max(...resolves))} over ${resolves.length} first items (the passage that backs the sentence)`);
  }

  // Find All References on a marker: every draft of the workspace is looked at (those the server does not hold, from disk).
  if (stage('references')) {
    const refTimes: number[] = [];
    let refCount = 0;
    const spread = markers.filter((_, i) => i % Math.max(1, Math.floor(markers.length / 50)) === 0).slice(0, 50);
    for (const off of spread) {
      const p = posOf(off + 1);
      const s = performance.now();
      const refs: unknown[] | null = await client.connection.sendRequest('textDocument/references', { textDocument: { uri: draftUri }, position: p, context: { includeDeclaration: true } });
      refTimes.push(performance.now() - s);
      if (process.env.BENCH_TRACE && performance.now() - s > 50) console.log(`slow references ${(performance.now() - s).toFixed(1)} ms, ended at ${process.hrtime.bigint() / 1000n} µs`);
      refCount += refs?.length ?? 0;
    }
    if (process.env.BENCH_DEBUG) console.log(refTimes.map((x) => x.toFixed(0)).join(' '));
    console.log(
      `references:       p50 ${ms(pct(refTimes, 50))}, p99 ${ms(pct(refTimes, 99))}, max ${ms(Math.max(...refTimes))} over ${refTimes.length} requests across ${SMALL + 1} drafts (${refCount} places found) (target p99 ≤ 100 ms)`,
    );
  }

  if (stage('cold')) await coldDraftStage(client, ws);

  console.log(`server peak RSS:  ${peakRssMb(client.process.pid!).toFixed(0)} MB after indexing, the long draft, hovers, edits, completions and references (target ≤ 1536 MB)`);

  if (STRESS) {
    // Beyond the targets: open all short drafts, each citing 50 sources it has not seen, with claim support on.
    const small = (await import('node:fs')).readdirSync(ws.root + '/drafts/small');
    t = performance.now();
    for (const f of small) {
      const p = client.waitForDiagnostics(uri(ws.root + '/drafts/small/' + f));
      client.open(uri(ws.root + '/drafts/small/' + f), readFileSync(ws.root + '/drafts/small/' + f, 'utf8'));
      await p;
    }
    console.log(`stress, open ${small.length} short drafts: ${ms(performance.now() - t)} in all`);
    console.log(`stress, server peak RSS: ${peakRssMb(client.process.pid!).toFixed(0)} MB with all ${small.length + 1} drafts open and judged`);
  }
  await client.stop();
  if (stage('cache')) await serverIndexFromCache(ws.root);

  if (stage('cli')) await compareWithLinkValidation(ws);
}

/**
 * Indexing PDFs: makes BENCH_PDFS three-page PDFs (with scripts/make-fixtures.mjs's pdf-lib
 * writer; reused while their number stays the same) and times the CLI reading them in a fresh
 * process, the server indexing them, and the server indexing them again (Reindex Sources: the
 * text is kept while a file's size and time stay the same).
 */
/**
 * The core's own work per edit, in this process, without the protocol, the judging thread or the
 * other process on the machine: the same edits of the long draft as above, each parsed, its claims
 * collected with the verdicts known (the changed sentence is then judged, not timed) and its
 * diagnostics made. A steadier figure than edit→diagnostics, of the part an edit's size decides.
 */
function editWork(draftPath: string, text: string, lineCount: number): void {
  const service = new CitedLanguageService([path.dirname(path.dirname(draftPath))], normalizeSettings({}));
  service.setDraft(draftPath, text);
  for (const t of service.unknownTargets(draftPath)) {
    if (existsSync(t)) service.setSource(t, readFileSync(t, 'utf8'));
    else service.setSourceMissing(t);
  }
  service.diagnostics(draftPath);
  const times: number[] = [];
  let current = text;
  for (let i = 0; i < 60; i++) {
    const line = Math.floor((i * 7919) % (lineCount - 2));
    const ls = current.split('\n');
    ls[line] = 'Word ' + ls[line];
    current = ls.join('\n');
    const s = performance.now();
    service.setDraft(draftPath, current);
    const known = service.judgeKnown(draftPath);
    let took = performance.now() - s;
    if (!known.complete) service.claims(draftPath);
    const d = performance.now();
    service.diagnostics(draftPath);
    took += performance.now() - d;
    times.push(took);
  }
  console.log(`edit work:        p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))} per edit in the core (parse, claims with known verdicts, diagnostics; in this process, from source)`);
}

async function pdfStage(): Promise<void> {
  const dir = path.join(PDF_ROOT, 'sources');
  mkdirSync(dir, { recursive: true });
  const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).length : 0;
  let t = performance.now();
  if (have !== PDFS) {
    const { makeTextPdf } = await import('../scripts/make-fixtures.mjs');
    const words = 'harbour bridge ferry bus route commuter fare timetable wharf vessel ridership closure council budget survey'.split(' ');
    for (let i = 0; i < PDFS; i++) {
      const w = (k: number) => words[(i * 7 + k * 3) % words.length];
      const para = (k: number) => `Report ${i}, part ${k}: the ${w(k)} and the ${w(k + 1)} changed by ${(i * 13 + k) % 97} percent in ${2000 + (i % 25)}, as the ${w(k + 2)} survey of ${i + k} households found.`;
      const pages = [0, 1, 2].map((p) => Array.from({ length: 12 }, (_, k) => para(p * 12 + k)));
      writeFileSync(path.join(dir, `report-${String(i).padStart(4, '0')}.pdf`), await makeTextPdf({ title: `Report ${i}`, author: 'Bench', pages }));
    }
  }
  console.log(`pdfs: ${PDFS} three-page PDFs in ${path.relative(process.cwd(), dir)} (${ms(performance.now() - t)} to make or reuse)`);
  // A cache folder of the stage's own, empty at first: the first check extracts every PDF, the second takes their text from the cache.
  const pdfCache = path.join(PDF_ROOT, '..', 'pdf-cache');
  rmSync(pdfCache, { recursive: true, force: true });
  const cliCheck = (label: string) => {
    t = performance.now();
    const r = spawnSync(process.execPath, [path.resolve(__dirname, '../dist/cli.js'), 'check', PDF_ROOT, '--format', 'json', '--no-support', '--cache', pdfCache], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`cli failed: ${r.stderr}`);
    console.log(`${label}${ms(performance.now() - t)} to read ${JSON.parse(r.stdout).summary.sources} PDFs in a fresh process (target ≤ 10000 ms)`);
  };
  cliCheck('pdf cli check:    ');
  cliCheck('pdf cli, cached:  ');
  const client = new LspTestClient();
  t = performance.now();
  const ready = await client.initialize(PDF_ROOT, { cacheFolder: pdfCache });
  console.log(`pdf index:        ${ms(performance.now() - t)} for ${ready.sources} PDFs in the server, their text in the cache (target ≤ 10000 ms)`);
  t = performance.now();
  await client.connection.sendRequest(ReindexRequest);
  console.log(`pdf reindex:      ${ms(performance.now() - t)} for the same PDFs, their text kept from the first read`);
  await client.stop();
}

// BENCH_PDF_ONLY=1 runs the PDF stage alone.
(process.env.BENCH_PDF_ONLY === '1' ? Promise.resolve() : main()).then(() => (PDFS > 0 ? pdfStage() : undefined)).catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * Time to all claims judged for a short draft the server has not seen, citing 50 sources it has
 * not used yet (each source's text, passages and evidence built on first use, or from the cache).
 */
async function coldDraftStage(client: LspTestClient, ws: { root: string; smallDrafts: number }): Promise<void> {
  if (ws.smallDrafts === 0) return;
  // The last short draft: its sources are the furthest from the long draft's.
  const file = `${ws.root}/drafts/small/d${ws.smallDrafts - 1}.md`;
  const text = readFileSync(file, 'utf8');
  const sources = new Set([...text.matchAll(/^\[\d+\]: (.+)$/gm)].map((m) => m[1])).size;
  const t = performance.now();
  const judged = client.waitForDiagnostics(uri(file), (p) => p.diagnostics.some((d) => SUPPORT_CODES.has(d.code)));
  client.open(uri(file), text);
  await judged;
  const first = performance.now() - t;
  // All judged: the last publish for the draft before a second with none (the server publishes what is judged as it comes).
  let last = first;
  for (;;) {
    const next = await Promise.race([client.waitForDiagnostics(uri(file)).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 1000))]);
    if (!next) break;
    last = performance.now() - t;
  }
  console.log(`cold draft:       ${ms(first)} to the first claim diagnostics, ${ms(last)} to all claims judged, in a draft citing ${sources} sources not used before`);
}

/** A second server on the same workspace and cache folder: the index built from what the first one stored. */
async function serverIndexFromCache(root: string): Promise<void> {
  const again = new LspTestClient([], SERVER_ENV);
  const t = performance.now();
  const ready = await again.initialize(root, { cacheFolder: SERVER_CACHE });
  console.log(`index from cache: ${ms(performance.now() - t)} for ${ready.sources} sources, a second server on the same cache folder (target ≤ 1000 ms)`);
  await again.stop();
}

interface Measured {
  wallMs: number;
  /** User + system CPU time, when /usr/bin/time is there to tell. */
  cpuMs?: number;
  /** Peak resident memory in MiB, when /usr/bin/time is there to tell. */
  peakMiB?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a node script in its own process and measures its wall time, CPU time and peak memory (GNU time's %M). */
function measureNode(args: string[]): Measured {
  const gnuTime = existsSync('/usr/bin/time');
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-bench-'));
  const out = path.join(dir, 'time.txt');
  const [cmd, cmdArgs] = gnuTime ? ['/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, process.execPath, ...args]] : [process.execPath, args];
  const t = performance.now();
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t;
  const m: Measured = { wallMs, status: r.status, stdout: r.stdout, stderr: r.stderr };
  if (gnuTime && existsSync(out)) {
    const line = readFileSync(out, 'utf8').trim().split('\n').pop()!;
    const [, user, sys, kb] = line.split(' ').map(Number);
    if ([user, sys, kb].every(Number.isFinite)) {
      m.cpuMs = (user + sys) * 1000;
      m.peakMiB = kb / 1024;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return m;
}

/** bench/mdLinks.ts bundled with esbuild, as Cited's CLI is, so neither pays for a TypeScript loader. */
async function bundleMdLinks(): Promise<string> {
  const esbuild = await import('esbuild');
  const outfile = path.resolve(__dirname, '../.bench/mdLinks.js');
  await esbuild.build({ entryPoints: [path.resolve(__dirname, 'mdLinks.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  return outfile;
}

const BENCH_CACHE = path.resolve(__dirname, '../.bench/cache');
/** BENCH_FULL=0 leaves out the full checks (with claim support), the slow part of the comparison. */
const FULL = process.env.BENCH_FULL !== '0';
const REUSE_CACHE = process.env.BENCH_REUSE_CACHE === '1' && existsSync(BENCH_CACHE);

/**
 * Cited's CLI against VS Code's markdown link validation over the same drafts, in this run:
 * `--no-support`, the full check with an empty cache (cold), and again with the cache filled
 * (warm), each with its time, CPU time, peak memory and its ratio to the link validation.
 */
async function compareWithLinkValidation(ws: { root: string }): Promise<void> {
  const cli = path.resolve(__dirname, '../dist/cli.js');
  const mdLinks = await bundleMdLinks();
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;
  const hasCache = help.includes('--cache');

  const links = measureNode([mdLinks, ws.root, path.join(ws.root, 'drafts')]);
  if (links.status !== 0) throw new Error(`markdown link validation failed: ${links.stderr}`);
  const linkInfo = JSON.parse(links.stdout) as { drafts: number; diagnostics: number };

  const rows: { name: string; m: Measured; note: string }[] = [];
  const runCited = (name: string, extra: string[]) => {
    const m = measureNode([cli, 'check', ws.root, '--format', 'json', ...extra]);
    if (m.status !== 0 && m.status !== 1) throw new Error(`cited check ${extra.join(' ')} failed (${m.status}): ${m.stderr}`);
    const summary = JSON.parse(m.stdout).summary;
    rows.push({ name, m, note: `${summary.drafts} drafts, ${summary.citations} citations, ${summary.sources} sources` });
  };
  const noCache = hasCache ? ['--no-cache'] : [];
  runCited('`cited check --no-support`', ['--no-support', ...noCache]);
  if (!FULL && hasCache) {
    // Without the full checks, the cache is filled by a --no-support run.
    rmSync(BENCH_CACHE, { recursive: true, force: true });
    runCited('`cited check --no-support`, cold cache', ['--no-support', '--cache', BENCH_CACHE]);
    runCited('`cited check --no-support`, warm cache', ['--no-support', '--cache', BENCH_CACHE]);
  }
  if (FULL) {
    if (hasCache) {
      // BENCH_REUSE_CACHE=1 keeps the cache a previous full run filled (same workspace), leaving out the slow cold check.
      if (!REUSE_CACHE) {
        rmSync(BENCH_CACHE, { recursive: true, force: true });
        runCited('`cited check`, cold cache', ['--cache', BENCH_CACHE]);
      }
      runCited('`cited check`, warm cache', ['--cache', BENCH_CACHE]);
      oneDraftChanged(ws.root, () => runCited('`cited check`, one draft changed', ['--cache', BENCH_CACHE]));
      runCited('`cited check --no-support`, sources from the cache', ['--no-support', '--cache', BENCH_CACHE]);
    } else {
      runCited('`cited check` (no cache in this build)', []);
    }
  }

  const fmt = (m: Measured) =>
    `${(m.wallMs / 1000).toFixed(2)} s wall` + (m.cpuMs !== undefined ? `, ${(m.cpuMs / 1000).toFixed(2)} s CPU` : '') + (m.peakMiB !== undefined ? `, ${m.peakMiB.toFixed(0)} MiB` : '');
  console.log(`\nCited against VS Code's markdown link validation (${linkInfo.drafts} drafts; link validation reports ${linkInfo.diagnostics} problems):`);
  console.log('| measure | Cited | md link validation | ratio (wall) | ratio (CPU) | ratio (memory) |');
  console.log('|---|---|---|---|---|---|');
  for (const { name, m, note } of rows) {
    const cpu = m.cpuMs !== undefined && links.cpuMs ? `${(m.cpuMs / links.cpuMs).toFixed(1)}×` : '–';
    const mem = m.peakMiB !== undefined && links.peakMiB ? `${(m.peakMiB / links.peakMiB).toFixed(1)}×` : '–';
    console.log(`| ${name} | ${fmt(m)} (${note}) | ${fmt(links)} | ${(m.wallMs / links.wallMs).toFixed(1)}× | ${cpu} | ${mem} |`);
  }
  console.log('(targets: --no-support ≤ 1.5×, cold ≤ 10×, warm ≤ 1.5× the link validation, one draft changed ≤ 2 s; peak memory ≤ 1 GiB)');
}

/** Runs `fn` with a sentence added to one short draft (the first), then puts the draft back. */
function oneDraftChanged(root: string, fn: () => void): void {
  const file = path.join(root, 'drafts', 'small', 'd0.md');
  const before = readFileSync(file, 'utf8');
  // A sentence of its own on every run, so that a cache kept from an earlier run (BENCH_REUSE_CACHE) does not hold its results.
  writeFileSync(file, before.replace('\n', ` The council met again on day ${Date.now() % 100000}.\n`));
  try {
    fn();
  } finally {
    writeFileSync(file, before);
  }
}
