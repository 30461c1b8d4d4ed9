/**
 * What Cited learns from a source, as plain data a host may store and hand back: the record
 * (metadata, lead, problems, and the extracted text of formats that are read whole), and the
 * evidence's sentences with their stems. The core does no I/O: a host that keeps these (the
 * CLI's and the server's cache, server/src/node/cache.ts) registers a `SourceStore`, which the
 * core asks before extracting a source's text or splitting it into stemmed sentences, and tells
 * what it computed afresh.
 */
import type { ExtractedText, SourceMeta, SourceProblem, SourceRecord, SourceFormat } from './sourceTypes';
import type { Figure } from '../support/numbers';

/** Bumped whenever what is stored, or how it is computed, changes: a stored entry of another number is not used. */
export const LEARNED_FORMAT = 8;

/** A record without its path and file contents (the host has both). */
export interface SourceSnapshot {
  format: SourceFormat;
  id: string;
  /** The id is the file name's stem (no id in the file), so it follows the path. */
  idFromFile: boolean;
  meta: SourceMeta;
  problems: SourceProblem[];
  lead: string;
  readable: boolean;
  /** The extracted text, for formats extracted when read (text, HTML, JSON); markdown's is extracted on first use. */
  text?: ExtractedText;
}

/** A sentence of a source's evidence (`support/evidence.ts`), as stored. */
export interface LearnedSentence {
  start: number;
  end: number;
  stems: string[];
  paragraphStart: boolean;
}

/** A source's extracted text and its evidence sentences. */
export interface LearnedEvidence {
  text: ExtractedText;
  sentences: LearnedSentence[];
  /** The stems the text states negatively (`negatedStems`): every check of a claim asks them of the draft's other sources. */
  negated?: string[];
  /**
   * The text's figures (`extractFigures`) and numbers in words (`wordNumbers`): a claim with a
   * figure asks them of every source it cites, and finding them is most of building the evidence again.
   */
  figures?: Figure[];
  wordNumbers?: number[];
}

/** What the evidence is built from when the store has it. */
export type LearnedParts = Omit<LearnedEvidence, 'text'>;

export interface SourceStore {
  /** What was learned before from this record's contents, or undefined. Must not throw. */
  loadEvidence(record: SourceRecord): LearnedEvidence | undefined;
  /** What was learned afresh from this record's contents. Must not throw. */
  saveEvidence(record: SourceRecord, learned: LearnedEvidence): void;
}

let store: SourceStore | undefined;

/** Registers the host's store (undefined: none). One per process: records are told apart by their contents. */
export function useSourceStore(s: SourceStore | undefined): void {
  store = s;
}

/** The record an extracted text belongs to, so evidence built from the text can be stored for it. */
const owners = new WeakMap<ExtractedText, SourceRecord>();
/** What the store handed back for a text (sentences, negated stems, figures), used once when the evidence is built. */
const seeds = new WeakMap<ExtractedText, LearnedParts>();

export function noteTextOwner(text: ExtractedText, record: SourceRecord): void {
  if (store) owners.set(text, record);
}

/** Records the store was asked about and had nothing for: not asked again for their evidence. */
const unknown = new WeakSet<SourceRecord>();

/** The stored text (and sentences, kept for the evidence) of a markdown record, if the store has them. */
export function learnedText(record: SourceRecord): ExtractedText | undefined {
  const learned = store && safe(() => store!.loadEvidence(record));
  if (store && !learned) unknown.add(record);
  if (!learned || !isLearnedEvidence(learned)) return undefined;
  seeds.set(learned.text, partsOf(learned));
  return learned.text;
}

/** What is stored for this text (sentences, negated stems, figures), if anything (taken: asked again, the store is asked again). */
export function learnedParts(text: ExtractedText): LearnedParts | undefined {
  const seeded = seeds.get(text);
  if (seeded) {
    seeds.delete(text);
    return seeded;
  }
  const owner = owners.get(text);
  const learned = owner && store && !unknown.has(owner) ? safe(() => store!.loadEvidence(owner)) : undefined;
  // Stored for the same contents, so the same text; checked all the same, as it costs little.
  if (!learned || !isLearnedEvidence(learned) || learned.text.text !== text.text) return undefined;
  return partsOf(learned);
}

function partsOf(learned: LearnedEvidence): LearnedParts {
  return { sentences: learned.sentences, negated: learned.negated, figures: learned.figures, wordNumbers: learned.wordNumbers };
}

/**
 * Saves put off (`deferSaves`), oldest first: each makes the plain data (a source's figures among
 * them, found for the whole text) and hands it to the store it was made for.
 */
let deferred: (() => void)[] | undefined;
/** How many saves may wait: past that, the oldest is made at once (each holds its source's evidence until made). */
const DEFERRED_MAX = 8;

/**
 * Whether telling the store waits for the host (`saveDeferred`): a thread that answers a waiting
 * hover tells the store after the answer, not before (the plain data of a long page, its figures
 * found for the whole text, took a quarter of the time of judging a claim citing a new source).
 * Turned off, what waits is saved at once.
 */
export function deferSaves(on: boolean): void {
  if (!on) saveDeferred();
  deferred = on ? (deferred ?? []) : undefined;
}

/** Makes up to `max` of the saves put off, oldest first; how many still wait. */
export function saveDeferred(max = Infinity): number {
  // (The queue as it is now: a store that turned deferring off meanwhile saved the rest itself.)
  const queue = deferred;
  if (!queue) return 0;
  for (let n = 0; n < max && queue.length; n++) queue.shift()!();
  return queue.length;
}

/**
 * Whether this thread tells the store what it learns afresh of a source's text (true unless a host says otherwise,
 * `storeEvidenceWhen`): a host whose other thread judges the same sources, and stores what it learns of them, need
 * not make the plain data again on this one (the server's thread, which finds a hover's passage while the judging
 * thread is busy: the plain data, the whole text's figures among them, took half of that hover's time).
 */
let storesEvidence: () => boolean = () => true;
export function storeEvidenceWhen(when: () => boolean): void {
  storesEvidence = when;
}

/** Tells the store what was computed afresh for this text (made into plain data only when there is a store to tell). */
export function learnedAfresh(text: ExtractedText, parts: () => LearnedParts): void {
  const owner = owners.get(text);
  const to = store;
  if (!owner || !to) return;
  // Left to the other thread: asked of the store again when the evidence is next built.
  if (!storesEvidence()) return void unknown.delete(owner);
  const save = () => void safe(() => to.saveEvidence(owner, { text, ...parts() }));
  // The store has them now (or will before long): asked again when the evidence is next built (reading them back costs less than splitting the text again).
  unknown.delete(owner);
  if (!deferred) return save();
  deferred.push(save);
  if (deferred.length > DEFERRED_MAX) deferred.shift()!();
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isRange = (x: unknown): boolean => isObject(x) && typeof x.start === 'number' && typeof x.end === 'number';

export function isExtractedText(x: unknown): x is ExtractedText {
  return (
    isObject(x) &&
    typeof x.text === 'string' &&
    Array.isArray(x.segments) &&
    x.segments.every((s) => isObject(s) && typeof s.t === 'number' && typeof s.s === 'number') &&
    (x.fileLength === undefined || typeof x.fileLength === 'number')
  );
}

/** Whether stored data has the shape of a snapshot (a corrupt or foreign entry is not used). */
export function isSourceSnapshot(x: unknown): x is SourceSnapshot {
  return (
    isObject(x) &&
    ['markdown', 'text', 'html', 'json'].includes(x.format as string) &&
    typeof x.id === 'string' &&
    typeof x.idFromFile === 'boolean' &&
    isObject(x.meta) &&
    Object.values(x.meta).every((v) => typeof v === 'string') &&
    Array.isArray(x.problems) &&
    x.problems.every((p) => isObject(p) && (p.kind === 'unreadable' || p.kind === 'repaired') && typeof p.message === 'string' && (p.range === undefined || isRange(p.range))) &&
    typeof x.lead === 'string' &&
    typeof x.readable === 'boolean' &&
    (x.text === undefined || isExtractedText(x.text))
  );
}

export function isLearnedEvidence(x: unknown): x is LearnedEvidence {
  if (!isObject(x) || !isExtractedText(x.text) || !Array.isArray(x.sentences)) return false;
  if (x.negated !== undefined && !(Array.isArray(x.negated) && x.negated.every((t) => typeof t === 'string'))) return false;
  const length = x.text.text.length;
  if (x.wordNumbers !== undefined && !(Array.isArray(x.wordNumbers) && x.wordNumbers.every((n) => typeof n === 'number'))) return false;
  if (x.figures !== undefined && !(Array.isArray(x.figures) && x.figures.every((f) => isFigure(f, (x.text as ExtractedText).text)))) return false;
  return x.sentences.every(
    (s) =>
      isObject(s) &&
      typeof s.start === 'number' &&
      typeof s.end === 'number' &&
      s.start >= 0 &&
      s.start <= s.end &&
      s.end <= length &&
      typeof s.paragraphStart === 'boolean' &&
      Array.isArray(s.stems) &&
      s.stems.every((t) => typeof t === 'string'),
  );
}

const FIGURE_KINDS = new Set(['money', 'percent', 'year', 'number']);
const APPROXIMATIONS = new Set(['about', 'nearly', 'over', 'under']);

/** A stored figure of `text`: of a known kind, a finite value, and where it says in the text (its words as stored). */
function isFigure(f: unknown, text: string): boolean {
  if (!isObject(f) || !isRange(f.range) || typeof f.text !== 'string') return false;
  const { start, end } = f.range as { start: number; end: number };
  return (
    FIGURE_KINDS.has(f.kind as string) &&
    typeof f.value === 'number' &&
    Number.isFinite(f.value) &&
    start >= 0 &&
    start <= end &&
    end <= text.length &&
    text.startsWith(f.text, start) &&
    typeof f.unit === 'number' &&
    (f.approx === undefined || APPROXIMATIONS.has(f.approx as string)) &&
    (f.approxStart === undefined || (typeof f.approxStart === 'number' && f.approxStart >= 0 && f.approxStart <= start)) &&
    (f.share === undefined || f.share === true) &&
    (f.clock === undefined || f.clock === true)
  );
}
