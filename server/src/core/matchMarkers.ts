/**
 * Match Markers to Sources: a draft that arrives without its source list (an
 * AI-written article citing [1]–[10] with no definitions) gets a proposed
 * definition for each undefined number. Every saved source is scored against
 * all the sentences that cite the number (the support checker's score, their
 * mean), numbers and sources are paired one to one by the highest total
 * score, and a pairing is proposed as clear only when its score is high enough
 * and no other source comes close. A source goes to two numbers only when it
 * is clearly the best for each of them.
 */
import type { DraftModel } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import type { SourceRecord } from './sources/sourceTypes';
import type { OffsetRange } from './text';
import { squash } from './text';
import { Resolver } from './resolve';
import { claimFor } from './claims';
import { maskedSentence } from './support/claimChecks';
import { checkSupport } from './support/supportChecker';
import { SUPPORTED_AT } from './support/model';
import { planDefinitions, type TextEditOffsets } from './insertCitation';

/** A source's score for a number: the mean over the sentences citing it, with its best passage. */
export interface MatchCandidate {
  source: SourceRecord;
  score: number;
  /** The passage of the source that best backs the sentence it backs best (file offsets). */
  passage?: { text: string; fileRange: OffsetRange };
}

export interface MarkerMatch {
  /** The number, as written in the markers ("4"). */
  label: string;
  /** The sentences that cite it (draft offsets), in draft order. */
  sentences: OffsetRange[];
  /**
   * `clear`: the proposal is the clearly best source; `unclear`: a best source exists but its score
   * is low or another comes too close (left undefined unless the writer accepts it); `none`: no
   * saved source backs the sentences at all.
   */
  status: 'clear' | 'unclear' | 'none';
  proposal?: MatchCandidate;
  /** The next best source for the number, when there is one. */
  runnerUp?: MatchCandidate;
  /** Why the number is left undefined (empty when clear). */
  reason: string;
}

/** Below this mean score a source is too unlike the sentences to be what the number meant. */
export const MATCH_AT_LEAST = 0.3;
/** The best source must beat the next by this much to be clearly the one. */
export const MATCH_MARGIN = 0.08;
/** Sentences read per number (the first ones in the draft). */
const SENTENCES_PER_LABEL = 8;
/** Above this many sources, only those the catalogue search ranks best for the number's sentences are scored, this many. */
const CANDIDATES = 12;
const SEARCH_HITS = 10;

interface LabelSentences {
  label: string;
  sentences: { range: OffsetRange; claim: string; masked: string }[];
}

/** The numbers cited in the draft that have no definition, each with the sentences citing it. */
export function undefinedNumbers(draftPath: string, draft: DraftModel, sources: SourceIndex, roots: string[]): LabelSentences[] {
  const resolver = new Resolver(draftPath, draft, sources, roots);
  const byLabel = new Map<string, LabelSentences>();
  const seen = new Map<string, Set<number>>();
  for (const c of draft.citations) {
    if (c.kind !== 'numeric') continue;
    for (const r of c.refs) {
      if (!/^\d+$/.test(r.label) || resolver.resolve(c, r).status !== 'undefined') continue;
      let entry = byLabel.get(r.label);
      if (!entry) byLabel.set(r.label, (entry = { label: r.label, sentences: [] }));
      const claim = claimFor(draft, c);
      const starts = seen.get(r.label) ?? new Set<number>();
      seen.set(r.label, starts);
      if (starts.has(claim.range.start)) continue;
      starts.add(claim.range.start);
      entry.sentences.push({ range: claim.range, claim: claim.text, masked: maskedSentence(draft, claim.range) });
    }
  }
  return [...byLabel.values()].sort((a, b) => Number(a.label) - Number(b.label));
}

/** Proposes a source for every undefined number of the draft (see the module comment). */
export function matchMarkers(args: { draftPath: string; draft: DraftModel; sources: SourceIndex; roots: string[] }): MarkerMatch[] {
  const labels = undefinedNumbers(args.draftPath, args.draft, args.sources, args.roots);
  if (labels.length === 0) return [];
  const readable = args.sources.all().filter((s) => s.readable);
  // Scores of each number against its candidate sources.
  const scores: Map<SourceRecord, MatchCandidate>[] = labels.map((l) => {
    const read = l.sentences.slice(0, SENTENCES_PER_LABEL);
    let candidates: SourceRecord[] = readable;
    if (readable.length > CANDIDATES) {
      const found = new Map<SourceRecord, number>();
      for (const s of read) for (const { record, score } of args.sources.search(s.claim, SEARCH_HITS)) if (record.readable) found.set(record, (found.get(record) ?? 0) + score);
      candidates = [...found].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([r]) => r);
    }
    const out = new Map<SourceRecord, MatchCandidate>();
    for (const source of candidates) {
      let total = 0;
      let best: { score: number; passage?: MatchCandidate['passage'] } = { score: -1 };
      for (const s of read) {
        const r = checkSupport(s.claim, s.masked, s.range.start, [source]);
        total += r.score;
        if (r.score > best.score) best = { score: r.score, passage: r.evidence ? { text: squash(r.evidence.text), fileRange: r.evidence.fileRange } : undefined };
      }
      out.set(source, { source, score: read.length ? total / read.length : 0, passage: best.passage });
    }
    return out;
  });
  const ranked = scores.map((m) => [...m.values()].sort((a, b) => b.score - a.score || a.source.path.localeCompare(b.source.path)));
  const decided = decideMatches(ranked);
  return labels.map((l, i) => {
    const d = decided[i];
    const sentences = l.sentences.map((s) => s.range);
    const { proposal, runnerUp } = d;
    let reason = '';
    if (d.why === 'close') reason = `two sources are too close: ${nameOf(proposal!.source)} (${proposal!.score.toFixed(2)}) and ${nameOf(runnerUp!.source)} (${runnerUp!.score.toFixed(2)})`;
    else if (d.why === 'taken') reason = `its best source, ${nameOf(proposal!.source)}, is clearly another number's`;
    else if (d.why === 'weak') reason = `no saved source backs it well enough (best: ${nameOf(ranked[i][0].source)}, score ${ranked[i][0].score.toFixed(2)})`;
    else if (d.why === 'nothing') reason = 'no saved source shares its words';
    return { label: l.label, sentences, status: d.status, proposal, runnerUp, reason };
  });
}

/** A decision for one number: what `decideMatches` found, and why a number is left undefined. */
export interface MatchDecision<C> {
  status: 'clear' | 'unclear' | 'none';
  proposal?: C;
  runnerUp?: C;
  why?: 'close' | 'taken' | 'weak' | 'nothing';
}

/** A source that is the clear best of several numbers is kept by each only when it beats the next by this much for it. */
export const SHARE_MARGIN = 2 * MATCH_MARGIN;
/** …and scores at least this for it (the support checker's "supported"). */
export const SHARE_AT_LEAST = SUPPORTED_AT;

/**
 * Decides each number's source from its candidates (best first):
 * 1. a number whose best source beats every other by MATCH_MARGIN (and scores MATCH_AT_LEAST) takes it;
 *    when that source is the clear best of several numbers, those it beats the next by SHARE_MARGIN (with a
 *    score of SHARE_AT_LEAST) keep
 *    it (or, if none, the one it backs best), and the others go on to step 2 without it;
 * 2. the other numbers share out the sources no number took in step 1, one to one, for the highest total
 *    score; a number's pick is clear when no source other than those taken in step 1 comes within MATCH_MARGIN.
 */
export function decideMatches<C extends { source: unknown; score: number }>(ranked: C[][]): MatchDecision<C>[] {
  const margin = (r: C[]) => (r[0]?.score ?? 0) - (r[1]?.score ?? 0);
  const isClear = (r: C[]) => !!r[0] && r[0].score >= MATCH_AT_LEAST && margin(r) >= MATCH_MARGIN;
  const groups = new Map<unknown, number[]>();
  ranked.forEach((r, i) => {
    if (!isClear(r)) return;
    const g = groups.get(r[0].source) ?? [];
    g.push(i);
    groups.set(r[0].source, g);
  });
  const step1 = new Set<number>();
  for (const g of groups.values()) {
    if (g.length === 1) step1.add(g[0]);
    else {
      const wide = g.filter((i) => margin(ranked[i]) >= SHARE_MARGIN && ranked[i][0].score >= SHARE_AT_LEAST);
      (wide.length ? wide : [g.reduce((a, b) => (ranked[b][0].score > ranked[a][0].score ? b : a))]).forEach((i) => step1.add(i));
    }
  }
  const claimed = new Set<unknown>([...groups.keys()]);
  const rest = ranked.map((_, i) => i).filter((i) => !step1.has(i));
  const free = [...new Set(rest.flatMap((i) => ranked[i].filter((c) => !claimed.has(c.source) && c.score >= MATCH_AT_LEAST).map((c) => c.source)))];
  const scoreOf = (i: number, s: unknown) => ranked[i].find((c) => c.source === s);
  const assigned = assign(
    rest.map((i) => free.map((s) => scoreOf(i, s)?.score ?? 0)),
    MATCH_AT_LEAST,
  );

  return ranked.map((all, i) => {
    if (step1.has(i)) return { status: 'clear', proposal: all[0], runnerUp: all[1] };
    const k = rest.indexOf(i);
    const pick = assigned[k] !== -1 ? scoreOf(i, free[assigned[k]]) : undefined;
    if (!pick) {
      const top = all[0];
      if (!top || top.score <= 0) return { status: 'none', why: 'nothing' };
      if (top.score < MATCH_AT_LEAST) return { status: 'none', runnerUp: top, why: 'weak' };
      return { status: 'unclear', proposal: top, runnerUp: all[1], why: 'taken' };
    }
    // The runner-up: the best other source no number clearly took (a close second that the assignment gave
    // another number still makes this number's best unclear).
    const second = all.find((c) => c.source !== pick.source && !claimed.has(c.source));
    if (second && pick.score - second.score < MATCH_MARGIN) return { status: 'unclear', proposal: pick, runnerUp: second, why: 'close' };
    return { status: 'clear', proposal: pick, runnerUp: second };
  });
}

/** The edit that writes the accepted definitions (`[n]: path "Title"`, in number order) in one go. */
export function matchDefinitionsEdit(draftPath: string, draft: DraftModel, accepted: { label: string; source: SourceRecord }[], roots: string[]): TextEditOffsets | undefined {
  const sorted = [...accepted].sort((a, b) => Number(a.label) - Number(b.label));
  return sorted.length ? planDefinitions(draftPath, draft, sorted, roots) : undefined;
}

function nameOf(s: SourceRecord): string {
  const name = squash(s.meta.title ?? s.id);
  return name.length > 80 ? name.slice(0, 79) + '…' : name;
}

/**
 * The one-to-one assignment of rows (numbers) to columns (sources) with the highest total value,
 * pairs below `floor` not allowed: the Hungarian method on a square matrix padded with "no source"
 * columns worth `floor`. Returns each row's column, or -1.
 */
export function assign(values: number[][], floor: number): number[] {
  const rows = values.length;
  if (rows === 0) return [];
  const cols = values[0]?.length ?? 0;
  const n = rows + cols;
  // Cost to minimise: columns past `cols` are "no source" (each row's own dummy, cost of the floor).
  const cost = (i: number, j: number): number => {
    if (i >= rows) return 0;
    if (j < cols) return values[i][j] >= floor ? -values[i][j] : 1;
    return j - cols === i ? -floor + 1e-9 : 1;
  };
  // Jonker-Volgenant style Hungarian algorithm (1-based potentials), O(n^3).
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = p[j] - 1;
    if (i >= 0 && i < rows && j - 1 < cols && values[i][j - 1] >= floor) out[i] = j - 1;
  }
  return out;
}
