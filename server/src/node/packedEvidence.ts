/**
 * A source's evidence as the persistent cache stores it (`cache.ts`): the same data as
 * `LearnedEvidence`, packed so that it is smaller on disk and quicker to read back. Each distinct
 * stem is written once (`vocab`), the sentences as numbers (their place, whether a paragraph
 * starts there, how many stems they have, the stems as places in `vocab`), and figures as rows of
 * numbers with their words left to the text they are read from. Reading back a source's evidence
 * happens once for every draft that cites it in `cited check`, so this is on the hot path: on the
 * benchmark's pages, about 40% fewer bytes and 40% less time to parse.
 *
 * What is read back is checked here for its shape (and again by the core, `isLearnedEvidence`):
 * a packed entry that does not unpack is corrupt.
 */
import type { LearnedEvidence, LearnedSentence } from '../core/sources/learned';
import type { Figure } from '../core/support/numbers';
import { isExtractedText } from '../core/sources/learned';

export interface PackedEvidence {
  text: LearnedEvidence['text'];
  vocab: string[];
  /** Four numbers a sentence: start, end, 1 when a paragraph starts there (else 0), how many stems. */
  sentences: number[];
  /** The sentences' stems in order, as places in `vocab`. */
  stems: number[];
  negated?: string[];
  /** Nine numbers a figure (`FIGURE_FIELDS`). */
  figures?: number[];
  wordNumbers?: number[];
}

const KINDS: Figure['kind'][] = ['money', 'percent', 'year', 'number'];
const APPROX: (Figure['approx'] | undefined)[] = [undefined, 'about', 'nearly', 'over', 'under'];
/** kind, value, start, end, length of its words from start, unit, approximation (0 none), where that starts (-1 none), flags (1: a share, 2: a part of a time). */
const FIGURE_FIELDS = 9;

export function packEvidence(learned: LearnedEvidence): PackedEvidence {
  const places = new Map<string, number>();
  const vocab: string[] = [];
  const sentences: number[] = [];
  const stems: number[] = [];
  for (const s of learned.sentences) {
    sentences.push(s.start, s.end, s.paragraphStart ? 1 : 0, s.stems.length);
    for (const st of s.stems) {
      let i = places.get(st);
      if (i === undefined) {
        places.set(st, (i = vocab.length));
        vocab.push(st);
      }
      stems.push(i);
    }
  }
  const packed: PackedEvidence = { text: learned.text, vocab, sentences, stems };
  if (learned.negated) packed.negated = learned.negated;
  if (learned.wordNumbers) packed.wordNumbers = learned.wordNumbers;
  if (learned.figures) {
    const rows: number[] = [];
    for (const f of learned.figures) {
      rows.push(KINDS.indexOf(f.kind), f.value, f.range.start, f.range.end, f.text.length, f.unit, Math.max(0, APPROX.indexOf(f.approx)), f.approxStart ?? -1, (f.share ? 1 : 0) | (f.clock ? 2 : 0));
    }
    packed.figures = rows;
  }
  return packed;
}

const isNumbers = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => typeof n === 'number');
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((n) => typeof n === 'string');

/** The evidence a packed entry holds, or undefined when it is not one (corrupt, or of another shape). */
export function unpackEvidence(x: unknown): LearnedEvidence | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const p = x as Partial<PackedEvidence>;
  if (!isExtractedText(p.text) || !isStrings(p.vocab) || !isNumbers(p.sentences) || !isNumbers(p.stems) || p.sentences.length % 4 !== 0) return undefined;
  const { vocab, stems } = p;
  const sentences: LearnedSentence[] = [];
  let k = 0;
  for (let i = 0; i < p.sentences.length; i += 4) {
    const n = p.sentences[i + 3];
    if (!Number.isInteger(n) || n < 0 || k + n > stems.length) return undefined;
    const own = new Array<string>(n);
    for (let j = 0; j < n; j++) {
      const st = vocab[stems[k++]];
      if (st === undefined) return undefined;
      own[j] = st;
    }
    sentences.push({ start: p.sentences[i], end: p.sentences[i + 1], paragraphStart: p.sentences[i + 2] === 1, stems: own });
  }
  if (k !== stems.length) return undefined;
  const learned: LearnedEvidence = { text: p.text, sentences };
  if (p.negated !== undefined) {
    if (!isStrings(p.negated)) return undefined;
    learned.negated = p.negated;
  }
  if (p.wordNumbers !== undefined) {
    if (!isNumbers(p.wordNumbers)) return undefined;
    learned.wordNumbers = p.wordNumbers;
  }
  if (p.figures !== undefined) {
    const rows = p.figures;
    if (!isNumbers(rows) || rows.length % FIGURE_FIELDS !== 0) return undefined;
    const text = p.text.text;
    const figures: Figure[] = [];
    for (let i = 0; i < rows.length; i += FIGURE_FIELDS) {
      const [kind, value, start, end, length, unit, approx, approxStart, flags] = rows.slice(i, i + FIGURE_FIELDS);
      if (KINDS[kind] === undefined || (APPROX[approx] === undefined && approx !== 0) || !(length >= 0)) return undefined;
      const f: Figure = { kind: KINDS[kind], value, text: text.slice(start, start + length), range: { start, end }, unit };
      if (approx > 0) f.approx = APPROX[approx];
      if (approxStart >= 0) f.approxStart = approxStart;
      if (flags & 1) f.share = true;
      if (flags & 2) f.clock = true;
      figures.push(f);
    }
    learned.figures = figures;
  }
  return learned;
}
