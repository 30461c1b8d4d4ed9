/**
 * Turns the contents of a source file into a SourceRecord (cheap: metadata and
 * a lead), and later, on demand, into full text with a map back to the file.
 *
 * Markdown sources are parsed with remark only when their text is first
 * needed: a workspace of thousands of sources must index in seconds, and the
 * metadata comes from the front matter alone.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes } from 'mdast';
import { capNesting } from '../draft/nesting';
import { plainParagraph, splitChunks } from '../draft/parseDraft';
import { readHtml, MAX_HTML_DEPTH } from './htmlText';
import { clip, yamlErrorMessage, type OffsetRange } from '../text';
import { readFrontMatter } from '../frontMatter';
import { readJson } from './jsonSource';
import { plainTextWithTables } from './plainTables';
import {
  CELL_SEPARATOR,
  TextBuilder,
  extensionOf,
  fileStem,
  metaString,
  sourceOffset,
  type ExtractedText,
  type SourceFormat,
  type SourceMeta,
  type SourceProblem,
  type SourceRecord,
} from './sourceTypes';
import { learnedText, noteTextOwner, type SourceSnapshot } from './learned';

const FORMATS: Record<string, SourceFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  bib: 'bibliography',
  bibtex: 'bibliography',
  yaml: 'bibliography',
  yml: 'bibliography',
  pdf: 'pdf',
  docx: 'docx',
};

/** Read when a draft or the settings name them as a bibliography, never found by a walk of the sources folders (most YAML files are no bibliography). */
const ONLY_WHEN_NAMED = new Set(['yaml', 'yml']);


/** `table[ext]` when the table itself has it: an extension such as ".constructor" is no entry of a plain object's prototype. */
function entry<T>(table: Record<string, T>, ext: string): T | undefined {
  return Object.hasOwn(table, ext) ? table[ext] : undefined;
}

export function formatOf(path: string): SourceFormat | undefined {
  return entry(FORMATS, extensionOf(path));
}

/** Files worth reading or reporting as sources found in the sources folders: the supported formats (YAML only when named as a bibliography). */
export function isSourceCandidate(path: string): boolean {
  const ext = extensionOf(path);
  return Object.hasOwn(FORMATS, ext) && !ONLY_WHEN_NAMED.has(ext);
}

/** Why a file cannot be a source, judged from its name alone, or undefined when it can. */
export function unsupportedReason(path: string): string | undefined {
  const ext = extensionOf(path);
  if (entry(FORMATS, ext)) return undefined;
  return `Files of type ".${ext || '(none)'}" are not read as sources (supported: .md, .txt, .html, .json, .pdf, .docx, and bibliographies: .bib, CSL-JSON, CSL-YAML).`;
}

const LEAD_CHARS = 600;

/** Reads a source's metadata and lead. Never throws; problems are recorded on the record. */
export function readSource(path: string, raw: string): SourceRecord {
  const format = formatOf(path);
  const base: SourceRecord = { path, format: format ?? 'text', id: fileStem(path), meta: {}, problems: [], raw, lead: '', readable: true };
  if (!format) return unreadable(base, unsupportedReason(path)!);
  if (raw.includes('\u0000')) return unreadable(base, 'The file is binary, not text.');
  try {
    switch (format) {
      case 'markdown':
        return readMarkdownMeta(base);
      case 'text':
        return fromFull(base, readTextFull(raw));
      case 'html':
        return fromFull(base, readHtmlFull(raw));
      case 'json':
        return fromFull(base, readJsonFull(raw));
      case 'bibliography':
        // Its entries are the sources: CitedLanguageService.setSource reads them with readBibliography.
        return unreadable(base, 'A bibliography is read by its entries, not as one source.');
      case 'pdf':
      case 'docx':
        // Their text is extracted by the host (server/src/node/pdfText.ts, docxText.ts) and handed over with setDocument.
        return unreadable(base, `The ${format === 'pdf' ? 'PDF' : 'Word'} file was given as text; its text must be extracted from the file's bytes.`);
    }
  } catch (e) {
    // The readers are written not to throw; this guards the index against the unknown.
    return unreadable(base, `Could not read the file: ${(e as Error).message}`);
  }
}

/** A record for a file that could not be read. */
export function unreadable(base: SourceRecord, message: string): SourceRecord {
  return { ...base, readable: false, problems: [...base.problems, { kind: 'unreadable', message }] };
}

interface FullRead {
  meta: SourceMeta & { id?: string };
  extracted: ExtractedText;
  problems: SourceProblem[];
  readable: boolean;
}

const textCache = new WeakMap<SourceRecord, ExtractedText>();
/** Records whose text is another's: a bibliography entry backed by its attached file. */
const textFrom = new WeakMap<SourceRecord, SourceRecord>();

/** Gives `record` this text (offsets into its `raw`), as its full text. Returns the record. */
export function withText(record: SourceRecord, extracted: ExtractedText): SourceRecord {
  textCache.set(record, extracted);
  return record;
}

/** `record` with `problems` (the host's: invalid UTF-8 replaced) before its own, keeping the text read with it. */
export function withProblems(record: SourceRecord, problems: SourceProblem[]): SourceRecord {
  if (problems.length === 0) return record;
  const out = { ...record, problems: [...problems, ...record.problems] };
  const text = textCache.get(record);
  if (text) textCache.set(out, text);
  const from = textFrom.get(record);
  if (from) textFrom.set(out, from);
  if (textToRead.has(record)) textToRead.add(out);
  return out;
}

/** Makes `record`'s text that of `from` (computed once, for both). */
export function shareText(record: SourceRecord, from: SourceRecord): SourceRecord {
  textFrom.set(record, from);
  return record;
}

function fromFull(base: SourceRecord, full: FullRead): SourceRecord {
  const { id, ...meta } = full.meta;
  const record: SourceRecord = {
    ...base,
    id: id?.trim() || base.id,
    meta: tidyMeta(meta),
    problems: full.problems,
    readable: full.readable,
    lead: leadOf(full.extracted.text, full.meta.title),
  };
  textCache.set(record, { ...full.extracted, fileLength: base.raw.length });
  return record;
}

/** The text of a source if it has been worked out on this thread already (`sourceText`), without working it out. */
export function textAtHand(record: SourceRecord): ExtractedText | undefined {
  const from = textFrom.get(record);
  return from ? textAtHand(from) : textCache.get(record);
}

/** The text of a source with its map back to the file, computed once per record (or handed back by the host's store, `learned.ts`). */
export function sourceText(record: SourceRecord): ExtractedText {
  const from = textFrom.get(record);
  if (from) return sourceText(from);
  let t = textCache.get(record);
  if (!t) {
    if (!record.readable) t = { text: '', segments: [] };
    else if (record.format === 'markdown') t = learnedText(record) ?? { ...markdownText(record.raw), fileLength: record.raw.length };
    else if (textToRead.has(record)) t = learnedText(record) ?? textCache.get(readSource(record.path, record.raw)) ?? { text: '', segments: [] };
    else t = { text: record.raw, segments: [{ t: 0, s: 0 }], fileLength: record.raw.length };
    t = withoutInvisibles(t);
    textCache.set(record, t);
  }
  noteTextOwner(t, record);
  return t;
}

/** Characters a page holds that no reader sees: the soft hyphen of "Amend\u00adment", the zero-width space, the word joiner, a byte-order mark (not the joiners that shape a script). */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;

/**
 * The text without its invisible characters (INVISIBLE), so that a word broken by a soft hyphen is one word, the map to
 * the file kept: each character left out starts a new segment. The same text when it has none.
 */
export function withoutInvisibles(t: ExtractedText): ExtractedText {
  if (!HAS_INVISIBLE.test(t.text)) return t;
  const parts: string[] = [];
  const segments: ExtractedText['segments'] = [];
  // A start at a text offset already begun replaces it: the later one is of the character that is kept there.
  const push = (at: number, file: number) => {
    const last = segments[segments.length - 1];
    if (last?.t === at) last.s = file;
    else segments.push({ t: at, s: file });
  };
  let from = 0;
  let removed = 0;
  let seg = 0;
  for (const m of t.text.matchAll(INVISIBLE)) {
    const at = m.index!;
    // The old starts up to the character left out, shifted by what was left out before them.
    for (; seg < t.segments.length && t.segments[seg].t <= at; seg++) push(t.segments[seg].t - removed, t.segments[seg].s);
    parts.push(t.text.slice(from, at));
    removed++;
    from = at + 1;
    push(from - removed, sourceOffset(t, from));
  }
  parts.push(t.text.slice(from));
  for (; seg < t.segments.length; seg++) push(t.segments[seg].t - removed, t.segments[seg].s);
  return { ...t, text: parts.join(''), segments };
}

/** Restored records of formats read whole (text, HTML, JSON) whose snapshot held no text: it is had from the store, or read, on first use. */
const textToRead = new WeakSet<SourceRecord>();

/**
 * A record as plain data for the host to store (`learned.ts`), without its path and contents;
 * `withText: false` leaves out the extracted text too (a host that keeps it elsewhere, or reads it
 * again on first use).
 */
export function snapshotSource(record: SourceRecord, withText = true): SourceSnapshot {
  const text = record.format === 'markdown' || !withText ? undefined : textCache.get(record);
  return {
    format: record.format,
    id: record.id,
    idFromFile: record.id === fileStem(record.path),
    meta: record.meta,
    problems: record.problems,
    lead: record.lead,
    readable: record.readable,
    ...(text ? { text } : {}),
  };
}

/**
 * The record a snapshot was taken of, for the file at `path` holding `raw` (the same contents).
 * `raw` may be a function that gives the contents when they are first needed (called once): a host
 * that knows the file is unchanged need not read it to index it. A snapshot without its text then
 * has its text from the store, or from the contents, on first use; with the contents at hand, it
 * is read afresh at once.
 */
export function restoreSource(path: string, raw: string | (() => string), snapshot: SourceSnapshot): SourceRecord {
  const record = {
    path,
    format: snapshot.format,
    id: snapshot.idFromFile ? fileStem(path) : snapshot.id,
    meta: snapshot.meta,
    problems: snapshot.problems,
    raw: '',
    lead: snapshot.lead,
    readable: snapshot.readable,
  } as SourceRecord;
  if (typeof raw === 'string') record.raw = raw;
  else lazyRaw(record, raw);
  if (snapshot.text) textCache.set(record, snapshot.text);
  else if (record.format !== 'markdown' && record.readable) {
    if (typeof raw === 'string') return readSource(path, raw); // a snapshot without its text: read afresh
    textToRead.add(record);
  }
  return record;
}

/**
 * A record as plain data another thread can rebuild it from (`receiveSource`): its fields and
 * contents, and its text when it is at hand or cannot be had from the contents alone (a PDF's or
 * Word file's pages, a bibliography entry's abstract or attached file). A markdown or plain-text
 * source's text is worked out on the other side, and so is an HTML or JSON source's when this
 * side has not extracted it yet: what the transfer is for is to keep such work off this thread.
 */
export interface SourceTransfer {
  record: SourceRecord;
  text?: ExtractedText;
  /** The text is read from the contents afresh (an HTML or JSON source restored without its text). */
  read?: true;
}

export function sourceTransfer(record: SourceRecord): SourceTransfer {
  const { path, format, id, meta, problems, raw, lead, readable, file, attachment, metadataOnly, units } = record;
  const plain: SourceRecord = { path, format, id, meta, problems, raw, lead, readable };
  if (file !== undefined) plain.file = file;
  if (attachment !== undefined) plain.attachment = attachment;
  if (metadataOnly !== undefined) plain.metadataOnly = metadataOnly;
  if (units !== undefined) plain.units = units;
  const from = textFrom.get(record);
  const text = from ? sourceText(from) : textCache.get(record);
  if (text) return { record: plain, text };
  if (!readable || format === 'markdown' || format === 'text') return { record: plain };
  if (textToRead.has(record)) return { record: plain, read: true };
  return { record: plain, text: sourceText(record) };
}

/** The record a transfer was made of, in this thread: the same fields, contents and text. */
export function receiveSource(t: SourceTransfer): SourceRecord {
  const record = { ...t.record };
  if (t.text) textCache.set(record, t.text);
  else if (t.read) textToRead.add(record);
  return record;
}

/** Makes `record.raw` a property that calls `load` on first read and then holds what it gave. */
function lazyRaw(record: SourceRecord, load: () => string): void {
  Object.defineProperty(record, 'raw', {
    configurable: true,
    enumerable: true,
    get(): string {
      let value: string;
      try {
        value = load();
      } catch {
        value = '';
      }
      Object.defineProperty(record, 'raw', { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value: string) {
      Object.defineProperty(record, 'raw', { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

// ---- markdown ----

const FRONT_MATTER_RE = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function readMarkdownMeta(base: SourceRecord): SourceRecord {
  const raw = base.raw;
  const problems: SourceProblem[] = [];
  let data: Record<string, unknown> = {};
  const fm = FRONT_MATTER_RE.exec(raw);
  if (fm) {
    try {
      data = readFrontMatter(fm[1]) ?? {};
    } catch (e) {
      problems.push({
        kind: 'repaired',
        message: `Invalid YAML front matter, ignored: ${yamlErrorMessage(e)}`,
        range: { start: 0, end: fm[0].length },
      });
    }
  }
  const body = fm ? raw.slice(fm[0].length) : raw;
  const heading = /^#{1,2}[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  const meta: SourceMeta = tidyMeta({
    title: metaString(data.title) ?? (heading ? stripInlineMarkdown(heading) : undefined),
    author: metaString(data.author ?? data.authors ?? data.byline),
    publisher: metaString(data.publisher ?? data.site ?? data.source ?? data.outlet),
    date: metaString(data.date ?? data.published ?? data.datePublished),
    url: metaString(data.url ?? data.link ?? data.canonical),
  });
  const lead = leadOf(stripInlineMarkdown(body.slice(0, LEAD_CHARS * 3).replace(/^#{1,6}[ \t]+/gm, '')), meta.title);
  const text = body.trim();
  return {
    ...base,
    id: metaString(data.id) ?? base.id,
    meta,
    problems,
    lead,
    readable: text.length > 0,
    ...(text.length > 0 ? {} : { problems: [...problems, { kind: 'unreadable' as const, message: 'The file holds no text.' }] }),
  };
}

const mdProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
/** (A table row is a block of its own, its cells read on one line between `CELL_SEPARATOR`s, as a reader reads a row.) */
const MD_BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'blockquote', 'code', 'thematicBreak', 'footnoteDefinition']);
/** (A footnote's text is the page's, read where it is defined: a note often holds the figure a sentence cites.) */
const MD_SKIP = new Set(['yaml', 'toml', 'html', 'definition', 'image', 'imageReference']);

/**
 * A markdown source's text: what remark reads in it, each piece mapped to where it is in the file.
 * Plain paragraphs (most of an article) are their own text and need no parse (remark takes
 * milliseconds a page): they are cut from the text the parser reads (an empty HTML comment in
 * each one's place, `cutRanges`), so that it reads only what has markup, and put back in their place. `parseAll` parses everything (for the test that compares the two).
 */
export function markdownText(raw: string, parseAll = false): ExtractedText {
  const b = new TextBuilder();
  // Lines nested too deep for micromark are left out (same length, so offsets hold), and the tree
  // is walked with an explicit stack: its depth follows the input's.
  const capped = capNesting(raw).text;
  const plain = parseAll ? [] : verbatimParagraphs(capped);
  const cut = cutRanges(capped, plain);
  const tree = mdProcessor.parse(cut.text);
  const at = (offset: number | undefined) => (offset === undefined ? undefined : cut.original(offset));
  let next = 0;
  const putBack = (before: number) => {
    for (; next < plain.length && plain[next].start <= before; next++) {
      b.breakBlock();
      b.push(capped.slice(plain[next].start, plain[next].end), plain[next].start);
      b.breakBlock();
    }
  };
  /** `{ cell }`: a cell after the first of its row starts here, after the separator. */
  const stack: (Nodes | 'end-block' | { cell: number })[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      b.breakBlock();
      continue;
    }
    if ('cell' in node) {
      b.push(CELL_SEPARATOR, node.cell);
      continue;
    }
    if (node.type !== 'root') putBack(at(node.position?.start.offset) ?? -1);
    if (MD_SKIP.has(node.type)) continue;
    const isBlock = MD_BLOCKS.has(node.type);
    if (isBlock) b.breakBlock();
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && node.position) {
      b.push(node.value, at(node.position.start.offset) ?? 0);
    } else if (node.type === 'break') {
      b.push(' ', at(node.position?.start.offset) ?? 0);
    }
    if (isBlock) stack.push('end-block');
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]);
        if (node.type === 'tableRow' && i > 0) stack.push({ cell: at(children[i].position?.start.offset) ?? 0 });
      }
    }
  }
  putBack(Infinity);
  return b.finish();
}

/**
 * The paragraphs of a markdown text that are their own text: plain prose a block of its own
 * (`plainParagraph`, on the chunks `splitChunks` cuts, outside fences and HTML), with nothing
 * markdown would read otherwise (emphasis, escapes, entities, white space it trims at a line's ends).
 */
function verbatimParagraphs(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  if (!chunksHold(text)) return out;
  for (const c of splitChunks(text)) {
    const r = plainParagraph(text.slice(c.start, c.end));
    if (!r) continue;
    const body = text.slice(c.start + r.start, c.start + r.end);
    if (!/[*_~\\&\r\0]|[ \t]\n|\n[ \t]|[ \t]$/.test(body)) out.push({ start: c.start + r.start, end: c.start + r.end });
  }
  return out;
}

/**
 * Whether the blocks `splitChunks` finds are markdown's in a text: none of what it does not follow
 * (HTML blocks, whose kinds end differently; a fence not at the margin, which a list item or a
 * quote holds; a backtick fence whose info has a backtick, which is no fence; a line ended by a
 * lone carriage return; front matter closed by "..."). Elsewhere the whole text is parsed.
 */
function chunksHold(text: string): boolean {
  if (/^ {0,3}<|\r(?!\n)/m.test(text)) return false;
  if (/^\uFEFF?---[ \t]*\r?\n/.test(text) && /^\.\.\.[ \t]*\r?$/m.test(text)) return false;
  for (const m of text.matchAll(/^.*(?:`{3}|~{3}).*$/gm)) if (!/^(?:`{3,}[^`]*|~{3,}.*)$/.test(m[0])) return false;
  return true;
}

/**
 * `text` with each of `ranges` (verbatim paragraphs, sorted) put back by an empty HTML comment for
 * the parse, so that the parser does not read them again character by character (a same-length
 * comment of spaces still was), and the map from an offset in that text to one in `text`.
 */
function cutRanges(text: string, ranges: OffsetRange[]): { text: string; original: (offset: number) => number } {
  if (!ranges.length) return { text, original: (o) => o };
  const parts: string[] = [];
  /** Where each kept piece starts in the cut text, and in `text`. */
  const cutStarts: number[] = [0];
  const starts: number[] = [0];
  let at = 0;
  let length = 0;
  for (const r of mergeAcrossBlankLines(text, ranges)) {
    parts.push(text.slice(at, r.start), PLACEHOLDER);
    length += r.start - at;
    // The placeholder maps onto the start of the paragraph it stands for; the text after it onto the paragraph's end.
    cutStarts.push(length);
    starts.push(r.start);
    length += PLACEHOLDER.length;
    cutStarts.push(length);
    starts.push(r.end);
    at = r.end;
  }
  parts.push(text.slice(at));
  const original = (offset: number): number => {
    let lo = 0;
    let hi = cutStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cutStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo] + (lo % 2 === 1 ? 0 : offset - cutStarts[lo]);
  };
  return { text: parts.join(''), original };
}

/**
 * Ranges that only blank lines part made one (sorted, as given): a run of verbatim paragraphs is
 * one placeholder, not one each, for the parser to read (most of an article is such a run).
 */
function mergeAcrossBlankLines(text: string, ranges: OffsetRange[]): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, r.start))) last.end = r.end;
    else out.push({ ...r });
  }
  return out;
}

/** What stands for a verbatim paragraph in the parse: an HTML block, skipped, that ends where it starts. */
const PLACEHOLDER = '<!---->';

function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/^\s*(?:[-*+>]|\d+\.)\s+/gm, '');
}

// ---- plain text ----

function readTextFull(raw: string): FullRead {
  // Some "text" sources are article exports whose body is JSON, often in a ```json fence.
  const embedded = findEmbeddedJson(raw);
  if (embedded) {
    const json = readJson(raw, embedded.start, embedded.end);
    if (json.readable) {
      const firstLine = firstNonEmptyLine(raw);
      json.meta.title ??= firstLine;
      return json;
    }
  }
  const title = firstNonEmptyLine(raw);
  const readable = raw.trim().length > 0;
  return {
    meta: { title: title ? textTitle(title) : undefined },
    // (A table laid out in columns of spaces is read a row at a time: `plainTables.ts`.)
    extracted: plainTextWithTables(raw) ?? { text: raw, segments: [{ t: 0, s: 0 }] },
    problems: readable ? [] : [{ kind: 'unreadable', message: 'The file holds no text.' }],
    readable,
  };
}

/**
 * A plain-text source's title is its first line; a first line that is a whole paragraph (an export
 * with no title line) gives its first sentence, clipped at a word, so that hovers, lists and the
 * definitions Cited writes do not carry a paragraph as a title.
 */
export function textTitle(line: string): string {
  const MAX = 120;
  if (line.length <= MAX) return line;
  const sentence = /^.{20,}?[.!?](?=\s+\p{Lu})/u.exec(line.slice(0, MAX + 1))?.[0];
  return sentence ?? clip(line, 100);
}

function findEmbeddedJson(raw: string): { start: number; end: number } | undefined {
  const fence = /^```json[ \t]*\r?\n?/m.exec(raw);
  if (fence) {
    const start = raw.indexOf('{', fence.index);
    const close = raw.indexOf('```', fence.index + fence[0].length);
    if (start !== -1) return { start, end: close === -1 ? raw.length : close };
  }
  const trimmed = raw.trimStart();
  if (trimmed.startsWith('{') && /"(?:content|body|text|title)"\s*:/.test(raw.slice(0, 2000))) {
    return { start: raw.length - trimmed.length, end: raw.length };
  }
  return undefined;
}

function firstNonEmptyLine(raw: string): string | undefined {
  const m = /^[ \t]*(\S.*?)[ \t]*$/m.exec(raw);
  return m?.[1];
}

// ---- json ----

function readJsonFull(raw: string): FullRead {
  // A saved page may wrap the export in a few lines of text or a ```json fence; read the JSON inside.
  if (!/^\s*[[{]/.test(raw)) {
    const embedded = findEmbeddedJson(raw);
    if (embedded) return readJson(raw, embedded.start, embedded.end);
    // Unfenced: from the first line that opens an object ("[" could as well start a markdown link).
    const line = /^[ \t]*\{/m.exec(raw);
    if (line) return readJson(raw, line.index + line[0].length - 1);
  }
  return readJson(raw);
}

// ---- html ----

function readHtmlFull(raw: string): FullRead {
  const { meta, extracted, flattened } = readHtml(raw);
  const readable = extracted.text.trim().length > 0;
  const problems: SourceProblem[] = [];
  if (flattened) problems.push({ kind: 'repaired', message: `Elements nested more than ${MAX_HTML_DEPTH} levels deep (${flattened} tags) were read as plain text.` });
  if (!readable) problems.push({ kind: 'unreadable', message: 'The page holds no article text once scripts, navigation and other page chrome are removed.' });
  return { meta, extracted, problems, readable };
}

// ---- helpers ----

/** The opening text of a source, without a repeat of its title. */
function leadOf(text: string, title?: string): string {
  let lead = text.slice(0, LEAD_CHARS * 2).replace(/\s+/g, ' ').trim();
  const t = title?.replace(/\s+/g, ' ').trim();
  while (t && lead.startsWith(t)) lead = lead.slice(t.length).trim();
  return lead.slice(0, LEAD_CHARS);
}

/** Metadata as shown: empty fields dropped, a timestamp cut to its day ("2026-10-02T09:00:00Z" → "2026-10-02"). */
function tidyMeta<T extends SourceMeta>(meta: T): T {
  const out = dropEmpty(meta);
  if (out.date) out.date = out.date.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '$1');
  return out;
}

function dropEmpty<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') out[k] = v;
  return out as T;
}
