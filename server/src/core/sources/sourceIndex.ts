/**
 * All sources Cited knows: by path, by id (pandoc key) and by url, plus the
 * paths known not to exist. A MiniSearch catalogue over titles, authors, ids
 * and leads ranks sources for pickers; it is built on first use and kept in
 * step with every change after that. Beside it, the words each source's full
 * text uses most (`TEXT_TERMS` of them), so that what a writer types finds a
 * source by what its body is about (`searchText`).
 */
import MiniSearch from 'minisearch';
import { stem, isStopword, tokenize } from '../text';
import { fileOf, type SourceRecord } from './sourceTypes';
import { shareText, sourceText } from './readSource';
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
    if (this.textTerms) this.textTerms.add(record);
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
    this.textTerms?.remove(path);
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
   * Builds the search catalogue ahead of the first search, then the full-text words, in chunks that
   * leave the host free to answer requests between them. Kept up to date after. A search meanwhile
   * uses what is built so far (a catalogue of the sources added up to then) rather than building
   * its own at once; a change meanwhile starts the build again once it is done. `step` is awaited
   * between chunks: the host's way of letting its requests go first (a timer by default).
   */
  prepareSearch(step: () => Promise<unknown> = () => new Promise((resolve) => setTimeout(resolve, 0))): Promise<void> {
    if (this.catalogue && this.textTerms) return Promise.resolve();
    if (this.preparing) return this.preparing;
    const version = this.version;
    const records = this.citable();
    // A full-text search before the words are read finds what is read so far (nothing, at first).
    if (!this.textTerms) this.partialText = new TextTerms();
    this.preparing = (async () => {
      if (!this.catalogue) {
        const cat = newCatalogue();
        const terms = new Map<string, number>();
        this.partial = { cat, terms };
        // Small steps (a few milliseconds each), so hovers and edits are answered in between.
        for (let i = 0; i < records.length; i += 10) {
          const chunk = records.slice(i, i + 10);
          cat.addAll(chunk.map(catalogueDoc));
          for (const r of chunk) countTerms(terms, r, 1);
          await step();
        }
        this.partial = undefined;
        // A change meanwhile would be missing from it.
        if (this.catalogue || this.version !== version) return;
        this.catalogue = cat;
        this.termSources = terms;
      }
      if (!this.textTerms) {
        const text = (this.partialText ??= new TextTerms());
        // Steps of about two milliseconds: counting a long text's words takes longer than adding a catalogue entry.
        for (let i = 0; i < records.length; ) {
          const until = Date.now() + 2;
          do text.add(records[i++]);
          while (i < records.length && Date.now() < until);
          await step();
        }
        this.partialText = undefined;
        if (this.textTerms || this.version !== version) return;
        this.textTerms = text;
      }
    })().then(() => {
      this.preparing = undefined;
      if (!this.catalogue || !this.textTerms) void this.prepareSearch(step);
    });
    return this.preparing;
  }
  private preparing: Promise<void> | undefined;
  /** The catalogue being built by prepareSearch, searched until it is done. */
  private partial: { cat: MiniSearch<CatalogueDoc>; terms: Map<string, number> } | undefined;
  /** The full-text words: built by prepareSearch (or at the first searchText), kept in step after. */
  private textTerms: TextTerms | undefined;
  private partialText: TextTerms | undefined;

  /**
   * The sources whose full text uses a word starting with each word of `query` (or its stem) among
   * its most used words: the paths, for what a writer types after `[@`. Words under four letters
   * match nothing here (they would match almost every source).
   */
  searchText(query: string): Set<string> {
    const terms = this.textTerms ?? this.partialText ?? (this.textTerms = TextTerms.of(this.citable()));
    return terms.search(query);
  }

  /** In how many sources' catalogue text (title, author, id, lead) each stem occurs; kept with the catalogue. */
  private termSources = new Map<string, number>();

  /**
   * A sentence as a query of its few most telling words: those in the fewest sources (and in some),
   * at most `keep`. A search walks, for each query word, every source that holds it, so a sentence's
   * query is also held to QUERY_POSTINGS such sources in all: past that, the words held by the most
   * sources are left out (the rarest word always stays). Those are the words that tell least (ranking
   * weighs a word held by most sources little), as a search engine's cut-off of common terms does. A
   * query of `keep` words or fewer (what a writer typed) is searched as it is.
   */
  private tellingWords(query: string, keep = 6): string {
    const words = new Map<string, string>();
    for (const t of tokenize(query)) if (!isStopword(t.word) && !words.has(t.stem)) words.set(t.stem, t.word);
    // A few words (what a writer typed) are searched as they are.
    if (words.size <= keep) return query;
    const held = [...words].filter(([st]) => this.termSources.has(st)).sort((a, b) => this.termSources.get(a[0])! - this.termSources.get(b[0])!);
    const kept: string[] = [];
    let postings = 0;
    for (const [st, word] of held) {
      const n = this.termSources.get(st)!;
      if (kept.length >= keep || (kept.length > 0 && postings + n > QUERY_POSTINGS)) break;
      kept.push(word);
      postings += n;
    }
    return kept.join(' ');
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

  /** Whether searches see every source (not a catalogue still being built, whose answers a caller should not keep). */
  get searchComplete(): boolean {
    return !!this.catalogue || !this.partial;
  }

  private ensureCatalogue(): MiniSearch<CatalogueDoc> {
    if (!this.catalogue && this.partial) {
      this.termSources = this.partial.terms;
      return this.partial.cat;
    }
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

/** How many of its most used words each source's full text is found by. */
export const TEXT_TERMS = 64;
/** Words matched by prefix are looked up in buckets by their first letters. */
const BUCKET = 3;
/** A typed word shorter than this finds nothing by full text: three letters begin a word of almost every text. */
const TEXT_QUERY_MIN = 4;
const TEXT_WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words each source's full text uses most (stop words and words under three letters left out),
 * and which sources use each: a small index for finding a source by what its body is about. Words
 * are kept as written (lower case), so a prefix of a word being typed finds them.
 */
class TextTerms {
  private readonly bySource = new Map<string, string[]>();
  private readonly byWord = new Map<string, Set<string>>();
  private readonly buckets = new Map<string, Set<string>>();

  static of(records: SourceRecord[]): TextTerms {
    const t = new TextTerms();
    for (const r of records) t.add(r);
    return t;
  }

  add(record: SourceRecord): void {
    this.remove(record.path);
    if (!record.readable || record.format === 'bibliography') return;
    const words = topWords(bodyText(record), TEXT_TERMS);
    this.bySource.set(record.path, words);
    for (const w of words) {
      let paths = this.byWord.get(w);
      if (!paths) {
        this.byWord.set(w, (paths = new Set()));
        const b = w.slice(0, BUCKET);
        let bucket = this.buckets.get(b);
        if (!bucket) this.buckets.set(b, (bucket = new Set()));
        bucket.add(w);
      }
      paths.add(record.path);
    }
  }

  remove(path: string): void {
    const words = this.bySource.get(path);
    if (!words) return;
    this.bySource.delete(path);
    for (const w of words) {
      const paths = this.byWord.get(w);
      if (!paths) continue;
      paths.delete(path);
      if (paths.size === 0) {
        this.byWord.delete(w);
        const bucket = this.buckets.get(w.slice(0, BUCKET));
        bucket?.delete(w);
        if (bucket?.size === 0) this.buckets.delete(w.slice(0, BUCKET));
      }
    }
  }

  /** The sources holding, for every word of the query, a word it (or its stem) starts. */
  search(query: string): Set<string> {
    let found: Set<string> | undefined;
    for (const m of query.toLowerCase().matchAll(TEXT_WORD)) {
      const typed = m[0];
      if (typed.length < TEXT_QUERY_MIN) continue;
      const prefixes = new Set([typed, stem(typed)].filter((p) => p.length >= BUCKET));
      const hits = new Set<string>();
      for (const prefix of prefixes) {
        for (const w of this.buckets.get(prefix.slice(0, BUCKET)) ?? []) {
          if (!w.startsWith(prefix)) continue;
          for (const p of this.byWord.get(w)!) if (!found || found.has(p)) hits.add(p);
        }
      }
      found = hits;
      if (found.size === 0) break;
    }
    return found ?? new Set();
  }
}

/** A source's text for its words: a markdown source's file as it is (no parse: markup adds few words), else its extracted text. */
function bodyText(r: SourceRecord): string {
  // Front matter is metadata ("title:", "author:", a url), already searched as such: its keys are not what the text is about.
  return r.format === 'markdown' ? r.raw.replace(FRONT_MATTER_RE, '') : sourceText(r).text;
}
const FRONT_MATTER_RE = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** How much of a source's text its words are counted in: what a text is about shows early, and a book costs no more than an article. */
const TEXT_TERMS_CHARS = 50_000;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** The `n` words a text uses most (in its first TEXT_TERMS_CHARS characters), most used first (ties by first use). */
function topWords(text: string, n: number): string[] {
  const counts = new Map<string, number>();
  for (const w of text.slice(0, TEXT_TERMS_CHARS).toLowerCase().split(NON_WORD)) {
    if (w.length >= BUCKET) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words: [string, number][] = [];
  for (const e of counts) if (!isStopword(e[0])) words.push(e);
  return words
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([w]) => w);
}

/** The most sources a catalogue search walks in all (`tellingWords`): about 4 ms of MiniSearch per 6,000. */
const QUERY_POSTINGS = 8_000;

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
