/**
 * Save Source from URL, the pure parts: which definitions are only a web
 * address, the saved file's name and front matter, and the edit that points
 * the definition at the saved copy. Fetching and writing are the host's
 * (server/src/node/fetchSource.ts).
 */
import { stringify } from 'yaml';
import type { Definition, DraftModel } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import * as posix from 'node:path/posix';
import { Resolver, definitionTarget } from './resolve';
import { citationAt } from './hover';
import { relativeName } from './names';
import type { TextEditOffsets } from './insertCitation';

/** A reference definition whose destination is a web address no saved source has. */
export interface UrlDefinition {
  label: string;
  url: string;
  definition: Definition;
}

/** The definitions of the draft that are only a web address (those `no-saved-copy` is about), in draft order. */
export function urlDefinitions(draftPath: string, draft: DraftModel, sources: SourceIndex, roots: string[]): UrlDefinition[] {
  const resolver = new Resolver(draftPath, draft, sources, roots);
  const out: UrlDefinition[] = [];
  const seen = new Set<string>();
  for (const d of draft.definitions) {
    if (seen.has(d.identifier)) continue;
    seen.add(d.identifier);
    const r = resolver.resolveDefinition(d);
    if (r.status === 'no-saved-copy' && /^https?:\/\//i.test(r.url)) out.push({ label: d.label, url: r.url, definition: d });
  }
  return out;
}

/** The definition of `label` when its destination is a web address (saved or not). */
export function urlDefinitionOf(draftPath: string, draft: DraftModel, roots: string[], label: string): UrlDefinition | undefined {
  const id = label.replace(/\s+/g, ' ').trim().toLowerCase();
  const d = draft.definitions.find((x) => x.identifier === id);
  if (!d) return undefined;
  const t = definitionTarget(draftPath, d.url, roots);
  return t.kind === 'url' && /^https?:\/\//i.test(t.value) ? { label: d.label, url: t.value, definition: d } : undefined;
}

/** The url definition at `offset`: on the definition itself, or on a marker whose reference it defines. */
export function urlDefinitionAt(draftPath: string, draft: DraftModel, sources: SourceIndex, roots: string[], offset: number): UrlDefinition | undefined {
  const all = urlDefinitions(draftPath, draft, sources, roots);
  const onDef = all.find((u) => offset >= u.definition.range.start && offset <= u.definition.range.end);
  if (onDef) return onDef;
  const citation = citationAt(draft, offset);
  if (!citation) return undefined;
  const ref = citation.refs.find((r) => offset >= r.range.start && offset <= r.range.end) ?? citation.refs[0];
  const id = ref?.label.toLowerCase().replace(/\s+/g, ' ');
  return all.find((u) => u.definition.identifier === id) ?? all.find((u) => citation.refs.some((r) => r.label.toLowerCase() === u.definition.identifier));
}

/** A file name for a saved page: its title (else the address's last part, else its host) in lower-case ASCII words joined by "-". */
export function sourceSlug(title: string | undefined, url: string): string {
  const words = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  let slug = title ? words(title) : '';
  if (!slug) {
    let u: URL | undefined;
    try {
      u = new URL(url);
    } catch {
      u = undefined;
    }
    const last = u?.pathname.split('/').filter(Boolean).pop()?.replace(/\.[a-z0-9]{1,5}$/i, '') ?? '';
    let decoded = last;
    try {
      decoded = decodeURIComponent(last);
    } catch {
      // A malformed escape: the raw text is used.
    }
    slug = words(decoded) || words(u?.hostname.replace(/^www\./, '') ?? '') || 'source';
  }
  // At most 60 characters, cut at a word.
  if (slug.length > 60) {
    const cut = slug.slice(0, 61);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, 60);
  }
  return slug;
}

/** `slug.ext`, or `slug-2.ext`, `slug-3.ext`… past the names `taken` (never an existing file). */
export function freeFileName(slug: string, ext: string, taken: (name: string) => boolean, limit = 100): string | undefined {
  for (let i = 1; i <= limit; i++) {
    const name = `${slug}${i === 1 ? '' : `-${i}`}.${ext}`;
    if (!taken(name)) return name;
  }
  return undefined;
}

export interface SavedMeta {
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url: string;
  /** When the page was fetched (ISO date-time). */
  retrieved: string;
}

/** The markdown file of a saved page: YAML front matter (title, author, publisher, date, url, retrieved) and the article as markdown. */
export function savedSourceText(meta: SavedMeta, body: string): string {
  const fields: Record<string, string> = {};
  for (const k of ['title', 'author', 'publisher', 'date', 'url', 'retrieved'] as const) {
    const v = meta[k]?.replace(/\s+/g, ' ').trim();
    if (v) fields[k] = v;
  }
  const yaml = stringify(fields, { lineWidth: 0 });
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${yaml}---\n\n${text}\n`;
}

/**
 * The edit that points the definition at the saved file (relative to the draft), keeping its title,
 * or giving it the page's title when it has none: `[4]: https://…` becomes `[4]: ../sources/page.md "Title"`.
 */
export function repointDefinitionEdit(draftPath: string, draft: DraftModel, def: UrlDefinition, savedPath: string, title: string | undefined): TextEditOffsets | undefined {
  const rel = relativeName(savedPath, draftPath);
  const dest = /[\s()<>]/.test(rel) ? `<${rel}>` : rel;
  const d = def.definition;
  // The destination as written (in angle brackets or not), found after the label's "]:".
  const raw = draft.text.slice(d.range.start, d.range.end);
  const colon = raw.indexOf(']:');
  const m = colon === -1 ? null : /^\s*(<[^>]*>|\S+)/.exec(raw.slice(colon + 2));
  if (!m) return undefined;
  const start = d.range.start + colon + 2 + m[0].length - m[1].length;
  const edit: TextEditOffsets = { start, end: start + m[1].length, newText: dest };
  if (!d.title && title?.trim()) edit.newText += ` "${title.replace(/\s+/g, ' ').trim().replace(/"/g, '\\"')}"`;
  return edit;
}

/** The folder a saved page goes to: that of the local sources the draft already cites, else `sources/` in the draft's workspace root (or beside the draft). */
export function saveFolder(draftPath: string, draft: DraftModel, sources: SourceIndex, roots: string[]): string {
  const counts = new Map<string, number>();
  for (const d of draft.definitions) {
    const t = definitionTarget(draftPath, d.url, roots);
    if (t.kind !== 'path' || !sources.get(t.value)) continue;
    const dir = posix.dirname(t.value);
    if (roots.length && !roots.some((r) => dir === r || dir.startsWith(r + '/'))) continue;
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const root = roots.filter((r) => draftPath.startsWith(r + '/')).sort((a, b) => b.length - a.length)[0];
  return posix.join(root ?? posix.dirname(draftPath), 'sources');
}

/** The quick fix on a `no-saved-copy` diagnostic at `offset`, as plain data: the host runs the command with `{ label }`. */
export function saveSourceAction(draftPath: string, draft: DraftModel, sources: SourceIndex, roots: string[], offset: number): { title: string; command: 'cited.saveSourceFromUrl'; label: string; url: string } | undefined {
  const def = urlDefinitionAt(draftPath, draft, sources, roots, offset);
  if (!def) return undefined;
  return { title: `Save a copy of ${def.url} as a source`, command: 'cited.saveSourceFromUrl', label: def.label, url: def.url };
}
