/**
 * What the fuzz suite asserts of every generated workspace:
 * - every core request (diagnostics, claims, report, hover, definition, references, completions,
 *   insert citation, quick-fix suggestions) returns without throwing, with ranges inside the texts
 *   they point into and results that survive JSON;
 * - the CLI's check and claims (in process: `runCheck`/`runClaims` from `server/src/cli.ts`, or the
 *   built `dist/cli.js` spawned) exit with 0 or 1 and print valid JSON;
 * - checking a draft takes at most a generous factor of the time an ordinary draft of the same size
 *   takes in the same workspace (a ratio, measured in the same process: no absolute timings).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CitedLanguageService } from '../../server/src/core/languageService';
import { normalizeSettings } from '../../server/src/core/config';
import { claimRecords, reportMarkdown } from '../../server/src/core/report';
import { runCheck, runClaims, githubAnnotations } from '../../server/src/cli';
import { SENTENCES } from './corpus';
import type { FuzzCase } from './arbitraries';

export const ROOT = '/ws';
export const CLI = path.resolve(__dirname, '../../dist/cli.js');

/** The service the hosts build: sources first, then drafts, then the files the drafts point to (read, or missing). */
export function load(files: Record<string, string>, settings: FuzzCase['settings'] | Record<string, unknown> = {}): CitedLanguageService {
  const service = withSources(files, settings);
  for (const [p, text] of Object.entries(files)) if (p.startsWith('drafts/')) setDraft(service, files, ROOT + '/' + p, text);
  return service;
}

function withSources(files: Record<string, string>, settings: FuzzCase['settings'] | Record<string, unknown>): CitedLanguageService {
  const service = new CitedLanguageService([ROOT], normalizeSettings(settings));
  for (const [p, text] of Object.entries(files)) if (p.startsWith('sources/')) service.setSource(ROOT + '/' + p, text);
  return service;
}

function setDraft(service: CitedLanguageService, files: Record<string, string>, abs: string, text: string): void {
  service.setDraft(abs, text);
  for (const t of service.unknownTargets(abs)) {
    const rel = t.startsWith(ROOT + '/') ? t.slice(ROOT.length + 1) : undefined;
    if (rel !== undefined && rel in files) service.setSource(t, files[rel]);
    else service.setSourceMissing(t);
  }
}

type Range = { start: number; end: number };

function inside(r: Range | undefined, text: string, what: string): void {
  if (!r) return;
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end), `${what}: range ${JSON.stringify(r)} is not integers`);
  assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length, `${what}: range ${r.start}-${r.end} outside a text of ${text.length}`);
}

/** Asserts `value` is plain data JSON keeps as it is: no NaN or infinities, no functions, no cycles. */
export function assertJson(value: unknown, what: string): void {
  const seen = new Set<object>();
  const walk = (v: unknown, at: string): void => {
    if (typeof v === 'number') assert.ok(Number.isFinite(v), `${what}: ${at} is ${v}`);
    else if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') assert.fail(`${what}: ${at} is a ${typeof v}`);
    else if (v && typeof v === 'object') {
      assert.ok(!seen.has(v), `${what}: ${at} is a cycle`);
      seen.add(v);
      for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
      seen.delete(v);
    }
  };
  walk(value, '$');
  JSON.parse(JSON.stringify(value ?? null));
}

/**
 * Every core request on every draft of the case, at the probe offsets and on markers; then an edit and
 * the requests again. `thorough` adds the claim records, the report, the code-action suggestions at the
 * diagnostics they fix, and the source list (about twice the time).
 */
export function checkCore(c: FuzzCase, thorough = true, editRound = true): { claims: number; completions: number; firstCheckMs: number } {
  const drafts = Object.keys(c.files).filter((p) => p.startsWith('drafts/')).map((p) => ROOT + '/' + p);
  // As `load`, with the first draft's check timed as `timeCheck` times one (its diagnostics are kept for the requests below).
  const service = withSources(c.files, c.settings);
  const t0 = process.hrtime.bigint();
  for (const p of drafts) setDraft(service, c.files, p, c.files[p.slice(ROOT.length + 1)]);
  if (drafts.length) service.diagnostics(drafts[0]);
  const firstCheckMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const texts = (p: string) => c.files[p.slice(ROOT.length + 1)] ?? service.sources.get(p)?.raw ?? '';
  const stats = { claims: 0, completions: 0, firstCheckMs };
  for (const p of drafts) {
    requests(service, p, c.files[p.slice(ROOT.length + 1)], c, texts, stats, !thorough);
  }
  // An edit to the first draft, then everything again (the caches keyed by text and version).
  const p = drafts[0];
  if (!editRound) return stats;
  const before = c.files[p.slice(ROOT.length + 1)];
  const at = Math.floor(c.edit.at * before.length);
  const edited = before.slice(0, at) + c.edit.insert + before.slice(Math.min(before.length, at + c.edit.remove));
  const editedFiles = { ...c.files, [p.slice(ROOT.length + 1)]: edited };
  setDraft(service, editedFiles, p, edited);
  requests(service, p, edited, c, (q) => (q === p ? edited : texts(q)), stats, true);
  for (const s of service.sources.all()) {
    for (const d of service.sourceDiagnostics(s.path)) inside(d.range, s.raw, `source diagnostic ${d.code} in ${s.path}`);
  }
  if (thorough) assertJson(service.listSources(before.slice(0, 200)).map((s) => ({ ...s })), 'listSources');
  return stats;
}

function requests(service: CitedLanguageService, p: string, text: string, c: FuzzCase, textOf: (path: string) => string, stats: { claims: number; completions: number }, light = false): void {
  const diags = service.diagnostics(p);
  assertJson(diags, 'diagnostics');
  for (const d of diags) {
    inside(d.range, text, `diagnostic ${d.code}`);
    for (const r of d.related) inside(r.range, textOf(r.path), `related information of ${d.code} in ${r.path}`);
  }
  const claims = service.claims(p);
  stats.claims += claims.length;
  for (const cl of claims) {
    inside(cl.claim.range, text, 'claim');
    inside(cl.markerRange, text, 'claim markers');
    if (cl.result) assert.ok(Number.isFinite(cl.result.score) && cl.result.score >= 0 && cl.result.score <= 1, `score ${cl.result.score}`);
  }
  const model = service.draftModel(p)!;
  for (const m of model.citations) inside(m.range, text, 'citation');
  const probes = c.probes.map((f) => Math.floor(f * text.length));
  // Hovers, definitions, references and completions where the writer points: at random places and on markers.
  const offsets = [...probes, ...model.citations.slice(0, light ? 2 : 4).map((m) => m.range.start + 1)];
  const source = service.sources.all()[0]?.path;
  for (const k of offsets) {
    const h = service.hover(p, k);
    if (h) {
      inside(h.range, text, 'hover');
      assert.equal(typeof h.markdown, 'string');
    }
    const def = service.definition(p, k);
    if (def) {
      inside(def.origin, text, 'definition origin');
      for (const t of def.targets) inside(t.range, textOf(t.path), `definition target ${t.path}`);
      assertJson(def, 'definition');
    }
    const refs = service.references(p, k);
    if (refs) {
      for (const r of refs) inside(r.range, textOf(r.path), `reference in ${r.path}`);
      assertJson(refs, 'references');
    }
    for (const comp of service.completions(p, k, k % 2 === 0)) {
      stats.completions++;
      inside(comp.edit, text, 'completion edit');
      assert.ok(comp.edit.start <= k && k <= comp.edit.end, `completion edit ${comp.edit.start}-${comp.edit.end} does not cover the cursor ${k}`);
      for (const e of comp.additionalEdits) {
        inside(e, text, 'completion additional edit');
        assert.ok(e.end < comp.edit.start || e.start > comp.edit.end, 'completion edits overlap');
      }
      assertJson({ ...comp }, 'completion');
    }
    if (source) {
      const plan = service.insertCitation(p, k, source);
      if (plan) {
        for (const e of plan.edits) inside(e, text, 'insert citation edit');
        assertJson(plan, 'insert citation');
      }
    }
    assert.equal(typeof service.sentenceAt(p, k), 'string');
    service.sourceNamedAt(p, k);
  }
  if (light) return;
  assertJson(claimRecords(service, p, (x) => x), 'claim records');
  assert.equal(typeof reportMarkdown(service, p), 'string');
  // Code actions: asked where the server asks, on the diagnostics they fix (a few), and at one random place.
  const at = (codes: string[]) => [probes[0], ...diags.filter((d) => codes.includes(d.code)).slice(0, 2).map((d) => d.range.start)];
  for (const k of at(['unsupported-claim', 'partial-support', 'uncited-claim', 'number-mismatch'])) {
    for (const s of service.suggestCitations(p, k)) {
      for (const e of s.edits) inside(e, text, 'suggestion edit');
      assertJson({ score: s.score, edits: s.edits }, 'suggestion');
    }
  }
  for (const k of at(['undefined-citation'])) {
    const defs = service.definitionSuggestions(p, k);
    if (defs) for (const s of defs.suggestions) for (const e of s.edits) inside(e, text, 'definition suggestion edit');
  }
}

/** Writes the case's files under a fresh temporary folder. */
export function writeWorkspace(files: Record<string, string>): { root: string; dispose: () => void } {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-fuzz-')));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), text);
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

function cliArgs(c: FuzzCase): string[] {
  return ['--style', c.settings.citationStyle, '--threshold', String(c.settings.supportThreshold), ...(c.settings.support ? [] : ['--no-support'])];
}

/** The CLI in this process: check and claims on the case written to disk; what `main` would print parses as JSON. */
export async function checkCliInProcess(c: FuzzCase): Promise<void> {
  const ws = writeWorkspace(c.files);
  try {
    const settings = normalizeSettings({ citationStyle: c.settings.citationStyle, support: c.settings.support, supportThreshold: c.settings.supportThreshold });
    const { report, base } = await runCheck([ws.root], settings, ws.root);
    const parsed = JSON.parse(JSON.stringify(report, null, 2));
    assert.equal(parsed.version, 1);
    assertJson(report, 'check report');
    for (const f of report.files) for (const d of f.diagnostics) assert.ok(d.line >= 1 && d.column >= 1 && (d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)), `${f.path}: ${JSON.stringify(d)}`);
    assert.equal(typeof githubAnnotations(report, base, ws.root), 'string');
    if (c.settings.support) {
      const claims = await runClaims([ws.root], settings, ws.root);
      assertJson(claims.report, 'claims report');
      assert.equal(typeof claims.markdown, 'string');
    }
  } finally {
    ws.dispose();
  }
}

/** The built CLI spawned, as a user runs it: exit status 0 or 1 (not 2, 3 or a signal) and JSON on stdout. */
export function runBuiltCli(args: string[], cwd: string, timeoutMs = 120_000): { status: number | null; signal: string | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function assertCliJson(r: ReturnType<typeof runBuiltCli>, what: string): unknown {
  assert.ok(r.signal === null, `${what}: killed by ${r.signal}; stderr: ${r.stderr.slice(0, 2000)}`);
  assert.ok(r.status === 0 || r.status === 1, `${what}: exit status ${r.status}; stderr: ${r.stderr.slice(0, 2000)}`);
  let parsed: unknown;
  assert.doesNotThrow(() => (parsed = JSON.parse(r.stdout)), `${what}: stdout is not JSON: ${r.stdout.slice(0, 300)}`);
  return parsed;
}

export function checkCliSpawned(c: FuzzCase): void {
  const ws = writeWorkspace(c.files);
  try {
    assertCliJson(runBuiltCli(['check', ws.root, '--format', 'json', ...cliArgs(c)], ws.root), 'cited check');
    if (c.settings.support) assertCliJson(runBuiltCli(['claims', ws.root, '--format', 'json', ...cliArgs(c)], ws.root), 'cited claims');
  } finally {
    ws.dispose();
  }
}

/**
 * An ordinary draft of `size` characters of prose: example sentences, each cited [1]..[7], then definitions to the workspace's
 * sources. (The definitions come on top: counted in the size, they left a short draft's baseline with no sentence to judge, and
 * a two-sentence draft was "20 times" an empty one.)
 */
export function baselineDraft(size: number, sourcePaths: string[]): string {
  const defs = Array.from({ length: 7 }, (_, i) => `[${i + 1}]: ../${sourcePaths[i % Math.max(1, sourcePaths.length)] ?? 'sources/s0.md'}`).join('\n');
  let body = '';
  for (let i = 0; body.length < size; i++) {
    body += `${SENTENCES[i % SENTENCES.length]} [${(i % 7) + 1}].${i % 5 === 4 ? '\n\n' : ' '}`;
  }
  return body + '\n\n' + defs;
}

/** Milliseconds to check `draft` (set it, judge its claims, compute its diagnostics) in a workspace of `files`' sources, the least of `runs`. */
export function timeCheck(files: Record<string, string>, settings: FuzzCase['settings'], draft: string, runs = 3): number {
  const sources = Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith('sources/')));
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const service = load(sources, settings);
    const t0 = process.hrtime.bigint();
    setDraft(service, sources, ROOT + '/drafts/d.md', draft);
    service.diagnostics(ROOT + '/drafts/d.md');
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

/** How many times slower the case's draft checks than an ordinary draft of the same size in the same workspace. */
export function slowdown(c: FuzzCase, draftPath = 'drafts/d.md', runs = 3, measuredMs?: number): { ratio: number; ms: number; baselineMs: number } {
  const draft = c.files[draftPath];
  const sources = Object.keys(c.files).filter((p) => p.startsWith('sources/'));
  const settings = { ...c.settings, support: true };
  const baselineMs = timeCheck(c.files, settings, baselineDraft(draft.length, sources), runs);
  // (A time already measured, the first in its process, for a draft too long to check twice; its cold start only raises the ratio.)
  const ms = measuredMs ?? timeCheck(c.files, settings, draft, runs);
  // Below a millisecond the clock's grain and a collection would decide the ratio: the baseline counts as at least 1 ms.
  return { ratio: ms / Math.max(baselineMs, 1), ms, baselineMs };
}

/** The bound on that slowdown: generous, since the baseline's sentences are all judged and a random draft's are not all alike. */
export const MAX_SLOWDOWN = 20;
