/**
 * File-system access for the server and the CLI: finding sources and drafts
 * under a root, and reading files into the language service. The core never
 * touches the disk; this module is the one place that does.
 */
import { promises as fs, lstatSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { PathClassifier, globTest, isInsideFolders, type CitedSettings } from '../core/config';
import type { CitedLanguageService } from '../core/languageService';
import { formatOf, unsupportedReason, isSourceCandidate } from '../core/sources/readSource';
import { extractPdf } from './pdfText';
import type { ExtractedDocument } from '../core/sources/documentSource';
import { snapshotSource } from '../core/sources/readSource';
import { readSourceFile } from '../core/sources/readFile';
import type { SourceSnapshot } from '../core/sources/learned';
import type { CitedCache } from './cache';
import { decodeSource, decodeText } from './decode';

export { firstInvalidUtf8 } from './decode';

/** Sources larger than this are not read: a saved page is rarely over a few MB, and huge files would stall the index. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

export interface WorkspaceFiles {
  sources: string[];
  drafts: string[];
  /**
   * What the walk left out and why, one line each: a link that leads back into a folder that holds
   * it (a loop), a link whose real path is outside the workspace, a folder that cannot be read.
   */
  notes: WalkNote[];
  /** The folders listed (as walked, links by their own path): a file created or deleted in one of them changes its modification time. */
  folders?: string[];
}

export interface WalkNote {
  kind: 'loop' | 'outside' | 'unreadable';
  message: string;
}

/** A workspace folder that cannot be listed at all. */
export class UnreadableFolderError extends Error {}

/**
 * Lists the sources and drafts under `root` (absolute, forward slashes) as the settings classify
 * them. A folder reached through links is walked once, by its real path, whichever link leads
 * there (its files are listed under that link's name, as well as under their own): a link back into
 * a folder that holds it, or that holds a link followed to reach it (a loop), is reported once and
 * not followed, a link into another of `roots`
 * adds nothing (that root is walked itself), and a link whose real path is outside `roots` is left
 * out. Throws `UnreadableFolderError` when `root` itself cannot be listed.
 */
export async function findWorkspaceFiles(root: string, settings: CitedSettings, roots: string[] = [root]): Promise<WorkspaceFiles> {
  const classifier = new PathClassifier(settings);
  const excluded = globTest(settings.exclude, { dot: true });
  const realRoot = await realPath(root);
  const otherRoots = (await Promise.all(roots.map(realPath))).filter((r) => r !== realRoot);
  const notes: WalkNote[] = [];
  const files: string[] = [];
  const folders: string[] = [];
  /** Real folders walked through a link, so no other link walks them again. */
  const visited = new Set<string>();
  /**
   * Links met, to follow after the folders are walked: `real` is where the link itself really is;
   * `chain`, where the links followed to reach it really are.
   */
  const links: { rel: string; abs: string; real: string; chain: string[] }[] = [];
  /** Each link is spoken of once, by where it really is, however many ways lead to it. */
  const noted = new Set<string>();
  const note = (kind: WalkNote['kind'], at: string, message: string): void => {
    if (noted.has(kind + ' ' + at)) return;
    noted.add(kind + ' ' + at);
    notes.push({ kind, message });
  };

  // Links met are queued and followed after the folders themselves are walked.
  const walk = async (abs: string, rel: string, real: string, chain: string[]): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(abs, { withFileTypes: true });
    } catch (e) {
      const why = `${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      if (!rel) throw new UnreadableFolderError(`Cannot read the folder ${root} (${why}).`);
      note('unreadable', real, `Cannot read the folder ${real} (${why}); the files in it are not checked.`);
      return;
    }
    folders.push(abs);
    await Promise.all(
      entries.map(async (e) => {
        if (e.name.startsWith('.')) return;
        const r = rel ? rel + '/' + e.name : e.name;
        if (excluded(r)) return;
        if (e.isDirectory()) {
          if (chain.length) visited.add(real + '/' + e.name);
          await walk(abs + '/' + e.name, r, real + '/' + e.name, chain);
        } else if (e.isFile()) files.push(r);
        else if (e.isSymbolicLink()) links.push({ rel: r, abs: abs + '/' + e.name, real: real + '/' + e.name, chain });
      }),
    );
  };
  await walk(root, '', realRoot, []);

  let queued = -1;
  while (links.length) {
    // In name order, so the same tree gives the same names; sorted again only when a walk added some.
    if (links.length !== queued) links.sort((a, b) => (a.rel < b.rel ? 1 : -1));
    const link = links.pop()!;
    queued = links.length;
    let target: string;
    let isDir: boolean;
    try {
      target = await realPath(link.abs);
      isDir = (await fs.stat(link.abs)).isDirectory();
    } catch {
      continue; // a dangling link: nothing to list
    }
    const inside = isInsideFolders(target, [realRoot, ...otherRoots]);
    if (!inside) {
      note('outside', link.real, `${link.real} is a link to ${target}, outside the workspace: not listed.`);
      continue;
    }
    if (!isDir) {
      files.push(link.rel);
      continue;
    }
    // A loop: the target holds this link, or a link followed to get here.
    const back = [link.real, ...link.chain].find((l) => isInsideFolders(l, [target]));
    if (back !== undefined) {
      const why = back === link.real ? 'a folder that contains it: a loop, not followed' : `and ${back} leads back to it: a loop, followed no further`;
      note('loop', link.real, `${link.real} is a link to ${target}, ${why}.`);
      continue;
    }
    if (visited.has(target) || isInsideFolders(target, otherRoots)) continue;
    visited.add(target);
    await walk(link.abs, link.rel, target, [...link.chain, link.real]);
  }

  const sources: string[] = [];
  const drafts: string[] = [];
  files.sort();
  // Telling sources from drafts by the settings' patterns takes 2 to 5 ms a thousand files: the server's thread answers
  // requests in between, every 2 ms.
  let until = performance.now() + 2;
  for (let i = 0; i < files.length; i++) {
    if (i % 64 === 63 && performance.now() > until) {
      await new Promise((resolve) => setImmediate(resolve));
      until = performance.now() + 2;
    }
    const rel = files[i];
    const kind = classifier.kind(rel);
    // Images, stylesheets and the like in a sources folder are not sources, nor worth a warning.
    if (kind === 'source') {
      if (isSourceCandidate(rel)) sources.push(root + '/' + rel);
    }
    else if (kind === 'draft') drafts.push(root + '/' + rel);
  }
  return { sources, drafts, notes, folders };
}

async function realPath(p: string): Promise<string> {
  return toPosix(await fs.realpath(p));
}

/** The real paths of the folders sources may come from, kept: they are asked for every source read. */
const realFolders = new Map<string, Promise<string>>();
function realFolder(f: string): Promise<string> {
  let r = realFolders.get(f);
  if (!r) {
    if (realFolders.size > 100) realFolders.clear();
    r = realPath(f).catch(() => f);
    realFolders.set(f, r);
  }
  return r;
}

/** The real paths of the folders sources were read from, each kept for a second (a folder replaced by a link is seen after that). */
const realDirs = new Map<string, { real: string; at: number }>();
function realFolderOf(dir: string): string {
  const now = Date.now();
  const known = realDirs.get(dir);
  if (known && now - known.at < 1000) return known.real;
  if (realDirs.size > 1000) realDirs.clear();
  const real = toPosix(realpathSync(dir));
  realDirs.set(dir, { real, at: now });
  return real;
}

/**
 * Another thread that reads a source file as `loadSource` would (the server's judging thread,
 * `judgePool.ts`): its contents, the record as a snapshot with its text, and the cache's content
 * key; undefined when the file is to be read here after all.
 */
export interface SourceReader {
  /** Whether the thread takes another file now (else this thread reads it). */
  readonly canRead: boolean;
  /** What the thread read; the file's contents only when no key was asked for (else they are read again from the file when needed). */
  read(file: string, withKey: boolean): Promise<{ text?: string; snapshot: SourceSnapshot; key?: string; readAt: number } | undefined>;
}

/**
 * Reads one source into the service; a file that is gone, a folder, or unreadable is recorded as
 * such. Unless reading anywhere is allowed (`service.sourceFolders()`), a path outside the allowed
 * folders is not opened at all, and a link whose real path is outside them is not read.
 */
export async function loadSource(service: CitedLanguageService, file: string, cache?: CitedCache, reader?: SourceReader): Promise<void> {
  const folders = service.sourceFolders();
  if (folders) {
    const outside = service.sources.outsideReason(file);
    if (outside !== undefined) return service.setSourceOutside(file, outside);
  }
  // Synchronous: a status is had in microseconds, and at 10,000 sources the promise per call cost more than the call.
  let stat: Stats;
  let link: boolean;
  try {
    stat = lstatSync(file);
    link = stat.isSymbolicLink();
    if (link) stat = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') service.setSourceMissing(file);
    else service.setSourceUnreadable(file, `The file cannot be opened (${code ?? (e as Error).message}).`);
    return;
  }
  if (folders) {
    // A file that is no link is where its folder really is.
    let real: string;
    try {
      real = link ? toPosix(realpathSync(file)) : realFolderOf(path.dirname(file)) + '/' + path.basename(file);
    } catch {
      real = file;
    }
    if (!isInsideFolders(real, await Promise.all(folders.map(realFolder)))) {
      return service.setSourceOutside(file, `It is a link to ${real}.`);
    }
  }
  if (stat.isDirectory()) return service.setSourceMissing(file, 'It is a folder, not a file.');
  if (!formatOf(file)) return service.setSourceUnreadable(file, unsupportedReason(file)!);
  if (stat.size > MAX_SOURCE_BYTES) {
    return service.setSourceUnreadable(file, `The file is ${(stat.size / 1048576).toFixed(1)} MB; sources over ${MAX_SOURCE_BYTES / 1048576} MB are not read.`);
  }
  // PDF and Word files: their text is extracted here (kept while the file's size and time stay the same), and the core is handed the pages or paragraphs.
  const format = formatOf(file);
  // A source whose file has the status recorded in the cache's pack is restored without reading it: its contents are read when first needed, and checked then against the key (node/cache.ts).
  if (cache && format !== 'bibliography' && format !== 'pdf' && format !== 'docx') {
    const packed = cache.packed(file, stat);
    if (packed) {
      const record = service.setSourceSnapshot(file, () => readVerified(file, packed.key, cache), packed.snapshot);
      cache.remember(record, packed.key);
      return;
    }
  }
  const cached = documents.get(file);
  if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return void service.setDocument(file, cached.doc);
  // An HTML or JSON file (whose reading is an HTML parse) may be read by another thread while this one reads the next files.
  if (reader?.canRead && (format === 'html' || format === 'json')) {
    const got = await reader.read(file, !!cache);
    const key = got?.key;
    const raw = cache && key ? () => readVerified(file, key, cache) : got?.text;
    if (got && raw !== undefined) {
      const record = service.setSourceSnapshot(file, raw, got.snapshot);
      if (cache && key) {
        // Read afresh (in the other thread), as a file the cache holds no snapshot of is here.
        cache.stats.misses.source++;
        cache.remember(record, key);
        if (cache.snapshots) cache.saveSource(key, got.snapshot);
        cache.recordPacked(file, stat, key, snapshotSource(record, false), got.readAt);
      }
      return;
    }
  }
  let bytes: Buffer;
  try {
    // Small files synchronously: four thread-pool round trips per file (open, status, read, close) cost more than the read.
    bytes = stat.size < SYNC_READ_BYTES ? readFileSync(file) : await fs.readFile(file);
  } catch (e) {
    return service.setSourceUnreadable(file, `The file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  if (format === 'pdf' || format === 'docx') {
    // The text extracted from these same bytes before (another run, another process), else extracted now and stored.
    const key = cache ? cache.sourceKey(file, bytes) : undefined;
    const stored = key ? cache!.loadDocument(key) : undefined;
    // Word's reader (mammoth, jszip) is loaded on the first Word file, not with every start.
    const doc = stored ?? (format === 'pdf' ? await extractPdf(bytes) : await (await import('./docxText')).extractDocx(bytes));
    if (key && !stored) cache!.saveDocument(key, doc);
    if (documents.size >= MAX_CACHED_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, doc });
    service.setDocument(file, doc);
    return;
  }
  // When the contents were had: a file changed less than RACY_MS before it is not recorded in the pack (cache.ts).
  const readAt = Date.now();
  const { text, problems } = decodeSource(bytes);
  // A bibliography is a group of entries that a snapshot of one record does not hold: always read.
  if (!cache || format === 'bibliography') {
    service.setSource(file, text, problems);
    return;
  }
  // What was learned from these same bytes before, else read afresh and stored (node/cache.ts).
  const key = cache.sourceKey(file, bytes);
  let snapshot = cache.snapshots ? cache.loadSource(key) : undefined;
  if (!snapshot) {
    const read = readSourceFile(file, text, problems);
    // A JSON file that is CSL-JSON reads as a bibliography too: never stored as one record.
    if ('group' in read) return void cache.remember(service.setSource(file, text, problems), key);
    snapshot = snapshotSource(read.record);
    if (cache.snapshots) cache.saveSource(key, snapshot);
  }
  // The file's contents are not kept: read again from the file when first needed and checked against the key (as a source
  // restored from the pack is). Held for every source, they were most of what indexing keeps, and of the garbage collector's work.
  const record = service.setSourceSnapshot(file, () => readVerified(file, key, cache), snapshot);
  cache.remember(record, key);
  cache.recordPacked(file, stat, key, snapshotSource(record, false), readAt);
}

/**
 * Called when a source restored from the pack turns out, when its contents are first read, to
 * have changed since its status was recorded (or to be gone): the host reads it again.
 */
let onStale: (file: string) => void = () => undefined;
export function onStaleSource(f: (file: string) => void): void {
  onStale = f;
}

/** The contents of a source restored from the pack, read on first use; a file whose contents no longer have `key` is forgotten by the pack and handed to `onStale`. */
function readVerified(file: string, key: string, cache: CitedCache): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    cache.unpack(file);
    onStale(file);
    return '';
  }
  if (cache.sourceKey(file, bytes) !== key) {
    cache.unpack(file);
    onStale(file);
  }
  return decodeText(bytes);
}

/** Files smaller than this are read synchronously (see `loadSource`). */
const SYNC_READ_BYTES = 1024 * 1024;

/** The text extracted from PDF and Word files, by path, with the size and time of the file it was read from. */
const documents = new Map<string, { size: number; mtimeMs: number; doc: ExtractedDocument }>();
const MAX_CACHED_DOCUMENTS = 20_000;

/** Loads every file a draft's definitions point to that the service has not seen. */
export async function loadDraftTargets(service: CitedLanguageService, draftPath: string, cache?: CitedCache): Promise<boolean> {
  const targets = service.unknownTargets(draftPath);
  await mapLimit(targets, 16, (t) => loadSource(service, t, cache));
  return targets.length > 0;
}

/** Runs `fn` over `items` with at most `limit` at once, reporting progress. */
export async function mapLimit<T>(items: T[], limit: number, fn: (item: T, index: number) => Promise<void>, onProgress?: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
      done++;
      onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export function absolutePosix(p: string, cwd = process.cwd()): string {
  return toPosix(path.resolve(cwd, p));
}
