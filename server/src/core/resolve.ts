/** Resolves the references of a draft's citations to sources. */
import * as posix from 'node:path/posix';
import type { Definition, DraftModel } from './draft/parseDraft';
import type { Citation, CitationRef } from './draft/citationScanner';
import { normalizeUrl, type SourceIndex } from './sources/sourceIndex';
import type { SourceRecord } from './sources/sourceTypes';
import { escapeRegExp } from './text';

export type Resolution =
  | { status: 'ok'; source: SourceRecord; definition?: Definition; alternatives: number }
  | { status: 'unreadable'; source: SourceRecord; definition?: Definition }
  | { status: 'missing'; path: string; reason: string; definition: Definition }
  | { status: 'outside'; path: string; reason: string; definition: Definition }
  | { status: 'pending'; path: string; definition: Definition }
  | { status: 'no-saved-copy'; url: string; definition: Definition }
  | { status: 'undefined' };

export interface Target {
  kind: 'path' | 'url';
  value: string;
}

/**
 * The targets worked out lately, by the draft's folder and the destination, for the roots last
 * used: a workspace's drafts name the same sources from the same folders, and each definition is
 * resolved several times. Targets handed out are frozen, as they are shared.
 */
let targets = new Map<string, Map<string, Readonly<Target>>>();
let targetRoots: string[] = [];
let targetCount = 0;

/** What a definition's destination names: a file (absolute path) or a web address. */
export function definitionTarget(draftPath: string, url: string, roots: string[]): Readonly<Target> {
  if (roots.length !== targetRoots.length || roots.some((r, i) => r !== targetRoots[i])) {
    targets = new Map();
    targetCount = 0;
    targetRoots = [...roots];
  }
  const dir = draftPath.slice(0, draftPath.lastIndexOf('/') + 1);
  let byUrl = targets.get(dir);
  if (!byUrl) targets.set(dir, (byUrl = new Map()));
  let t = byUrl.get(url);
  if (!t) {
    if (targetCount >= 20_000) {
      targets = new Map([[dir, (byUrl = new Map())]]);
      targetCount = 0;
    }
    t = Object.freeze(targetOf(draftPath, url, roots));
    byUrl.set(url, t);
    targetCount++;
  }
  return t;
}

function targetOf(draftPath: string, url: string, roots: string[]): Target {
  const u = url.trim();
  if (/^file:\/\//i.test(u)) return { kind: 'path', value: decodePath(u.replace(/^file:\/\/(localhost)?/i, '')) };
  if (/^[a-z][a-z0-9+.-]*:/i.test(u) && !/^[a-z]:[\\/]/i.test(u)) return { kind: 'url', value: u };
  const clean = decodePath(u.replace(/[?#].*$/, '')).replace(/\\/g, '/');
  if (/^[a-z]:\//i.test(clean)) return { kind: 'path', value: clean };
  if (clean.startsWith('/')) {
    // A leading slash means the workspace root, as in most static-site tools, unless it is already below one.
    const root = roots.find((r) => clean.startsWith(r + '/'));
    return { kind: 'path', value: root || roots.length === 0 ? posix.normalize(clean) : posix.join(roots[0], clean) };
  }
  return { kind: 'path', value: posix.resolve(posix.dirname(draftPath), clean) };
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** What each definition's destination resolved to, by the draft's folder and the destination, for a version of an index and roots. */
const resolvedOf = new WeakMap<SourceIndex, { version: number; roots: string[]; byUrl: Map<string, Resolution> }>();

export class Resolver {
  private readonly defs = new Map<string, Definition>();
  constructor(
    private readonly draftPath: string,
    private readonly draft: DraftModel,
    private readonly sources: SourceIndex,
    private readonly roots: string[],
  ) {
    for (const d of draft.definitions) if (!this.defs.has(d.identifier)) this.defs.set(d.identifier, d);
  }

  definition(label: string): Definition | undefined {
    return this.defs.get(label.toLowerCase());
  }

  resolve(citation: Citation, ref: CitationRef): Resolution {
    if (citation.kind === 'numeric') {
      const def = this.definition(ref.label);
      return def ? this.resolveDefinition(def) : { status: 'undefined' };
    }
    const found = this.sources.getById(ref.label);
    if (found.length === 0) return { status: 'undefined' };
    const source = found[0];
    return source.readable ? { status: 'ok', source, alternatives: found.length - 1 } : { status: 'unreadable', source };
  }

  resolveDefinition(def: Definition): Resolution {
    // Each definition is resolved for every marker with its label, by every check of every edit: kept per version of the index.
    let kept = resolvedOf.get(this.sources);
    if (!kept || kept.version !== this.sources.version || kept.roots !== this.roots) resolvedOf.set(this.sources, (kept = { version: this.sources.version, roots: this.roots, byUrl: new Map() }));
    const dir = this.draftPath.slice(0, this.draftPath.lastIndexOf('/') + 1);
    const key = dir + '\u0000' + def.url;
    let r = kept.byUrl.get(key);
    if (!r) {
      if (kept.byUrl.size >= 20_000) kept.byUrl.clear();
      kept.byUrl.set(key, (r = this.resolveTarget(def)));
    }
    return r.status === 'undefined' ? r : { ...r, definition: def };
  }

  private resolveTarget(def: Definition): Resolution {
    const target = definitionTarget(this.draftPath, def.url, this.roots);
    if (target.kind === 'url') {
      const found = this.sources.getByUrl(target.value);
      if (found.length === 0) return { status: 'no-saved-copy', url: target.value, definition: def };
      const source = found[0];
      return source.readable
        ? { status: 'ok', source, definition: def, alternatives: found.length - 1 }
        : { status: 'unreadable', source, definition: def };
    }
    // Checked before the index: a file read while reading outside was allowed is not shown once it is not.
    const outside = this.sources.outsideReason(target.value);
    if (outside !== undefined) return { status: 'outside', path: target.value, reason: outside, definition: def };
    const source = this.sources.get(target.value);
    if (source) return source.readable ? { status: 'ok', source, definition: def, alternatives: 0 } : { status: 'unreadable', source, definition: def };
    const reason = this.sources.missingReason(target.value);
    if (reason !== undefined) return { status: 'missing', path: target.value, reason, definition: def };
    return { status: 'pending', path: target.value, definition: def };
  }
}


/**
 * Whether a draft's text can cite `record` at all: it names the source's file (as written or
 * percent-encoded), its key after "@", or its web address (the path, or the host of a bare site).
 * A draft that does not, cannot resolve a marker to it and need not be parsed to find out. Names
 * are matched whole: "s12.md" is not in "s112.md", nor key "smith" in "@smith2020".
 */
export function mayCite(text: string, record: SourceRecord): boolean {
  const file = posix.basename(record.path);
  for (const name of new Set([file, encodeURIComponent(file), encodeURI(file)])) {
    if (text.includes(name) && new RegExp(`(?<![\\w.%-])${escapeRegExp(name)}(?![\\w-]|\\.\\w)`, 'u').test(text)) return true;
  }
  if (record.id && text.includes(record.id) && new RegExp(`@\\{?${escapeRegExp(record.id)}(?![\\w]|[:.#$%&+?<>~/-]\\w)`, 'u').test(text)) return true;
  if (record.meta.url) {
    const url = normalizeUrl(record.meta.url);
    const slash = url.indexOf('/');
    const where = slash === -1 ? '' : url.slice(slash).split('?')[0];
    if (where) return text.includes(where);
    return new RegExp(`(?<![\\w.-])(?:www\\.)?${escapeRegExp(url.split('?')[0])}(?![\\w.-]*\\w)`, 'iu').test(text);
  }
  return false;
}

/** The characters of a name as `mayCite` reads it whole (a file name, a key, a path segment). */
const NAME_RUN = /[\w.%-]+/g;
const NAME_START = /^[\w.%-]/;

/**
 * The runs of name characters in a draft's text, sorted, for `mayCiteRuns`: computed once per
 * text (0.2 ms for 10 KB, in the server's background steps), they answer for any source in a
 * binary search instead of a scan of the text.
 */
export function nameRuns(text: string): string[] {
  return [...new Set(text.match(NAME_RUN) ?? [])].sort();
}

/** Whether some run starts with `prefix` (`runs` sorted). */
function runStartsWith(runs: string[], prefix: string): boolean {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < runs.length && runs[lo].startsWith(prefix);
}

/**
 * `mayCite` for a text whose `nameRuns` are given: the same answer, found without reading the text
 * when no run could start a name of the source. Each way `mayCite` finds a name begins it after a
 * character that is no name character ("/", "@", "{", a space), so the name's leading name
 * characters start a run; a name that does not begin with one is looked for in the text itself.
 */
export function mayCiteRuns(text: string, runs: string[], record: SourceRecord): boolean {
  const could = (name: string): boolean => {
    if (!NAME_START.test(name)) return true;
    const lead = /^[\w.%-]+/.exec(name)![0];
    return runStartsWith(runs, lead);
  };
  const file = posix.basename(record.path);
  const names = [file, encodeURIComponent(file), encodeURI(file)];
  let possible = names.some(could) || (!!record.id && could(record.id));
  if (!possible && record.meta.url) {
    const url = normalizeUrl(record.meta.url);
    const slash = url.indexOf('/');
    const where = slash === -1 ? '' : url.slice(slash).split('?')[0];
    // A path after "/" starts a run at its first segment; a bare host is looked for in the text.
    possible = !where || where.length < 2 || could(where.slice(1));
  }
  return possible && mayCite(text, record);
}

