/**
 * All sources Cited knows: by path, by id (pandoc key) and by url, plus the
 * paths known not to exist. A MiniSearch catalogue over titles, authors, ids
 * and leads ranks sources for pickers; it is built on first use and kept in
 * step with every change after that.
 */
import MiniSearch from 'minisearch';
import { stem, isStopword, tokenize } from '../text';
import { fileOf, type SourceRecord } from './sourceTypes';
import { shareText } from './readSource';
import { isInsideFolders } from '../config';

export interface MissingTarget {
  path: string;
  reason: string;
}

interface CatalogueDoc {
  id: string;
  title: string;
  author: string;
  sourceId: string;
  lead: string;
}

export class SourceIndex {
  private readonly byPath = new Map<string, SourceRecord>();
  private readonly byId = new Map<string, Set<string>>();
  private readonly byUrl = new Map<string, Set<string>>();
  private readonly missing = new Map<string, string>();
  /** Paths the host found to lead outside the allowed folders (a link whose real path is elsewhere). */
  private readonly outside = new Map<string, string>();
  /** The folders sources may come from; undefined when any path may be read. */
  private scope: string[] | undefined;
  private catalogue: MiniSearch<CatalogueDoc> | undefined;
  /** Bumped on every change, so callers can cache against it. */
  version = 0;

  get size(): number {
    return this.byPath.size;
  }

  /**
   * The entries of each bibliography held, by its path: they go with it. A bibliography itself
   * (format `bibliography`) is held for its problems, and has no id, url or place in the catalogue.
   */
  private readonly members = new Map<string, string[]>();

  /** Sets a bibliography and its entries, in place of what it held before. */
  setGroup(container: SourceRecord, entries: SourceRecord[]): void {
    this.set(container);
    for (const e of entries) this.set(e);
    this.members.set(container.path, entries.map((e) => e.path));
  }

  set(record: SourceRecord): void {
    this.remove(record.path);
    this.missing.delete(record.path);
    this.outside.delete(record.path);
    this.byPath.set(record.path, record);
    if (record.format === 'bibliography') {
      this.version++;
      return;
    }
    addTo(this.byId, record.id, record.path);
    if (record.meta.url) addTo(this.byUrl, normalizeUrl(record.meta.url), record.path);
    if (this.catalogue) {
      this.catalogue.add(catalogueDoc(record));
      countTerms(this.termSources, record, 1);
    }
    this.version++;
  }

  remove(path: string): SourceRecord | undefined {
    const old = this.byPath.get(path);
    if (!old) return undefined;
    this.byPath.delete(path);
    const members = this.members.get(path);
    if (members) {
      this.members.delete(path);
      for (const m of members) this.remove(m);
    }
    if (old.format === 'bibliography') {
      this.version++;
      return old;
    }
    removeFrom(this.byId, old.id, path);
    if (old.meta.url) removeFrom(this.byUrl, normalizeUrl(old.meta.url), path);
    if (this.catalogue) {
      this.catalogue.discard(path);
      countTerms(this.termSources, old, -1);
    }
    this.version++;
    return old;
  }

  /** Records that a path some draft points to does not exist (or is not a file). */
  setMissing(path: string, reason = 'The file does not exist.'): void {
    this.remove(path);
    this.missing.set(path, reason);
    this.version++;
  }

  /** Records that a path leads outside the allowed folders, so it is not read. */
  setOutside(path: string, reason: string): void {
    this.remove(path);
    this.missing.delete(path);
    this.outside.set(path, reason);
    this.version++;
  }

  /**
   * Sets the folders sources may be read from (undefined: anywhere). A change forgets what the
   * host found outside, so it asks again under the new scope.
   */
  setScope(folders: string[] | undefined): void {
    if (JSON.stringify(folders) === JSON.stringify(this.scope)) return;
    this.scope = folders && [...folders];
    this.outside.clear();
    this.version++;
  }

  forget(path: string): void {
    if (this.missing.delete(path)) this.version++;
    if (this.outside.delete(path)) this.version++;
    this.remove(path);
  }

  get(path: string): SourceRecord | undefined {
    return this.byPath.get(path);
  }
  missingReason(path: string): string | undefined {
    return this.missing.get(path);
  }
  /**
   * Why `path` is not read, when it is outside the allowed folders: '' for its name, the host's
   * reason for its real path (a link to elsewhere); undefined when it may be read.
   */
  outsideReason(path: string): string | undefined {
    const found = this.outside.get(path);
    if (found !== undefined) return found;
    if (this.scope && !isInsideFolders(path, this.scope)) return '';
    return undefined;
  }
  isKnown(path: string): boolean {
    return this.byPath.has(path) || this.missing.has(path) || this.outsideReason(path) !== undefined;
  }
  /**
   * Sources with this id, in path order (the first is the one a key resolves to). A bibliography
   * entry whose attached file the index holds, readable, comes with that file's text.
   */
  getById(id: string): SourceRecord[] {
    const found = this.lookup(this.byId.get(id));
    // A file attached to an entry of the same key is that entry, not another source of the key.
    const attached = new Set(found.map((r) => r.attachment));
    return found.filter((r) => !attached.has(r.path)).map((r) => this.withAttachment(r));
  }

  private readonly attached = new WeakMap<SourceRecord, { file: SourceRecord; merged: SourceRecord }>();
  private withAttachment(entry: SourceRecord): SourceRecord {
    const file = entry.attachment ? this.byPath.get(entry.attachment) : undefined;
    if (!file || !file.readable || file.format === 'bibliography') return entry;
    const cached = this.attached.get(entry);
    if (cached?.file === file) return cached.merged;
    const merged: SourceRecord = { ...file, path: entry.path, id: entry.id, file: fileOf(file), meta: { ...file.meta, ...entry.meta }, attachment: entry.attachment, problems: [] };
    delete merged.metadataOnly;
    shareText(merged, file);
    this.attached.set(entry, { file, merged });
    return merged;
  }
  getByUrl(url: string): SourceRecord[] {
    return this.lookup(this.byUrl.get(normalizeUrl(url)));
  }
  /** Every record, bibliographies (which only carry their problems) included. */
  all(): SourceRecord[] {
    return [...this.byPath.values()];
  }
  /** The records that can be cited: all but the bibliographies themselves. */
  citable(): SourceRecord[] {
    return [...this.byPath.values()].filter((r) => r.format !== 'bibliography');
  }

  /**
   * Builds the search catalogue ahead of the first search, in chunks that leave the host free to
   * answer requests between them. Kept up to date after; a search before it is done builds its own.
   */
  prepareSearch(): Promise<void> {
    if (this.catalogue) return Promise.resolve();
    if (this.preparing) return this.preparing;
    const version = this.version;
    const cat = newCatalogue();
    const terms = new Map<string, number>();
    const records = this.citable();
    this.preparing = (async () => {
      // Small steps (a few milliseconds each), so hovers and edits are answered in between.
      for (let i = 0; i < records.length; i += 10) {
        const chunk = records.slice(i, i + 10);
        cat.addAll(chunk.map(catalogueDoc));
        for (const r of chunk) countTerms(terms, r, 1);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })().then(() => {
      this.preparing = undefined;
      // A change meanwhile would be missing from it.
      if (!this.catalogue && this.version === version) {
        this.catalogue = cat;
        this.termSources = terms;
      }
    });
    return this.preparing;
  }
  private preparing: Promise<void> | undefined;

  /** In how many sources' catalogue text (title, author, id, lead) each stem occurs; kept with the catalogue. */
  private termSources = new Map<string, number>();

  /**
   * A long sentence as a query of its few most telling words: those in the fewest sources (and in
   * some). Each query word costs a pass over the sources that hold it; common words tell little.
   */
  private tellingWords(query: string, keep = 6): string {
    const words = new Map<string, string>();
    for (const t of tokenize(query)) if (!isStopword(t.word) && !words.has(t.stem)) words.set(t.stem, t.word);
    if (words.size <= keep) return query;
    return [...words]
      .filter(([st]) => this.termSources.has(st))
      .sort((a, b) => this.termSources.get(a[0])! - this.termSources.get(b[0])!)
      .slice(0, keep)
      .map(([, w]) => w)
      .join(' ');
  }

  /** Ranks sources against free text (a sentence, or what a user typed). */
  search(query: string, limit = 50): { record: SourceRecord; score: number }[] {
    const cat = this.ensureCatalogue();
    query = this.tellingWords(query);
    // Queries are sentences: whole stems, no prefix expansion (which costs tens of milliseconds over a large catalogue).
    const hits = cat.search(query, { combineWith: 'OR', boost: { title: 3, sourceId: 2, author: 2 } });
    const out: { record: SourceRecord; score: number }[] = [];
    for (const h of hits) {
      const record = this.byPath.get(h.id as string);
      if (record) out.push({ record, score: h.score });
      if (out.length >= limit) break;
    }
    return out;
  }

  private ensureCatalogue(): MiniSearch<CatalogueDoc> {
    if (!this.catalogue) {
      this.catalogue = newCatalogue();
      this.termSources = new Map();
      for (const r of this.citable()) {
        this.catalogue.add(catalogueDoc(r));
        countTerms(this.termSources, r, 1);
      }
    }
    return this.catalogue;
  }

  private lookup(paths: Set<string> | undefined): SourceRecord[] {
    if (!paths) return [];
    return [...paths]
      .sort()
      .map((p) => this.byPath.get(p)!)
      .filter(Boolean);
  }
}

function countTerms(into: Map<string, number>, r: SourceRecord, delta: 1 | -1): void {
  const doc = catalogueDoc(r);
  for (const t of new Set(tokenize(`${doc.title} ${doc.author} ${doc.sourceId} ${doc.lead}`).filter((x) => !isStopword(x.word)).map((x) => x.stem))) {
    const n = (into.get(t) ?? 0) + delta;
    if (n > 0) into.set(t, n);
    else into.delete(t);
  }
}

function newCatalogue(): MiniSearch<CatalogueDoc> {
  return new MiniSearch<CatalogueDoc>({
    fields: ['title', 'author', 'sourceId', 'lead'],
    processTerm: (term) => {
      const t = term.toLowerCase();
      return isStopword(t) ? null : stem(t);
    },
  });
}

function catalogueDoc(r: SourceRecord): CatalogueDoc {
  return {
    id: r.path,
    title: r.meta.title ?? '',
    author: [r.meta.author, r.meta.publisher].filter(Boolean).join(' '),
    sourceId: r.id.replace(/[-_.]/g, ' '),
    lead: r.lead,
  };
}

function addTo(map: Map<string, Set<string>>, key: string, path: string): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(path);
}

function removeFrom(map: Map<string, Set<string>>, key: string, path: string): void {
  const s = map.get(key);
  if (!s) return;
  s.delete(path);
  if (s.size === 0) map.delete(key);
}

/** Normalises a url for matching: no scheme, no `www.`, no fragment, no tracking parameters, no trailing slash. */
export function normalizeUrl(url: string): string {
  let u = url.trim();
  u = u.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '');
  u = u.replace(/#.*$/, '');
  const q = u.indexOf('?');
  if (q !== -1) {
    const params = u
      .slice(q + 1)
      .split('&')
      .filter((p) => p && !/^(utm_[a-z]+|fbclid|gclid|ref|mc_[a-z]+)=/i.test(p));
    u = u.slice(0, q).replace(/\/+$/, '') + (params.length ? '?' + params.join('&') : '');
  }
  u = u.replace(/\/+$/, '');
  const slash = u.indexOf('/');
  return slash === -1 ? u.toLowerCase() : u.slice(0, slash).toLowerCase() + u.slice(slash);
}
