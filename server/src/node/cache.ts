/**
 * The persistent cache: what Cited learned from a source (its record, extracted text and
 * stemmed sentences, `core/sources/learned.ts`) and, for `cited check`, a draft's results, kept
 * on disk between runs. Entries are keyed by a hash of the contents they were learned from (and,
 * for a draft, of everything its results depend on), and carry the checker's version and the
 * cache format: an entry that is corrupt, of another version, or that cannot be written is
 * ignored, with one message of each kind, never trusted and never fatal.
 *
 * The folder is the tool's own, outside the workspace: the platform's cache directory by default
 * (`defaultCacheFolder`), the `cited.cacheFolder` setting or `--cache DIR` to move it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, utimesSync, promises as fsp } from 'node:fs';
import { threadId, Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { LEARNED_FORMAT, isLearnedEvidence, isSourceSnapshot, useSourceStore, type LearnedEvidence, type SourceSnapshot, type SourceStore } from '../core/sources/learned';
import type { SourceRecord } from '../core/sources/sourceTypes';
import { isExtractedDocument, type ExtractedDocument } from '../core/sources/documentSource';
import { packEvidence, unpackEvidence } from './packedEvidence';
import { writeEntry, type WriteReply, type WriteRequest } from './cacheWriter';
import { decodeText } from './decode';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Cited's version, as in package.json: a cache entry written by another version is not used. */
export const CITED_VERSION = '0.1.0';

declare const __CITED_CHECKER__: string | undefined;
/**
 * The build's hash of the core's sources (scripts/build.mjs; "dev" when run from the TypeScript
 * sources): an entry written by a build of other readers or another checker is not used either,
 * so a change to them between versions never gets results of the old code from the cache.
 */
export const CHECKER_ID = typeof __CITED_CHECKER__ === 'string' ? __CITED_CHECKER__ : 'dev';

export { defaultCacheFolder } from './cacheFolder';

type Kind = 'source' | 'evidence' | 'draft' | 'claims' | 'document' | 'pack';

const DAY_MS = 86_400_000;

/** How far the cache folder may grow (`CitedCache.trim`). */
export interface CacheLimits {
  /** Entries not used for this many days are removed. */
  maxAgeDays: number;
  /** Past this many bytes of entries, the least recently used are removed. */
  maxBytes: number;
}

/** 30 days, 2 GiB: a workspace of 10,000 sources and 1,000 drafts checked in full takes about 430 MB on disk, 70 MB of it the claims' verdicts (measured with bench's workspace). */
export const DEFAULT_CACHE_LIMITS: CacheLimits = { maxAgeDays: 30, maxBytes: 2 * 1024 ** 3 };

/** What the pack records of a file's status: a file whose status differs in any of these is read again. */
export interface FileStatus {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

/** A source in the pack: the status of the file when it was read, the key of its contents, and what was learned from them (no text). */
interface PackEntry {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
  key: string;
  snapshot: SourceSnapshot;
}

/**
 * A file changed less than this long before its status was taken is not recorded in the pack: a
 * second change within the file system's timestamp granularity (up to 2 s on FAT) could leave size
 * and times as they were. Such a file is read and hashed on the next run, and recorded then.
 */
export const RACY_MS = 2_000;

export interface CacheStats {
  /** Entries found and used, by kind. */
  hits: Record<Exclude<Kind, 'pack'>, number>;
  /** Entries looked for and not found (or not usable), by kind. */
  misses: Record<Exclude<Kind, 'pack'>, number>;
  /** Sources taken from the pack by their file's status, without reading the file (counted in `hits.source` too). */
  packed: number;
  /** Entries written (the pack not counted: it only records files' status). */
  writes: number;
  /** Times the pack was written. */
  packWrites: number;
}

interface Entry {
  cited: string;
  /** `CHECKER_ID` of the build that wrote it. */
  checker?: string;
  format: number;
  kind: Kind;
  data: unknown;
}

/**
 * How a cache writes its entries: 'at once' (the caller waits for the disk); 'in order', in the
 * background one after another (the server: its thread stays free for requests); 'in parallel', in
 * the background all at once, a few hundred at most under way; 'in a thread', by a thread of its own
 * (`cacheWriter.ts`), one after another (`cited check`: the disk works while claims are judged, and
 * the check waits for the writes at the end, `flushed`; where no thread can be started, 'in
 * parallel'). In the background an entry not written yet is read back from memory.
 */
export type CacheWrites = 'at once' | 'in order' | 'in parallel' | 'in a thread';

/** At most this many entries written in parallel at a time; past it, an entry is written at once. */
const MAX_IN_FLIGHT = 256;
/**
 * At most this many entries handed to the writing thread and not written yet (held in memory until
 * then); past it, an entry is written at once: a disk slower than judging holds the check back
 * rather than filling memory.
 */
const MAX_HANDED = 1024;
/** …and at most this much of their text (in UTF-16 code units): a draft's claims entry is some 100 KB. */
const MAX_HANDED_BYTES = 8 * 1024 * 1024;

export class CitedCache implements SourceStore {
  readonly stats: CacheStats = { hits: { source: 0, evidence: 0, draft: 0, claims: 0, document: 0 }, misses: { source: 0, evidence: 0, draft: 0, claims: 0, document: 0 }, packed: 0, writes: 0, packWrites: 0 };
  /** The content key of each record read through the cache. */
  private readonly keys = new WeakMap<SourceRecord, string>();
  /** Source paths and the content key they were read with, for a fingerprint of the index. */
  readonly sourceKeys = new Map<string, string>();
  private readonly written = new Set<string>();
  private writable = true;
  private readonly said = new Set<string>();

  /** Writes not yet finished, in order ('in order'). */
  private pending = Promise.resolve();
  /** Writes under way ('in parallel'), and the text of each entry until it is written: read back from here meanwhile. */
  private readonly inFlight = new Set<Promise<void>>();
  private readonly unwritten = new Map<string, string>();
  /** The folders made (or being made) so far: each is made once, not asked for again at every write. */
  private readonly folders = new Map<string, Promise<unknown>>();
  /** At most this many entries written in parallel: fewer once too many files were open at once (`MAX_IN_FLIGHT`). */
  private maxInFlight = MAX_IN_FLIGHT;
  /** The writing thread ('in a thread'), started at the first write; undefined once it could not be started or failed. */
  private writer: Worker | undefined;
  private writerFailed = false;
  /** Entries handed to the writing thread and not written yet, by request id. */
  private readonly handed = new Map<number, { kind: Kind; key: string; file: string; tmp: string; text: string; by: Worker }>();
  /** The length of the texts of the entries handed and not written yet. */
  private handedBytes = 0;
  private nextRequest = 0;
  /** Resolved when the writing thread has written every entry handed to it. */
  private drained: { promise: Promise<void>; resolve: () => void } | undefined;
  /** Files whose time was brought forward lately (this run, or this day for a server): once is enough. */
  private readonly touched = new Set<string>();
  private touchedSince = Date.now();

  constructor(
    readonly folder: string,
    private readonly log: (message: string) => void,
    private readonly version = CITED_VERSION,
    /** How entries are written (`CacheWrites`). */
    private readonly writes: CacheWrites = 'at once',
    /**
     * Keep records' snapshots too (the CLI), not only evidence. The server keeps evidence only: it
     * indexes 10,000 sources no faster from snapshots than by reading them (4.3 s against 4.3 to
     * 4.8 s, measured with bench's workspace), and storing them slowed its first index by 1 to 2 s.
     */
    readonly snapshots = true,
  ) {}

  /** Resolves when every write so far has finished (or failed). */
  async flushed(): Promise<void> {
    await this.pending;
    while (this.inFlight.size || this.handed.size) {
      await Promise.all([...this.inFlight]);
      if (this.handed.size) await (this.drained ??= withResolvers()).promise;
    }
  }

  /** Stops the writing thread, if one runs, once every entry handed to it is written. */
  async close(): Promise<void> {
    await this.flushed();
    const w = this.writer;
    this.writer = undefined;
    // No thread is started again: an entry written after this is written in parallel.
    this.writerFailed = true;
    await w?.terminate();
  }

  /** Makes this cache the core's source store (`learned.ts`). */
  install(): this {
    useSourceStore(this);
    return this;
  }
  uninstall(): void {
    useSourceStore(undefined);
  }

  /** A hash of `parts`, as a key or a fingerprint. */
  static hash(...parts: string[]): string {
    // One update of the parts joined, each after its length: an update per part cost more than the hashing (180,000 for a check of 1,000 drafts).
    let joined = '';
    for (const p of parts) joined += p.length + ':' + p;
    return createHash('sha256').update(joined).digest('hex').slice(0, 40);
  }

  /** The key of a source's bytes: what is learned from it depends on them and on its format (its file's extension). */
  sourceKey(file: string, bytes: Uint8Array): string {
    return CitedCache.sourceKeyOf(file, bytes);
  }
  static sourceKeyOf(file: string, bytes: Uint8Array): string {
    return createHash('sha256').update('source\0').update(path.extname(file).toLowerCase()).update('\0').update(bytes).digest('hex').slice(0, 40);
  }

  /** A stored snapshot for this source's contents, or undefined. */
  loadSource(key: string): SourceSnapshot | undefined {
    return this.load('source', key, isSourceSnapshot);
  }
  saveSource(key: string, snapshot: SourceSnapshot): void {
    this.write('source', key, snapshot);
  }
  /**
   * The text extracted before from a PDF or Word file with these bytes (`sourceKey`), or undefined:
   * extraction is the costly part of reading such a file, and it depends on the bytes alone.
   */
  loadDocument(key: string): ExtractedDocument | undefined {
    return this.load('document', key, isExtractedDocument);
  }
  saveDocument(key: string, doc: ExtractedDocument): void {
    this.write('document', key, doc);
  }

  /** Notes the key a record was read with, so its evidence can be stored and found by it. */
  remember(record: SourceRecord, key: string): void {
    this.keys.set(record, key);
    this.sourceKeys.set(record.path, key);
  }

  /** The content key a record was read with (`remember`), if it was read through the cache. */
  keyOf(record: SourceRecord): string | undefined {
    return this.keys.get(record);
  }

  loadEvidence(record: SourceRecord): LearnedEvidence | undefined {
    const key = this.keys.get(record);
    if (!key) return undefined;
    // Stored packed (packedEvidence.ts); an entry that does not unpack into evidence is corrupt.
    let learned: LearnedEvidence | undefined;
    const packed = this.load('evidence', key, (x): x is unknown => (learned = unpackEvidence(x)) !== undefined && isLearnedEvidence(learned));
    return packed === undefined ? undefined : learned;
  }
  saveEvidence(record: SourceRecord, learned: LearnedEvidence): void {
    const key = this.keys.get(record);
    if (key) this.write('evidence', key, packEvidence(learned));
  }

  /** A draft's stored results (the CLI's), or undefined. `valid` checks their shape. */
  loadDraft<T>(key: string, valid: (x: unknown) => x is T): T | undefined {
    return this.load('draft', key, valid);
  }
  /** A draft's stored results turned out not to hold (a file they depend on changed): counted as checked afresh. */
  rejectedDraft(): void {
    this.stats.hits.draft--;
    this.stats.misses.draft++;
  }
  saveDraft(key: string, data: unknown): void {
    this.write('draft', key, data);
  }

  /**
   * The verdicts last stored for a draft's claims (`cited check`), by claim key, or undefined: one
   * entry a draft, under a key of its path, so that a draft changed since reuses what was judged of
   * its claims that stayed the same (the claim key covers the sentence and its sources' contents).
   */
  loadClaims(key: string): Record<string, unknown> | undefined {
    return this.load('claims', key, (x): x is Record<string, unknown> => isObject(x) && Object.values(x).every(isObject));
  }
  /** Stores a draft's claims entry: each claim key with its result as JSON text (`storableText`). */
  saveClaims(key: string, claims: Map<string, string>): void {
    let raw = '{';
    for (const [k, text] of claims) raw += (raw.length > 1 ? ',' : '') + JSON.stringify(k) + ':' + text;
    this.write('claims', key, undefined, raw + '}');
  }

  // ---- the pack: the sources of one workspace, by path and file status ----

  /** The workspace's pack, read on first use: path → entry. */
  private pack: Map<string, PackEntry> | undefined;
  private packKey: string | undefined;
  /** Paths looked up or recorded since the pack was read: what the pack keeps when it is written. */
  private readonly packSeen = new Set<string>();
  private packDirty = false;

  /**
   * Uses one pack for the sources of the workspace made of these roots: an index of every source
   * read, by path, with its file's status when read, its content key and its snapshot without text.
   * A source whose file has the same status is restored from it without reading the file.
   */
  usePack(roots: string[]): this {
    const key = CitedCache.hash('pack', ...[...roots].sort());
    if (key !== this.packKey) {
      this.packKey = key;
      this.pack = undefined;
      this.packSeen.clear();
      this.packDirty = false;
    }
    return this;
  }

  private loadPack(): Map<string, PackEntry> {
    if (this.pack) return this.pack;
    this.pack = new Map();
    if (!this.packKey) return this.pack;
    const data = this.read('pack', this.packKey, false);
    if (data === undefined) return this.pack;
    if (!isObject(data)) {
      this.corrupt('pack', this.packKey);
      return this.pack;
    }
    for (const [file, e] of Object.entries(data)) this.pack.set(file, e as PackEntry);
    return this.pack;
  }

  /** Whether the pack has an entry for `file` (whether the file is still as recorded is `packed`'s to say): such a file is likely not read at all. */
  inPack(file: string): boolean {
    return this.loadPack().has(file);
  }

  /**
   * What the pack holds of `file` when its status is the one recorded, or undefined (the file is
   * then read, and its contents looked up by their hash). The entry's shape is checked here: one
   * that does not fit drops the pack's trust in it, with the corrupt entry message.
   */
  packed(file: string, status: FileStatus): { key: string; snapshot: SourceSnapshot } | undefined {
    const pack = this.loadPack();
    this.packSeen.add(file);
    const e = pack.get(file);
    if (!e || e.size !== status.size || e.mtimeMs !== status.mtimeMs || e.ctimeMs !== status.ctimeMs || e.ino !== status.ino || e.dev !== status.dev) return undefined;
    if (typeof e.key !== 'string' || !/^[0-9a-f]{40}$/.test(e.key) || !isSourceSnapshot(e.snapshot)) {
      pack.delete(file);
      this.packDirty = true;
      this.corrupt('pack', this.packKey!, false);
      return undefined;
    }
    this.stats.hits.source++;
    this.stats.packed++;
    return { key: e.key, snapshot: e.snapshot };
  }

  /** Records a source read afresh (or from its content key) in the pack, unless its file changed too recently to be told apart by status (`RACY_MS`). */
  recordPacked(file: string, status: FileStatus, key: string, snapshot: SourceSnapshot, now = Date.now()): void {
    const pack = this.loadPack();
    this.packSeen.add(file);
    if (now - Math.max(status.mtimeMs, status.ctimeMs) < RACY_MS) {
      if (pack.delete(file)) this.packDirty = true;
      return;
    }
    const { size, mtimeMs, ctimeMs, ino, dev } = status;
    pack.set(file, { size, mtimeMs, ctimeMs, ino, dev, key, snapshot });
    this.packDirty = true;
  }

  /** Forgets what the pack holds of `file` (found changed since): it is read afresh next time. */
  unpack(file: string): void {
    if (this.pack?.delete(file)) this.packDirty = true;
  }

  /** Writes the pack when it changed, keeping only the sources looked up or recorded since it was read (the others are no longer in the workspace). */
  savePack(): void {
    if (!this.pack || !this.packKey) return;
    for (const file of this.pack.keys()) {
      if (!this.packSeen.has(file)) {
        this.pack.delete(file);
        this.packDirty = true;
      }
    }
    if (!this.packDirty) return;
    this.packDirty = false;
    this.written.delete('pack' + this.packKey);
    this.write('pack', this.packKey, Object.fromEntries(this.pack));
  }

  // ---- trimming ----

  /**
   * Keeps the folder from growing without bound: removes the entries not used for `maxAgeDays`
   * (an entry's time is brought forward whenever it is used, so these are entries of sources and
   * drafts that no longer exist, or of other versions of Cited), then, while the entries take more
   * than `maxBytes`, the least recently used ones, down to three quarters of it; and temporary files
   * an interrupted write left behind. Does this at most once a day (`force`: now), noted by the
   * time of a file `trimmed` in the folder. Never throws; returns what it removed.
   */
  async trim(limits: CacheLimits = DEFAULT_CACHE_LIMITS, force = false, now = Date.now()): Promise<{ removed: number; bytes: number; kept: number } | undefined> {
    const marker = path.join(this.folder, 'trimmed');
    try {
      if (!force && now - (await fsp.stat(marker)).mtimeMs < DAY_MS) return undefined;
    } catch {
      // never trimmed
    }
    type Found = { file: string; kind: string; key: string; size: number; mtimeMs: number };
    const entries: Found[] = [];
    let removed = 0;
    let freed = 0;
    const remove = async (e: { file: string; size: number }) => {
      try {
        await fsp.rm(e.file, { force: true });
        removed++;
        freed += e.size;
      } catch {
        // left for the next trim
      }
    };
    for (const kind of ['pack', 'source', 'evidence', 'draft', 'claims', 'document']) {
      let files: string[];
      try {
        files = (await fsp.readdir(path.join(this.folder, kind), { recursive: true, encoding: 'utf8' })) as string[];
      } catch {
        continue;
      }
      for (const f of files) {
        if (!f.endsWith('.json') && !f.endsWith('.tmp')) continue;
        const file = path.join(this.folder, kind, f);
        let st;
        try {
          st = await fsp.stat(file);
        } catch {
          continue;
        }
        if (!st.isFile()) continue;
        // A temporary file older than an hour is what a stopped write left.
        if (f.endsWith('.tmp')) {
          if (now - st.mtimeMs > 3_600_000) await remove({ file, size: st.size });
        } else entries.push({ file, kind, key: path.basename(f, '.json'), size: st.size, mtimeMs: st.mtimeMs });
      }
    }
    const maxAge = limits.maxAgeDays * DAY_MS;
    let total = entries.reduce((n, e) => n + e.size, 0);
    // A source restored from a pack does not read its own entries: they count as used when the pack was. Packs are read only when such entries would go.
    if (entries.some((e) => (e.kind === 'source' || e.kind === 'evidence') && now - e.mtimeMs > maxAge) || total > limits.maxBytes) {
      const packedKeys = new Map<string, number>();
      for (const p of entries) {
        if (p.kind !== 'pack' || now - p.mtimeMs > maxAge) continue;
        try {
          const pack = (JSON.parse(await fsp.readFile(p.file, 'utf8')) as { data?: Record<string, { key?: unknown }> }).data ?? {};
          for (const e of Object.values(pack)) if (typeof e?.key === 'string') packedKeys.set(e.key, Math.max(packedKeys.get(e.key) ?? 0, p.mtimeMs));
        } catch {
          // a corrupt pack keeps nothing
        }
      }
      for (const e of entries) if (e.kind === 'source' || e.kind === 'evidence') e.mtimeMs = Math.max(e.mtimeMs, packedKeys.get(e.key) ?? 0);
    }
    const kept: Found[] = [];
    for (const e of entries) {
      if (now - e.mtimeMs > maxAge) {
        await remove(e);
        total -= e.size;
      } else kept.push(e);
    }
    if (total > limits.maxBytes) {
      kept.sort((a, b) => a.mtimeMs - b.mtimeMs);
      const target = limits.maxBytes * 0.75;
      let i = 0;
      while (total > target && i < kept.length) {
        const e = kept[i++];
        await remove(e);
        total -= e.size;
      }
      kept.splice(0, i);
    }
    try {
      await fsp.mkdir(this.folder, { recursive: true });
      await fsp.writeFile(marker, '');
      const t = new Date(now);
      await fsp.utimes(marker, t, t);
    } catch {
      // an unwritable folder: nothing was removed either
    }
    return { removed, bytes: freed, kept: kept.length };
  }

  /** Counts what another thread's cache on the same folder did with this one's. */
  addStats(other: CacheStats): void {
    for (const kind of Object.keys(this.stats.hits) as (keyof CacheStats['hits'])[]) {
      this.stats.hits[kind] += other.hits[kind] ?? 0;
      this.stats.misses[kind] += other.misses[kind] ?? 0;
    }
    this.stats.writes += other.writes;
  }

  /** One line saying what the cache gave, for `--verbose`. */
  summary(): string {
    const { hits, misses, writes } = this.stats;
    return `cache ${this.folder}: sources ${hits.source} from cache, ${misses.source} read afresh; evidence ${hits.evidence} from cache, ${misses.evidence} built afresh; drafts ${hits.draft} from cache, ${misses.draft} checked afresh; ${writes} entries written; ${this.stats.packed} sources restored unread (their files unchanged)${this.stats.packWrites ? ', the pack of files\' status updated' : ''}; PDF and Word texts ${hits.document} from cache, ${misses.document} extracted afresh`;
  }

  /** An entry of `kind` under `key` whose data `valid` accepts, counted as a hit; a stored entry it refuses is corrupt. */
  private load<T>(kind: Exclude<Kind, 'pack'>, key: string, valid: (x: unknown) => x is T): T | undefined {
    const data = this.read(kind, key);
    if (data === undefined) return undefined;
    if (!valid(data)) return this.corrupt(kind, key);
    this.stats.hits[kind]++;
    return data;
  }

  private file(kind: Kind, key: string): string {
    return path.join(this.folder, kind, key.slice(0, 2), key + '.json');
  }

  private read(kind: Kind, key: string, count = true): unknown {
    let text = this.unwritten.get(kind + key);
    const onDisk = text === undefined;
    try {
      // Read as bytes, then decoded: Node 20's readFileSync(file, 'utf8') takes half as long again (10 MB: 120 ms against 80).
      // ASCII (JSON's usual text) is decoded as Latin-1, the same text, a quarter quicker again.
      text ??= decodeText(readFileSync(this.file(kind, key)));
    } catch {
      if (kind !== 'pack') this.stats.misses[kind]++;
      return undefined;
    }
    let entry: Entry;
    try {
      entry = JSON.parse(text) as Entry;
    } catch {
      return this.corrupt(kind, key, count);
    }
    if (typeof entry !== 'object' || entry === null || typeof entry.cited !== 'string' || typeof entry.format !== 'number' || entry.kind !== kind) return this.corrupt(kind, key, count);
    if (entry.cited !== this.version || entry.format !== LEARNED_FORMAT || entry.checker !== CHECKER_ID) {
      this.say('version', `the cache in ${this.folder} holds entries of another version of Cited (${entry.cited}, format ${entry.format}, build ${entry.checker ?? 'unknown'}); they are ignored and replaced.`);
      if (kind !== 'pack') this.stats.misses[kind]++;
      return undefined;
    }
    // Used: its time is brought forward, so trimming by age (`trim`) takes the entries no longer used.
    try {
      const file = this.file(kind, key);
      if (Date.now() - this.touchedSince > DAY_MS) {
        this.touched.clear();
        this.touchedSince = Date.now();
      }
      if (onDisk && !this.touched.has(file)) {
        const now = new Date();
        utimesSync(file, now, now);
        this.touched.add(file);
      }
    } catch {
      // a read-only cache is read all the same
    }
    return entry.data;
  }

  private corrupt(kind: Kind, key: string, count = true): undefined {
    this.say('corrupt', `a cache entry in ${this.folder} is corrupt (${kind} ${key}); it is ignored and replaced.`);
    if (count && kind !== 'pack') this.stats.misses[kind]++;
    if (kind === 'pack') {
      // Rewritten whole when it is next saved.
      this.packDirty = true;
      return undefined;
    }
    // Not trusted again: it is rewritten when the data is learned afresh.
    try {
      rmSync(this.file(kind, key), { force: true });
    } catch {
      // an entry that cannot be removed is overwritten, or ignored again
    }
    return undefined;
  }

  /** Writes an entry of `data`, or of `raw`, its data as JSON text already. */
  private write(kind: Kind, key: string, data: unknown, raw?: string): void {
    if (!this.writable || this.written.has(kind + key)) return;
    this.written.add(kind + key);
    const file = this.file(kind, key);
    const entry: Entry = { cited: this.version, checker: CHECKER_ID, format: LEARNED_FORMAT, kind, data };
    const text = raw === undefined ? JSON.stringify(entry) : JSON.stringify({ ...entry, data: undefined }).slice(0, -1) + ',"data":' + raw + '}';
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    const folder = path.dirname(file);
    if (this.writes === 'in order') {
      this.unwritten.set(kind + key, text);
      this.pending = this.pending.then(() => this.writeInBackground(kind, key, file, tmp, text, () => fsp.mkdir(folder, { recursive: true })));
      return;
    }
    // Past MAX_HANDED_BYTES handed to the writing thread and not written yet, an entry is written at once.
    const held = this.writes === 'in a thread' && this.handedBytes >= MAX_HANDED_BYTES;
    if (this.writes === 'in a thread' && !held && this.handToWriter(kind, key, file, tmp, text)) return;
    if ((this.writes === 'in parallel' || this.writes === 'in a thread') && !held && this.inFlight.size < this.maxInFlight) {
      this.unwritten.set(kind + key, text);
      let made = this.folders.get(folder);
      if (!made) this.folders.set(folder, (made = fsp.mkdir(folder, { recursive: true })));
      const done = this.writeInBackground(kind, key, file, tmp, text, () => made);
      this.inFlight.add(done);
      void done.then(() => this.inFlight.delete(done));
      return;
    }
    try {
      // As the writing thread writes (its folder made once, and again when removed meanwhile), here on this thread.
      writeEntry(file, tmp, text);
      this.counted(kind);
    } catch (e) {
      this.unwritable(e, tmp);
    }
  }

  /** Hands an entry to the writing thread (started on first use); false when no thread runs, and the entry is written otherwise. */
  private handToWriter(kind: Kind, key: string, file: string, tmp: string, text: string): boolean {
    const writer = this.handed.size < MAX_HANDED ? this.writerThread() : undefined;
    if (!writer) return false;
    this.handedBytes += text.length;
    const id = this.nextRequest++;
    this.unwritten.set(kind + key, text);
    this.handed.set(id, { kind, key, file, tmp, text, by: writer });
    if (this.handed.size === 1) writer.ref();
    const request: WriteRequest = { id, file, tmp, text };
    writer.postMessage(request);
    return true;
  }

  private writerThread(): Worker | undefined {
    if (this.writer || this.writerFailed) return this.writer;
    try {
      const workerData = { citedCacheWriter: true };
      const w = __filename.endsWith('.ts')
        ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'cacheWriter.ts'))});`, { eval: true, workerData })
        : new Worker(path.join(__dirname, 'cacheWriter.js'), { workerData });
      w.unref();
      w.on('message', (reply: WriteReply) => this.onWritten(reply));
      w.on('error', () => this.writerLost(w));
      w.on('exit', () => this.writerLost(w));
      this.writer = w;
    } catch {
      this.writerFailed = true;
    }
    return this.writer;
  }

  /** The writing thread's answer for one entry. */
  private onWritten(reply: WriteReply): void {
    const h = this.handed.get(reply.id);
    if (!h) return;
    this.handed.delete(reply.id);
    this.handedBytes -= h.text.length;
    if (this.unwritten.get(h.kind + h.key) === h.text) this.unwritten.delete(h.kind + h.key);
    if (reply.error) this.unwritable(Object.assign(new Error(reply.error.message), { code: reply.error.code }), h.tmp);
    else this.counted(h.kind);
    this.settleWriter();
  }

  /** A writing thread stopped (it failed, or was stopped): what it had not written is written here, and later entries are written in parallel. */
  private writerLost(w: Worker): void {
    if (this.writer === w) {
      this.writer = undefined;
      this.writerFailed = true;
    }
    for (const [id, h] of this.handed) {
      if (h.by !== w) continue;
      this.handed.delete(id);
      this.handedBytes -= h.text.length;
      // Unless the same entry was handed again since (the pack, written anew): that write stands.
      if (this.unwritten.get(h.kind + h.key) !== h.text) continue;
      this.unwritten.delete(h.kind + h.key);
      this.written.delete(h.kind + h.key);
      if (this.writable) this.write(h.kind, h.key, (JSON.parse(h.text) as Entry).data);
    }
    this.settleWriter();
  }

  private settleWriter(): void {
    if (this.handed.size) return;
    this.writer?.unref();
    this.drained?.resolve();
    this.drained = undefined;
  }

  /** Writes an entry's text in the background once its folder is made (`folder`); it is read back from memory until then. */
  private async writeInBackground(kind: Kind, key: string, file: string, tmp: string, text: string, folder: () => Promise<unknown> | undefined): Promise<void> {
    try {
      await folder();
      for (let tries = 0; ; tries++) {
        if (!this.writable) return;
        try {
          // A folder removed since (another process trimming, a person): made again.
          await fsp.writeFile(tmp, text).catch(async (e: NodeJS.ErrnoException) => {
            if (e.code !== 'ENOENT') throw e;
            await fsp.mkdir(path.dirname(file), { recursive: true });
            await fsp.writeFile(tmp, text);
          });
          break;
        } catch (e) {
          // Too many files open at once (a low limit on them): fewer writes at a time, and this one again a little later.
          const code = (e as NodeJS.ErrnoException).code;
          if ((code !== 'EMFILE' && code !== 'ENFILE') || tries >= 6) throw e;
          this.maxInFlight = Math.max(1, Math.floor(this.inFlight.size / 2));
          await new Promise((resolve) => setTimeout(resolve, 10 << tries));
        }
      }
      await fsp.rename(tmp, file);
      this.counted(kind);
    } catch (e) {
      this.unwritable(e, tmp);
    } finally {
      this.unwritten.delete(kind + key);
    }
  }

  private counted(kind: Kind): void {
    if (kind === 'pack') this.stats.packWrites++;
    else this.stats.writes++;
  }

  private unwritable(e: unknown, tmp: string): void {
    const code = (e as NodeJS.ErrnoException).code;
    // Too many files open at once (a low limit on them, the writes under way among them): this entry is not stored
    // (it is next time), fewer are written at a time, and the cache stays in use.
    if (code === 'EMFILE' || code === 'ENFILE') this.maxInFlight = Math.max(1, Math.floor(this.inFlight.size / 2));
    else {
      this.writable = false;
      this.say('unwritable', `the cache folder ${this.folder} cannot be written (${code ?? (e as Error).message}); checking goes on without storing what is learned.`);
    }
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }

  private say(kind: string, message: string): void {
    if (this.said.has(kind)) return;
    this.said.add(kind);
    this.log(message);
  }
}

function withResolvers(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
