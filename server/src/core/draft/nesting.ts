/**
 * Lines nested too deep to parse. micromark's work on a line grows faster than linearly with the
 * number of block quotes and list items open on it (3,000 "> " markers on one line take seconds,
 * and a tree that deep overflows recursive walks), and no draft nests prose that deep. A cheap
 * linear scan finds such lines before parsing; the parse sees them blanked (same length, so
 * offsets hold) and the draft reports them.
 */
import type { OffsetRange } from '../text';

/** The most block quotes and list items a line may open; deeper lines are not read. */
export const MAX_NESTING = 32;

export interface DeepLine {
  /** The line, without its line break. */
  range: OffsetRange;
  /** How many block quote and list markers open on it (counting indentation before them). */
  depth: number;
}

/**
 * The lines of `text` whose container prefix (block quote markers, list markers and the
 * indentation before them) nests deeper than `max`, and the text with those lines blanked.
 */
export function capNesting(text: string, max = MAX_NESTING): { text: string; deep: DeepLine[] } {
  const deep: DeepLine[] = [];
  let pos = 0;
  let fence: RegExp | undefined;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    // Lines of fenced code at the margin are code, however they look.
    const line = fence || text.charCodeAt(pos) === 96 || text.charCodeAt(pos) === 126 || text.charCodeAt(pos) === 32 ? text.slice(pos, end) : '';
    if (fence) {
      if (fence.test(line)) fence = undefined;
      pos = end + 1;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = new RegExp('^ {0,3}' + open[1][0] + '{' + open[1].length + ',}[ \\t]*\\r?$');
      pos = end + 1;
      continue;
    }
    const depth = prefixDepth(text, pos, end);
    if (depth > max) deep.push({ range: { start: pos, end: end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end }, depth });
    pos = end + 1;
  }
  if (deep.length === 0) return { text, deep };
  const parts: string[] = [];
  let at = 0;
  for (const d of deep) {
    parts.push(text.slice(at, d.range.start), ' '.repeat(d.range.end - d.range.start));
    at = d.range.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), deep };
}

/**
 * How deep the line from `start` to `end` nests: its block quote markers (">") and list markers
 * ("-", "*", "+", "1.", "1)") before its content, plus leading indentation (two columns to a level)
 * when a marker follows it.
 */
function prefixDepth(text: string, start: number, end: number): number {
  let i = start;
  let depth = 0;
  let indent = 0;
  let first = true;
  while (i < end) {
    // White space before a marker.
    let cols = 0;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
      cols += text.charCodeAt(i) === 9 ? 4 : 1;
      i++;
    }
    if (first) indent = cols;
    first = false;
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) {
      depth++;
      i++;
      continue;
    }
    if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpace(text, i + 1, end)) {
      depth++;
      i++;
      continue;
    }
    let j = i;
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) /* . ) */ && isSpace(text, j + 1, end)) {
      depth++;
      i = j + 1;
      continue;
    }
    break;
  }
  return depth === 0 ? 0 : depth + (indent >> 1);
}

function isSpace(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 13;
}
