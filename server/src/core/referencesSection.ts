/**
 * Generate References Section: a `## References` list of the sources a draft cites (title,
 * author and publisher, date, url), in order of first citation, written where the section already
 * is or else before the draft's trailing reference definitions (or at its end). The same entries
 * feed the markdown preview's list and its tooltips.
 *
 * Source text is escaped for markdown, and a numeric entry's label is written `\[1\]`, so the list
 * holds no citation marker, link or HTML of its own. Running it again changes nothing.
 */
import { fileOf } from './sources/sourceTypes';
import type { DraftModel } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import { Resolver } from './resolve';
import type { TextEditOffsets } from './insertCitation';
import type { OffsetRange } from './text';
import { makeExclusionTest } from './draft/citationScanner';

export interface ReferenceEntry {
  /** The marker's number (numeric drafts) or the pandoc key. */
  label: string;
  kind: 'numeric' | 'key';
  title: string;
  /** Author and publisher, as the source gives them. */
  byline?: string;
  date?: string;
  url?: string;
  /** The source file, when the citation resolves to one. */
  path?: string;
  /** Why the source could not be read or found, when it could not. */
  problem?: string;
}

const HEADING = 'References';
const HEADING_RE = /^(#{1,6})[ \t]+References[ \t]*#*[ \t]*$/gim;

/** The sources the draft cites, one entry per number (numeric) or per source (keys), in order of first citation. */
export function referenceEntries(draftPath: string, draft: DraftModel, sources: SourceIndex, roots: string[], skip?: OffsetRange): ReferenceEntry[] {
  const resolver = new Resolver(draftPath, draft, sources, roots);
  const out: ReferenceEntry[] = [];
  const seen = new Set<string>();
  for (const c of draft.citations) {
    if (c.link || c.ambiguous || (skip && c.range.start >= skip.start && c.range.start < skip.end)) continue;
    for (const ref of c.refs) {
      const res = resolver.resolve(c, ref);
      if (res.status === 'undefined') continue;
      const key = c.kind === 'numeric' ? 'n:' + ref.label : 'path:' + ('source' in res ? res.source.path : ref.label);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry: ReferenceEntry = { label: ref.label, kind: c.kind === 'numeric' ? 'numeric' : 'key', title: ref.label };
      if (res.status === 'ok' || res.status === 'unreadable') {
        const m = res.source.meta;
        entry.title = m.title ?? res.source.id;
        const by = [...new Set([m.author, m.publisher].filter((s): s is string => !!s))];
        if (by.length) entry.byline = by.join(', ');
        if (m.date) entry.date = m.date;
        if (m.url) entry.url = m.url;
        entry.path = fileOf(res.source);
        if (res.status === 'unreadable') entry.problem = 'unreadable';
      } else if (res.status === 'no-saved-copy') {
        entry.title = res.url;
        entry.url = res.url;
        entry.problem = 'no saved copy';
      } else {
        entry.title = res.definition.url;
        entry.problem = res.status === 'missing' ? 'missing' : res.status === 'outside' ? 'outside the workspace' : 'not read yet';
      }
      out.push(entry);
    }
  }
  return out;
}

/** Escapes text for a markdown line: no emphasis, link, marker, citation key or HTML can come of it. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>@&~|!#]/g, (c) => '\\' + c);
}

/** One list item of the section. */
export function entryLine(e: ReferenceEntry): string {
  const parts: string[] = [];
  const lead = e.kind === 'numeric' ? `\\[${e.label}\\] ` : '';
  if (e.problem === 'no saved copy' && e.url) return `- ${lead}${link(e.url)}`;
  parts.push(e.problem && !e.path ? escapeInline(e.title) : `*${escapeInline(e.title)}*`);
  const tail = [e.byline, e.date].filter(Boolean).map((s) => escapeInline(s!)).join(', ');
  if (tail) parts.push(tail);
  if (e.url) parts.push(link(e.url));
  let line = `- ${lead}${parts.join('. ')}`;
  if (e.problem && !e.path) line += ` (${e.problem})`;
  return line;
}

/** A web address as an autolink; anything else (a `javascript:` address, one with spaces) as text. */
function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : escapeInline(url);
}

export interface ReferencesPlan {
  entries: ReferenceEntry[];
  /** The edit that writes the section; undefined when the section is already as it would be written, or nothing is cited. */
  edit?: TextEditOffsets;
}

/** The edit that writes or updates the draft's References section. */
export function planReferencesSection(draftPath: string, draft: DraftModel, sources: SourceIndex, roots: string[]): ReferencesPlan {
  const text = draft.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const section = findSection(draft);
  const entries = referenceEntries(draftPath, draft, sources, roots, section?.range);
  if (entries.length === 0) return { entries };
  const list = entries.map(entryLine).join(eol);
  if (section) {
    const after = section.range.end < text.length ? eol : '';
    const newText = `${section.heading}${eol}${eol}${list}${eol}${after}`;
    if (text.slice(section.range.start, section.range.end) === newText) return { entries };
    return { entries, edit: { ...section.range, newText } };
  }
  const heading = `## ${HEADING}`;
  const at = trailingDefinitionsStart(draft);
  if (at !== undefined) {
    const before = text.slice(0, at);
    const pad = before.endsWith(eol + eol) || before.length === 0 ? '' : before.endsWith(eol) ? eol : eol + eol;
    return { entries, edit: { start: at, end: at, newText: `${pad}${heading}${eol}${eol}${list}${eol}${eol}` } };
  }
  const trimmed = text.replace(/\s+$/, '');
  const lead = trimmed.length ? eol + eol : '';
  return { entries, edit: { start: trimmed.length, end: text.length, newText: `${lead}${heading}${eol}${eol}${list}${eol}` } };
}

/**
 * The draft's References section: its heading line, and its range up to the next heading of the same
 * or a higher level, the trailing reference definitions, or the end.
 */
function findSection(draft: DraftModel): { heading: string; range: OffsetRange } | undefined {
  const text = draft.text;
  const excluded = makeExclusionTest(draft.excluded);
  HEADING_RE.lastIndex = 0;
  for (const m of text.matchAll(HEADING_RE)) {
    if (excluded(m.index!)) continue;
    const level = m[1].length;
    const bodyStart = m.index! + m[0].length;
    let end = text.length;
    const next = new RegExp(`^#{1,${level}}[ \\t]`, 'gm');
    next.lastIndex = bodyStart;
    for (let n = next.exec(text); n; n = next.exec(text)) {
      if (!excluded(n.index)) {
        end = n.index;
        break;
      }
    }
    const defs = trailingDefinitionsStart(draft);
    if (defs !== undefined && defs > bodyStart && defs < end) end = defs;
    return { heading: m[0].replace(/\r$/, ''), range: { start: m.index!, end } };
  }
  return undefined;
}

/** Where the block of reference definitions that ends the draft starts (at a line start), if it ends with one. */
function trailingDefinitionsStart(draft: DraftModel): number | undefined {
  const text = draft.text;
  const defs = [...draft.definitions].sort((a, b) => a.range.start - b.range.start);
  let start: number | undefined;
  let end = text.length;
  for (let i = defs.length - 1; i >= 0; i--) {
    if (text.slice(defs[i].range.end, end).trim() !== '') break;
    const lineStart = text.lastIndexOf('\n', defs[i].range.start - 1) + 1;
    if (text.slice(lineStart, defs[i].range.start).trim() !== '') break;
    start = lineStart;
    end = lineStart;
  }
  return start;
}
