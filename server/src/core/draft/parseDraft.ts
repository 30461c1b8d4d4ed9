/**
 * Parses a markdown draft into what Cited needs: citation markers, reference
 * definitions, front matter and the text blocks that hold claims.
 *
 * Parsing never throws: malformed input yields a model plus problems.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { readFrontMatter } from '../frontMatter';
import type { Root, Nodes } from 'mdast';
import type { OffsetRange } from '../text';
import { LineIndex, yamlErrorMessage } from '../text';
import { scanCitations, type Citation, type MalformedMarker } from './citationScanner';
import { capNesting, type DeepLine } from './nesting';

export interface Definition {
  /** The label as written (`4`, `smith`). */
  label: string;
  /** Normalised label used for matching (CommonMark: case-folded, white space collapsed). */
  identifier: string;
  url: string;
  title?: string;
  range: OffsetRange;
  /** Range of the url inside the definition. */
  urlRange: OffsetRange;
  /**
   * A definition line that markdown reads as part of the paragraph above it (no blank line between).
   * Cited still resolves markers with it, and reports it so the writer can fix the draft.
   */
  gluedTo?: 'paragraph' | 'table';
}

/** A run of prose that can hold claims: a paragraph, heading or table cell. */
export interface TextBlock {
  /** A paragraph inside a list item is a `listItem` block: its sentences up to a marker, back to the last marker, are one claim. */
  kind: 'paragraph' | 'heading' | 'tableCell' | 'listItem';
  range: OffsetRange;
}

export interface DraftModel {
  text: string;
  lines: LineIndex;
  frontMatter: Record<string, unknown>;
  definitions: Definition[];
  citations: Citation[];
  malformed: MalformedMarker[];
  blocks: TextBlock[];
  /** Ranges that hold no prose: code, HTML, links, definitions, front matter (sorted, merged). */
  excluded: OffsetRange[];
  /** Problems found while parsing, e.g. invalid YAML front matter. */
  problems: { range: OffsetRange; message: string }[];
  /**
   * Lines of prose right under a table, with no blank line between: GFM reads each as a table row.
   * Cited reads each run as a paragraph (what the writer meant) and reports it.
   */
  proseRows: OffsetRange[];
  /** Lines that nest block quotes and lists too deep to read (`nesting.ts`): not parsed, and excluded. */
  deepLines: DeepLine[];
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Node types whose text can hold no citation. */
const OPAQUE = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'link',
  'image',
  'imageReference',
  'math',
  'inlineMath',
]);

/** What one chunk of a draft yields, with offsets relative to the chunk's start. */
export interface ChunkResult {
  excluded: OffsetRange[];
  definitions: { label: string; identifier: string; url: string; title?: string; range: OffsetRange; gluedTo?: 'paragraph' | 'table' }[];
  blocks: TextBlock[];
  frontMatter?: Record<string, unknown>;
  problems: DraftModel['problems'];
  proseRows: OffsetRange[];
}

/**
 * Parsed chunks by their text. An edit changes one chunk, so re-parsing a long draft after a
 * keystroke costs one paragraph's parse, not the whole document's (remark runs at about 1 MB/s).
 */
const chunkCache = new Map<string, ChunkResult>();
const CHUNK_CACHE_LIMIT = 20_000;

export function parseDraft(text: string): DraftModel {
  const lines = new LineIndex(text);
  const problems: DraftModel['problems'] = [];
  const excluded: OffsetRange[] = [];
  const definitions: Definition[] = [];
  const blocks: TextBlock[] = [];
  const proseRows: OffsetRange[] = [];
  let frontMatter: Record<string, unknown> = {};
  // Lines nested too deep are blanked for the parse (same length, so offsets hold) and excluded.
  const { text: capped, deep: deepLines } = capNesting(text);
  // Front matter is YAML or TOML, where brackets are lists: it is parsed as written.
  const fmEnd = frontMatterEnd(capped);
  const parseText = capped.slice(0, fmEnd) + blankInertBrackets(capped.slice(fmEnd));
  for (const d of deepLines) excluded.push(d.range);

  for (const chunk of splitChunks(parseText)) {
    const chunkText = parseText.slice(chunk.start, chunk.end);
    let result = chunkCache.get(chunkText);
    if (!result) {
      result = parseChunk(chunkText, chunk.start === 0);
      if (chunkCache.size >= CHUNK_CACHE_LIMIT) chunkCache.delete(chunkCache.keys().next().value!);
      chunkCache.set(chunkText, result);
    }
    const at = (r: OffsetRange): OffsetRange => ({ start: r.start + chunk.start, end: r.end + chunk.start });
    for (const r of result.excluded) excluded.push(at(r));
    for (const b of result.blocks) blocks.push({ kind: b.kind, range: at(b.range) });
    for (const p of result.problems) problems.push({ range: at(p.range), message: p.message });
    for (const r of result.proseRows) proseRows.push(at(r));
    for (const d of result.definitions) definitions.push({ ...definitionFrom(text, d.label, d.identifier, d.url, d.title, at(d.range)), ...(d.gluedTo ? { gluedTo: d.gluedTo } : {}) });
    if (result.frontMatter) frontMatter = result.frontMatter;
  }

  excluded.sort((a, b) => a.start - b.start);
  const merged = mergeRanges(excluded);
  const { citations, malformed } = scanCitations(text, merged, new Set(definitions.map((d) => d.identifier)));
  // A paragraph nested in a table cell or list item is found once per level; keep the innermost order stable.
  blocks.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  return { text, lines, frontMatter, definitions, citations, malformed, blocks, excluded: merged, problems, proseRows, deepLines };
}

/** Where the front matter (`---` or `+++` fenced, at the very start) ends, or 0. */
function frontMatterEnd(text: string): number {
  if (!/^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/.test(text)) return 0;
  const close = /\r?\n(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : text.length;
}

/** A line after which a definition starts afresh: a heading, a fence, a rule or setext underline, HTML, indented code. */
const ENDS_BLOCK_RE = /^(?: {0,3}(?:#{1,6}(?:[ \t]|\r?$)|`{3,}|~{3,}|(?:-[ \t]*)+\r?$|(?:\*[ \t]*)+\r?$|(?:_[ \t]*)+\r?$|(?:=[ \t]*)+\r?$|<)| {4}|\t)/;

/** A task list box: `[ ]`, `[x]`. */
const TASK_BOX_RE = /^[ xX]$/;

/**
 * The text with inert brackets turned to no-break spaces, for the parse only (same length; a
 * no-break space is text to markdown, so a table cell still ends where its marker does).
 * micromark's work on brackets grows faster than linearly with their number in a paragraph (4,000
 * markers, or 100,000 stray "]", take seconds to minutes), and the parse needs nothing from most:
 * markers are found in the raw text, and a reference link (`[text][1]`, `[minutes]`) is text to
 * Cited. Kept, as brackets: an inline link (`[text](url)`), an image and its label (`![map][2]`),
 * a footnote reference (`[^1]`), a definition (`[1]:` at the start of a line) and a task box.
 * Brackets are paired in one pass per paragraph; code spans and escaped brackets are left alone.
 */
export function blankInertBrackets(text: string): string {
  if (!text.includes('[') && !text.includes(']')) return text;
  const blank: number[] = [];
  const stack: number[] = [];
  let imageEnd = -2;
  let lineStart = 0;
  // Whether a definition may start on this line: the line above leaves no paragraph open.
  let fresh = true;
  let keptDefinition = false;
  const re = /[[\]`\\\n]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10) {
      const line = text.slice(lineStart, i);
      // A blank line ends the paragraph: brackets left open there are text.
      const blankLine = /^[ \t\r>]*$/.test(line);
      if (blankLine) for (const o of stack.splice(0)) blank.push(o);
      fresh = blankLine || keptDefinition || ENDS_BLOCK_RE.test(line);
      keptDefinition = false;
      lineStart = i + 1;
    } else if (c === 92 /* \ */) {
      re.lastIndex = i + 2;
    } else if (c === 96 /* ` */) {
      // A code span: skip to its closing run of as many backticks (looked for within 1,000 characters).
      let n = i + 1;
      while (text.charCodeAt(n) === 96) n++;
      const run = text.slice(i, n);
      const close = text.indexOf(run, n);
      re.lastIndex = close !== -1 && close - n < 1000 && text.charCodeAt(close + run.length) !== 96 && !text.slice(n, close).includes('\n\n') ? close + run.length : n;
    } else if (c === 91 /* [ */) {
      stack.push(i);
    } else if (stack.length === 0) {
      blank.push(i); // a "]" that closes nothing
    } else {
      const o = stack.pop()!;
      const after = text.charCodeAt(i + 1);
      const image = text.charCodeAt(o - 1) === 33; /* ! */
      const keep: boolean =
        image ||
        o - 1 === imageEnd ||
        after === 40 /* ( */ ||
        text.charCodeAt(o + 1) === 94 /* ^ */ ||
        (after === 58 /* : */ && fresh && startsLine(text, o)) ||
        TASK_BOX_RE.test(text.slice(o + 1, i));
      if (image) imageEnd = i;
      if (!keep) blank.push(o, i);
      // A definition line, kept or glued under a paragraph (markdown's text; DEFINITION_LINE_RE reads it
      // with its brackets blanked): its destination and title are read from the parse, as written.
      if (after === 58 /* : */ && startsLine(text, o)) {
        keptDefinition = keep;
        const nl = text.indexOf('\n', i);
        re.lastIndex = nl === -1 ? text.length : nl;
      }
    }
  }
  for (const o of stack) blank.push(o);
  if (blank.length === 0) return text;
  blank.sort((a, b) => a - b);
  const out: string[] = [];
  let at = 0;
  for (const b of blank) {
    out.push(text.slice(at, b), '\u00a0');
    at = b + 1;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** Whether only white space and quote markers stand before `i` on its line (looked at up to 80 characters back). */
function startsLine(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0 && j > i - 80; j--) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 62 /* > */) return false;
  }
  return i < 80;
}

const BULLET_ITEM_RE = /^[-*+][ \t]+\S/;
const ORDERED_ITEM_RE = /^\d{1,9}[.)][ \t]+\S/;

/**
 * Splits a draft at blank lines where markdown structure cannot continue across the
 * break: outside front matter, fenced code and multi-paragraph HTML, and not before an
 * indented line (which could continue a list item, a footnote or indented code).
 */
export function splitChunks(text: string): OffsetRange[] {
  const chunks: OffsetRange[] = [];
  let chunkStart = 0;
  let pos = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let sawBlank = false;
  let inHtml = false;
  let prevLine = '';
  pos = frontMatterEnd(text);
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl + 1;
    const line = text.slice(pos, lineEnd);
    const blank = /^[ \t]*\r?\n?$/.test(line);
    if (fence) {
      if (new RegExp('^ {0,3}' + fence[0] + '{' + fence.length + ',}[ \\t]*\\r?$').test(line.replace(/\n$/, ''))) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (blank) {
      sawBlank = true;
      inHtml = false;
    } else {
      // A bullet item with text at the left margin starts a new block whatever is above it (it
      // interrupts a paragraph, a table, a quote, a list item); so does a numbered item right under
      // another. Cutting a tight list there keeps micromark's work linear: it slows more than
      // linearly with the items of one list that open nested lists.
      const item = !sawBlank && !inHtml && (BULLET_ITEM_RE.test(line) || (ORDERED_ITEM_RE.test(line) && ORDERED_ITEM_RE.test(prevLine)));
      if (((sawBlank && !/^[ \t]/.test(line)) || item) && pos > chunkStart) {
        chunks.push({ start: chunkStart, end: pos });
        chunkStart = pos;
      }
      if ((sawBlank || pos === chunkStart) && /^ {0,3}</.test(line)) inHtml = true;
      sawBlank = false;
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) fence = f[1];
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) htmlEnd = /-->/;
      else if (/^ {0,3}<(script|pre|style|textarea)\b/i.test(line) && !/<\/(script|pre|style|textarea)>/i.test(line)) htmlEnd = /<\/(script|pre|style|textarea)>/i;
    }
    prevLine = line;
    pos = lineEnd;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

/**
 * Plain prose: lines that each start with a letter (or a blanked bracket, or a number that opens no
 * list item: digits not followed by "." or ")" and a space or the line's end), holding nothing that makes a code span, HTML, a
 * link, an autolink or a footnote. markdown reads it as one paragraph, and Cited needs no parse to
 * know it (remark takes seconds on a megabyte of prose).
 */
const PLAIN_LINE_RE = /^[ \t]*(?:[\p{L}\u00a0]|\d+(?:[.)][^ \t\r\n]|(?![\d.)])))[^`<[\]@]*$/u;

export function plainParagraph(text: string): OffsetRange | undefined {
  if (/:\/\/|www\.|mailto:|xmpp:/i.test(text)) return undefined;
  let first = -1;
  let last = -1;
  let ended = false;
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end).replace(/\r$/, '');
    if (/^[ \t]*$/.test(line)) {
      // Blank lines may lead or trail; one between lines of text would end the paragraph.
      if (first !== -1) ended = true;
    } else {
      const indent = line.length - line.replace(/^[ \t]+/, '').length;
      if (ended || !PLAIN_LINE_RE.test(line) || (first === -1 && /^ {0,3}\t| {4}/.test(line.slice(0, indent + 1)))) return undefined;
      if (first === -1) first = pos + indent;
      last = pos + line.length;
    }
    pos = end + 1;
  }
  return first === -1 ? undefined : { start: first, end: last };
}

/**
 * The cells of a plain table: every line a row that starts and ends with "|", the second a
 * delimiter row with as many cells as the first, and nothing in any cell that makes HTML, a link,
 * an autolink or an escaped pipe. Each cell's block is its content without the padding (an empty
 * cell: the cell from its pipe), as GFM gives it; its code spans are excluded, as remark's are.
 * remark takes seconds on a table of 20,000 rows; this takes milliseconds.
 */
export function plainTable(text: string): { blocks: TextBlock[]; excluded: OffsetRange[] } | undefined {
  if (!text.startsWith('|') && !/^ {1,3}\|/.test(text)) return undefined;
  if (/[<[\]\\@]|:\/\/|www\.|mailto:|xmpp:/i.test(text)) return undefined;
  const blocks: TextBlock[] = [];
  const excluded: OffsetRange[] = [];
  let columns = -1;
  let row = 0;
  let ended = false;
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end).replace(/[ \t\r]+$/, '');
    if (line === '') {
      if (row < 2) return undefined;
      ended = true;
    } else {
      const lead = line.length - line.trimStart().length;
      if (ended || lead > 3 || line[lead] !== '|' || !line.endsWith('|') || line.length - lead < 2) return undefined;
      const pipes: number[] = [];
      for (let i = lead; i < line.length; i++) if (line.charCodeAt(i) === 124) pipes.push(i);
      const cells = pipes.length - 1;
      // GFM splits a row at its pipes before it reads each cell's inline content: a code span is one cell's.
      if (line.includes('`')) for (let c = 0; c < cells; c++) for (const r of codeSpans(line.slice(pipes[c] + 1, pipes[c + 1]))) excluded.push({ start: pos + pipes[c] + 1 + r.start, end: pos + pipes[c] + 1 + r.end });
      if (row === 1) {
        if (cells !== columns) return undefined;
        for (let c = 0; c < cells; c++) if (!/^[ \t]*:?-+:?[ \t]*$/.test(line.slice(pipes[c] + 1, pipes[c + 1]))) return undefined;
      } else {
        if (row === 0) columns = cells;
        for (let c = 0; c < cells; c++) {
          const from = pipes[c] + 1;
          const to = pipes[c + 1];
          const inner = line.slice(from, to);
          const content = inner.trim() === '' ? -1 : inner.search(/[^ \t]/);
          if (content === -1) blocks.push({ kind: 'tableCell', range: { start: pos + pipes[c], end: pos + (c === cells - 1 ? to + 1 : to) } });
          else blocks.push({ kind: 'tableCell', range: { start: pos + from + content, end: pos + from + inner.replace(/[ \t]+$/, '').length } });
        }
      }
      row++;
    }
    pos = end + 1;
  }
  return row >= 2 ? { blocks, excluded } : undefined;
}

/**
 * The code spans of one cell with no backslash, as CommonMark pairs them: a run of backticks opens one that the next run of
 * as many closes; a run that nothing closes is text.
 */
function codeSpans(line: string): OffsetRange[] {
  const runs: OffsetRange[] = [];
  for (const m of line.matchAll(/`+/g)) runs.push({ start: m.index!, end: m.index! + m[0].length });
  // The next run of the same length after each, found in one pass from the end.
  const next: number[] = new Array(runs.length);
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const n = runs[i].end - runs[i].start;
    next[i] = seen.get(n) ?? -1;
    seen.set(n, i);
  }
  const spans: OffsetRange[] = [];
  for (let i = 0; i < runs.length; i++) {
    if (next[i] === -1) continue;
    spans.push({ start: runs[i].start, end: runs[next[i]].end });
    i = next[i];
  }
  return spans;
}

/**
 * A plain reference definition on a line of its own: `[label]: destination`, at the margin, with no
 * title, nothing escaped or encoded (no `\\`, `&`), no angle brackets, parentheses or quotes in the
 * destination, no white space inside the label, no control character and nothing trailing. The
 * line micromark reads as one definition whose url is the destination as written.
 */
const PLAIN_DEFINITION_RE = /^\[([^[\]\\\s^&\u0000-\u001f\u007f][^[\]\\\s&\u0000-\u001f\u007f]{0,98})\]:[ \t]*([^\s<>\\&()"'\u0000-\u001f\u007f]+)$/;

/**
 * A chunk of plain reference definitions only (one per line, blank lines between allowed): what
 * the parse would give, without it. A draft's list of definitions is most of its markdown
 * structure, and micromark takes about 0.2 ms per definition line.
 */
export function plainDefinitions(text: string): ChunkResult['definitions'] | undefined {
  if (text.charCodeAt(0) !== 91 /* [ */) return undefined;
  const out: ChunkResult['definitions'] = [];
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    if (end > pos) {
      const m = PLAIN_DEFINITION_RE.exec(text.slice(pos, end));
      if (!m) return undefined;
      // micromark's normalisation of a label (no white space here): case-folded as it folds it.
      out.push({ label: m[1], identifier: m[1].toLowerCase().toUpperCase().toLowerCase(), url: m[2], title: undefined, range: { start: pos, end } });
    }
    pos = end + 1;
  }
  return out.length ? out : undefined;
}

function parseChunk(text: string, first: boolean): ChunkResult {
  const definitions = plainDefinitions(text);
  if (definitions) return { excluded: definitions.map((d) => d.range), definitions, blocks: [], problems: [], proseRows: [] };
  return parseChunkFully(text, first);
}

/** A chunk read without the shortcut for plain definitions (exported for the test that compares the two). */
export function parseChunkFully(text: string, first: boolean): ChunkResult {
  const result: ChunkResult = { excluded: [], definitions: [], blocks: [], problems: [], proseRows: [] };
  const plain = plainParagraph(text);
  if (plain) {
    // As for a parsed paragraph: definition lines glued under it (their brackets blanked) are found.
    const stray = definitionLinesIn(text, plain, 'paragraph');
    for (const d of stray) {
      result.definitions.push(d);
      result.excluded.push(d.range);
    }
    result.blocks.push({ kind: 'paragraph', range: { start: plain.start, end: stray.length ? stray[0].range.start : plain.end } });
    return result;
  }
  const table = plainTable(text);
  if (table) {
    result.blocks.push(...table.blocks);
    result.excluded.push(...table.excluded);
    return result;
  }
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (e) {
    // micromark does not throw on any input we know of; this keeps the promise that parsing never fails.
    result.problems.push({ range: { start: 0, end: 0 }, message: `Could not parse the draft as markdown: ${(e as Error).message}` });
    return result;
  }
  // An explicit stack, not recursion: a tree's depth follows the input's (see nesting.ts).
  const stack: { node: Nodes; parent?: string }[] = [{ node: tree }];
  while (stack.length) {
    const { node, parent } = stack.pop()!;
    const pos = node.position;
    const range = pos ? { start: pos.start.offset ?? 0, end: pos.end.offset ?? 0 } : undefined;
    if (node.type === 'yaml' && range && first) {
      try {
        const data = readFrontMatter(node.value);
        if (data) result.frontMatter = data;
      } catch (e) {
        result.problems.push({ range, message: `Invalid YAML front matter: ${yamlErrorMessage(e)}` });
      }
    }
    if (node.type === 'definition' && range) {
      result.definitions.push({ label: node.label ?? node.identifier, identifier: node.identifier, url: node.url, title: node.title ?? undefined, range });
    }
    if (range && node.type === 'paragraph') {
      // "[4]: sources/x.md" lines right under a paragraph, with no blank line, are paragraph text to markdown.
      const stray = definitionLinesIn(text, range, 'paragraph');
      for (const d of stray) {
        result.definitions.push(d);
        result.excluded.push(d.range);
      }
      const end = stray.length ? stray[0].range.start : range.end;
      if (end > range.start) result.blocks.push({ kind: parent === 'listItem' ? 'listItem' : 'paragraph', range: { start: range.start, end } });
    }
    if (range && node.type === 'heading') result.blocks.push({ kind: 'heading', range });
    if (range && node.type === 'tableCell') {
      // A cell's position includes its pipe and padding; its content runs from its first child to its last.
      const first = node.children[0]?.position?.start.offset;
      const last = node.children[node.children.length - 1]?.position?.end.offset;
      result.blocks.push({ kind: 'tableCell', range: first !== undefined && last !== undefined ? { start: first, end: last } : range });
    }
    if (OPAQUE.has(node.type)) {
      if (range) result.excluded.push(range);
      continue;
    }
    // A GFM table runs on to the next blank line, so definitions written under it are table rows.
    let cutoff = Infinity;
    if (range && node.type === 'table') {
      const stray = definitionLinesIn(text, range, 'table');
      for (const d of stray) {
        result.definitions.push(d);
        result.excluded.push(d.range);
      }
      if (stray.length) cutoff = stray[0].range.start;
    }
    const prose = range && node.type === 'table' ? proseRowsOf(text, node, cutoff) : [];
    for (const run of prose) {
      result.proseRows.push(run);
      result.blocks.push({ kind: 'paragraph', range: run });
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        const start = children[i].position?.start.offset ?? 0;
        if (start < cutoff && !inRuns(prose, start)) stack.push({ node: children[i], parent: node.type });
      }
    }
  }
  return result;
}

/** Whether `offset` lies in one of the sorted ranges `runs`, by binary search. */
function inRuns(runs: OffsetRange[], offset: number): boolean {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < runs[mid].start) hi = mid - 1;
    else if (offset >= runs[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Runs of body rows of a table (of two or more columns) whose lines hold no pipe at all: prose
 * written under the table with no blank line, which GFM turns into one-cell rows.
 */
function proseRowsOf(text: string, table: Extract<Nodes, { type: 'table' }>, cutoff: number): OffsetRange[] {
  const runs: OffsetRange[] = [];
  if ((table.children[0]?.children.length ?? 0) < 2) return runs;
  let run: OffsetRange | undefined;
  for (const row of table.children.slice(1)) {
    const start = row.position?.start.offset;
    if (start === undefined || start >= cutoff) break;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const nl = text.indexOf('\n', start);
    const line = text.slice(lineStart, nl === -1 ? text.length : nl);
    if (line.includes('|')) {
      run = undefined;
      continue;
    }
    // A row left blank once its brackets are blanked for the parser ("]" alone) holds no prose.
    if (!line.trim()) continue;
    const lineEnd = lineStart + line.replace(/\s+$/, '').length;
    if (run) run.end = lineEnd;
    else runs.push((run = { start: lineStart + (line.length - line.trimStart().length), end: lineEnd }));
  }
  return runs;
}

/** A whole line that is a reference definition: label, destination, optional title. */
const DEFINITION_LINE_RE = /^ {0,3}[[\u00a0]((?:[^[\]\\\n\u00a0]|\\.){1,999})[\]\u00a0]:[ \t]*(<[^<>\n]*>|[^\s<>]+)(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|\(([^()\n]*)\)))?[ \t]*$/;

/**
 * Definition lines at the end of a paragraph or table, after its first line: markdown reads
 * them as text (or table rows) because no blank line separates them from what is above.
 */
function definitionLinesIn(text: string, range: OffsetRange, container: 'paragraph' | 'table'): ChunkResult['definitions'] {
  const lines: { start: number; end: number; m: RegExpExecArray }[] = [];
  let end = range.end;
  // Walk back from the paragraph's last line while lines are definitions (then put them in order).
  while (end > range.start) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (start <= range.start) break;
    const m = DEFINITION_LINE_RE.exec(text.slice(start, end).replace(/\r$/, ''));
    if (!m) break;
    lines.push({ start, end, m });
    end = start - 1;
  }
  return lines.reverse().map(({ start, end, m }) => ({
    label: m[1],
    identifier: m[1].replace(/\s+/g, ' ').trim().toLowerCase(),
    url: m[2].replace(/^<|>$/g, ''),
    title: m[3] ?? m[4] ?? m[5],
    range: { start: start + (m[0].length - m[0].replace(/^ +/, '').length), end },
    gluedTo: container,
  }));
}

function definitionFrom(
  text: string,
  label: string,
  identifier: string,
  url: string,
  title: string | undefined,
  range: OffsetRange,
): Definition {
  const raw = text.slice(range.start, range.end);
  const colon = raw.indexOf(']:');
  let urlStart = range.start;
  let urlEnd = range.start;
  if (colon !== -1) {
    const m = /^\s*(<[^>]*>|\S+)/.exec(raw.slice(colon + 2));
    if (m) {
      urlStart = range.start + colon + 2 + m[0].length - m[1].length;
      urlEnd = urlStart + m[1].length;
    }
  }
  return { label, identifier: identifier.toLowerCase(), url, title, range, urlRange: { start: urlStart, end: urlEnd } };
}

function mergeRanges(sorted: OffsetRange[]): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

