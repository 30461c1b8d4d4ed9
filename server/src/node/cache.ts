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
import { mkdirSync, readFileSync, renameSync, writeFileSync, rmSync, promises as fsp } from 'node:fs';
import { threadId } from 'node:worker_threads';
import * as os from 'node:os';
import * as path from 'node:path';
import { LEARNED_FORMAT, isLearnedEvidence, isSourceSnapshot, useSourceStore, type LearnedEvidence, type SourceSnapshot, type SourceStore } from '../core/sources/learned';
import type { SourceRecord } from '../core/sources/sourceTypes';

/** Cited's version, as in package.json: a cache entry written by another version is not used. */
export const CITED_VERSION = '0.1.0';

/** The platform's cache folder for Cited. */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'cited', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'cited');
  return path.join(env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache'), 'cited');
}

type Kind = 'source' | 'evidence' | 'draft';

export interface CacheStats {
  /** Entries found and used, by kind. */
  hits: Record<Kind, number>;
  /** Entries looked for and not found (or not usable), by kind. */
  misses: Record<Kind, number>;
  writes: number;
}

interface Entry {
  cited: string;
  format: number;
  kind: Kind;
  data: unknown;
}

export class CitedCache implements SourceStore {
  readonly stats: CacheStats = { hits: { source: 0, evidence: 0, draft: 0 }, misses: { source: 0, evidence: 0, draft: 0 }, writes: 0 };
  /** The content key of each record read through the cache. */
  private readonly keys = new WeakMap<SourceRecord, string>();
  /** Source paths and the content key they were read with, for a fingerprint of the index. */
  readonly sourceKeys = new Map<string, string>();
  private readonly written = new Set<string>();
  private writable = true;
  private readonly said = new Set<string>();

  /** Writes not yet finished (background mode). */
  private pending = Promise.resolve();

  constructor(
    readonly folder: string,
    private readonly log: (message: string) => void,
    private readonly version = CITED_VERSION,
    /** Write entries in the background, in order (the server: its thread stays free for requests); else at once (the CLI). */
    private readonly background = false,
    /**
     * Keep records' snapshots too (the CLI), not only evidence. The server keeps evidence only: it
     * indexes 10,000 sources no faster from snapshots than by reading them (4.3 s against 4.3 to
     * 4.8 s, measured with bench's workspace), and storing them slowed its first index by 1 to 2 s.
     */
    readonly snapshots = true,
  ) {}

  /** Resolves when every write so far has finished (or failed). */
  flushed(): Promise<void> {
    return this.pending;
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
    const h = createHash('sha256');
    for (const p of parts) {
      h.update(String(p.length));
      h.update(':');
      h.update(p);
    }
    return h.digest('hex').slice(0, 40);
  }

  /** The key of a source's bytes: what is learned from it depends on them and on its format (its file's extension). */
  sourceKey(file: string, bytes: Uint8Array): string {
    return createHash('sha256').update('source\0').update(path.extname(file).toLowerCase()).update('\0').update(bytes).digest('hex').slice(0, 40);
  }

  /** A stored snapshot for this source's contents, or undefined. */
  loadSource(key: string): SourceSnapshot | undefined {
    const data = this.read('source', key);
    if (data === undefined) return undefined;
    if (!isSourceSnapshot(data)) return this.corrupt('source', key);
    this.stats.hits.source++;
    return data;
  }
  saveSource(key: string, snapshot: SourceSnapshot): void {
    this.write('source', key, snapshot);
  }
  /** Notes the key a record was read with, so its evidence can be stored and found by it. */
  remember(record: SourceRecord, key: string): void {
    this.keys.set(record, key);
    this.sourceKeys.set(record.path, key);
  }

  loadEvidence(record: SourceRecord): LearnedEvidence | undefined {
    const key = this.keys.get(record);
    if (!key) return undefined;
    const data = this.read('evidence', key);
    if (data === undefined) return undefined;
    if (!isLearnedEvidence(data)) return this.corrupt('evidence', key);
    this.stats.hits.evidence++;
    return data;
  }
  saveEvidence(record: SourceRecord, learned: LearnedEvidence): void {
    const key = this.keys.get(record);
    if (key) this.write('evidence', key, learned);
  }

  /** A draft's stored results (the CLI's), or undefined. `valid` checks their shape. */
  loadDraft<T>(key: string, valid: (x: unknown) => x is T): T | undefined {
    const data = this.read('draft', key);
    if (data === undefined) return undefined;
    if (!valid(data)) return this.corrupt('draft', key);
    this.stats.hits.draft++;
    return data;
  }
  saveDraft(key: string, data: unknown): void {
    this.write('draft', key, data);
  }

  /** One line saying what the cache gave, for `--verbose`. */
  summary(): string {
    const { hits, misses, writes } = this.stats;
    return `cache ${this.folder}: sources ${hits.source} from cache, ${misses.source} read afresh; evidence ${hits.evidence} from cache, ${misses.evidence} built afresh; drafts ${hits.draft} from cache, ${misses.draft} checked afresh; ${writes} entries written`;
  }

  private file(kind: Kind, key: string): string {
    return path.join(this.folder, kind, key.slice(0, 2), key + '.json');
  }

  private read(kind: Kind, key: string): unknown {
    let text: string;
    try {
      text = readFileSync(this.file(kind, key), 'utf8');
    } catch {
      this.stats.misses[kind]++;
      return undefined;
    }
    let entry: Entry;
    try {
      entry = JSON.parse(text) as Entry;
    } catch {
      return this.corrupt(kind, key);
    }
    if (typeof entry !== 'object' || entry === null || typeof entry.cited !== 'string' || typeof entry.format !== 'number' || entry.kind !== kind) return this.corrupt(kind, key);
    if (entry.cited !== this.version || entry.format !== LEARNED_FORMAT) {
      this.say('version', `the cache in ${this.folder} holds entries of another version of Cited (${entry.cited}, format ${entry.format}); they are ignored and replaced.`);
      this.stats.misses[kind]++;
      return undefined;
    }
    return entry.data;
  }

  private corrupt(kind: Kind, key: string): undefined {
    this.say('corrupt', `a cache entry in ${this.folder} is corrupt (${kind} ${key}); it is ignored and replaced.`);
    this.stats.misses[kind]++;
    // Not trusted again: it is rewritten when the data is learned afresh.
    try {
      rmSync(this.file(kind, key), { force: true });
    } catch {
      // an entry that cannot be removed is overwritten, or ignored again
    }
    return undefined;
  }

  private write(kind: Kind, key: string, data: unknown): void {
    if (!this.writable || this.written.has(kind + key)) return;
    this.written.add(kind + key);
    const file = this.file(kind, key);
    const entry: Entry = { cited: this.version, format: LEARNED_FORMAT, kind, data };
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    if (this.background) {
      const text = JSON.stringify(entry);
      this.pending = this.pending.then(async () => {
        if (!this.writable) return;
        try {
          await fsp.mkdir(path.dirname(file), { recursive: true });
          await fsp.writeFile(tmp, text);
          await fsp.rename(tmp, file);
          this.stats.writes++;
        } catch (e) {
          this.unwritable(e, tmp);
        }
      });
      return;
    }
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(entry));
      renameSync(tmp, file);
      this.stats.writes++;
    } catch (e) {
      this.unwritable(e, tmp);
    }
  }

  private unwritable(e: unknown, tmp: string): void {
    this.writable = false;
    this.say('unwritable', `the cache folder ${this.folder} cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); checking goes on without storing what is learned.`);
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
