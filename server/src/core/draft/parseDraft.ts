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
}

/** A run of prose that can hold claims: a paragraph, heading or table cell. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'tableCell';
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
  /** Problems found while parsing, e.g. invalid YAML front matter. */
  problems: { range: OffsetRange; message: string }[];
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

export function parseDraft(text: string): DraftModel {
  const lines = new LineIndex(text);
  const problems: DraftModel['problems'] = [];
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (e) {
    // micromark does not throw on any input we know of; this keeps the promise that parsing never fails.
    problems.push({ range: { start: 0, end: 0 }, message: `Could not parse the draft as markdown: ${(e as Error).message}` });
    tree = { type: 'root', children: [] };
  }

  const excluded: OffsetRange[] = [];
  const definitions: Definition[] = [];
  const blocks: TextBlock[] = [];
  let frontMatter: Record<string, unknown> = {};

  const visit = (node: Nodes): void => {
    const pos = node.position;
    const range = pos ? { start: pos.start.offset ?? 0, end: pos.end.offset ?? 0 } : undefined;
    if (node.type === 'yaml' && range) {
      try {
        const data = parseYaml(node.value);
        if (data && typeof data === 'object' && !Array.isArray(data)) frontMatter = data as Record<string, unknown>;
      } catch (e) {
        problems.push({ range, message: `Invalid YAML front matter: ${firstLine((e as Error).message)}` });
      }
    }
    if (node.type === 'definition' && range) {
      definitions.push(definitionFrom(text, node.label ?? node.identifier, node.identifier, node.url, node.title ?? undefined, range));
    }
    if (range && (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')) {
      blocks.push({ kind: node.type, range });
    }
    if (OPAQUE.has(node.type)) {
      if (range) excluded.push(range);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);

  excluded.sort((a, b) => a.start - b.start);
  const { citations, malformed } = scanCitations(text, mergeRanges(excluded));
  // A paragraph nested in a table cell or list item is found once per level; keep the innermost order stable.
  blocks.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  return { text, lines, frontMatter, definitions, citations, malformed, blocks, problems };
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
