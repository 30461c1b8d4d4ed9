/**
 * All sources Cited knows: by path, by id (pandoc key) and by url, plus the
 * paths known not to exist. A MiniSearch catalogue over titles, authors, ids
 * and leads ranks sources for pickers; it is built on first use and kept in
 * step with every change after that.
 */
import MiniSearch from 'minisearch';
import { stem, isStopword } from '../text';
import type { SourceRecord } from './sourceTypes';

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
  private catalogue: MiniSearch<CatalogueDoc> | undefined;
  /** Bumped on every change, so callers can cache against it. */
  version = 0;

  get size(): number {
    return this.byPath.size;
  }

  set(record: SourceRecord): void {
    this.remove(record.path);
    this.missing.delete(record.path);
    this.byPath.set(record.path, record);
    addTo(this.byId, record.id, record.path);
    if (record.meta.url) addTo(this.byUrl, normalizeUrl(record.meta.url), record.path);
    this.catalogue?.add(catalogueDoc(record));
    this.version++;
  }

  remove(path: string): SourceRecord | undefined {
    const old = this.byPath.get(path);
    if (!old) return undefined;
    this.byPath.delete(path);
    removeFrom(this.byId, old.id, path);
    if (old.meta.url) removeFrom(this.byUrl, normalizeUrl(old.meta.url), path);
    this.catalogue?.discard(path);
    this.version++;
    return old;
  }

  /** Records that a path some draft points to does not exist (or is not a file). */
  setMissing(path: string, reason = 'The file does not exist.'): void {
    this.remove(path);
    this.missing.set(path, reason);
    this.version++;
  }

  forget(path: string): void {
    if (this.missing.delete(path)) this.version++;
    this.remove(path);
  }

  get(path: string): SourceRecord | undefined {
    return this.byPath.get(path);
  }
  missingReason(path: string): string | undefined {
    return this.missing.get(path);
  }
  isKnown(path: string): boolean {
    return this.byPath.has(path) || this.missing.has(path);
  }
  /** Sources with this id, in path order (the first is the one a key resolves to). */
  getById(id: string): SourceRecord[] {
    return this.lookup(this.byId.get(id));
  }
  getByUrl(url: string): SourceRecord[] {
    return this.lookup(this.byUrl.get(normalizeUrl(url)));
  }
  all(): SourceRecord[] {
    return [...this.byPath.values()];
  }

  /** Ranks sources against free text (a sentence, or what a user typed). */
  search(query: string, limit = 50): { record: SourceRecord; score: number }[] {
    const cat = this.ensureCatalogue();
    const hits = cat.search(query, { combineWith: 'OR', prefix: (t) => t.length > 3, boost: { title: 3, sourceId: 2, author: 2 } });
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
      this.catalogue = new MiniSearch<CatalogueDoc>({
        fields: ['title', 'author', 'sourceId', 'lead'],
        processTerm: (term) => {
          const t = term.toLowerCase();
          return isStopword(t) ? null : stem(t);
        },
      });
      this.catalogue.addAll([...this.byPath.values()].map(catalogueDoc));
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
