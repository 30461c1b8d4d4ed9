/**
 * Tables of plain text: a report exported from a PDF or a terminal lays a table out in columns of
 * spaces ("  Treatment works      24.0      26.9     +2.9"), with rules of dashes between its parts.
 * Read as it is, a row is words and numbers with no sentence around them, run into the rows above
 * and below. `plainTextWithTables` reads each such row as a table row of markdown or HTML is read
 * (`CELL_SEPARATOR` between its cells, a paragraph of its own; its rules left out), so that the
 * table is read with its header and caption (`support/tables.ts`); the rest of the text is as written.
 *
 * A block is a table only when it is plainly one: at least three lines in a row that each have two
 * cells or more (parted by two spaces or more, a tab or a bar: "Grade | 2024 | 2025"), no cell longer than a short phrase (prose
 * typed with two spaces after a full stop has long "cells"), and numbers in at least two of its lines.
 */
import { CELL_SEPARATOR, TextBuilder, type ExtractedText } from './sourceTypes';

/** What parts two cells of a row laid out in spaces. */
const GAP = /\t+| {2,}/g;
/** A bar between two cells ("Grade | 2024 | 2025"): an empty cell between two bars is a cell too. */
const BAR = / *\| */g;
/** A rule between a table's parts: dashes, equals signs, box-drawing lines. */
const RULE = /^[\s\-=_—–─━+|]{3,}$/;
/** A cell that is a number: "24.0", "+2.9", "(7%)", "£1,149", "-0.3". */
const NUMBER_CELL = /^[-+−(]?[$£€¥]?\d[\d,.]*%?\)?$/;
/** A cell longer than this is a sentence, not a table's cell. */
const CELL_MAX = 60;
/** A line of one cell this short between two rows heads a section of the table. */
const SECTION_MAX = 40;
/** Rows a block needs to be read as a table. */
const MIN_ROWS = 3;

interface Line {
  start: number;
  end: number;
  /** The line's cells, each with where it starts in the text (none for a rule or a line that is no row). */
  cells: { text: string; start: number }[];
  rule: boolean;
  /** The line's one short cell, when it has one only: a label heading a section of a table's rows. */
  label?: { text: string; start: number };
}

function cellsOf(raw: string, start: number, end: number): { text: string; start: number }[] {
  const line = raw.slice(start, end);
  const lead = line.length - line.trimStart().length;
  const body = line.trimEnd();
  const out: { text: string; start: number }[] = [];
  let from = lead;
  // A row of bars is parted at its bars only, its empty cells kept ("North | | 12"); the bars at its ends part no cell.
  if (body.includes('|') && /\S *\| *\S|\| *\|/.test(body)) {
    const inner = body.slice(lead).replace(/^\| */, (m) => ' '.repeat(m.length)).replace(/ *\|$/, (m) => ' '.repeat(m.length));
    let at = 0;
    for (const m of inner.matchAll(BAR)) {
      const text = inner.slice(at, m.index!).trim();
      out.push({ text, start: start + lead + at + (inner.slice(at, m.index!).length - inner.slice(at, m.index!).trimStart().length) });
      at = m.index! + m[0].length;
    }
    const last = inner.slice(at).trim();
    if (last || at > 0) out.push({ text: last, start: start + lead + at });
    return out.filter((c, i) => c.text || (i > 0 && i < out.length - 1));
  }
  for (const m of body.slice(lead).matchAll(GAP)) {
    const at = lead + m.index!;
    out.push({ text: body.slice(from, at), start: start + from });
    from = at + m[0].length;
  }
  if (from < body.length) out.push({ text: body.slice(from), start: start + from });
  return out;
}

/** `raw`'s text, with each row of a table laid out in columns of spaces read as a row of cells. */
export function plainTextWithTables(raw: string): ExtractedText | undefined {
  if (!/\S(?:\t| {2,}| *\| *)\S/.test(raw)) return undefined;
  const lines: Line[] = [];
  for (let start = 0; start <= raw.length; ) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    const text = raw.slice(start, end).replace(/\r$/, '');
    const rule = RULE.test(text) && /[-=_—–─━]{3,}/.test(text);
    const cells = rule ? [] : cellsOf(raw, start, start + text.length);
    const label = !rule && cells.length === 1 && cells[0].text.length <= SECTION_MAX ? cells[0] : undefined;
    lines.push({ start, end: start + text.length, cells: cells.length >= 2 && cells.every((c) => c.text.length <= CELL_MAX) ? cells : [], rule, label });
    start = end + 1;
  }
  // Blocks of rows (rules inside them allowed), plainly tables.
  const blocks: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].cells.length) continue;
    let j = i;
    // (A rule, or a short line heading a section of rows, "  WARD GROUP", between two rows.)
    while (j + 1 < lines.length && (lines[j + 1].cells.length || ((lines[j + 1].rule || lines[j + 1].label) && j + 2 < lines.length && lines[j + 2].cells.length))) j++;
    const rows = lines.slice(i, j + 1).filter((l) => l.cells.length);
    if (rows.length >= MIN_ROWS && rows.filter((l) => l.cells.some((c) => NUMBER_CELL.test(c.text))).length >= 2) blocks.push([i, j]);
    i = j;
  }
  if (!blocks.length) return undefined;
  const b = new TextBuilder();
  let at = 0;
  for (const [i, j] of blocks) {
    b.push(raw.slice(at, lines[i].start), at);
    b.breakBlock();
    for (let k = i; k <= j; k++) {
      const label = lines[k].label;
      if (label && !lines[k].cells.length) {
        b.push(label.text, label.start);
        b.breakBlock();
        continue;
      }
      if (!lines[k].cells.length) continue;
      lines[k].cells.forEach((c, n) => {
        if (n > 0) b.push(CELL_SEPARATOR, c.start - 1);
        b.push(c.text, c.start);
      });
      b.breakBlock();
    }
    at = lines[j].end;
  }
  b.push(raw.slice(at), at);
  return b.finish();
}
