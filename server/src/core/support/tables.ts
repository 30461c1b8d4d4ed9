/**
 * Tables of a source's text. Markdown's and HTML's tables are read a row to a line, their cells
 * between `CELL_SEPARATOR`s (`readSource.ts`, `htmlText.ts`), so a row is a sentence of the page;
 * but a row says little on its own: "Asia-Pacific | 346 | 277 | 25%" is revenue, in millions of
 * dollars, in the third quarter of 2024 and of 2023, only by the table's caption ("Revenue by
 * geography (unaudited, in millions of U.S. dollars)") and header ("Region | Q3 2024 | Q3 2023 |
 * Change (%)"). A reader reads each cell with them, and so does the checker:
 * - each row is read with the stems of its table's header and caption that it lacks (its `context`:
 *   found in it, not part of its own run of words), so that "Revenue from Asia-Pacific was $346
 *   million" finds the row with its revenue (`withTableWords`);
 * - a plain number of a row below the header is also read in the unit the caption or header
 *   declares ("in millions of U.S. dollars", "£ million", "($m)", "in thousands"): "346" is also
 *   $346 million, "205.0" £205.0m (`tableFigures`). A number read so is one more way the page
 *   gives it, never in place of the number as written.
 * A table is a run of two paragraphs or more that are rows (a line with the cell separator), one after
 * another; its header is its first row, its caption the paragraph right before it when that is short.
 */
import { CELL_SEPARATOR } from '../sources/sourceTypes';
import { contentStems } from '../text';
import { backsFigure, extractFigures, type Figure } from './numbers';
import { sentenceIndexAt, type Sentence, type SourceEvidence } from './evidence';

/** A caption longer than this is a paragraph of prose before the table, not its caption. */
const CAPTION_MAX = 300;
/** A line between two rows longer than this is prose between two tables, not a row heading a section of one. */
const SECTION_ROW_MAX = 80;

interface Table {
  /** The sentences of each row, the header's first. */
  rows: number[][];
  /** The caption's sentences (none when the paragraph before the table is not one). */
  caption: number[];
}

/** The paragraphs of `sentences` (indexes), in order. */
function paragraphs(sentences: readonly Sentence[]): number[][] {
  const out: number[][] = [];
  sentences.forEach((s, i) => {
    if (s.paragraphStart || !out.length) out.push([i]);
    else out[out.length - 1].push(i);
  });
  return out;
}

/** A cell of a header: words (with a unit in parentheses: "Value ($m)"), a unit alone ("(%)"), or a period ("Jan-25", "Q3 2024", "FY25", "2024"). */
function HEADER_CELL(c: string): boolean {
  // (A unit in parentheses is a header's, "Value ($m)", "(000)", and so is a footnote's mark, "Staff (1)"; a number in
  // them is an accounting negative, "(12.4)".)
  // (A footnote's mark only after a word: "(12)" alone is a loss of 12.)
  const marks = /\p{L}/u.test(c.replace(/\([^()]*\)/g, '')) ? /\(\s*(?:['’]?0{3}s?|\d{1,2})\s*\)/g : /\(\s*['’]?0{3}s?\s*\)/g;
  return (!/\d/.test(c.replace(marks, '').replace(/\((?!\s*[-+−]?[\d.,]+\s*\))[^()]*\)/g, '')) && !/^\s*(?:n\/?a|nil|none|—|–|-|\.\.|x|not\s+(?:reported|available|applicable))\s*$/i.test(c)) || PERIOD_CELL.test(c) || UNIT_CELL.test(c);
}
/** A header's cell of a unit alone: "£m", "$bn", "%", "£000". */
const UNIT_CELL = /^\s*(?:[$£€¥]\s?(?:m|bn|k|000s?)?|%|m|bn|['’]?000s?)\s*$/i;
const PERIOD_CELL = /^\s*(?:\p{L}{3,9}[-\s]?\d{2,4}|[QH][1-4]\s?\d{2,4}|FY\s?\d{2,4}[EAF]?|\d{4})\s*$/u;

/** The tables of a text, by its sentences. */
function tablesOf(text: string, sentences: readonly Sentence[]): Table[] {
  if (!text.includes(CELL_SEPARATOR)) return [];
  const paras = paragraphs(sentences);
  const isRow = (p: number[]) => text.slice(sentences[p[0]].range.start, sentences[p[p.length - 1]].range.end).includes(CELL_SEPARATOR);
  const out: Table[] = [];
  // A short line of its own between two rows is a row of one cell that heads a section of the table ("Increases in
  // Direct Spending"): the table goes on past it.
  // Not a caption of the next table: the row after it has as many cells as the one before, and a number after its
  // first cell (a header has none but years at most).
  const cellsOf = (p: number[]) => text.slice(sentences[p[0]].range.start, sentences[p[p.length - 1]].range.end).split(CELL_SEPARATOR);
  const isSectionRow = (k: number) => {
    if (k + 1 >= paras.length || isRow(paras[k]) || !isRow(paras[k + 1]) || sentences[paras[k][paras[k].length - 1]].range.end - sentences[paras[k][0]].range.start > SECTION_ROW_MAX) return false;
    const line = text.slice(sentences[paras[k][0]].range.start, sentences[paras[k][paras[k].length - 1]].range.end);
    // (A caption is no section: "Table 2: Revenue growth (%)", one with a unit of its own.)
    if (/^\s*(?:table|figure|chart|exhibit|fig\.)\s+\w/i.test(line) || tableUnits(line).length) return false;
    const after = cellsOf(paras[k + 1]);
    // The row after it is of the body: as many cells as the one before, and a cell of a number alone past its first
    // (a header has names and years: "Q1", "FY24", "2026").
    return Math.abs(after.length - cellsOf(paras[k - 1]).length) <= 1 && after.slice(1).some((c) => /^\s*[-+−]?[$£€¥]?\d[\d,]*(?:\.\d+)?%?\s*$/.test(c) && !/^\s*(?:1[89]|20)\d\d\s*$/.test(c));
  };
  // A row of headings right after a row of figures opens another table ("Market | Assets | Value ($m)" under a summary's
  // last row), as two tables of an export with nothing between them are.
  const NUMBER_ALONE = /^\s*[-+−(]?[$£€]?\d[\d,]*(?:\.\d+)?%?\)?\s*$/;
  const newHeader = (k: number) => {
    const cells = cellsOf(paras[k]);
    return cells.length >= 2 && cells.every((c) => HEADER_CELL(c)) && cells.filter((c) => /\p{L}/u.test(c)).length >= 2 && cellsOf(paras[k - 1]).some((c) => NUMBER_ALONE.test(c));
  };
  for (let i = 0; i < paras.length; i++) {
    if (!isRow(paras[i])) continue;
    const first = i;
    while (i + 1 < paras.length && ((isRow(paras[i + 1]) && !newHeader(i + 1)) || (isSectionRow(i + 1) && i + 2 < paras.length))) i += isRow(paras[i + 1]) ? 1 : 2;
    // A line of its own with the separator in it ("Title | Site name") is no table: a table has a header and a row.
    if (i === first) continue;
    // (Over a rule of dashes a plain-text export draws between the caption and the table.)
    const isRule = (p: number[]) => /^[\s\-=_—–─━+|]{3,}$/.test(text.slice(sentences[p[0]].range.start, sentences[p[p.length - 1]].range.end));
    let b = first - 1;
    while (b >= 0 && b >= first - 2 && isRule(paras[b])) b--;
    const before = b >= 0 ? paras[b] : undefined;
    // (Its length without rules of dashes drawn above and below it.)
    const lengthOf = (p: number[]) => text.slice(sentences[p[0]].range.start, sentences[p[p.length - 1]].range.end).replace(/[-=_—–─━]{3,}/g, '').length;
    const caption = before && lengthOf(before) <= CAPTION_MAX ? [...before] : [];
    // A paper puts its caption under the table ("Table 2: Top-1 accuracy (%)."): the paragraph right after it, when it
    // names itself a table and no table follows it (whose caption it would be).
    // (Not where the table's caption is above it, "Table 1: …", as a page captions its tables one way; nor where a table
    // follows within three paragraphs, whose caption it may be.)
    const after = paras[i + 1];
    const labelled = (p: number[] | undefined) => !!p && /^\W{0,3}(?:table|exhibit)\s+[\w.]+\s*[.:—–-]/i.test(text.slice(sentences[p[0]].range.start, sentences[p[0]].range.end));
    const tableSoon = paras.slice(i + 2, i + 5).some(isRow);
    if (after && lengthOf(after) <= CAPTION_MAX && !tableSoon && !labelled(before) && labelled(after)) caption.push(...after);
    out.push({ rows: paras.slice(first, i + 1), caption });
  }
  return out;
}

/**
 * Marks each table row as one (`row`), and gives it, as its `context`, the stems of its table's header and caption it
 * does not have itself (the header's own context is the caption's). Changes `sentences` in place.
 */
export function withTableWords(text: string, sentences: Sentence[]): void {
  for (const t of tablesOf(text, sentences)) {
    for (const row of t.rows) for (const k of row) sentences[k].row = true;
    const stemsOf = (indexes: number[]) => indexes.flatMap((k) => sentences[k].stems);
    const caption = stemsOf(t.caption);
    const header = stemsOf(t.rows[0]);
    t.rows.forEach((row, r) => {
      const more = new Set(r === 0 ? caption : [...header, ...caption]);
      for (const k of row) {
        const own = new Set(sentences[k].stems);
        const added = [...more].filter((x) => !own.has(x));
        if (added.length) sentences[k].context = added;
      }
    });
  }
}

/** A unit a table's caption or header declares for its numbers: a scale, whether they are money, or a share (out of `per`: 100 for a percentage, 1,000 for "parts per 1,000"). */
interface TableUnit {
  scale: number;
  money: boolean;
  per?: number;
}

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12 };
const SCALE_LETTERS: Record<string, number> = { k: 1e3, '000': 1e3, '000s': 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
/** A currency named by its sign, code or word. */
const CURRENCY = /[$£€¥₹]|\b(?:US|USD|GBP|EUR|JPY|INR|CAD|AUD)\b|\b(?:dollars?|pounds?|sterling|euros?|yen|rupees?)\b/i;
/** "in millions", "(thousands)", "£ million", "US$ billion", "$ in millions". */
const SCALE_WORD = /\b(thousands?|millions?|billions?|trillions?)\b/i;
/** "$m", "£bn", "(€000)", "US$m", "£000s", "'000"; "Volume (m)", "(bn)" in a header (also a scale where it is metres: a reading more, not instead). */
const SCALE_AFTER_SIGN = /(?:[$£€¥₹]|\b(?:US\$|USD|GBP|EUR))\s?(k|000s?|mn|mln|m|bn|b|tn)\b|['’](000s?)\b|\((000s?|mn|mln|m|bn|k)(?:\)|\s+\p{L}[^()]{0,20}\))/iu;
/** A row named as a rate or a share: "Unemployment rate", "Employment-population ratio", "Vote share". */
const RATE_ROW = /\b(?:rate|ratio|share)\s*$/i;

/** Whether a row's cells are plain numbers, at least two, each at most 100, summing to 100 (give or take rounding): a whole split up in percentages. */
function splitOfHundred(cells: string[]): boolean {
  const numbers = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (numbers.length < 2 || !numbers.every((c) => /^\d{1,3}(?:\.\d+)?$/.test(c))) return false;
  const values = numbers.map(Number);
  const sum = values.reduce((a, b) => a + b, 0);
  return values.every((v) => v <= 100) && Math.abs(sum - 100) <= 2;
}

/** "Change (%)", "Share, per cent": the column's numbers are percentages. */
const PERCENT = /%|\bper\s?cent\b|\bpercent(?:age)?\b|\((?:pp|pts?|ppts?)\)/i;
/** "Weight (parts per 1,000)", "per thousand": shares of a thousand. */
const PER_THOUSAND = /\bper\s+(?:1,?000|thousand)\b|‰/i;

/**
 * The units `context` (a caption, a header or a header's cell) declares for a table's numbers: a caption may declare
 * one for each of its columns ("HHFCE: £ billion, current prices. Saving ratio: percentage of household disposable
 * income"), and each is a way to read them.
 */
function tableUnits(raw: string): TableUnit[] {
  const out: TableUnit[] = [];
  // (A figure the caption gives, "lists passing the 4% threshold", "£5m or more", declares no unit.)
  // (But a year's, or a period's, spaced from the sign is the caption's unit: "Unemployment rate by region, 2023 %".)
  const context = raw.replace(/(?<![\d,.\/–-])(?!(?:1[5-9]|20)\d\d(?:[-–\/]\d{2,4})?\s(?:%|per\s?cent\b|percent\b))[$£€¥₹]?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b|(?:k|m|bn|million|billion)\b)/gi, ' ');
  if (PER_THOUSAND.test(context)) out.push({ scale: 1, money: false, per: 1000 });
  else if (PERCENT.test(context)) out.push({ scale: 1, money: false, per: 100 });
  const word = SCALE_WORD.exec(context)?.[1];
  const after = SCALE_AFTER_SIGN.exec(context);
  const letters = after ? (after[1] ?? after[2] ?? after[3]).toLowerCase() : undefined;
  const scale = word ? SCALE_WORDS[word.toLowerCase()] : letters ? SCALE_LETTERS[letters] : undefined;
  const money = CURRENCY.test(context);
  if (scale || money) out.push({ scale: scale ?? 1, money });
  // "FFO per unit (cents)": money in hundredths (not "per cent").
  if (/\bcents?\b|¢/i.test(context.replace(/\bper\s?cent\b/gi, ''))) out.push({ scale: 0.01, money: true });
  return out;
}

/** A row below a table's header: where it is in the text, and the unit of each of its columns (the header cell's, else the caption's). */
interface BodyRow {
  start: number;
  end: number;
  table: number;
  /** Each column's units (the header cell's, else the caption's; none: read as written). */
  units: TableUnit[][];
  /** The header's cells, by column. */
  headers: string[];
}

/** The rows below the header of each table of a text, with their columns' units, in order. */
function bodyRows(text: string, sentences: readonly Sentence[]): BodyRow[] {
  const out: BodyRow[] = [];
  tablesOf(text, sentences).forEach((t, n) => {
    if (t.rows.length < 2) return;
    const slice = (indexes: number[]) => (indexes.length ? text.slice(sentences[indexes[0]].range.start, sentences[indexes[indexes.length - 1]].range.end) : '');
    const caption = tableUnits(slice(t.caption));
    // The header's first cell, over the rows' names, may declare the unit of every column ("By Fiscal Year, Millions of Dollars").
    // A header over two or three lines of plain text ("Vacancy | Vacancy", then "Jan-25 | Jul-24", then "(%) | (%)"):
    // the lines after the first with no cell of a number alone are the header's too, their cells under the columns
    // they end with (a line's empty cells at its start may be gone).
    const cells = slice(t.rows[0]).split(CELL_SEPARATOR);
    // A header whose first cell, over the rows' names, is empty opens on its separator ("| Units | 2024"): that cell is
    // the first.
    if (/^\|\s*\S/.test(cells[0] ?? '')) cells.splice(0, 1, '', cells[0].replace(/^\|\s*/, ''));
    // A plain-text header whose first cells are empty loses them: it is under the body's last columns ("2023/24 |
    // 2022/23 | Change" over "Tuition fees | 31.5 | 42.6 | -26.1").
    // (Only a header that opens on a figure column's heading over a body that opens on a label: a header of "Region |
    // Revenue (£m)" over rows with a note's cell more at their end keeps its place.)
    const bodyWidth = t.rows.length > 1 ? Math.max(...t.rows.slice(1, 4).map((r) => slice(r).split(CELL_SEPARATOR).length)) : cells.length;
    const opensOnFigures = (PERIOD_CELL.test(cells[0] ?? '') || UNIT_CELL.test(cells[0] ?? '') || /^\s*\d{4}(?:[/–-]\d{2,4})?\s*$/.test(cells[0] ?? '')) && t.rows.length > 1 && /\p{L}/u.test(slice(t.rows[1]).split(CELL_SEPARATOR)[0] ?? '');
    while (opensOnFigures && cells.length < bodyWidth && cells.length < 64) cells.unshift('');
    let bodyFrom = 1;
    // (A line whole, its empty first and last cells kept: " | (£m) | (£m) | ".)
    const line = (indexes: number[]) => {
      const start = sentences[indexes[0]].range.start;
      const end = sentences[indexes[indexes.length - 1]].range.end;
      const nl = text.indexOf('\n', end);
      return text.slice(text.lastIndexOf('\n', start - 1) + 1, nl < 0 ? text.length : nl);
    };
    while (bodyFrom < t.rows.length - 1 && bodyFrom <= 3) {
      const more = line(t.rows[bodyFrom]).split(CELL_SEPARATOR).map((c) => c.trim());
      // (A line of a unit in parentheses or a period in a cell, "(%)", "Jan-25": not a row of words, "Colour | Red | Blue".)
      // (A plain-text line's empty first cells are gone, so its cells are the last columns'; an HTML table keeps a cell
      // spanning rows from above as an empty cell of its own, `htmlText.ts`.)
      if (more.length > cells.length || !more.every(HEADER_CELL) || !more.some((c) => /\(/.test(c) || PERIOD_CELL.test(c) || UNIT_CELL.test(c))) break;
      const shift = cells.length - more.length;
      more.forEach((c, j) => (cells[j + shift] = `${cells[j + shift]} ${c}`));
      bodyFrom++;
    }
    const corner = tableUnits(cells[0] ?? '');
    const units = cells.map((cell, c) => {
      const own = tableUnits(cell);
      return own.length ? own : caption.length || c === 0 ? caption : corner;
    });
    // A column of units ("Units": "A$M", "oz", "%"): each row's cell there declares the unit of the row's figures.
    const unitColumn = cells.findIndex((c, i) => i > 0 && /^\s*(?:units?|unit of measure)\s*$/i.test(c));
    for (const row of t.rows.slice(bodyFrom)) {
      const rowCells = slice(row).split(CELL_SEPARATOR);
      // A row's name may declare the unit of its own cells in a parenthesis at its end ("EBITDA (US$m)", "Margin (%)"):
      // a reading more. (Not a figure of its name: "1080p 1% low fps".)
      // (Or after a comma: "Clinical remission, %".)
      // (Also before a dash and what the row is of: "Unemployment rate (%) — 3 months to Nov 2024".)
      const declared = /\(([^()]{1,20})\)\s*(?:[—–]\s*[^()]{1,60})?$|,\s*(%|per\s?cent|cents|[$£€]m|US\$m)\s*$/i.exec(rowCells[0] ?? '');
      const unitCell = unitColumn > 0 && rowCells.length === cells.length ? rowCells[unitColumn]?.trim() : undefined;
      // ("(pts)" after a row's name is a score's points: "RenderMark 3 (pts)".)
      const unit = declared?.[1] ?? declared?.[2] ?? (unitCell && unitCell.length <= 20 && !/\d/.test(unitCell) ? unitCell : undefined);
      // With none declared, a row that is a rate or a share by its name ("Unemployment rate", "U-6 underutilisation
      // rate"), or whose numbers are a whole split up (a poll's "Aged 35–54 | 31 | 57 | 12", summing to 100), is in percentages.
      const own = unit && !/^\s*(?:pp|pts?|ppts?)\s*$/i.test(unit) ? tableUnits(`(${unit})`) : !unit && !unitCell && (RATE_ROW.test(rowCells[0] ?? '') || splitOfHundred(rowCells.slice(1))) ? tableUnits('(%)') : [];
      // (Not over a column's own unit: "EBITDA (US$m)" under "Change (%)" is a percentage.)
      const rowUnits = own.length ? units.map((u, c) => (c === 0 || tableUnits(cells[c] ?? '').length ? u : [...own, ...u])) : units;
      out.push({ start: sentences[row[0]].range.start, end: sentences[row[row.length - 1]].range.end, table: n, units: rowUnits, headers: cells });
    }
  });
  return out;
}

/**
 * The column of a table row that each of its figures is in (how many cell separators come before it in its row),
 * counted on from the figure before it in the same row: the figures are in order, so a row is gone over once.
 */
function columnCounter(text: string): (row: BodyRow, at: number) => number {
  let row: BodyRow | undefined;
  let from = 0;
  let n = 0;
  return (r, at) => {
    if (r !== row) {
      row = r;
      from = r.start;
      n = 0;
    }
    for (let i = text.indexOf(CELL_SEPARATOR, from); i >= 0 && i < at; i = text.indexOf(CELL_SEPARATOR, i + 1)) {
      n++;
      from = i + CELL_SEPARATOR.length;
    }
    return n;
  };
}

/** A figure of a table as written (`original`) and read in a unit of its column (`figure`: the original when none), with where it is: its table and column. */
interface TableFigure {
  original: Figure;
  figure: Figure;
  table: number;
  column: number;
}

/** The figures of the rows below tables' headers, each plain number also read in each unit its column declares. */
function readInTables(text: string, rows: BodyRow[], figures: Figure[]): TableFigure[] {
  const out: TableFigure[] = [];
  const columnAt = columnCounter(text);
  let r = 0;
  for (const f of figures) {
    while (r < rows.length && rows[r].end <= f.range.start) r++;
    const row = rows[r];
    if (!row || f.range.start < row.start) continue;
    const column = columnAt(row, f.range.start);
    out.push({ original: f, figure: f, table: row.table, column });
    if (f.kind !== 'number' || f.approx || f.clock || f.share) continue;
    for (const unit of row.units[Math.min(column, row.units.length - 1)] ?? []) {
      const read: Figure = unit.per
        ? { ...f, kind: 'percent', value: (f.value * 100) / unit.per, unit: (f.unit * 100) / unit.per }
        : { ...f, kind: unit.money ? 'money' : 'number', value: f.value * unit.scale, unit: f.unit * unit.scale };
      if (read.kind !== f.kind || read.value !== f.value) out.push({ original: f, figure: read, table: row.table, column });
    }
  }
  return out;
}

/**
 * `figures` (the text's, in order) with, after each plain number in a row below a table's header,
 * the same number read in the unit its column's header or the table's caption declares.
 */
export function tableFigures(text: string, sentences: readonly Sentence[], figures: Figure[]): Figure[] {
  const rows = bodyRows(text, sentences);
  if (!rows.length) return figures;
  const read = new Map<Figure, Figure[]>();
  for (const x of readInTables(text, rows, figures)) if (x.figure !== x.original) read.set(x.original, [...(read.get(x.original) ?? []), x.figure]);
  const out: Figure[] = [];
  for (const f of figures) out.push(f, ...(read.get(f) ?? []));
  return out;
}

/** The words of a change, before its figure: "grew by", "rose", "fell", "up" (not "a gap of", "extra", "by" alone). */
const CHANGED_BEFORE = /\b(?:up|down|rose|rise|rises|risen|fell|fall|falls|fallen|increased?|decreased?|grew)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/i;
/** A table's column of changes: "Change", "Growth (%)", "% change 2021–31", "Chg". */
const CHANGE_HEADER = /\b(?:change|chg|growth|increase|decrease|rise|fall|decline)\b|%\s*ch/i;

/** Words that say a figure is a difference: "£250 more than", "up £2.9bn on", "a gap of 40". */
export const DIFFERENCE_AFTER = /^\s*(?:(?:a|an|per|each|every)\s+[a-z]+\s+)?(?:more|less|fewer|higher|lower|greater|bigger|smaller|cheaper|dearer|costlier|longer|shorter|heavier|lighter|better|worse|above|below|over|under)\b/i;
const DIFFERENCE_BEFORE = /\b(?:up|down|rose|rise|rises|risen|fell|fall|falls|fallen|increased?|decreased?|grew|gap|difference|by|adds|added|saves|saved|extra|premium\s+of)\s+(?:of\s+)?(?:(?:an?|another)\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/i;

/** Each source's table rows and its figures as its tables read them (each plain number also in its column's unit), with the page figures they read: built once per source. */
interface TableReading {
  rows: BodyRow[];
  read: TableFigure[];
  originals: Set<Figure>;
  /** The cells by where their figures start, and each table's header (made on first use). */
  byStart?: Map<number, TableFigure>;
  headers?: Map<number, string[]>;
  /** The stems of the rows' first cells and of the headers (made on first use). */
  labels?: { rowLabels: Set<string>; headerWords: Set<string> };
}

/** The stems of a source's tables' row names (first cells) and headers, read once a source. */
function labelWords(s: SourceEvidence): { rowLabels: Set<string>; headerWords: Set<string> } {
  const reading = tableReading(s);
  if (!reading.labels) {
    const rowLabels = new Set<string>();
    const headerWords = new Set<string>();
    const seen = new Set<number>();
    for (const r of reading.rows) {
      for (const w of contentStems(s.text.slice(r.start, r.end).split(CELL_SEPARATOR)[0])) rowLabels.add(w);
      if (seen.has(r.table)) continue;
      seen.add(r.table);
      for (const h of r.headers) for (const w of contentStems(h)) headerWords.add(w);
    }
    reading.labels = { rowLabels, headerWords };
  }
  return reading.labels;
}
const tablesKept = new WeakMap<SourceEvidence, TableReading>();
function tableReading(s: SourceEvidence): TableReading {
  let kept = tablesKept.get(s);
  if (!kept) {
    const rows = s.text.includes(CELL_SEPARATOR) ? bodyRows(s.text, s.sentences) : [];
    const read = rows.length ? readInTables(s.text, rows, s.figures.filter((f, i, all) => i === 0 || all[i - 1].range.start !== f.range.start)) : [];
    tablesKept.set(s, (kept = { rows, read, originals: new Set(read.map((x) => x.original)) }));
  }
  return kept;
}

/**
 * Whether a figure the claim gives as a difference ("the 512GB version costs £250 more than the base model", "£2.9bn
 * more than in the first quarter") is the difference of two figures of one column of a source's table, or of one row
 * ("All retailing | 9,861 | 9,753" for "roughly £110m a week more than in February"), each read in its column's unit
 * (£1,149 and £899; 565.0 and 562.1 under "£ billion"), to the claim's rounding.
 */
export function tableDifferenceBacked(figure: Figure, claim: string, sources: SourceEvidence[]): boolean {
  // (Not a percentage: "1.4% higher" is a change, not the gap between two of a column's percentages; but points are,
  // "4.4 points better than in October 2023" for a row's 74.2 and 69.8.)
  const pointsAfter = /^\s*(?:percentage\s+)?(?:points?|pts?|pp)\b/i.exec(claim.slice(figure.range.end, figure.range.end + 24));
  if (figure.kind !== 'number' && figure.kind !== 'money' && !pointsAfter) return false;
  const afterAt = figure.range.end + (pointsAfter?.[0].length ?? 0);
  if (!DIFFERENCE_AFTER.test(claim.slice(afterAt, afterAt + 20)) && !DIFFERENCE_BEFORE.test(claim.slice(Math.max(0, (figure.approxStart ?? figure.range.start) - 40), figure.approxStart ?? figure.range.start))) return false;
  const tolerance = Math.max(figure.unit / 2, 1e-9 * Math.abs(figure.value)) + 1e-9;
  // Points are a difference from a percentage the claim gives ("74.2% in October 2024, 4.4 points better than in October
  // 2023"), the way it says: that percentage the higher of the two with "higher" or "more", the lower with "lower" or
  // "less" ("better" and "worse" go either way: what is measured says which).
  let anchors: Figure[] | undefined;
  let way = 0;
  if (pointsAfter) {
    // (The claim's percentages, and its counts in the figure's own clause: "by 16 points, while men prefer Ashby by 10"
    // is no difference from 10. With none, any two cells of a row or a column.)
    const from = Math.max(claim.lastIndexOf(',', figure.range.start), claim.lastIndexOf(';', figure.range.start), claim.lastIndexOf(' while ', figure.range.start)) + 1;
    const ends = [',', ';', ' while '].map((c) => claim.indexOf(c, figure.range.end)).filter((i) => i >= 0);
    const to = ends.length ? Math.min(...ends) : claim.length;
    anchors = extractFigures(claim)
      .filter((f) => f.range.start !== figure.range.start && (f.kind === 'percent' || (f.kind === 'number' && f.range.start >= from && f.range.end <= to)));
    if (!anchors.length) anchors = undefined;
    const word = /^\s*(\p{L}+)/u.exec(claim.slice(afterAt, afterAt + 20))?.[1].toLowerCase() ?? '';
    way = /^(?:more|higher|greater|bigger|above|over|longer)$/.test(word) ? 1 : /^(?:less|fewer|lower|smaller|below|under|shorter)$/.test(word) ? -1 : 0;
  }
  // A difference from the claim's own figure of its kind in its clause, where the table gives it ("won 20 games, five more
  // than Dunmore": from the 20), and from what the claim compares with after "than" ("than Dunmore", "than the base
  // model", "than in February"): that cell's row's first cell, or for two cells of one row its column's header, has
  // one of the words. (For points, the percentages and the named column above.)
  if (!pointsAfter) {
    const clauseFrom = Math.max(claim.lastIndexOf(';', figure.range.start), claim.lastIndexOf('. ', figure.range.start)) + 1;
    const clauseEnds = [';', '. '].map((c) => claim.indexOf(c, figure.range.end)).filter((i) => i >= 0);
    const clauseTo = clauseEnds.length ? Math.min(...clauseEnds) : claim.length;
    anchors = extractFigures(claim).filter((f) => f.range.start !== figure.range.start && f.kind === figure.kind && f.range.start >= clauseFrom && f.range.end <= clauseTo);
    const word = /^\s*(\p{L}+)/u.exec(claim.slice(afterAt, afterAt + 20))?.[1].toLowerCase() ?? '';
    way = /^(?:more|higher|greater|bigger|above|over|longer|dearer|costlier|heavier)$/.test(word) ? 1 : /^(?:less|fewer|lower|smaller|below|under|shorter|cheaper|lighter)$/.test(word) ? -1 : 0;
  }
  const thanPhrase = /^[^.;,]{0,40}?\bthan\s+([^.;,]+)/i.exec(claim.slice(afterAt, afterAt + 120))?.[1];
  const than = new Set(thanPhrase ? contentStems(thanPhrase).filter((x) => !/^\d/.test(x)) : []);
  // And the claim's own thing, before its figure ("Dunmore won 5 fewer games than Kelsey City"): where it names a row
  // of the table, the other cell is that row's.
  const subjectFrom = Math.max(claim.lastIndexOf(';', figure.range.start), claim.lastIndexOf('. ', figure.range.start)) + 1;
  const subject = new Set(contentStems(claim.slice(subjectFrom, figure.approxStart ?? figure.range.start)).filter((x) => !/^\d/.test(x)));
  // (A cell is the claim's figure as the claim gives it: "just under three-quarters" is 74.2.)
  const is = (a: Figure, v: number) => Math.abs(a.value - v) < 1e-6 || backsFigure(a, { kind: a.kind, value: v, text: String(v), range: a.range, unit: 1e-9 });
  const anchored = (higher: number, lower: number) => !anchors || (way >= 0 && anchors.some((a) => is(a, higher))) || (way <= 0 && anchors.some((a) => is(a, lower)));
  // (Only where a figure of the claim's kind is one of the table's at all: a claim's £1.3m elsewhere anchors nothing.)
  const anchorsIn = (read: TableFigure[]) => !!anchors?.length && read.some((x) => anchors!.some((a) => is(a, x.figure.value)));
  return sources.some((s) => {
    const { read, rows } = tableReading(s);
    // Of points, the column the claim compares with, where it names one by its header ("than in October 2023"): the
    // other figure is that column's.
    const named = pointsAfter ? namedColumns(rows, claim.slice(afterAt)) : new Map<number, number>();
    const columns = new Map<string, { value: number; column: number; table: number; row: number }[]>();
    for (const x of read) if (x.figure.kind === figure.kind || (pointsAfter && (x.figure.kind === 'percent' || x.figure.kind === 'number'))) {
      // A column's figures, and a row's ("All retailing | 9,861 | 9,753": £108m more than in February).
      const row = sentenceIndexAt(s.sentences, x.original.range.start);
      for (const key of [`${x.table}:${x.column}`, `row:${row}`]) {
        const list = columns.get(key) ?? [];
        list.push({ value: x.figure.value, column: x.column, table: x.table, row });
        columns.set(key, list);
      }
    }
    const anchoredHere = pointsAfter || anchorsIn(read) ? anchored : () => true;
    // What the claim compares with, named: the other cell's row's first cell, or its column's header.
    const headers = new Map<number, string[]>();
    for (const r of rows) if (!headers.has(r.table)) headers.set(r.table, r.headers);
    const labelOf = (cell: { column: number; table: number; row: number }, sameRow: boolean) =>
      sameRow ? (headers.get(cell.table)?.[cell.column] ?? '') : cell.row >= 0 ? s.text.slice(s.sentences[cell.row].range.start, s.sentences[cell.row].range.end).split(CELL_SEPARATOR)[0] : '';
    const namedBy = (words: Set<string>, cell: { column: number; table: number; row: number }, sameRow: boolean) => contentStems(labelOf(cell, sameRow)).some((x) => words.has(x));
    // (Whether words name a row of the table at all, or a column: "The champions won 3 more" names none, and any row may
    // be theirs; "than the base model" names no row "128 GB", nor "than in the first quarter" a row "Q1 2024".)
    const { rowLabels, headerWords } = labelWords(s);
    const names = (words: Set<string>, among: Set<string>) => [...words].some((w) => among.has(w));
    const namedThan = (cell: { column: number; table: number; row: number }, sameRow: boolean) => !than.size || !names(than, sameRow ? headerWords : rowLabels) || namedBy(than, cell, sameRow);
    const subjectNamesRow = subject.size > 0 && names(subject, rowLabels);
    const namedOwn = (cell: { column: number; table: number; row: number }, sameRow: boolean) => sameRow || !subjectNamesRow || namedBy(subject, cell, false);
    for (const cells of columns.values()) {
      if (cells.length > 60) continue;
      for (let i = 0; i < cells.length; i++)
        for (let j = 0; j < cells.length; j++) {
          if (i === j || Math.abs(cells[i].value - cells[j].value - figure.value) > tolerance || !anchoredHere(cells[i].value, cells[j].value)) continue;
          // (With "more than X", X is the lower; with "less than X", the higher; either way with neither.)
          const sameRow = cells[i].row === cells[j].row;
          if (!pointsAfter && !(way >= 0 && namedThan(cells[j], sameRow) && namedOwn(cells[i], sameRow)) && !(way <= 0 && namedThan(cells[i], sameRow) && namedOwn(cells[j], sameRow))) continue;
          const column = named.get(cells[i].table);
          // (The figure compared with is the one not the claim's: in the named column.)
          if (column !== undefined && cells[i].column !== column && cells[j].column !== column) continue;
          return true;
        }
    }
    return false;
  });
}

/**
 * The column of each table that `text` names by its header's words as whole words ("than in October 2023"; "for
 * women" names "Women", not "Men"), the longest header where it names two, by table.
 */
function namedColumns(rows: BodyRow[], text: string): Map<number, number> {
  const named = new Map<number, number>();
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const seen = new Set<number>();
  for (const row of rows) {
    if (seen.has(row.table)) continue;
    seen.add(row.table);
    let best = -1;
    row.headers.forEach((h, c) => {
      const words = h.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (words.length >= 3 && lower.includes(` ${words} `) && (best < 0 || words.length > row.headers[best].trim().length)) best = c;
    });
    if (best >= 0) named.set(row.table, best);
  }
  return named;
}

/** The header of the column of a table's cell (a figure of the page), or undefined where it is no cell. */
export function columnHeaderOf(s: SourceEvidence, g: Figure): string | undefined {
  const reading = tableReading(s);
  if (!reading.read.length) return undefined;
  const byStart = (reading.byStart ??= new Map(reading.read.map((c) => [c.original.range.start, c])));
  const cell = byStart.get(g.range.start);
  if (!cell) return undefined;
  if (!reading.headers) {
    reading.headers = new Map();
    for (const r of reading.rows) if (!reading.headers.has(r.table)) reading.headers.set(r.table, r.headers);
  }
  return reading.headers.get(cell.table)?.[cell.column];
}

/**
 * Whether two figures of a source, compared by a claim that names a table's column after them (`after`: "than in
 * October 2023"), are compared with that column: where both are cells of a table whose column the claim names, one is
 * in it. Any two figures are, where the claim names no column of their table. Made once for a claim and a source.
 */
export function comparedWithNamedColumn(s: SourceEvidence, after: string): (x: Figure, y: Figure) => boolean {
  const reading = tableReading(s);
  if (!reading.read.length) return () => true;
  const named = namedColumns(reading.rows, after);
  if (!named.size) return () => true;
  // (By place: a cell's figure and its reading in the column's unit are one cell.)
  const byStart = (reading.byStart ??= new Map(reading.read.map((c) => [c.original.range.start, c])));
  return (x, y) => {
    const cx = byStart.get(x.range.start);
    const cy = byStart.get(y.range.start);
    if (!cx || !cy || cx.table !== cy.table) return true;
    const column = named.get(cx.table);
    return column === undefined || cx.column === column || cy.column === column;
  };
}

/** Words of a whole: a row that is the table's total, or a claim's figure said of one. */
const AGGREGATE = /\b(?:all|total|totals|national|nationwide|nationally|headline|overall|average|combined|together|whole|sum|subtotal|country|countrywide|eu|uk|us|in all|everyone|overall)\b/i;

/** Row names that name no one thing ("Total", "All regions"): a claim's word for them is no row's. */
const GENERIC_ROW = /^(?:total|totals|all|average|mean|median|other|others|overall|sum|subtotal|change|net|memo)$/i;

/**
 * A figure the claim gives of a row the claim names, which the table gives only in another row: "Eastmarch's yield was
 * 5.38 tonnes a hectare" where the row "Eastmarch | 4.86 | …" has 4.86, and 5.38 is Varrow's row's, in the same column.
 * Said only where it is sure: the claim names exactly one row of the sources' tables by all the words of its first
 * cell (not a generic one, "Total"), and no other row; the claim's figure is in no cell of that row, read in its
 * column's unit, but in another row of the same table; that row's column has a figure of the named row. Its figure, and
 * the source, are returned; else undefined.
 */
/** A row's name: its first cell, without what a parenthesis after it lists or notes ("Savoury snacks (crisps, salted nuts, popcorn)"). */
function rowLabel(text: string, row: { start: number; end: number }): string {
  const cut = text.indexOf(CELL_SEPARATOR, row.start);
  const cell = text.slice(row.start, cut < 0 || cut > row.end ? row.end : cut).trim();
  return cell.replace(/\s*\([^()]*\)\s*$/, '') || cell;
}

export function wrongRowFigure(figure: Figure, claim: string, others: Figure[], sources: SourceEvidence[], backs: (claim: Figure, page: Figure) => boolean, stemsOf: (text: string) => string[]): { source: number; theirs: Figure; read?: boolean } | undefined {
  if (figure.kind !== 'number' && figure.kind !== 'money' && figure.kind !== 'percent') return undefined;
  // Not a figure the claim works out or compares ("2.5 points below the national rate"). A change said as one ("grew
  // by 4.7%", "rose 22.5%") may be a column of changes', which is looked at once the column is known.
  const head = claim.slice(Math.max(0, (figure.approxStart ?? figure.range.start) - 40), figure.approxStart ?? figure.range.start);
  if (DIFFERENCE_AFTER.test(claim.slice(figure.range.end, figure.range.end + 30).replace(/^(?:age)?\s*(?:percentage\s+)?(?:points?|pts?|pp|per\s?cent|percent|%)/i, '')) || (DIFFERENCE_BEFORE.test(head) && !CHANGED_BEFORE.test(head))) return undefined;
  const saidAsChange = DIFFERENCE_BEFORE.test(head);
  // Nor one the claim gives of a whole or of something it compares with ("the national rate of 4.1%", "behind the leader's 87").
  const before = claim.slice(Math.max(0, (figure.approxStart ?? figure.range.start) - 48), figure.approxStart ?? figure.range.start);
  if (AGGREGATE.test(before) || /\b(?:behind|trailed|trailing|than|compared|against|versus|vs|leader|leader's|rival|rivals)\b/i.test(before)) return undefined;
  // (Pages without tables are left at once.)
  if (!sources.some((x) => tableReading(x).rows.length)) return undefined;
  const folded = claim.toLowerCase().replace(/\s+/g, ' ');
  // The one source that gives the figure, and only in its tables' rows.
  const giving = sources.map((s, i) => (s.figures.some((g) => backs(figure, g)) ? i : -1)).filter((i) => i >= 0);
  if (giving.length !== 1) return undefined;
  const s = sources[giving[0]];
  const { rows, read, originals } = tableReading(s);
  if (!rows.length) return undefined;
  const backing = read.filter((x) => backs(figure, x.figure));
  // (Given only in tables' rows: as written, or read in its column's unit, "9.6" under "Change (%)".)
  const inTables = (g: Figure) => originals.has(g) || rows.some((r) => g.range.start >= r.start && g.range.end <= r.end);
  if (!backing.length || s.figures.some((g) => backs(figure, g) && !inTables(g))) return undefined;
  // The table it is given in, and the rows of that table the claim names by every word of their first cell.
  const tables = new Set(backing.map((x) => x.table));
  if (tables.size !== 1) return undefined;
  const table = [...tables][0];
  // (The row's first cell as the claim writes it, whole: "Eastmarch", "Construction and building services".)
  const named = rows.filter((row) => {
    if (row.table !== table) return false;
    const cell = rowLabel(s.text, row);
    const label = stemsOf(cell).filter((w) => !/^\d/.test(w));
    if (!label.length || label.every((w) => GENERIC_ROW.test(w))) return false;
    const at = folded.indexOf(cell.toLowerCase().replace(/\s+/g, ' '));
    // Written as a name, capitalised ("Eastmarch", "Construction and building services" opening the sentence), not a
    // common word of the sentence ("his career" is no row "Career").
    return at >= 0 && !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(folded[at + cell.length] ?? '') && /^\p{Lu}/u.test(claim.replace(/\s+/g, ' ')[at] ?? '');
  });
  // One row named, and the figure in none of its cells; no other figure of the claim in it either (a claim giving the
  // row's figure and another may work the other out: "64.2%, … 2.5 points below").
  if (named.length !== 1) return undefined;
  const row = named[0];
  // The figure said of the named row, right after its name in one clause: no comma, "which", "where" between.
  const cell = rowLabel(s.text, row).toLowerCase().replace(/\s+/g, ' ');
  const at = folded.indexOf(cell);
  const between = claim.replace(/\s+/g, ' ').slice(at + cell.length, figure.approxStart ?? figure.range.start);
  if (at < 0 || at + cell.length > (figure.approxStart ?? figure.range.start) || /[;:()]|\b(?:which|where|while|whereas|when|whose|or|but|than)\b/i.test(between)) return undefined;
  const inRow = (x: TableFigure) => x.original.range.start >= row.start && x.original.range.end <= row.end;
  // The claim's other figures of the named row, and their columns ("Asia-Pacific accounted for 48,200 affected
  // individuals and 3,400 exposed ID numbers": the row's 48,200, then another row's 3,400).
  const ownCells = others.flatMap((f) => read.filter((x) => inRow(x) && backs(f, x.figure)).map((x) => ({ f, column: x.column })));
  // A comma or an "and" between the name and the figure only to go on with the row: after its other figures, or
  // around a description of it ("Brennmark, the region's largest physical market, grew 9.6%").
  // (Listed in one run: no comma, verb or possessive between the row's figure and this one, "$150m, and its
  // neighbour grew 4.7%", "$150m and the fastest-growing region's was up 4.7%" being another subject's.)
  // (Commas of a list are the row's: "48,200 affected individuals, 3,400 ID numbers and 310 bank accounts".)
  const listed = ownCells.some(({ f }) => f.range.start > at && f.range.end <= figure.range.start && !/;|\b(?:is|are|was|were|has|have|had|grew|rose|fell|grows|rises|falls|growing|rising|falling|up|down|its|their|his|her|with\s+(?:the|a|an))\b|['’]s\b/i.test(claim.slice(f.range.end, figure.approxStart ?? figure.range.start)));
  const described = /^,\s+(?:the|a|an|its|their)\s[^,;:()]{1,60},\s(?![^,]*,)/i.test(between);
  // (Or the figure given after a comma with "at": "Turnout was lowest in the Southern Valleys, at 58.9%".)
  const atAfter = /^\s*,\s+at\s+$/i.test(between);
  if (/[,]|\band\b/i.test(between) && !listed && !described && !atAfter) return undefined;
  // Nor a figure another row gives that is a whole of the table ("Total", "All items", "National").
  const labelOf = (start: number, end: number) => {
    const c = s.text.indexOf(CELL_SEPARATOR, start);
    return s.text.slice(start, c < 0 || c > end ? end : c);
  };
  if (backing.some((x) => rows.some((r) => x.original.range.start >= r.start && x.original.range.end <= r.end && AGGREGATE.test(labelOf(r.start, r.end))))) return undefined;
  if (backing.some(inRow)) return undefined;
  const columns = new Set(backing.map((x) => x.column));
  if (columns.size !== 1) return undefined;
  const column = [...columns][0];
  // Another figure of the claim in the named row's cell of that column: the claim gives the row's figure and works
  // this one out ("64.2%, … 2.5 points below"). One in another column is a cell of the row listed beside it.
  if (ownCells.some((x) => x.column === column)) return undefined;
  // A change said as one only of a column of changes ("Change", "Growth (%)", "% change 2021–31").
  if (saidAsChange && !CHANGE_HEADER.test(row.headers[column] ?? '')) return undefined;
  const theirs = read.find((x) => x.table === table && inRow(x) && x.column === column && x.figure.kind === figure.kind);
  // (`read`: the cell was read in its column's unit, "150" as "$150m": it is no figure to write as it is.)
  return theirs ? { source: giving[0], theirs: theirs.original, read: theirs.figure !== theirs.original } : undefined;
}
