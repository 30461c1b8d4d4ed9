/**
 * Finds sources in the workspace that back a sentence better than what it
 * cites (or cites nothing): candidates from the catalogue search, each judged
 * by the same support checker, and the edits that would cite the best ones.
 */
import type { DraftModel } from '../draft/parseDraft';
import type { SourceIndex } from '../sources/sourceIndex';
import type { SourceRecord } from '../sources/sourceTypes';
import type { CitationStyle } from '../config';
import type { OffsetRange } from '../text';
import { planInsertCitation, planDefinition, type TextEditOffsets } from '../insertCitation';
import { checkSupport } from './supportChecker';
import { SUPPORTED_AT } from './model';

export interface Suggestion {
  source: SourceRecord;
  score: number;
  edits: TextEditOffsets[];
}

const CANDIDATES = 15;

/**
 * Sources that support `claim` with a score of at least SUPPORTED_AT and clearly better than `currentScore`.
 * `replace` is the marker group to replace; without it, a marker is added at the end of `sentence`.
 */
export function suggestCitations(args: {
  draftPath: string;
  draft: DraftModel;
  sources: SourceIndex;
  roots: string[];
  style: CitationStyle;
  claim: string;
  sentence: OffsetRange;
  maskedSentence: string;
  exclude: SourceRecord[];
  currentScore: number;
  replace?: OffsetRange;
  limit?: number;
}): Suggestion[] {
  const out: Suggestion[] = [];
  for (const { record } of args.sources.search(args.claim, CANDIDATES)) {
    if (!record.readable || record.metadataOnly || args.exclude.includes(record)) continue;
    const r = checkSupport(args.claim, args.maskedSentence, args.sentence.start, [record]);
    if (r.score < SUPPORTED_AT || r.score < args.currentScore + 0.15) continue;
    out.push({ source: record, score: r.score, edits: editsFor(args, record) });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, args.limit ?? 2);
}

function editsFor(args: Parameters<typeof suggestCitations>[0], source: SourceRecord): TextEditOffsets[] {
  const { draft } = args;
  if (args.replace) {
    const plan = planInsertCitation(args.draftPath, draft, args.replace.start, source, args.style, args.roots);
    return plan.edits.map((e) => (e.start === args.replace!.start && e.end === args.replace!.start && e.newText === plan.marker ? { start: args.replace!.start, end: args.replace!.end, newText: plan.marker } : e));
  }
  // No marker yet: put it before the sentence's final punctuation ("claim [4].").
  const text = draft.text.slice(args.sentence.start, args.sentence.end);
  const m = /[.!?…]["'”’)]*\s*$/.exec(text);
  const at = args.sentence.start + (m ? m.index : text.trimEnd().length);
  return planInsertCitation(args.draftPath, draft, at, source, args.style, args.roots).edits;
}

/** Below this score a source is too unlike the sentence to offer as what a marker meant. */
const DEFINE_AT_LEAST = 0.3;

/**
 * For a numeric label with no definition (an AI draft whose list of sources was cut off): the
 * sources that back the sentences citing it best on average, each with the edit that defines the
 * label as it. A label means one source wherever it is cited, so every sentence citing it counts.
 */
export function definitionSuggestions(args: {
  draftPath: string;
  draft: DraftModel;
  sources: SourceIndex;
  roots: string[];
  label: string;
  /** The sentences citing the label (the first few are used). */
  claims: { claim: string; sentence: OffsetRange; maskedSentence: string }[];
  limit?: number;
  /** The support threshold: a source that would leave a sentence citing the label below it is not offered. */
  threshold?: number;
}): Suggestion[] {
  const claims = args.claims.slice(0, 5);
  const candidates = new Set<SourceRecord>();
  for (const c of claims) for (const { record } of args.sources.search(c.claim, 8)) if (record.readable && !record.metadataOnly) candidates.add(record);
  const out: Suggestion[] = [];
  for (const record of candidates) {
    let total = 0;
    let lowest = Infinity;
    for (const c of claims) {
      const s = checkSupport(c.claim, c.maskedSentence, c.sentence.start, [record]).score;
      total += s;
      lowest = Math.min(lowest, s);
    }
    const score = total / claims.length;
    if (score < Math.max(DEFINE_AT_LEAST, args.threshold ?? 0) || lowest < (args.threshold ?? 0)) continue;
    out.push({ source: record, score, edits: [planDefinition(args.draftPath, args.draft, args.label, record, args.roots)] });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, args.limit ?? 3);
}
