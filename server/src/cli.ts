#!/usr/bin/env node
/**
 * `cited check`: the same checks as the language server, for CI and for any
 * editor. A thin user of the core: it finds files, reads them into the
 * language service, and prints what the service reports.
 */
import { promises as fs, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { CitedLanguageService } from './core/languageService';
import type { DraftModel } from './core/draft/parseDraft';
import { normalizeSettings, type CitedSettings } from './core/config';
import { DIAGNOSTIC_CODES, tallySeverities } from './core/diagnostics';
import { LineIndex } from './core/text';
import { absolutePosix, findWorkspaceFiles, loadDraftTargets, loadSource, mapLimit, toPosix, UnreadableFolderError, type SourceReader } from './node/workspaceFiles';
import { toCliDiagnostic, type CliDiagnostic } from './node/format';
import { claimRecords, reportMarkdown, type ClaimRecord } from './core/report';
import { setEvidenceCacheLimit } from './core/support/evidence';
import type { JudgeWork, WorkDone } from './core/support/claimChecks';
import { letGoOfForms, saveClaims, storedClaims, type StoredClaims } from './node/storedClaims';
import { judgeBySource, type DraftWork } from './node/judgeBySource';
import { JudgePool } from './node/judgePool';
import { HeapBound } from './node/heapBound';
import { readAhead } from './node/readAhead';
import { saveCompiledCode } from './node/codeCache';
import { CitedCache, CITED_VERSION, DEFAULT_CACHE_LIMITS, defaultCacheFolder, type CacheLimits } from './node/cache';

const VERSION = CITED_VERSION;

const USAGE = `Usage: cited check [paths...] [options]
       cited claims [paths...] [--format markdown|json] [options]
       cited match DRAFT [--format text|json] [options]

check   Checks the citation markers in markdown drafts against the sources in the workspace.
claims  Lists every sentence that cites sources, with its markers, the verdict (supported,
        partial, weak, unsupported, unverifiable), the score (0 to 1) and the best evidence.
match   For a draft whose numbered markers have no definitions (a source list that was cut off):
        proposes the saved source that best backs the sentences citing each number, with its score
        and best passage; a number with no clearly best source is left undefined and said so.
A path may be a folder (every draft under it, with the sources under it) or a draft file.
With no path, the current folder is used.

Options:
  --format FORMAT         check: stylish (default), json, or github (GitHub Actions annotations);
                          claims: markdown (default) or json; match: text (default) or json
  --sources GLOB          where sources are, relative to each folder (repeatable; default: **/sources/**)
  --drafts GLOB           which files are drafts (repeatable; default: **/*.md)
  --style auto|numeric|pandoc
                          citation style (default: auto)
  --severity CODE=LEVEL   change a code's severity: error, warning, information, hint or off (repeatable)
  --no-support            skip the claim-support checks (only markers, definitions and sources)
  --threshold N           support score (0 to 1) below which a sentence is unsupported, a warning
                          (default 0.16); from it up to 0.3 it is weakly supported (information)
  --time-budget SECONDS   check: time spent judging one draft's claims; sentences not judged by then
                          are reported as not-checked (default 60)
  --bibliography FILE     a bibliography (.bib, CSL-JSON or CSL-YAML) whose entries every draft may cite
                          as [@key] (repeatable; a draft's "bibliography:" front matter is read as well)
  --allow-outside         read sources outside the checked folders (and the folders --sources names);
                          by default a definition pointing elsewhere is reported (outside-workspace)
  --cache DIR             keep what is learned from sources, and each draft's results, in DIR
                          (default: the platform's cache folder, e.g. ~/.cache/cited)
  --no-cache              neither read nor write the cache
  --cache-max-days N      remove cache entries not used for N days (default 30; checked once a day)
  --cache-max-mb N        keep the cache under N MB, the least recently used entries removed first
                          (default 2048)
  --verbose               say on stderr where the time went and what the cache gave
  --jobs N                check and claims: judge claims in N threads (default: one per core when
                          there are enough claims; 1 judges them in the main thread)
  -h, --help              show this help
  -v, --version           show the version

Exit status: 1 when an error is reported, 0 otherwise, 2 for bad usage or a path that cannot be read.
Codes: ${Object.keys(DIAGNOSTIC_CODES).join(', ')}
`;

class UsageError extends Error {}

interface Options {
  command: 'check' | 'claims' | 'match';
  paths: string[];
  format: 'stylish' | 'json' | 'markdown' | 'github' | 'text';
  settings: CitedSettings;
  /** check: milliseconds of claim judging per draft. */
  timeBudgetMs: number;
  /** The cache folder, or false for none. */
  cache: string | false;
  verbose: boolean;
  /** How many threads judge claims (undefined: one per core when there are enough claims). */
  jobs?: number;
  /** How far the cache may grow (node/cache.ts, `trim`); `given`: named on the command line, so trimmed now rather than once a day. */
  cacheLimits: CacheLimits & { given?: boolean };
}

/** Claim judging per draft in `cited check`: past it the rest of the draft is reported as not checked, rather than waited on. */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const paths: string[] = [];
  let format: Options['format'] | undefined;
  const sources: string[] = [];
  const drafts: string[] = [];
  const severity: Record<string, string> = {};
  let style: string | undefined;
  let command: string | undefined;
  let support = true;
  let threshold: number | undefined;
  let timeBudgetMs = DEFAULT_TIME_BUDGET_MS;
  let allowOutside = false;
  const bibliographies: string[] = [];
  let cache: string | false | undefined;
  let verbose = false;
  let jobs: number | undefined;
  const cacheLimits: CacheLimits & { given?: boolean } = { ...DEFAULT_CACHE_LIMITS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq !== -1) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    const name = a.startsWith('--') ? a.split('=')[0] : a;
    if (name === '-h' || name === '--help') return 'help';
    if (name === '-v' || name === '--version') return 'version';
    if (name === '--format') {
      const f = value();
      if (f !== 'stylish' && f !== 'json' && f !== 'markdown' && f !== 'github' && f !== 'text') throw new UsageError(`Unknown format "${f}" (use stylish, json or github for check, markdown or json for claims, text or json for match).`);
      format = f;
    } else if (name === '--sources') sources.push(value());
    else if (name === '--drafts') drafts.push(value());
    else if (name === '--style') {
      style = value();
      if (!['auto', 'numeric', 'pandoc'].includes(style)) throw new UsageError(`Unknown style "${style}" (use auto, numeric or pandoc).`);
    } else if (name === '--severity') {
      const [code, level] = value().split('=');
      if (!(code in DIAGNOSTIC_CODES)) throw new UsageError(`Unknown code "${code}". Codes: ${Object.keys(DIAGNOSTIC_CODES).join(', ')}.`);
      if (!['error', 'warning', 'information', 'hint', 'off'].includes(level)) throw new UsageError(`Unknown level "${level}" for ${code}.`);
      severity[code] = level;
    } else if (name === '--no-support') support = false;
    else if (name === '--allow-outside') allowOutside = true;
    else if (name === '--bibliography') bibliographies.push(absolutePosix(value()));
    else if (name === '--no-cache') cache = false;
    else if (name === '--cache') {
      const v = value();
      if (!v.trim()) throw new UsageError('--cache needs a folder.');
      cache = path.resolve(v);
    } else if (name === '--cache-max-days' || name === '--cache-max-mb') {
      const v = value();
      const n = Number(v);
      if (!v.trim() || !Number.isFinite(n) || n < 0) throw new UsageError(`${name} takes a number of ${name === '--cache-max-days' ? 'days' : 'megabytes'} from 0 up, not "${v}".`);
      cacheLimits.given = true;
      if (name === '--cache-max-days') cacheLimits.maxAgeDays = n;
      else cacheLimits.maxBytes = n * 1024 * 1024;
    } else if (name === '--verbose') verbose = true;
    else if (name === '--jobs') {
      const v = value();
      jobs = Number(v);
      if (!/^\d+$/.test(v.trim()) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs takes a whole number from 1 to 64, not "${v}".`);
    }
    else if (name === '--threshold') {
      const v = value();
      threshold = Number(v);
      if (!v.trim() || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) throw new UsageError(`--threshold takes a number from 0 to 1, not "${v}".`);
    } else if (name === '--time-budget') {
      const v = value();
      const seconds = Number(v);
      if (!v.trim() || !Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--time-budget takes a number of seconds above 0, not "${v}".`);
      timeBudgetMs = seconds * 1000;
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option ${a}.`);
    else if (!command) command = a;
    else paths.push(a);
  }
  if (!command) throw new UsageError('Missing command: try "cited check".');
  if (command !== 'check' && command !== 'claims' && command !== 'match') throw new UsageError(`Unknown command "${command}": the commands are "check", "claims" and "match".`);
  if (command === 'match' && paths.length !== 1) throw new UsageError('match takes one draft file: "cited match drafts/article.md".');
  if (command === 'match' && format && format !== 'text' && format !== 'json') throw new UsageError('match prints text or json.');
  if (command !== 'match' && format === 'text') throw new UsageError('text is the format of "cited match".');
  if (command === 'check' && format === 'markdown') throw new UsageError('check prints stylish, json or github; markdown is for "cited claims".');
  if (command === 'claims' && (format === 'stylish' || format === 'github')) throw new UsageError('claims prints markdown or json.');
  if (command === 'claims' && !support) throw new UsageError('--no-support makes no sense for "cited claims".');
  const settings = normalizeSettings({ sources: sources.length ? sources : undefined, drafts: drafts.length ? drafts : undefined, citationStyle: style, severity, support, supportThreshold: threshold, allowSourcesOutsideWorkspace: allowOutside, bibliographies });
  return { command, paths: paths.length ? paths : ['.'], format: format ?? (command === 'check' ? 'stylish' : command === 'match' ? 'text' : 'markdown'), settings, timeBudgetMs, cache: cache ?? defaultCacheFolder(), verbose, jobs, cacheLimits };
}

export interface CheckReport {
  version: 1;
  files: { path: string; diagnostics: CliDiagnostic[] }[];
  summary: { drafts: number; sources: number; citations: number; errors: number; warnings: number };
}

interface LoadedWorkspace {
  service: CitedLanguageService;
  draftFiles: string[];
  texts: Map<string, string>;
  base: string;
  /** The folders named on the command line (none when only draft files were named). */
  roots: string[];
  /** How many source files threads read (`ThreadReader`). */
  readInThreads: number;
}

/** Finds and reads the sources and drafts for `paths`; paths in reports are relative to `base`. */
async function loadWorkspace(paths: string[], settings: CitedSettings, cwd: string, cache?: CitedCache, jobs?: number): Promise<LoadedWorkspace> {
  const roots: string[] = [];
  const draftFiles: string[] = [];
  const looseFiles: string[] = [];
  for (const p of paths) {
    const abs = absolutePosix(p, cwd);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `No such file or folder: ${p}` : `Cannot open ${p} (${code ?? (e as Error).message}).`);
    }
    if (stat.isDirectory()) roots.push(abs);
    else looseFiles.push(abs);
  }
  // Loose draft files use the current folder as their workspace, for finding sources and resolving "/" paths.
  const workspaceRoots = roots.length ? roots : [absolutePosix('.', cwd)];
  const service = new CitedLanguageService(workspaceRoots, settings);
  const sourceFiles = new Set<string>();
  const notes = new Set<string>();
  for (const root of workspaceRoots) {
    let found;
    try {
      found = await findWorkspaceFiles(root, settings, workspaceRoots);
    } catch (e) {
      if (e instanceof UnreadableFolderError) throw new UsageError(e.message);
      throw e;
    }
    // What the walk left out (a link loop, a link to elsewhere, an unreadable folder), once each.
    for (const { message } of found.notes) {
      if (notes.has(message)) continue;
      notes.add(message);
      process.stderr.write(`cited: ${message}\n`);
    }
    found.sources.forEach((s) => sourceFiles.add(s));
    if (roots.includes(root)) draftFiles.push(...found.drafts);
  }
  draftFiles.push(...looseFiles);
  // Checking folders: the sources whose files are as they were last time come from the cache's pack, unread (node/cache.ts).
  if (roots.length) cache?.usePack(roots);
  // Many pages (HTML and JSON files, whose reading is a parse) are read by threads too, while this thread reads the rest.
  const pages = [...sourceFiles].filter((f) => /\.(?:html?|json)$/i.test(f)).length;
  const readers = pages >= READ_IN_THREADS_FROM ? (jobs ?? Math.min(availableParallelism(), MAX_THREADS)) - 1 : 0;
  const reader = readers > 0 ? new ThreadReader(readers, cache) : undefined;
  // Another thread reads the files a little ahead of this one (not those the pack holds, restored unread), the drafts
  // last: on a cold start the disk is waited for there (node/readAhead.ts).
  const ahead = readAhead([...[...sourceFiles].filter((f) => !cache?.inPack(f)), ...draftFiles]);
  try {
    await mapLimit([...sourceFiles], 32, async (f, i) => {
      // The threads' answers are taken in (and they are given more) between files: most files are read synchronously.
      if (reader && i % 4 === 0) await new Promise((resolve) => setImmediate(resolve));
      await loadSource(service, f, cache, reader);
    });
  } finally {
    reader?.dispose();
  }
  const readInThreads = reader?.count ?? 0;

  const base = paths.length === 1 && roots.length === 1 ? roots[0] : absolutePosix('.', cwd);
  const texts = new Map<string, string>();
  // Read synchronously: drafts are small, and a promise per file cost more than reading it.
  await mapLimit(draftFiles, 32, async (f) => {
    try {
      texts.set(f, readFileSync(f, 'utf8'));
    } catch (e) {
      throw new UsageError(`Cannot read ${f}: ${(e as Error).message}`);
    }
  });
  ahead.stop();
  return { service, draftFiles, texts, base, roots, readInThreads };
}

/** Runs the check over `paths` and returns the report; paths in it are relative to `base`. With a cache, sources and drafts already checked are not done again. */
export async function runCheck(paths: string[], settings: CitedSettings, cwd = process.cwd(), timeBudgetMs = DEFAULT_TIME_BUDGET_MS, cache?: CitedCache, jobs?: number): Promise<{ report: CheckReport; base: string; timings: CheckTimings }> {
  // Claims are judged source by source (judgeBySource.ts): the evidence of the sources being judged (and a few more) is all that is worth keeping.
  setEvidenceCacheLimit(CLI_EVIDENCE_KEPT);
  const started = performance.now();
  const { service, draftFiles, texts, base, roots, readInThreads } = await loadWorkspace(paths, settings, cwd, cache, jobs);
  const timings: CheckTimings = { loadMs: performance.now() - started, readInThreads, draftsMs: 0, claims: 0, claimsKept: 0, rounds: 0, judgeMs: 0, threads: 0, diagnosticsMs: 0 };
  const files: CheckReport['files'] = [];
  const summary = { drafts: 0, sources: 0, citations: 0, errors: 0, warnings: 0 };
  // Checking folders lists every source under them; checking draft files, only the sources they cite.
  const cited = roots.length ? undefined : new Set<string>();
  // What every draft's results depend on beyond its own text and the sources it cites: the settings and the whole index (keys and ids resolve through it).
  const fingerprint = cache ? indexFingerprint(service, cache, settings) : '';
  const results: (DraftResult | undefined)[] = [];
  const keys: (string | undefined)[] = [];
  /** What each draft's stored results depend on beyond its text and the index (see `DraftResult.deps`). */
  const depsOf: [string, string][][] = [];
  const citedOf: string[][] = [];
  /** The claims every draft needs judged, and the drafts' texts, kept until their claims are judged. */
  const work: DraftWork[] = [];
  const waiting = new Map<number, string>();
  /** Each waiting draft's claims whose verdicts the cache held (`storedClaims`), and every claim's key. */
  const keptOf = new Map<number, StoredClaims>();
  /**
   * Gives a draft (set in the service) its verdicts: those the cache held and those judged now, then
   * judges what neither foresaw; its results, and its claims' verdicts stored for the next check.
   */
  const finishJudged = (i: number, model: DraftModel, mine: { work: JudgeWork; done: WorkDone | undefined }[], kept: StoredClaims | undefined): void => {
    const f = draftFiles[i];
    for (const k of kept?.known ?? []) service.acceptWork(k.work, k.done);
    for (const { work: w, done: d } of mine) if (d) service.acceptWork(w, d);
    service.judgeKnown(f);
    // A claim the work did not foresee (a source loaded for a later draft changed what a key names) is judged here, unless the draft is out of time.
    if (mine.every((m) => m.done)) service.judge(f, timeBudgetMs);
    results[i] = finishDraft(service, f, model, cache && keys[i] ? { cache, key: keys[i]! } : undefined, citedOf[i], depsOf[i]);
    if (cache && kept) saveClaims(cache, kept, mine);
  };
  /**
   * Judges the claims collected so far, source by source, then gives each of their drafts its
   * results. Called once the claims collected reach `CLAIMS_AT_ONCE` and at the end: what is held
   * meanwhile (each claim's work and result) stays bounded however many drafts there are.
   */
  const judgeCollected = async (): Promise<void> => {
    const judging = performance.now();
    // What this thread learned (sources' snapshots, PDF and Word texts) is written first: the judging threads store evidence beside it.
    await cache?.flushed();
    // --jobs 1 judges here; not given, threads judge when there is enough work and more than one core.
    const threads = judgingThreads(work.length, jobs);
    // While threads judge, this thread builds evidence only for the disagreement search, now and then: a few sources' is enough.
    setEvidenceCacheLimit(threads > 0 ? CLI_EVIDENCE_KEPT / 5 : CLI_EVIDENCE_KEPT);
    const done = await judgeBySource(work, {
      budgetMs: timeBudgetMs,
      threads,
      cache,
      pause: async () => {
        heap.check(threads > 0 ? HEAP_HEADROOM / 8 : HEAP_HEADROOM);
        if (cache) await new Promise<void>((resolve) => setImmediate(resolve));
      },
    });
    timings.claims += work.length;
    timings.rounds++;
    timings.threads = Math.max(timings.threads, threads);
    const judged = performance.now();
    timings.judgeMs += judged - judging;
    // Then each draft is read again and given what was judged for it.
    const doneOf = new Map<number, { work: JudgeWork; done: WorkDone | undefined }[]>();
    work.forEach((w, k) => {
      let list = doneOf.get(w.draft);
      if (!list) doneOf.set(w.draft, (list = []));
      list.push({ work: w.work, done: done[k] });
    });
    work.length = 0;
    for (const [i, text] of waiting) {
      const f = draftFiles[i];
      service.forgetVerdicts();
      const model = service.setDraft(f, text);
      const mine = doneOf.get(i) ?? [];
      doneOf.delete(i);
      finishJudged(i, model, mine, keptOf.get(i));
      keptOf.delete(i);
      service.removeDraft(f);
      // The results given out are let go of while their drafts' verdicts are made into text and written: collected as they go
      // (without it, V8 let garbage pile up to a peak 70 to 230 MB higher at 1,000 drafts).
      heap.check(HEAP_HEADROOM / 2);
      if (cache) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    waiting.clear();
    service.forgetVerdicts();
    timings.diagnosticsMs += performance.now() - judged;
  };
  // First, each draft's markers are checked and the claims it needs judged are collected; drafts whose results are stored are done.
  for (const [i, f] of draftFiles.entries()) {
    const text = texts.get(f)!;
    texts.delete(f); // a draft's text is let go once checked: memory does not grow with the number of drafts
    // The key: the index (fingerprint), the draft's path and text; what else its results depend on is stored with them and checked here.
    const key = cache && CitedCache.hash('draft', fingerprint, f, text);
    keys.push(key);
    depsOf.push([]);
    citedOf.push([]);
    results.push(undefined);
    const stored = key ? await storedDraft(service, cache!, key) : undefined;
    if (stored) {
      if (cited) for (const s of stored.cited) cited.add(s);
      results[i] = stored;
      continue;
    }
    const model = service.setDraft(f, text);
    const targets = service.unknownTargets(f);
    await loadDraftTargets(service, f, cache);
    const citedSources = service.citedSources(f);
    if (cited) for (const s of citedSources) cited.add(s);
    depsOf[i] = key ? [...new Set([...targets, ...citedSources])].map((p) => [p, dependencyKey(service, cache!, p)]) : [];
    citedOf[i] = citedSources;
    // A hover's passages are not wanted here, nor the signals each score was worked out from.
    const pending = settings.support ? service.pendingWork(f, Infinity).map((w): JudgeWork => ({ ...w, passages: false, signals: false })) : [];
    // The verdicts stored for this draft's claims as they were: those of claims unchanged (sentence and sources) are not judged again.
    const kept = cache && pending.length ? storedClaims(cache, f, pending) : undefined;
    const known = new Set(kept?.known.map((k) => k.work));
    const fresh = known.size ? pending.filter((w) => !known.has(w)) : pending;
    timings.claimsKept += kept?.known.length ?? 0;
    if (fresh.length) {
      for (const w of fresh) work.push({ draft: i, work: w });
      waiting.set(i, text);
      if (kept) {
        letGoOfForms(kept);
        keptOf.set(i, kept);
      }
    } else if (pending.length) {
      finishJudged(i, model, [], kept);
      service.forgetVerdicts();
    } else {
      results[i] = finishDraft(service, f, model, cache && keys[i] ? { cache, key: keys[i]! } : undefined, citedOf[i], depsOf[i]);
    }
    service.removeDraft(f);
    if (work.length >= CLAIMS_AT_ONCE) await judgeCollected();
    // Between drafts the cache's writes go on: the writing thread's answers are taken in (the entries it wrote let go
    // of), and writes in parallel take their next steps.
    if (cache) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  // The time spent judging and giving drafts their diagnostics on the way is not the drafts' check.
  timings.draftsMs = performance.now() - started - timings.loadMs - timings.judgeMs - timings.diagnosticsMs;
  if (work.length) await judgeCollected();
  for (const [i, f] of draftFiles.entries()) {
    const result = results[i]!;
    summary.drafts++;
    summary.citations += result.citations;
    for (const d of result.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
    }
    files.push({ path: rel(base, f), diagnostics: result.diagnostics });
  }
  // Sources with problems of their own (invalid JSON, no text) are listed too, so the writer sees where.
  for (const record of service.sources.all().sort((a, b) => a.path.localeCompare(b.path))) {
    if (cited && !cited.has(record.path)) continue;
    const diags = service.sourceDiagnostics(record.path);
    if (diags.length === 0) continue;
    tallySeverities(summary, diags);
    const lines = new LineIndex(record.raw);
    files.push({ path: rel(base, record.path), diagnostics: diags.map((d) => toCliDiagnostic(d, lines)) });
  }
  summary.sources = service.sources.size;
  if (roots.length) cache?.savePack();
  timings.diagnosticsMs = performance.now() - started - timings.loadMs - timings.draftsMs - timings.judgeMs;
  return { report: { version: 1, files, summary }, base, timings };
}

/** Where the time of `cited check` went (said with --verbose). */
export interface CheckTimings {
  /** Finding and reading the sources and drafts. */
  loadMs: number;
  /** How many source files threads read meanwhile. */
  readInThreads: number;
  /** Checking each draft's markers, and collecting the claims to judge. */
  draftsMs: number;
  claims: number;
  /** Claims not judged: their verdicts were stored by an earlier check of their draft, for the same sentence and sources. */
  claimsKept: number;
  /** How many times claims collected were judged (more than once past CLAIMS_AT_ONCE). */
  rounds: number;
  judgeMs: number;
  /** The threads that judged (0: the main thread). */
  threads: number;
  /** The drafts' diagnostics from what was judged, and the report. */
  diagnosticsMs: number;
}

/** The --verbose line about where the time went. */
function timingLine(t: CheckTimings, drafts: number): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const judged = t.claims ? `; ${t.claims} claims judged in ${s(t.judgeMs)} (${t.threads ? `${t.threads} threads` : 'in the main thread'}${t.rounds > 1 ? `, in ${t.rounds} rounds` : ''})` : '';
  const kept = t.claimsKept ? `; ${t.claimsKept} claims' verdicts from the cache` : '';
  const threads = t.readInThreads ? ` (${t.readInThreads} source files of them by other threads)` : '';
  return `cited: sources and drafts read in ${s(t.loadMs)}${threads}; ${drafts} drafts checked in ${s(t.draftsMs)}${judged}${kept}; diagnostics in ${s(t.diagnosticsMs)}\n`;
}

/** With --jobs not given: claims are judged in threads when there are at least this many (starting a thread costs more than a few claims). */
const THREADS_FROM = 200;
/**
 * How many claims are collected before they are judged (and their drafts given their results):
 * each is held, with its result, until then (some 5 KB each). A workspace with more is judged in
 * rounds of this many, each source's evidence built once per round. (CITED_CLAIMS_AT_ONCE sets
 * another number, for the test that rounds give the same report.)
 */
const CLAIMS_AT_ONCE = Number(process.env.CITED_CLAIMS_AT_ONCE) > 0 ? Number(process.env.CITED_CLAIMS_AT_ONCE) : 100_000;
/** With --jobs not given: at most this many judging threads. */
const MAX_THREADS = 8;

/** How many threads judge that many claims: --jobs, or one per core (up to MAX_THREADS) from THREADS_FROM claims; 0: judged in the main thread. */
function judgingThreads(claims: number, jobs: number | undefined): number {
  const cores = availableParallelism();
  return jobs === undefined ? (claims >= THREADS_FROM && cores > 1 ? Math.min(cores, MAX_THREADS) : 0) : jobs > 1 ? jobs : 0;
}
/**
 * With this many HTML and JSON sources or more, threads read some of them (a thread costs some
 * 100 ms to start). (CITED_READ_IN_THREADS_FROM sets another number, for the test that what
 * threads read gives the same report.)
 */
const READ_IN_THREADS_FROM = Number(process.env.CITED_READ_IN_THREADS_FROM) > 0 ? Number(process.env.CITED_READ_IN_THREADS_FROM) : 200;

/**
 * Judging threads (`judgePool.ts`) used only to read source files while `cited check` loads the
 * workspace (`loadSource`'s `SourceReader`): each file goes to a thread with room for more, else
 * it is read here. Ended once the sources are read: judging starts threads of its own.
 */
class ThreadReader implements SourceReader {
  private readonly pools: JudgePool[];
  constructor(threads: number, cache: CitedCache | undefined) {
    this.pools = Array.from({ length: threads }, () => new JudgePool(() => undefined, () => cache));
  }
  get canRead(): boolean {
    return this.pools.some((p) => p.canRead);
  }
  /** How many files the threads read. */
  count = 0;
  async read(file: string, withKey: boolean): ReturnType<SourceReader['read']> {
    const pool = this.pools.find((p) => p.canRead);
    const got = pool ? await pool.read(file, withKey) : undefined;
    if (got) this.count++;
    return got;
  }
  dispose(): void {
    for (const p of this.pools) p.dispose();
  }
}

/**
 * A draft's diagnostics as far as its claims are judged (what is not is reported as not checked),
 * stored in the cache when complete.
 */
function finishDraft(service: CitedLanguageService, f: string, model: DraftModel, store: { cache: CitedCache; key: string } | undefined, cited: string[], deps: [string, string][]): DraftResult {
  const diags = service.diagnosticsSoFar(f, true);
  const diagnostics = diags.map((d) => toCliDiagnostic(d, model.lines));
  const result = { citations: model.citations.length, diagnostics };
  // A draft not judged to the end within the budget is checked again next time.
  if (store && !diagnostics.some((d) => d.code === 'not-checked')) store.cache.saveDraft(store.key, { ...result, cited, deps });
  return result;
}

/**
 * The main thread's heap kept near what it holds (the index, the evidence kept, the claims
 * collected), not growing with the drafts judged (`heapBound.ts`): checked every few dozen claims
 * judged here, at `HEAP_HEADROOM` of growth; while threads judge, this thread has time to spare and
 * collects at an eighth of that.
 */
const HEAP_HEADROOM = 256 * 1024 * 1024;
const heap = new HeapBound(HEAP_HEADROOM);

/** How many sources' evidence `cited check` keeps (`setEvidenceCacheLimit`): more than a draft usually cites. */
const CLI_EVIDENCE_KEPT = 100;

/** What `cited check` keeps of one draft (and stores in the cache). */
interface DraftResult {
  citations: number;
  diagnostics: CliDiagnostic[];
  /** Stored: the sources it cites (listed with their problems when only drafts are checked). */
  cited?: string[];
  /**
   * Stored: the files its definitions point to outside the index when it was checked (loaded for
   * it), and the sources it cites, each with the key of what the index held of it then (its
   * contents, or that it was missing or outside): results are used only while every one is the same.
   */
  deps?: [string, string][];
}

/** A draft's stored results, if every file they depend on is as it was (those not in the index yet are loaded, as checking the draft would). */
async function storedDraft(service: CitedLanguageService, cache: CitedCache, key: string): Promise<(DraftResult & { cited: string[] }) | undefined> {
  const stored = cache.loadDraft(key, isDraftResult);
  if (!stored || !stored.deps || !stored.cited) return undefined;
  for (const [p, k] of stored.deps) {
    if (!service.sources.isKnown(p)) await loadSource(service, p, cache);
    if (dependencyKey(service, cache, p) !== k) {
      cache.rejectedDraft();
      return undefined;
    }
  }
  return { citations: stored.citations, diagnostics: stored.diagnostics, cited: stored.cited };
}

/** What the index holds of a path a draft depends on: its contents' key, or that it is outside or missing. */
function dependencyKey(service: CitedLanguageService, cache: CitedCache, path: string): string {
  if (service.sources.get(path)) return contentKey(service, cache, path);
  const outside = service.sources.outsideReason(path);
  return outside !== undefined ? 'outside:' + outside : 'missing';
}

function isDraftResult(x: unknown): x is DraftResult {
  const o = x as DraftResult;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.citations === 'number' &&
    Array.isArray(o.diagnostics) &&
    o.diagnostics.every(
      (d) =>
        typeof d === 'object' &&
        d !== null &&
        typeof d.code === 'string' &&
        typeof d.severity === 'string' &&
        typeof d.message === 'string' &&
        [d.line, d.column, d.endLine, d.endColumn].every((n) => typeof n === 'number'),
    ) &&
    (o.cited === undefined || (Array.isArray(o.cited) && o.cited.every((c) => typeof c === 'string'))) &&
    (o.deps === undefined || (Array.isArray(o.deps) && o.deps.every((d) => Array.isArray(d) && d.length === 2 && typeof d[0] === 'string' && typeof d[1] === 'string')))
  );
}

/**
 * What a source's results depend on: the key of the file's contents when the cache read it, else (a
 * PDF or Word file, a bibliography's entry) a hash of what the index holds of it: its text, metadata and problems.
 */
function contentKey(service: CitedLanguageService, cache: CitedCache, path: string): string {
  const known = cache.sourceKeys.get(path);
  if (known) return known;
  const r = service.sources.get(path);
  return r ? CitedCache.hash(JSON.stringify([r.readable, r.problems, r.meta, r.id]), r.raw) : '-';
}

/** A hash of the settings and of every source in the index: its path and the key of its contents (or what kept it from being read). */
function indexFingerprint(service: CitedLanguageService, cache: CitedCache, settings: CitedSettings): string {
  const parts = service.sources
    .all()
    .map((r) => r.path + '\0' + contentKey(service, cache, r.path))
    .sort();
  return CitedCache.hash(CITED_VERSION, JSON.stringify(settings), ...parts);
}

export interface ClaimsReport {
  version: 1;
  claims: (ClaimRecord & { path: string })[];
  summary: Record<'claims' | 'supported' | 'partial' | 'weak' | 'unsupported' | 'unverifiable' | 'unresolved', number>;
}

/**
 * Lists every claim (a sentence with its markers) of the drafts under `paths`, with verdicts. Each
 * draft's claims are judged in threads when there are enough of them (as `cited check` judges), and
 * with a cache, the verdicts of claims unchanged since the last run (of `cited claims`, or of the
 * server: both ask for each source's passage) are taken from it, and those judged now stored there.
 */
export async function runClaims(paths: string[], settings: CitedSettings, cwd = process.cwd(), cache?: CitedCache, jobs?: number): Promise<{ report: ClaimsReport; markdown: string; timings: ClaimsTimings }> {
  const started = performance.now();
  const { service, draftFiles, texts, base } = await loadWorkspace(paths, settings, cwd, cache, jobs);
  const timings: ClaimsTimings = { loadMs: performance.now() - started, drafts: draftFiles.length, claims: 0, claimsKept: 0, judgeMs: 0, threads: 0 };
  const claims: ClaimsReport['claims'] = [];
  const pages: string[] = [];
  for (const f of draftFiles) {
    service.setDraft(f, texts.get(f)!);
    texts.delete(f);
    await loadDraftTargets(service, f, cache);
    const pending = service.pendingWork(f, Infinity);
    const kept = cache && pending.length ? storedClaims(cache, f, pending, true) : undefined;
    const known = new Set(kept?.known.map((k) => k.work));
    const fresh = known.size ? pending.filter((w) => !known.has(w)) : pending;
    timings.claimsKept += known.size;
    const judging = performance.now();
    await cache?.flushed();
    const threads = judgingThreads(fresh.length, jobs);
    const done = fresh.length ? await judgeBySource(fresh.map((work) => ({ draft: 0, work })), { budgetMs: Infinity, threads, cache }) : [];
    timings.claims += fresh.length;
    timings.threads = Math.max(timings.threads, threads);
    for (const k of kept?.known ?? []) service.acceptWork(k.work, k.done);
    fresh.forEach((w, k) => done[k] && service.acceptWork(w, done[k]!));
    service.judgeKnown(f);
    timings.judgeMs += performance.now() - judging;
    if (cache && kept) saveClaims(cache, kept, fresh.map((work, k) => ({ work, done: done[k] })));
    // What no work foresaw (none, unless a source loaded meanwhile changed what a key names) is judged here, by `claims`.
    for (const r of claimRecords(service, f, (p) => rel(base, p))) claims.push({ path: rel(base, f), ...r });
    if (service.claims(f).length) pages.push(reportMarkdown(service, f).replace(/^# Citation report: .*$/m, `# ${rel(base, f)}`));
    service.removeDraft(f);
    service.forgetVerdicts();
  }
  const summary = { claims: claims.length, supported: 0, partial: 0, weak: 0, unsupported: 0, unverifiable: 0, unresolved: 0 };
  for (const c of claims) summary[c.verdict as keyof typeof summary]++;
  return { report: { version: 1, claims, summary }, markdown: pages.join('\n\n') || 'No claims with citations found.\n', timings };
}

/** Where the time of `cited claims` went (said with --verbose). */
export interface ClaimsTimings {
  loadMs: number;
  drafts: number;
  /** Claims judged, and those whose verdicts the cache held. */
  claims: number;
  claimsKept: number;
  judgeMs: number;
  threads: number;
}

function claimsTimingLine(t: ClaimsTimings): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const kept = t.claimsKept ? `; ${t.claimsKept} claims' verdicts from the cache` : '';
  return `cited: sources and drafts read in ${s(t.loadMs)}; ${t.drafts} drafts' claims: ${t.claims} judged in ${s(t.judgeMs)} (${t.threads ? `${t.threads} threads` : 'in the main thread'})${kept}\n`;
}

export interface MatchReport {
  version: 1;
  draft: string;
  matches: {
    label: string;
    status: 'clear' | 'unclear' | 'none';
    /** 1-based lines of the sentences citing the number. */
    lines: number[];
    source: string | null;
    title: string | null;
    score: number | null;
    passage: { line: number; text: string } | null;
    runnerUp: { source: string; score: number } | null;
    reason: string;
  }[];
  /** The definitions of the clear matches, as they would be written at the end of the draft. */
  definitions: string[];
  summary: { numbers: number; clear: number; unclear: number; none: number };
}

/** `cited match DRAFT`: proposed definitions for the draft's undefined numbers (core/matchMarkers.ts). */
export async function runMatch(draft: string, settings: CitedSettings, cwd = process.cwd()): Promise<MatchReport> {
  const { service, draftFiles, texts, base, roots } = await loadWorkspace([draft], settings, cwd);
  const f = draftFiles[0];
  if (roots.length || !f || !texts.has(f)) throw new UsageError(`match takes a draft file, not a folder: ${draft}`);
  const model = service.setDraft(f, texts.get(f)!);
  await loadDraftTargets(service, f);
  const found = service.matchMarkers(f);
  const sourceLine = (path: string, offset: number) => {
    const record = service.sources.get(path);
    return record ? new LineIndex(record.raw).positionAt(offset).line + 1 : 1;
  };
  const matches: MatchReport['matches'] = found.map((m) => ({
    label: m.label,
    status: m.status,
    lines: [...new Set(m.sentences.map((r) => model.lines.positionAt(r.start).line + 1))],
    source: m.proposal ? rel(base, m.proposal.source.path) : null,
    title: m.proposal ? (m.proposal.source.meta.title ?? m.proposal.source.id) : null,
    score: m.proposal ? Math.round(m.proposal.score * 1000) / 1000 : null,
    passage: m.proposal?.passage ? { line: sourceLine(m.proposal.source.path, m.proposal.passage.fileRange.start), text: m.proposal.passage.text } : null,
    runnerUp: m.runnerUp ? { source: rel(base, m.runnerUp.source.path), score: Math.round(m.runnerUp.score * 1000) / 1000 } : null,
    reason: m.reason,
  }));
  const clear = found.filter((m) => m.status === 'clear');
  const edit = service.matchDefinitionsEdit(f, clear.map((m) => ({ label: m.label, sourcePath: m.proposal!.source.path })));
  const definitions = edit ? edit.newText.split('\n').filter((l) => l.trim()) : [];
  const count = (s: string) => found.filter((m) => m.status === s).length;
  return { version: 1, draft: rel(base, f), matches, definitions, summary: { numbers: found.length, clear: count('clear'), unclear: count('unclear'), none: count('none') } };
}

function matchText(r: MatchReport): string {
  // Text from sources reaches a terminal: no control characters (escape sequences) get through.
  const clean = (t: string) => t.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const out: string[] = [];
  const n = r.summary.numbers;
  out.push(n ? `${r.draft}: ${n} number${n === 1 ? '' : 's'} without a definition` : `${r.draft}: every numbered marker has a definition.`);
  for (const m of r.matches) {
    const cited = `cited on line${m.lines.length === 1 ? '' : 's'} ${m.lines.join(', ')}`;
    if (m.status === 'clear') {
      const title = m.title!.length > 80 ? m.title!.slice(0, 79) + '…' : m.title;
      out.push(`[${m.label}] → ${m.source} (${title}), score ${m.score!.toFixed(2)}, ${cited}`);
      if (m.passage) out.push(`      ${m.source}:${m.passage.line}: ${m.passage.text.length > 200 ? m.passage.text.slice(0, 199) + '…' : m.passage.text}`);
    } else {
      out.push(`[${m.label}] left undefined: ${m.reason} (${cited})`);
    }
  }
  if (r.definitions.length) out.push('', 'Definitions to add:', ...r.definitions);
  return out.map(clean).join('\n');
}

function rel(base: string, file: string): string {
  return toPosix(path.relative(base, file)) || path.basename(file);
}

/** The report as a person reads it: each file with problems, one line per problem, then a summary line. */
function* stylishLines(report: CheckReport, color: boolean): Generator<string> {
  const c = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev: Record<string, string> = { error: c(31, 'error'), warning: c(33, 'warning'), information: c(36, 'info'), hint: c(90, 'hint') };
  let problems = 0;
  for (const f of report.files) {
    problems += f.diagnostics.length;
    if (f.diagnostics.length === 0) continue;
    yield c(4, f.path);
    for (const d of f.diagnostics) {
      const where = `${d.line}:${d.column}`.padEnd(8);
      yield `  ${where}${(sev[d.severity] ?? d.severity).padEnd(color ? 16 : 7)}  ${d.message}  ${c(90, d.code)}`;
    }
    yield '';
  }
  const s = report.summary;
  const mark = s.errors ? c(31, '✖') : c(32, '✔');
  yield `${mark} ${s.drafts} draft${s.drafts === 1 ? '' : 's'}, ${s.sources} source${s.sources === 1 ? '' : 's'}, ${s.citations} citation${s.citations === 1 ? '' : 's'}: ` +
    `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'} in all`;
}

/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per problem (hints
 * are left out), with the file relative to the working directory (the repository root in a
 * workflow), so each shows on its line in the pull request.
 */
export function githubAnnotations(report: CheckReport, base: string, cwd: string): string {
  return [...githubLines(report, base, cwd)].join('\n') + '\n';
}

function* githubLines(report: CheckReport, base: string, cwd: string): Generator<string> {
  const level: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice' };
  // Workflow command values escape %, CR and LF; properties also escape ":" and ",".
  const data = (v: string) => v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (v: string) => data(v).replace(/:/g, '%3A').replace(/,/g, '%2C');
  for (const f of report.files) {
    const file = toPosix(path.relative(cwd, path.resolve(base, f.path)));
    for (const d of f.diagnostics) {
      if (!level[d.severity]) continue;
      yield `::${level[d.severity]} file=${prop(file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${prop(`cited ${d.code}`)}::${data(d.message)}`;
    }
  }
  const s = report.summary;
  yield `cited: ${s.drafts} drafts, ${s.citations} citations, ${s.sources} sources: ${s.errors} errors, ${s.warnings} warnings`;
}

/**
 * The report as JSON, in pieces that join to `JSON.stringify(report, null, indent)`: a file's
 * entry at a time.
 */
export function* jsonPieces(report: CheckReport, indent?: 2): Generator<string> {
  // Indented, every line of a value nested one level further down starts with two more spaces.
  const nl = indent ? '\n' : '';
  const value = (v: unknown, depth: number) => (indent ? JSON.stringify(v, null, indent).replace(/\n/g, '\n' + '  '.repeat(depth)) : JSON.stringify(v));
  const key = (k: string) => nl + (indent ? '  ' : '') + JSON.stringify(k) + (indent ? ': ' : ':');
  yield '{' + key('version') + value(report.version, 1) + ',' + key('files');
  if (report.files.length === 0) yield '[]';
  else {
    yield '[';
    for (const [i, f] of report.files.entries()) yield (i ? ',' : '') + nl + (indent ? '    ' : '') + value(f, 2);
    yield nl + (indent ? '  ' : '') + ']';
  }
  yield ',' + key('summary') + value(report.summary, 1) + nl + '}';
}

/** How many characters are gathered before they are written: a thousand drafts' report is tens of MB, and one string of it (with its bytes) added a third to the check's peak memory. */
const WRITE_CHUNK = 1 << 20;

/** Writes `pieces` in chunks of about WRITE_CHUNK characters, each piece followed by `sep`. */
function writePieces(pieces: Iterable<string>, sep: string, write: (s: string) => void): void {
  let buf: string[] = [];
  let size = 0;
  for (const p of pieces) {
    buf.push(p, sep);
    size += p.length + sep.length;
    if (size >= WRITE_CHUNK) {
      write(buf.join(''));
      buf = [];
      size = 0;
    }
  }
  if (buf.length) write(buf.join(''));
}

/** Writes the check's report to stdout in the format asked for, a piece at a time (`writePieces`). */
function writeCheckReport(report: CheckReport, base: string, format: Options['format'], write: (s: string) => void, tty: boolean): void {
  if (format === 'json') writePieces(jsonPieces(report, tty ? 2 : undefined), '', write);
  else if (format === 'github') writePieces(githubLines(report, base, process.cwd()), '\n', write);
  else writePieces(stylishLines(report, tty && !process.env.NO_COLOR), '\n', write);
  if (format === 'json') write('\n');
}

/** Whether the command line asks for JSON, read before (and whatever) the rest of it fails to parse. */
function wantsJson(argv: string[]): boolean {
  return argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
}

/** An error as the JSON formats print it: one object with "error", so a script reading stdout always gets JSON. */
function jsonError(message: string, exitCode: number): string {
  return JSON.stringify({ version: 1, error: message, exitCode }, null, 2) + '\n';
}

/** At most once a day (now, when limits are named): entries not used for a while, and the least recently used past the size limit, are removed. */
async function trimCache(cache: CitedCache | undefined, limits: CacheLimits & { given?: boolean }, verbose: boolean): Promise<void> {
  const trimmed = await cache?.trim(limits, limits.given);
  if (trimmed && verbose) process.stderr.write(`cited: cache trimmed: ${trimmed.removed} entries removed (${(trimmed.bytes / 1048576).toFixed(1)} MB), ${trimmed.kept} kept\n`);
}

export async function main(argv: string[]): Promise<number> {
  const json = wantsJson(argv);
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (json) process.stdout.write(jsonError(e.message, 2));
      process.stderr.write(`cited: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (opts === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  try {
    if (opts.command === 'match') {
      const report = await runMatch(opts.paths[0], opts.settings);
      process.stdout.write(opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : matchText(report) + '\n');
      return 0;
    }
    // Entries are written by a thread of their own while claims are judged, and waited for before the report.
    const cache = opts.cache ? new CitedCache(opts.cache, (m) => process.stderr.write(`cited: ${m}\n`), undefined, 'in a thread').install() : undefined;
    if (opts.command === 'claims') {
      let listed;
      try {
        listed = await runClaims(opts.paths, opts.settings, process.cwd(), cache, opts.jobs);
      } finally {
        await cache?.close();
        cache?.uninstall();
      }
      if (opts.verbose) process.stderr.write(claimsTimingLine(listed.timings));
      if (cache && opts.verbose) process.stderr.write(`cited: ${cache.summary()}\n`);
      await trimCache(cache, opts.cacheLimits, opts.verbose);
      process.stdout.write(opts.format === 'json' ? JSON.stringify(listed.report, null, 2) + '\n' : listed.markdown + '\n');
      saveCompiledCode(opts.cache || undefined);
      return 0;
    }
    let checked;
    try {
      checked = await runCheck(opts.paths, opts.settings, process.cwd(), opts.timeBudgetMs, cache, opts.jobs);
    } finally {
      await cache?.close();
      cache?.uninstall();
    }
    if (opts.verbose) process.stderr.write(timingLine(checked.timings, checked.report.summary.drafts));
    if (cache && opts.verbose) process.stderr.write(`cited: ${cache.summary()}\n`);
    await trimCache(cache, opts.cacheLimits, opts.verbose);
    const { report, base } = checked;
    // Indented for a person at a terminal; on one line for a program (a pipe or a file): a thousand drafts' report is
    // a quarter smaller so.
    writeCheckReport(report, base, opts.format, (x) => process.stdout.write(x), !!process.stdout.isTTY);
    // The code V8 compiled for this run, for the next one's start (node/codeCache.ts).
    saveCompiledCode(opts.cache || undefined);
    return report.summary.errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      if (json) process.stdout.write(jsonError(e.message, 2));
      process.stderr.write(`cited: ${e.message}\n`);
      return 2;
    }
    if (json) process.stdout.write(jsonError(`internal error: ${(e as Error).message ?? e}`, 3));
    process.stderr.write(`cited: internal error: ${(e as Error).stack ?? e}\n`);
    return 3;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
