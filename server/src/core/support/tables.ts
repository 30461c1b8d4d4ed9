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
 * A table is a run of paragraphs that are rows (a line with the cell separator), one after another;
 * its header is its first row, its caption the paragraph right before it when that is short.
 */
import { CELL_SEPARATOR } from '../sources/sourceTypes';
import type { Figure } from './numbers';
import type { Sentence } from './evidence';

/** A caption longer than this is a paragraph of prose before the table, not its caption. */
const CAPTION_MAX = 300;

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

/** The tables of a text, by its sentences. */
function tablesOf(text: string, sentences: readonly Sentence[]): Table[] {
  if (!text.includes(CELL_SEPARATOR)) return [];
  const paras = paragraphs(sentences);
  const isRow = (p: number[]) => text.slice(sentences[p[0]].range.start, sentences[p[p.length - 1]].range.end).includes(CELL_SEPARATOR);
  const out: Table[] = [];
  for (let i = 0; i < paras.length; i++) {
    if (!isRow(paras[i])) continue;
    const first = i;
    while (i + 1 < paras.length && isRow(paras[i + 1])) i++;
    const before = first > 0 ? paras[first - 1] : undefined;
    const captionLength = before ? sentences[before[before.length - 1]].range.end - sentences[before[0]].range.start : Infinity;
    out.push({ rows: paras.slice(first, i + 1), caption: before && captionLength <= CAPTION_MAX ? before : [] });
  }
  return out;
}

/**
 * Gives each table row, as its `context`, the stems of its table's header and caption it does not
 * have itself (the header's own context is the caption's). Changes `sentences` in place.
 */
export function withTableWords(text: string, sentences: Sentence[]): void {
  for (const t of tablesOf(text, sentences)) {
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

/** A unit a table's caption or header declares for its numbers: a scale, and whether they are money. */
interface TableUnit {
  scale: number;
  money: boolean;
}

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12 };
const SCALE_LETTERS: Record<string, number> = { k: 1e3, '000': 1e3, '000s': 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
/** A currency named by its sign, code or word. */
const CURRENCY = /[$£€¥₹]|\b(?:US|USD|GBP|EUR|JPY|INR|CAD|AUD)\b|\b(?:dollars?|pounds?|sterling|euros?|yen|rupees?)\b/i;
/** "in millions", "(thousands)", "£ million", "US$ billion", "$ in millions". */
const SCALE_WORD = /\b(thousands?|millions?|billions?|trillions?)\b/i;
/** "$m", "£bn", "(€000)", "US$m", "£000s", "'000". */
const SCALE_AFTER_SIGN = /(?:[$£€¥₹]|\b(?:US\$|USD|GBP|EUR))\s?(k|000s?|mn|mln|m|bn|b|tn)\b|['’](000s?)\b|\((000s?)\)/i;

/** The unit `context` (a caption and header) declares for a table's numbers, if it declares one. */
function tableUnit(context: string): TableUnit | undefined {
  const word = SCALE_WORD.exec(context)?.[1];
  const after = SCALE_AFTER_SIGN.exec(context);
  const letters = after ? (after[1] ?? after[2] ?? after[3]).toLowerCase() : undefined;
  const scale = word ? SCALE_WORDS[word.toLowerCase()] : letters ? SCALE_LETTERS[letters] : undefined;
  const money = CURRENCY.test(context);
  if (!scale && !money) return undefined;
  return { scale: scale ?? 1, money };
}

/**
 * `figures` (the text's, in order) with, after each plain number in a row below a table's header,
 * the same number read in the unit the table's caption or header declares.
 */
export function tableFigures(text: string, sentences: readonly Sentence[], figures: Figure[]): Figure[] {
  const tables = tablesOf(text, sentences);
  if (!tables.length) return figures;
  /** Each table's body (its rows after the header) as a text range, with its unit. */
  const bodies: { start: number; end: number; unit: TableUnit }[] = [];
  for (const t of tables) {
    if (t.rows.length < 2) continue;
    const slice = (indexes: number[]) => (indexes.length ? text.slice(sentences[indexes[0]].range.start, sentences[indexes[indexes.length - 1]].range.end) : '');
    const unit = tableUnit(`${slice(t.caption)}\n${slice(t.rows[0])}`);
    if (!unit) continue;
    const body = t.rows.slice(1);
    bodies.push({ start: sentences[body[0][0]].range.start, end: sentences[body[body.length - 1][body[body.length - 1].length - 1]].range.end, unit });
  }
  if (!bodies.length) return figures;
  const out: Figure[] = [];
  let b = 0;
  for (const f of figures) {
    out.push(f);
    while (b < bodies.length && bodies[b].end <= f.range.start) b++;
    const body = bodies[b];
    if (!body || f.range.start < body.start || f.kind !== 'number' || f.approx || f.clock || f.share) continue;
    const { scale, money } = body.unit;
    if (scale === 1 && !money) continue;
    out.push({ ...f, kind: money ? 'money' : 'number', value: f.value * scale, unit: f.unit * scale });
  }
  return out;
}
