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
import { parse as parseYaml } from 'yaml';
import type { Root, Nodes } from 'mdast';
import type { OffsetRange } from '../text';
import { LineIndex } from '../text';
import { scanCitations, type Citation, type MalformedMarker } from './citationScanner';

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
  /** A paragraph inside a list item is a `listItem` block: the whole item is one claim. */
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
interface ChunkResult {
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

  for (const chunk of splitChunks(text)) {
    const chunkText = text.slice(chunk.start, chunk.end);
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

  const merged = mergeRanges(excluded);
  const { citations, malformed } = scanCitations(text, merged);
  // A paragraph nested in a table cell or list item is found once per level; keep the innermost order stable.
  blocks.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  return { text, lines, frontMatter, definitions, citations, malformed, blocks, excluded: merged, problems, proseRows };
}

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
  if (/^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/.test(text)) {
    const close = /\r?\n(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
    pos = close ? 3 + close.index + close[0].length : text.length;
  }
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
    } else {
      if (sawBlank && !/^[ \t]/.test(line) && pos > chunkStart) {
        chunks.push({ start: chunkStart, end: pos });
        chunkStart = pos;
      }
      sawBlank = false;
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) fence = f[1];
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) htmlEnd = /-->/;
      else if (/^ {0,3}<(script|pre|style|textarea)\b/i.test(line) && !/<\/(script|pre|style|textarea)>/i.test(line)) htmlEnd = /<\/(script|pre|style|textarea)>/i;
    }
    pos = lineEnd;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

function parseChunk(text: string, first: boolean): ChunkResult {
  const result: ChunkResult = { excluded: [], definitions: [], blocks: [], problems: [], proseRows: [] };
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (e) {
    // micromark does not throw on any input we know of; this keeps the promise that parsing never fails.
    result.problems.push({ range: { start: 0, end: 0 }, message: `Could not parse the draft as markdown: ${(e as Error).message}` });
    return result;
  }
  const visit = (node: Nodes, parent?: string): void => {
    const pos = node.position;
    const range = pos ? { start: pos.start.offset ?? 0, end: pos.end.offset ?? 0 } : undefined;
    if (node.type === 'yaml' && range && first) {
      try {
        const data = parseYaml(node.value, { logLevel: 'error' }); // the library prints warnings otherwise
        if (data && typeof data === 'object' && !Array.isArray(data)) result.frontMatter = data as Record<string, unknown>;
      } catch (e) {
        result.problems.push({ range, message: `Invalid YAML front matter: ${firstLine((e as Error).message)}` });
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
      return;
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
      for (const child of node.children as Nodes[]) {
        const start = child.position?.start.offset ?? 0;
        if (start < cutoff && !prose.some((r) => start >= r.start && start < r.end)) visit(child, node.type);
      }
    }
  };
  visit(tree);
  return result;
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
    const lineEnd = lineStart + line.replace(/\s+$/, '').length;
    if (run) run.end = lineEnd;
    else runs.push((run = { start: lineStart + (line.length - line.trimStart().length), end: lineEnd }));
  }
  return runs;
}

/** A whole line that is a reference definition: label, destination, optional title. */
const DEFINITION_LINE_RE = /^ {0,3}\[((?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|[^\s<>]+)(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|\(([^()\n]*)\)))?[ \t]*$/;

/**
 * Definition lines at the end of a paragraph or table, after its first line: markdown reads
 * them as text (or table rows) because no blank line separates them from what is above.
 */
function definitionLinesIn(text: string, range: OffsetRange, container: 'paragraph' | 'table'): ChunkResult['definitions'] {
  const lines: { start: number; end: number; m: RegExpExecArray }[] = [];
  let end = range.end;
  // Walk back from the paragraph's last line while lines are definitions.
  while (end > range.start) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (start <= range.start) break;
    const m = DEFINITION_LINE_RE.exec(text.slice(start, end).replace(/\r$/, ''));
    if (!m) break;
    lines.unshift({ start, end, m });
    end = start - 1;
  }
  return lines.map(({ start, end, m }) => ({
    label: m[1],
    identifier: m[1].replace(/\s+/g, ' ').trim().toLowerCase(),
    url: m[2].replace(/^<|>$/g, ''),
    title: m[3] ?? m[4] ?? m[5],
    range: { start: start + (m[0].length - m[0].trimStart().length), end },
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

function firstLine(s: string): string {
  return s.split('\n')[0];
}
