/**
 * Bibliographies: BibTeX/BibLaTeX (.bib), CSL-JSON and CSL-YAML. Every entry is a source of its
 * own, keyed by its citation key: its path is "<file>#<key>", its `file` the bibliography (or,
 * once the host has read it, the file its `file` field attaches), its text the abstract and notes
 * (or the attached file's, see `SourceIndex.getById`). An entry with none is "metadata only".
 *
 * A .bib file is cut into entries at each "@type{" that starts a line, and each entry is parsed on
 * its own (with the file's @string macros), so one bad entry is reported at its line and hides no
 * other. BibTeX is read by citation-js (`@citation-js/plugin-bibtex`, to CSL); CSL-JSON and
 * CSL-YAML are CSL already and are read with `yaml` (JSON is YAML), which keeps each entry's place.
 */
import * as posix from 'node:path/posix';
import { plugins, logger } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parseDocument, isSeq, isMap, type Node as YamlNode } from 'yaml';
import { LineIndex, type OffsetRange } from '../text';
import { withText } from './readSource';
import { TextBuilder, extensionOf, fileStem, metaString, type SourceMeta, type SourceProblem, type SourceRecord } from './sourceTypes';

export interface BibliographyRead {
  /** The bibliography file itself: not citable; carries the problems of bad entries. */
  container: SourceRecord;
  entries: SourceRecord[];
}

/** Formats an attached file may have to back an entry. */
const ATTACHABLE = new Set(['pdf', 'html', 'htm', 'md', 'markdown', 'txt', 'docx']);

type Csl = Record<string, unknown>;

interface RawEntry {
  key: string;
  csl: Csl;
  /** The entry in the file. */
  range: OffsetRange;
  /** Where each text field's value starts in the file. */
  fieldAt: Record<string, number>;
  /** The `file` field as written (BibTeX). */
  fileField?: string;
}

/** Whether `raw`, from a .json file, is CSL-JSON (a list of items with `id` and `type`) rather than an article export. */
export function isCslJson(raw: string): boolean {
  if (!/^\s*[[{]/.test(raw) || !/"id"\s*:/.test(raw.slice(0, 5000))) return false;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return false; // broken JSON: the article reader repairs what it can
  }
  const items = cslItems(data);
  return !!items && items.length > 0 && items.filter((i) => isCslItem(i)).length >= Math.ceil(items.length / 2);
}

function cslItems(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    for (const k of ['references', 'items']) if (Array.isArray(o[k])) return o[k] as unknown[];
  }
  return undefined;
}

function isCslItem(i: unknown): boolean {
  return !!i && typeof i === 'object' && !Array.isArray(i) && (typeof (i as Csl).id === 'string' || typeof (i as Csl).id === 'number') && typeof (i as Csl).type === 'string';
}

/** Reads a bibliography into its entries; undefined when `raw` is no bibliography (a .json that is not CSL). Never throws. */
export function readBibliography(path: string, raw: string): BibliographyRead | undefined {
  const ext = extensionOf(path);
  if (ext === 'json' && !isCslJson(raw)) return undefined;
  const problems: SourceProblem[] = [];
  let entries: RawEntry[] = [];
  try {
    entries = ext === 'bib' || ext === 'bibtex' ? readBibtex(raw, problems) : readCsl(raw, problems);
  } catch (e) {
    // The readers catch per entry; this guards the index against the unknown.
    problems.push({ kind: 'unreadable', message: `The bibliography cannot be read: ${(e as Error).message}` });
  }
  const lines = new LineIndex(raw);
  const seen = new Map<string, RawEntry>();
  const records: SourceRecord[] = [];
  for (const e of entries) {
    const first = seen.get(e.key);
    if (first) {
      problems.push({ kind: 'repaired', message: `The key "${e.key}" is used twice; the first entry (line ${lines.positionAt(first.range.start).line + 1}) is the one cited.`, range: e.range });
      continue;
    }
    seen.set(e.key, e);
    records.push(entryRecord(path, raw, e));
  }
  if (entries.length === 0 && !problems.some((p) => p.kind === 'unreadable')) problems.push({ kind: 'unreadable', message: 'The bibliography holds no entries.' });
  const container: SourceRecord = {
    path,
    format: 'bibliography',
    id: fileStem(path),
    meta: { title: `${fileStem(path)} (${records.length} ${records.length === 1 ? 'entry' : 'entries'})` },
    problems: problems.sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0)),
    raw,
    lead: '',
    readable: false,
  };
  return { container, entries: records };
}

// ---- BibTeX ----

const ENTRY_START = /^[ \t]*@([A-Za-z]+)[ \t]*[{(]/gm;
const MAX_ENTRIES = 50_000;

function readBibtex(raw: string, problems: SourceProblem[]): RawEntry[] {
  const starts: { at: number; type: string }[] = [];
  for (const m of raw.matchAll(ENTRY_START)) {
    starts.push({ at: m.index! + m[0].indexOf('@'), type: m[1].toLowerCase() });
    if (starts.length > MAX_ENTRIES) break;
  }
  // @string macros are given to the parse of each entry that names them, as BibTeX would (only
  // those it names: a library of thousands of entries and macros must not parse them all each time).
  const macros: { name: string; text: string }[] = [];
  const chunks: { at: number; text: string }[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1].at : raw.length;
    const text = raw.slice(starts[i].at, end);
    if (starts[i].type === 'string') macros.push({ name: /^@string[ \t]*[{(][ \t\r\n]*([^\s=,{}()"#]+)/i.exec(text)?.[1]?.toLowerCase() ?? '', text });
    else if (starts[i].type !== 'comment' && starts[i].type !== 'preamble') chunks.push({ at: starts[i].at, text });
  }
  const out: RawEntry[] = [];
  for (const c of chunks) {
    // The macros the entry names, and those they name in turn (in file order, as BibTeX defines them).
    const words = new Set(macros.length ? wordsOf(c.text) : []);
    const used = new Set<number>();
    for (let grew = true; grew; ) {
      grew = false;
      macros.forEach((m, k) => {
        if (used.has(k) || !words.has(m.name)) return;
        used.add(k);
        for (const w of wordsOf(m.text)) words.add(w);
        grew = true;
      });
    }
    const prelude = macros
      .filter((_, k) => used.has(k))
      .map((m) => m.text)
      .join('\n');
    const keyMatch = /^@[A-Za-z]+[ \t]*[{(][ \t\r\n]*([^,\s{}()"=]+)[ \t\r\n]*,/.exec(c.text);
    const range = { start: c.at, end: c.at + c.text.trimEnd().length };
    if (!keyMatch) {
      problems.push({ kind: 'unreadable', message: `This entry has no citation key ("@type{key, …"), so it cannot be cited.`, range: { start: c.at, end: c.at + Math.min(c.text.length, firstLineLength(c.text)) } });
      continue;
    }
    const key = keyMatch[1];
    let csl: Csl | undefined;
    let error: string | undefined;
    try {
      const list = plugins.input.chain(prelude ? prelude + '\n' + c.text : c.text, { target: '@csl/list+object', generateGraph: false });
      csl = Array.isArray(list) ? (list as Csl[]).find((x) => x && (x['citation-key'] === key || x.id === key)) : undefined;
      if (!csl) error = 'no entry could be read from it';
    } catch (e) {
      error = String((e as Error).message ?? e).split('\n')[0].replace(/\s+at line \d+ col \d+:?\s*$/, '');
    } finally {
      logger._log.length = 0; // citation-js keeps every message it logs; the server runs for days
    }
    if (!csl) {
      problems.push({ kind: 'unreadable', message: `The entry @${key} cannot be read (${error}); check its braces, quotes and commas. The other entries are read.`, range: { start: c.at, end: c.at + firstLineLength(c.text) } });
      continue;
    }
    const fieldAt: Record<string, number> = {};
    let fileField: string | undefined;
    for (const m of c.text.matchAll(/\b(abstract|note|annote|annotation|file)[ \t]*=[ \t]*([{"])/gi)) {
      const name = m[1].toLowerCase();
      const valueStart = m.index! + m[0].length;
      fieldAt[name === 'annote' || name === 'annotation' ? 'annote' : name] ??= c.at + valueStart;
      if (name === 'file') fileField = fieldValue(c.text, valueStart, m[2]);
    }
    if (!csl.annote) {
      const annote = /\bannot(?:e|ation)[ \t]*=[ \t]*([{"])/i.exec(c.text);
      if (annote) csl.annote = fieldValue(c.text, annote.index + annote[0].length, annote[1]).replace(/[{}]/g, '');
    }
    out.push({ key, csl, range, fieldAt, fileField });
  }
  return out;
}

function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[^\s=,{}()"#]+/g) ?? [];
}

function firstLineLength(s: string): number {
  const nl = s.indexOf('\n');
  return (nl === -1 ? s.length : nl) || 1;
}

/** A braced or quoted field value starting at `from` (after its opening delimiter), as written. */
function fieldValue(text: string, from: number, open: string): string {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    const ch = text[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (open === '"' && ch === '"' && depth === 1) return text.slice(from, j);
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0 && open === '{') return text.slice(from, j);
    }
  }
  return text.slice(from);
}

// ---- CSL-JSON and CSL-YAML ----

const FENCE = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function readCsl(raw: string, problems: SourceProblem[]): RawEntry[] {
  // A CSL-YAML bibliography may be written as markdown front matter (pandoc's "references:").
  const fence = FENCE.exec(raw);
  const offset = fence ? fence[0].indexOf(fence[1]) : 0;
  const doc = parseDocument(fence ? fence[1] : raw, { logLevel: 'error', uniqueKeys: false });
  for (const err of doc.errors.slice(0, 5)) {
    const at = offset + (err.pos?.[0] ?? 0);
    problems.push({ kind: 'unreadable', message: `Invalid ${raw.trimStart().startsWith('[') || raw.trimStart().startsWith('{') ? 'JSON' : 'YAML'}: ${err.message.split('\n')[0]}`, range: { start: at, end: at + 1 } });
  }
  let list: YamlNode | null | undefined = doc.contents as YamlNode | null;
  if (isMap(list)) list = (list.get('references', true) ?? list.get('items', true)) as YamlNode | undefined;
  if (!isSeq(list)) {
    if (!doc.errors.length) problems.push({ kind: 'unreadable', message: 'No list of CSL entries found (a list of items, or "references:" with one).' });
    return [];
  }
  const out: RawEntry[] = [];
  for (const item of list.items as YamlNode[]) {
    const r = item?.range;
    const range = r ? { start: offset + r[0], end: offset + r[1] } : { start: 0, end: 0 };
    let csl: unknown;
    try {
      csl = isMap(item) ? item.toJSON() : undefined;
    } catch {
      csl = undefined; // an alias loop or the like: reported below as no entry
    }
    const id = csl && typeof csl === 'object' ? (csl as Csl).id : undefined;
    if (!csl || (typeof id !== 'string' && typeof id !== 'number') || String(id).trim() === '') {
      problems.push({ kind: 'unreadable', message: 'This item is no CSL entry with an "id", so it cannot be cited. The other entries are read.', range: { start: range.start, end: Math.min(range.end, range.start + 200) } });
      continue;
    }
    const fieldAt: Record<string, number> = {};
    if (isMap(item)) {
      for (const pair of item.items) {
        const k = (pair.key as { value?: unknown } | null)?.value;
        const v = pair.value as YamlNode | null;
        if (typeof k === 'string' && v?.range) fieldAt[k.toLowerCase()] = offset + v.range[0] + (/^["']/.test(raw.charAt(offset + v.range[0])) ? 1 : 0);
      }
    }
    out.push({ key: String(id).trim(), csl: csl as Csl, range, fieldAt });
  }
  return out;
}

// ---- entries as sources ----

function entryRecord(bibPath: string, raw: string, e: RawEntry): SourceRecord {
  const csl = e.csl;
  const b = new TextBuilder();
  for (const [field, names] of [['abstract', ['abstract']], ['note', ['note']], ['annote', ['annote', 'annotation']]] as const) {
    const value = names.map((n) => metaString(csl[n])).find(Boolean);
    if (!value) continue;
    b.push(value, e.fieldAt[field] ?? e.range.start);
    b.breakBlock();
  }
  const extracted = b.finish();
  const hasText = extracted.text.trim().length > 0;
  const meta: SourceMeta = dropEmpty({
    title: metaString(csl.title),
    author: names(csl.author) ?? names(csl.editor),
    publisher: metaString(csl['container-title']) ?? metaString(csl.publisher),
    date: cslDate(csl.issued),
    url: metaString(csl.URL ?? csl.url) ?? (metaString(csl.DOI) ? `https://doi.org/${metaString(csl.DOI)}` : undefined),
  });
  const attachment = attachmentOf(bibPath, e.fileField ?? metaString(csl.file));
  const record: SourceRecord = {
    path: `${bibPath}#${e.key}`,
    file: bibPath,
    format: 'text',
    id: e.key,
    meta,
    problems: [],
    raw,
    lead: extracted.text.replace(/\s+/g, ' ').trim().slice(0, 600),
    readable: true,
    ...(attachment ? { attachment } : {}),
    ...(hasText ? {} : { metadataOnly: true }),
  };
  return withText(record, { ...extracted, fileLength: raw.length, ...(hasText ? {} : { segments: [] }) });
}

/**
 * The file a Better BibTeX `file` field attaches ("Full Text:files/a.pdf:application/pdf;…", or a
 * bare path), resolved against the bibliography's folder: the first of a kind Cited reads.
 */
export function attachmentOf(bibPath: string, field: string | undefined): string | undefined {
  if (!field) return undefined;
  for (const item of field.split(/(?<!\\);/)) {
    const parts = item.replace(/\\:/g, '\u0000').split(':').map((p) => p.replace(/\u0000/g, ':').replace(/\\(.)/g, '$1').trim());
    // "description:path:mime" (a Windows drive letter makes the path two parts), or a bare path.
    const file = parts.length >= 3 ? parts.slice(1, -1).join(':') : parts.length === 2 && /^[a-z]$/i.test(parts[0]) ? parts.join(':') : parts[parts.length === 2 ? 1 : 0];
    if (!file || !ATTACHABLE.has(extensionOf(file))) continue;
    const clean = file.replace(/\\/g, '/');
    if (/^[a-z]:\//i.test(clean) || clean.startsWith('/')) return posix.normalize(clean);
    return posix.resolve(posix.dirname(bibPath), clean);
  }
  return undefined;
}

function names(v: unknown): string | undefined {
  if (!Array.isArray(v)) return metaString(v);
  const out = v
    .map((n) => {
      if (!n || typeof n !== 'object') return metaString(n);
      const o = n as Record<string, unknown>;
      return metaString(o.literal) ?? ([metaString(o.given), metaString(o['non-dropping-particle']), metaString(o.family)].filter(Boolean).join(' ') || undefined);
    })
    .filter((s): s is string => !!s);
  return out.length ? out.join(', ') : undefined;
}

function cslDate(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return metaString(v);
  const o = v as Record<string, unknown>;
  const parts = Array.isArray(o['date-parts']) && Array.isArray(o['date-parts'][0]) ? (o['date-parts'][0] as unknown[]) : undefined;
  if (parts && parts.length && parts.every((p) => typeof p === 'number' || (typeof p === 'string' && /^\d+$/.test(p)))) {
    const [y, m, d] = parts.map(Number);
    return [String(y).padStart(4, '0'), m && String(m).padStart(2, '0'), d && String(d).padStart(2, '0')].filter(Boolean).join('-');
  }
  return metaString(o.raw ?? o.literal);
}

function dropEmpty<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') out[k] = v;
  return out as T;
}
