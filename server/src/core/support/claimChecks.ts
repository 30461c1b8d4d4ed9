/**
 * Claims of a whole draft: every sentence that holds citations, judged against
 * the sources it cites, plus sentences that state figures, quotations or
 * attributions without any citation. Results are cached per sentence and
 * sources, so after an edit only the sentences that changed are judged again.
 */
import type { DraftModel } from '../draft/parseDraft';
import type { Citation } from '../draft/citationScanner';
import type { SourceIndex } from '../sources/sourceIndex';
import type { SourceRecord } from '../sources/sourceTypes';
import { sourceOffset } from '../sources/sourceTypes';
import { sourceText } from '../sources/readSource';
import { Resolver } from '../resolve';
import { claimFor, firstCitationFrom, sentencesOf, type Claim } from '../claims';
import { outsideRegion, type EditedRegion } from '../draft/editedRegion';
import type { OffsetRange } from '../text';
import { capitalize, contentStems, firstEndingAfter, keptFor, squash, tokenize } from '../text';
import { checkSupport, type SupportResult } from './supportChecker';
import { findEvidence, rememberEvidence, type Evidence } from '../sourcePassage';
import { evidenceFor, negatedIn, type SourceEvidence } from './evidence';
import { statedAs, placedInPast } from './statedAs';
import { extractFigures } from './numbers';
import { extractQuotes } from './quotes';

export interface ClaimEntry {
  claim: Claim;
  citations: Citation[];
  /** From the first marker's start to the last marker's end. */
  markerRange: OffsetRange;
  /** Distinct sources the markers resolve to (readable or not). */
  sources: SourceRecord[];
  /** Some marker of the claim does not resolve to a source. */
  unresolved: boolean;
  result?: SupportResult;
  disagreement?: Disagreement;
  /** Each readable cited source's passage for the sentence, when it was worked out with the verdict (in another thread: `JudgeWork.passages`). */
  passages?: Evidence[];
}

/**
 * How a message names the sources a claim was checked against: "the cited source", "the cited
 * sources", or "the cited source(s) that could be read" when a marker does not resolve or its
 * source cannot be read.
 */
export function checkedSources(e: ClaimEntry): { phrase: string; plural: boolean; partly: boolean } {
  const readable = e.sources.filter((s) => s.readable && !s.metadataOnly).length;
  const partly = e.unresolved || readable < e.sources.length;
  return { phrase: `the cited source${readable > 1 ? 's' : ''}${partly ? ' that could be read' : ''}`, plural: readable > 1, partly };
}

/** The sentence saying that the checked sources never name `name` (as `checkedSources` words them): the support message's and the hover's. */
export function neverMentioned(checked: { phrase: string; plural: boolean }, name: string): string {
  return `${capitalize(checked.phrase)} never ${checked.plural ? 'mention' : 'mentions'} "${name}".`;
}

export interface Disagreement {
  term: string;
  negative: { source: SourceRecord; text: string; fileRange: OffsetRange };
  positive: { source: SourceRecord; text: string; fileRange: OffsetRange };
}

export interface UncitedClaim {
  range: OffsetRange;
  text: string;
  reason: 'figure' | 'quotation' | 'attribution';
}

interface CacheEntry {
  records: SourceRecord[];
  result: SupportResult;
  /** The disagreement check also reads some of the draft's other sources (`othersOf`: their key); it is redone when they change. */
  others?: string;
  disagreement?: Disagreement;
  passages?: Evidence[];
}

let cacheVersions = 0;

/** Support results by claim text and sources; shared by all drafts of a service. */
export class SupportCache {
  private readonly map = new Map<string, CacheEntry>();
  /**
   * Changes with every entry set (numbered across caches, so a new cache never shows an old one's number): a pass over
   * a draft's claims that takes only known verdicts finds nothing new while it stays the same.
   */
  version = ++cacheVersions;
  get(key: string, records: SourceRecord[]): CacheEntry | undefined {
    const e = this.map.get(key);
    if (!e || e.records.length !== records.length || e.records.some((r, i) => r !== records[i])) return undefined;
    // Refresh recency: a Map iterates in insertion order, so re-inserting keeps hot entries.
    this.map.delete(key);
    this.map.set(key, e);
    return e;
  }
  set(key: string, entry: CacheEntry): void {
    this.version = ++cacheVersions;
    if (this.map.size >= 50_000) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, entry);
  }
}

/**
 * The draft's cited sentences, grouped by sentence and resolved to their sources, not yet judged.
 * Linear in the number of markers; `judgeClaims` fills in the verdicts.
 */
export function collectClaims(draftPath: string, draft: DraftModel, sources: SourceIndex, roots: string[]): ClaimEntry[] {
  const resolver = new Resolver(draftPath, draft, sources, roots);
  const byClaim = new Map<string, ClaimEntry>();
  for (const c of draft.citations) addCitation(byClaim, resolver, draft, sources, c);
  return [...byClaim.values()];
}

/** Adds a marker to the entry of its claim (made when it is the claim's first), with the sources it resolves to. */
function addCitation(byClaim: Map<string, ClaimEntry>, resolver: Resolver, draft: DraftModel, sources: SourceIndex, c: Citation): void {
  // A reference link's label (`[the minutes][1]`) links; it cites nothing.
  if (c.link) return;
  if (c.kind === 'intext' && !c.refs.some((r) => sources.getById(r.label).length)) return;
  const claim = claimFor(draft, c);
  const key = claim.range.start + ':' + claim.range.end;
  let entry = byClaim.get(key);
  if (!entry) byClaim.set(key, (entry = { claim, citations: [], markerRange: { ...c.range }, sources: [], unresolved: false }));
  entry.citations.push(c);
  entry.markerRange.start = Math.min(entry.markerRange.start, c.range.start);
  entry.markerRange.end = Math.max(entry.markerRange.end, c.range.end);
  for (const ref of c.refs) {
    const r = resolver.resolve(c, ref);
    if ((r.status === 'ok' || r.status === 'unreadable') && !entry.sources.includes(r.source)) entry.sources.push(r.source);
    else if (r.status !== 'ok' && r.status !== 'unreadable') entry.unresolved = true;
  }
}

/**
 * `collectClaims` for a draft an edit changed only in `region` (`editedRegion`), from the entries of
 * the draft before it (`earlier`, collected against the same index): the claims outside the region
 * are taken over, moved by the edit, with their verdicts (but a claim whose disagreement search reads
 * other sources after the edit, and one with a redefined label, which resolves afresh); those in it are collected afresh. The same list as collecting
 * the whole draft, in work proportional to the region. `carried` is told of each claim taken over
 * with its verdict (and by how much it moved), for what a host said of it.
 */
export function carryClaims(
  draftPath: string,
  draft: DraftModel,
  earlierDraft: DraftModel,
  earlier: ClaimEntry[],
  region: EditedRegion,
  sources: SourceIndex,
  roots: string[],
  carried?: (from: ClaimEntry, to: ClaimEntry, by: number) => void,
): ClaimEntry[] {
  const before: ClaimEntry[] = [];
  const pairs: [ClaimEntry, ClaimEntry, number][] = [];
  const after: ClaimEntry[] = [];
  const resolver = new Resolver(draftPath, draft, sources, roots);
  const shiftCitations = region.newCitationsAfter - region.oldCitationsAfter;
  const redefined = (c: Citation) => region.redefined.size > 0 && c.kind === 'numeric' && c.refs.some((r) => region.redefined.has(r.label.toLowerCase()));
  for (const e of earlier) {
    const side = outsideRegion(e.claim.range, region);
    if (!side || outsideRegion(e.markerRange, region) !== side) continue;
    const by = side === 'after' ? region.delta : 0;
    // The later model's markers: the same ones, at the same index before the region, moved along with the region's own after it.
    const citations = e.citations.map((c) => draft.citations[firstCitationFrom(earlierDraft.citations, c.range.start) + (side === 'after' ? shiftCitations : 0)]);
    let moved: ClaimEntry;
    if (citations.some(redefined)) {
      // A marker whose definition changed: the claim resolves afresh (in its place in the list).
      const one = new Map<string, ClaimEntry>();
      for (const c of citations) addCitation(one, resolver, draft, sources, c);
      const fresh = [...one.values()][0];
      if (!fresh) continue;
      moved = fresh;
    } else {
      moved = {
        claim: by ? { range: { start: e.claim.range.start + by, end: e.claim.range.end + by }, text: e.claim.text } : e.claim,
        citations,
        markerRange: { start: e.markerRange.start + by, end: e.markerRange.end + by },
        sources: e.sources,
        unresolved: e.unresolved,
        ...(e.result ? { result: by ? shift(e.result, by) : e.result, disagreement: e.disagreement, passages: e.passages } : {}),
      };
      const key = claimKeys.get(e);
      if (key) claimKeys.set(moved, key);
      pairs.push([e, moved, by]);
    }
    (side === 'before' ? before : after).push(moved);
  }
  const byClaim = new Map<string, ClaimEntry>();
  for (let i = region.citationsBefore; i < region.newCitationsAfter; i++) addCitation(byClaim, resolver, draft, sources, draft.citations[i]);
  standInsFor([...byClaim.values()], earlier.filter((e) => !outsideRegion(e.claim.range, region) || !outsideRegion(e.markerRange, region)));
  const list = [...before, ...byClaim.values(), ...after];
  // The disagreement search of each claim reads the draft's first other sources: a claim for which the edit changed them is judged again.
  const was = draftSourcesOf(earlier).list;
  const now = draftSourcesOf(list).list;
  const sameSources = was.length === now.length && was.every((s, i) => s === now[i]);
  for (const [from, to, by] of pairs) {
    if (!to.result) continue;
    if (sameSources || othersOf(list, to).key === othersOf(earlier, from).key) carried?.(from, to, by);
    else {
      to.result = undefined;
      to.disagreement = undefined;
      to.passages = undefined;
    }
  }
  return list;
}

/**
 * The claim of the draft before an edit that a claim the edit changed stands in for, until it is judged: the one of
 * the edited region with the same markers (the nearest, when several), or what stood in for that one. What was said of
 * it is shown meanwhile (`supportDiagnostics` with stand-ins), so a sentence being typed keeps its verdict on screen
 * rather than losing it for the moment its new one takes.
 */
export function standInFor(e: ClaimEntry): ClaimEntry | undefined {
  return e.result ? undefined : standIns.get(e);
}
const standIns = new WeakMap<ClaimEntry, ClaimEntry>();

function standInsFor(fresh: ClaimEntry[], earlier: ClaimEntry[]): void {
  const labels = (e: ClaimEntry) => e.citations.map((c) => c.refs.map((r) => r.label).join(',')).join('|');
  const byLabels = new Map<string, ClaimEntry[]>();
  for (const e of earlier) {
    const was = e.result ? e : standIns.get(e);
    if (!was) continue;
    const k = labels(e);
    byLabels.set(k, [...(byLabels.get(k) ?? []), e]);
  }
  for (const e of fresh) {
    const same = byLabels.get(labels(e));
    if (!same) continue;
    const nearest = same.reduce((a, b) => (Math.abs(b.markerRange.start - e.markerRange.start) < Math.abs(a.markerRange.start - e.markerRange.start) ? b : a));
    standIns.set(e, nearest.result ? nearest : standIns.get(nearest)!);
  }
}

/** Whether the checker has anything to judge for the entry: a sentence and a readable cited source. */
export function isJudgeable(e: ClaimEntry): boolean {
  return !!e.claim.text && e.sources.some((s) => s.readable && !s.metadataOnly);
}

export interface JudgeOptions {
  /** A Date.now() value: judging stops once it has passed, after at least one claim. */
  deadline?: number;
  threshold?: number;
  /** Draft ranges judged first (the part of the draft on screen); then the rest, nearest first. */
  focus?: OffsetRange[];
  /** Judge only these entries (e.g. the claim under a hover); the others still count as the draft's sources. */
  only?: Set<ClaimEntry>;
  /** Fill in only verdicts already known (the same sentence against the same sources): no new work. */
  cachedOnly?: boolean;
}

export interface JudgeProgress {
  /** Claims with a verdict (or nothing to judge). */
  judged: number;
  total: number;
  complete: boolean;
}

/**
 * Judges the entries that have no verdict yet, in place: those in `focus` first, then by distance
 * from it. Each call judges at least one claim whatever the deadline, so a host that calls it in
 * slices always makes progress; results go into `cache` as they come, so work done before an edit
 * is reused after it (the cache is keyed by the sentence's text and sources, not its position).
 */
export function judgeClaims(draft: DraftModel, entries: ClaimEntry[], cache: SupportCache, opts: JudgeOptions = {}): JudgeProgress {
  const deadline = opts.deadline ?? Infinity;
  let judged = 0;
  let worked = false;
  for (const i of judgingOrder(entries, opts.focus)) {
    const e = entries[i];
    if (e.result || !isJudgeable(e)) {
      judged++;
      continue;
    }
    if (opts.only && !opts.only.has(e)) continue;
    const { key, sentence } = claimKey(draft, e, opts.threshold);
    let hit = cache.get(key, e.sources);
    const others = othersOf(entries, e);
    const fresh = !hit || hit.others !== others.key;
    // At or past the deadline, once something was judged, what needs work waits for the next call (a slice with no time judges one claim, even within the same millisecond).
    if (fresh && (opts.cachedOnly || (worked && Date.now() >= deadline))) continue;
    if (fresh) {
      const work: JudgeWork = { key, claim: e.claim.text, sentence, threshold: opts.threshold, sources: e.sources, others: others.list, othersKey: others.key, needsResult: !hit };
      hit = storeWork(cache, work, doWork(work))!;
      worked = true;
    }
    e.result = shift(hit!.result, e.claim.range.start);
    e.disagreement = hit!.disagreement;
    e.passages = hit!.passages;
    judged++;
  }
  return { judged, total: entries.length, complete: judged === entries.length };
}

/** A claim's judging as plain data (but for the records), to be done where the host likes: in this thread or in a worker thread. */
export interface JudgeWork {
  /** The support cache's key: the same sentence (and threshold) against the same sources gets the same verdict. */
  key: string;
  claim: string;
  /** The sentence as the checker reads it (`maskedSentence`). */
  sentence: string;
  threshold?: number;
  sources: SourceRecord[];
  /** The draft's other sources the disagreement search reads too (`othersOf`), and their key. */
  others: SourceRecord[];
  othersKey: string;
  /** Whether the verdict is wanted; else only the disagreement (the draft's other sources changed). */
  needsResult: boolean;
  /** Whether each cited source's passage for the sentence is wanted too (`findEvidence`: what a hover quotes), for a host judging in another thread. */
  passages?: boolean;
  /** False: the disagreement search is left out (the host does it where the draft's other sources are: `disagreementOf`). */
  disagreement?: false;
  /**
   * False: the result's signals (`features`, what the score was worked out from) are left out, an
   * empty record: a host that reports verdicts only (`cited check`) need not carry, send and store
   * them (a third of a result).
   */
  signals?: false;
}

export interface WorkDone {
  result?: SupportResult;
  disagreement?: Disagreement;
  passages?: Evidence[];
}

/** The draft's readable sources, in the order its claims first cite them. */
function draftSourcesOf(entries: ClaimEntry[]): { list: SourceRecord[] } {
  // Kept per list of entries (a draft's, collected once per version of the index): judging in rounds asks again each round.
  let known = draftSourcesKept.get(entries);
  if (!known) {
    const list = [...new Set(entries.flatMap((e) => e.sources))].filter((s) => s.readable && !s.metadataOnly);
    draftSourcesKept.set(entries, (known = { list }));
  }
  return known;
}
const draftSourcesKept = new WeakMap<ClaimEntry[], { list: SourceRecord[] }>();

/** How many of the draft's other sources the disagreement search reads besides those a claim cites. */
const OTHER_SOURCES = 20;

/**
 * The sources the disagreement search reads for a claim of `entries` besides those it cites: the
 * first OTHER_SOURCES others the draft cites, in that order; and a key saying which. The search's
 * result holds while they stay, so a source cited or dropped further down the draft leaves it be.
 */
function othersOf(entries: ClaimEntry[], e: ClaimEntry): { list: SourceRecord[]; key: string } {
  const draft = draftSourcesOf(entries);
  let kept = othersKept.get(e);
  if (kept?.draft !== draft) {
    const list: SourceRecord[] = [];
    for (const s of draft.list) {
      if (list.length >= OTHER_SOURCES) break;
      if (!e.sources.includes(s)) list.push(s);
    }
    othersKept.set(e, (kept = { draft, list, key: list.map((s) => s.path).join('\n') }));
  }
  return kept;
}
const othersKept = new WeakMap<ClaimEntry, { draft: object; list: SourceRecord[]; key: string }>();
const keyIndexes = new WeakMap<ClaimEntry[], Map<string, ClaimEntry[]>>();

/**
 * Fills in the verdicts now in the cache for the claims of `keys` (work just kept with `storeWork`),
 * without going over the other entries: `progress` is the draft's progress before, and the new one
 * is returned. Linear in the claims of those keys, so judging a long draft in rounds stays linear.
 */
export function fillKnown(entries: ClaimEntry[], keys: Iterable<string>, cache: SupportCache, progress: JudgeProgress): JudgeProgress {
  let byKey = keyIndex(entries);
  let judged = progress.judged;
  for (const key of keys) {
    // A key made since the index was (every entry not judged has its key once the list was first gone over): made anew.
    if (!byKey.has(key)) byKey = keyIndex(entries, true);
    for (const e of byKey.get(key) ?? []) {
      if (e.result || !isJudgeable(e)) continue;
      const hit = cache.get(key, e.sources);
      if (!hit || hit.others !== othersOf(entries, e).key) continue;
      e.result = shift(hit.result, e.claim.range.start);
      e.disagreement = hit.disagreement;
      e.passages = hit.passages;
      judged++;
    }
  }
  return { judged, total: entries.length, complete: judged >= entries.length };
}

/** The entries of a list by the cache key `claimKey` gave them (the keys made so far: work is handed out only with a key made), kept per list. */
function keyIndex(entries: ClaimEntry[], anew = false): Map<string, ClaimEntry[]> {
  const kept = keyIndexes.get(entries);
  if (kept && !anew) return kept;
  const map = new Map<string, ClaimEntry[]>();
  keyIndexes.set(entries, map);
  for (const e of entries) {
    const k = claimKeys.get(e)?.key;
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  }
  return map;
}

function claimKey(draft: DraftModel, e: ClaimEntry, threshold: number | undefined): { key: string; sentence: string } {
  const known = claimKeys.get(e);
  if (known && known.threshold === threshold) return known;
  const sentence = maskedSentence(draft, e.claim.range);
  // Cached by text, not position: an edit above a sentence moves it without changing its verdict.
  const made = { key: (threshold ?? '') + '\u0000' + e.claim.text + '\u0000' + sentence, sentence, threshold };
  claimKeys.set(e, made);
  return made;
}

/** What work that only redoes a claim's disagreement search counts for against `pendingWork`'s `max` (a verdict counts 1). */
const DISAGREEMENT_COST = 1 / 32;

/**
 * The judging `judgeClaims` would do next, as work for another thread: up to `max` claims (work that
 * only redoes the disagreement search counting for 1/32 of a claim: it takes a tenth of a millisecond), those
 * meeting `focus` first, leaving out the keys in `busy` (work already under way) and claims whose
 * verdict is known. `storeWork` keeps what comes back; `judgeClaims` with `cachedOnly` then takes it.
 * `others`: all the draft's entries, when `entries` are only some of them.
 */
export function pendingWork(
  draft: DraftModel,
  entries: ClaimEntry[],
  cache: SupportCache,
  opts: { threshold?: number; focus?: OffsetRange[]; max: number; busy?: ReadonlySet<string>; others?: ClaimEntry[] },
): JudgeWork[] {
  // The disagreement search looks at the sources of the whole draft (`others`), when only some of its claims are asked for.
  const all = opts.others ?? entries;
  const out: JudgeWork[] = [];
  const seen = new Set<string>();
  // Work that only redoes the disagreement search (the draft's sources changed) costs a fraction of a verdict: many go at once.
  let cost = 0;
  for (const i of judgingOrder(entries, opts.focus)) {
    if (cost >= opts.max) break;
    const e = entries[i];
    if (e.result || !isJudgeable(e)) continue;
    const { key, sentence } = claimKey(draft, e, opts.threshold);
    if (seen.has(key) || opts.busy?.has(key)) continue;
    const hit = cache.get(key, e.sources);
    const others = othersOf(all, e);
    if (hit && hit.others === others.key) continue;
    seen.add(key);
    cost += hit ? DISAGREEMENT_COST : 1;
    out.push({ key, claim: e.claim.text, sentence, threshold: opts.threshold, sources: e.sources, others: others.list, othersKey: others.key, needsResult: !hit, passages: true });
  }
  return out;
}

/**
 * The other way round from `pendingWork`: for each claim whose verdict the cache holds (with its
 * disagreement for the draft's sources as they are), the work `pendingWork` would have handed out
 * for it and what came back. A host stores these to hand back with `acceptWork` when the same draft
 * is opened again (the server keeps a draft's verdicts on disk so).
 */
export function knownWork(draft: DraftModel, entries: ClaimEntry[], cache: SupportCache, opts: { threshold?: number }): { work: JudgeWork; done: WorkDone }[] {
  const out: { work: JudgeWork; done: WorkDone }[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (!isJudgeable(e)) continue;
    const { key, sentence } = claimKey(draft, e, opts.threshold);
    if (seen.has(key)) continue;
    const hit = cache.get(key, e.sources);
    const others = othersOf(entries, e);
    if (!hit || hit.others !== others.key) continue;
    seen.add(key);
    out.push({
      work: { key, claim: e.claim.text, sentence, threshold: opts.threshold, sources: e.sources, others: others.list, othersKey: others.key, needsResult: true, passages: true },
      done: { result: hit.result, disagreement: hit.disagreement, ...(hit.passages ? { passages: hit.passages } : {}) },
    });
  }
  return out;
}

/** Does one claim's judging: pure in its inputs (what a worker thread runs). */
export function doWork(w: Omit<JudgeWork, 'key' | 'othersKey'>): WorkDone {
  const judged = w.needsResult ? checkSupport(w.claim, w.sentence, 0, w.sources, w.threshold) : undefined;
  const result = judged && w.signals === false ? { ...judged, features: {} } : judged;
  const readable = w.sources.filter((s) => s.readable && !s.metadataOnly);
  const disagreement = w.disagreement === false ? undefined : disagreementOf(w);
  return { result, disagreement, ...(w.passages ? { passages: readable.map((s) => findEvidence(s, w.claim)) } : {}) };
}

/** The disagreement search of `doWork` on its own: what the claim's sources and the draft's others (`w.others`) state against each other. */
export function disagreementOf(w: Pick<JudgeWork, 'claim' | 'sources' | 'others'>): Disagreement | undefined {
  return findDisagreement(
    w.claim,
    w.sources.filter((s) => s.readable && !s.metadataOnly),
    w.others,
  );
}

/** Keeps judging done (here or elsewhere) in the cache, as `judgeClaims` would; returns the entry, or nothing when a verdict was wanted and none came. */
export function storeWork(cache: SupportCache, w: JudgeWork, done: WorkDone): CacheEntry | undefined {
  for (const ev of done.passages ?? []) rememberEvidence(w.claim, ev);
  let hit = cache.get(w.key, w.sources);
  if (!hit) {
    if (!done.result) return undefined;
    hit = { records: w.sources, result: done.result };
    cache.set(w.key, hit);
  }
  hit.others = w.othersKey;
  hit.disagreement = done.disagreement;
  if (done.passages) hit.passages = done.passages;
  return hit;
}

/** Each entry's sentence as the checker reads it, and its cache key, kept while slices of judging go over the entries again. */
const claimKeys = new WeakMap<ClaimEntry, { key: string; sentence: string; threshold: number | undefined }>();

/** Indexes of `entries` (in draft order): those meeting a focus range first, then by distance from the nearest. */
function judgingOrder(entries: ClaimEntry[], focus: OffsetRange[] | undefined): number[] {
  // Kept per list and focus: judging in rounds asks again each round, mostly with the same lines on screen.
  const focusKey = focus?.length ? focus.map((f) => `${f.start}-${f.end}`).join(',') : '';
  const kept = ordersKept.get(entries);
  if (kept?.focusKey === focusKey) return kept.order;
  const order = entries.map((_, i) => i);
  ordersKept.set(entries, { focusKey, order });
  if (!focus?.length) return order;
  const distance = (r: OffsetRange): number => {
    let best = Infinity;
    for (const f of focus) best = Math.min(best, r.end < f.start ? f.start - r.end : r.start > f.end ? r.start - f.end : 0);
    return best;
  };
  const d = entries.map((e) => distance(e.claim.range));
  return order.sort((a, b) => d[a] - d[b] || a - b);
}

const ordersKept = new WeakMap<ClaimEntry[], { focusKey: string; order: number[] }>();

/**
 * The draft's cited sentences with their support results, all judged (or, with `support` false,
 * none): `collectClaims` then `judgeClaims` without a deadline.
 */
export function claimEntries(
  draftPath: string,
  draft: DraftModel,
  sources: SourceIndex,
  roots: string[],
  cache: SupportCache,
  support = true,
  threshold?: number,
): ClaimEntry[] {
  const entries = collectClaims(draftPath, draft, sources, roots);
  if (support) judgeClaims(draft, entries, cache, { threshold });
  return entries;
}

/** A support result with its draft ranges moved from sentence-relative to `by`. */
function shift(r: SupportResult, by: number): SupportResult {
  if (by === 0 || (r.figures.length === 0 && r.quotes.length === 0 && !r.parts)) return r;
  const mv = (x: OffsetRange) => ({ start: x.start + by, end: x.end + by });
  return {
    ...r,
    figures: r.figures.map((f) => ({ ...f, range: mv(f.range) })),
    quotes: r.quotes.map((q) => ({ ...q, range: mv(q.range) })),
    parts: r.parts?.map((p) => (p.range ? { ...p, range: mv(p.range) } : p)),
  };
}

/**
 * The sentence's draft text with citation markers, code and links blanked (same length, so
 * offsets hold), so "[4]" or `x = 2` is not read as a figure or a quotation.
 */
export function maskedSentence(draft: DraftModel, range: OffsetRange): string {
  // The ranges to blank, found by binary search (both lists are sorted), then the text rebuilt once.
  const blanks: OffsetRange[] = [];
  const cs = draft.citations;
  for (let i = firstCitationFrom(cs, range.start); i < cs.length && cs[i].range.start < range.end; i++) if (cs[i].kind !== 'intext') blanks.push(cs[i].range);
  const ex = draft.excluded;
  for (let i = firstRangeFrom(ex, range.start); i < ex.length && ex[i].start < range.end; i++) blanks.push(ex[i]);
  if (blanks.length === 0) return draft.text.slice(range.start, range.end);
  blanks.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = range.start;
  for (const r of blanks) {
    const a = Math.max(at, r.start);
    const b = Math.min(range.end, r.end);
    if (b <= a) continue;
    parts.push(draft.text.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  parts.push(draft.text.slice(at, range.end));
  return parts.join('');
}

/** The index of the first range (sorted, not overlapping) that ends after `offset`. */
function firstRangeFrom(ranges: readonly OffsetRange[], offset: number): number {
  return firstEndingAfter(ranges, offset, (r) => r);
}

/** How many of `stems` (repeats counted) each sentence of `ev` holds: each stem's sentences visited, not each sentence's stems for each. */
function stemsHeld(ev: SourceEvidence, stems: readonly string[]): Uint32Array {
  const held = new Uint32Array(ev.sentences.length);
  const times = new Map<string, number>();
  for (const x of stems) times.set(x, (times.get(x) ?? 0) + 1);
  for (const [x, n] of times) {
    const with_ = ev.sentencesWith(x);
    for (let j = 0; with_ && j < with_.length; j++) held[with_[j]] += n;
  }
  return held;
}

/** Words of a sentence's frame, which state nothing two sources could say otherwise ("unless", "except", "until"). */
const UNDISPUTABLE = new Set(['unless', 'except', 'until', 'whether', 'although', 'though', 'whilst', 'while']);

/**
 * Two sources disagree on a claim when, for a word of the claim, one source's sentence about it
 * states it negatively ("non-exclusive", "not exclusive", "ending the exclusive license") and
 * another's states it plainly ("keeps an exclusive license"), of the same thing: the two
 * statements share a word of the claim next to the disputed word ("license"). "Chooses not to
 * support the required capabilities" and "supported Azure demand" are different statements.
 * Each source is read at its sentence that contains the word and best matches the claim, so a
 * long claim is compared word by word, not by one best passage.
 */
function findDisagreement(claim: string, cited: SourceRecord[], draftSources: SourceRecord[]): Disagreement | undefined {
  const claimStems = contentStems(claim);
  const stems = new Set(claimStems);
  const pool = [...cited, ...draftSources.filter((s) => !cited.includes(s)).slice(0, OTHER_SOURCES)];
  if (pool.length < 2) return undefined;
  // A name is no statement that can be disputed: "never let the Mariners settle" and "held the Mariners to 17 points"
  // deny and state other things of the Mariners (the words the claim writes capitalised past its first, each time).
  const tokens = tokenize(claim);
  const names = new Set(tokens.filter((x) => x.start > 0 && /^\p{Lu}/u.test(claim[x.start])).map((x) => x.stem));
  for (const x of tokens) if (x.start === 0 || !/^\p{Lu}/u.test(claim[x.start])) names.delete(x.stem);
  // Cheap filter first: only words some source negates somewhere can be disputed.
  // (Nor a number: "do not give the two medicines" denies the giving; figures are compared as figures.)
  const disputed = [...stems].filter((t) => !names.has(t) && !UNDISPUTABLE.has(t) && !/^\d/.test(t) && pool.some((s) => negatedIn(sourceText(s)).has(t)));
  if (disputed.length === 0) return undefined;
  // Each occurrence of a disputed word is judged with its own neighbours ("exclusive cloud control"
  // and "non-exclusive IP rights" are different statements), the claim's negated occurrences first.
  const occurrences = claimStems
    .map((t, i) => ({ t, i }))
    .filter((o) => disputed.includes(o.t))
    .sort((a, b) => Number(claimStems[b.i - 1] === 'non') - Number(claimStems[a.i - 1] === 'non'));
  /** How many of the claim's stems (repeats counted) each sentence of each source holds, read off its postings once for all the disputed words. */
  const heldOf = new Map<SourceEvidence, Uint32Array>();
  for (const { t, i } of occurrences) {
    const neighbours = [claimStems[i - 1], claimStems[i + 1]].filter((x): x is string => !!x && x !== t && x !== 'non');
    const views = pool.flatMap((s) => {
      const ev = evidenceFor(sourceText(s));
      let best: { index: number; share: number; rank: number } | undefined;
      const held = heldOf.get(ev) ?? heldOf.set(ev, stemsHeld(ev, claimStems)).get(ev)!;
      // The sentences that have the word, from its postings, in order.
      for (const index of ev.sentencesWith(t) ?? []) {
        const sent = ev.sentences[index];
        const share = held[index] / claimStems.length;
        const rank = share + 0.25 * neighbours.filter((x) => sent.stemSet.has(x)).length;
        if (!best || rank > best.rank) best = { index, share, rank };
      }
      // Another source only counts when its sentence is plainly about the same thing.
      if (!best || best.share < (cited.includes(s) ? 0.2 : 0.35)) return [];
      const r = ev.sentences[best.index].range;
      const text = ev.text.slice(r.start, r.end);
      const said = statedAs(text, t);
      if (!said) return [];
      const ex = sourceText(s);
      const start = sourceOffset(ex, r.start);
      return [{ source: s, text, fileRange: { start, end: Math.max(start, sourceOffset(ex, r.end)) }, ...said, cited: cited.includes(s) }];
    });
    // The same statement: the two sentences have a word of the claim next to the disputed word in common, and speak of
    // the same time: "Under the original partnership, Microsoft held exclusive rights" is no dispute of "that license is
    // now non-exclusive".
    const sameStatement = (a: { near: Set<string>; text: string }, b: { near: Set<string>; text: string }) =>
      [...a.near].some((w) => w !== t && stems.has(w) && b.near.has(w)) && placedInPast(a.text, [t]) === placedInPast(b.text, [t]);
    // The one stating it states it plainly: a sentence that denies or lessens anything ("has not yet been checked …
    // through peer review", "lost less lesson time") may deny the word too, read as it is or not.
    // Nor is a condition ("If a landlord fails to return a deposit") a denial, nor a choice of one thing "instead of"
    // another ("within three weeks instead of the current 45 days") a denial of the other.
    for (const neg of views.filter((v) => v.negative && !CONDITION_OPENS.test(v.text) && !(CONTRAST_ONLY.test(v.text) && !DENIES_PLAINLY.test(v.text)))) {
      const pos = views.find((v) => !v.negative && v.source !== neg.source && (neg.cited || v.cited) && !DENIES_ANYTHING.test(v.text) && sameStatement(neg, v));
      if (!pos) continue;
      const word = tokenize(claim).find((x) => x.stem === t)?.word ?? t;
      return { term: word, negative: { source: neg.source, text: squash(neg.text), fileRange: neg.fileRange }, positive: { source: pos.source, text: squash(pos.text), fileRange: pos.fileRange } };
    }
  }
  return undefined;
}

/** A word that denies or lessens something, anywhere in a sentence. */
const DENIES_ANYTHING = /\b(?:no|not|never|none|nobody|nothing|neither|nor|without|cannot|less|fewer|lost|lacks?|lacking|fails?|failed|refused?|declined?)\b|n['’]t\b/i;

const CONDITION_OPENS = /^\W*(?:if|unless|when|whenever|where|should)\b/i;
const CONTRAST_ONLY = /\b(?:instead\s+of|rather\s+than)\b/i;
const DENIES_PLAINLY = /\b(?:no|not|never|none|nobody|nothing|neither|nor|without|cannot)\b|n['’]t\b/i;

const ATTRIBUTION = /\b(?:said|says|told|stated|announced|reported|according to|claimed|estimated|found that|wrote|argued)\b/i;

/** Sentences with a figure, a quotation or an attribution and no citation, in drafts that cite at all. */
export function uncitedClaims(draft: DraftModel): UncitedClaim[] {
  let found = uncitedOf.get(draft);
  if (!found) uncitedOf.set(draft, (found = findUncited(draft)));
  return found;
}

/** Each draft model's uncited claims, found once (every publish of a draft being judged asks again). */
const uncitedOf = new WeakMap<DraftModel, UncitedClaim[]>();

/**
 * `uncitedClaims` of a draft an edit changed only in `region` (`editedRegion`), taken over from the
 * draft before it where that one's were found: outside the region moved, in it found afresh.
 */
export function carryUncited(earlierDraft: DraftModel, draft: DraftModel, region: EditedRegion): void {
  const earlier = uncitedOf.get(earlierDraft);
  // (A draft with no marker has no uncited claim at all: one that gained or lost its only marker is gone over whole.)
  if (!earlier || uncitedOf.has(draft) || !citesAny(earlierDraft) || !citesAny(draft)) return;
  const out: UncitedClaim[] = [];
  for (const u of earlier) if (u.range.end <= region.start) out.push(u);
  for (const u of findUncited(draft, region.start, region.newEnd)) out.push(u);
  for (const u of earlier) if (u.range.start >= region.oldEnd) out.push({ ...u, range: { start: u.range.start + region.delta, end: u.range.end + region.delta } });
  uncitedOf.set(draft, out);
}

const citesAny = (draft: DraftModel) => draft.citations.some((c) => !c.link);

/** The sentences that cite nothing but should, of the blocks that start in [from, to). */
function findUncited(draft: DraftModel, from = 0, to = Infinity): UncitedClaim[] {
  // Reference links' labels link; they cite nothing.
  const cited = draft.citations.filter((c) => !c.link).map((c) => c.range.start);
  if (cited.length === 0) return [];
  const out: UncitedClaim[] = [];
  /** Whether a marker is in the range (the first at or after its start, markers sorted, by binary search). */
  const citesIn = (r: OffsetRange): boolean => {
    let lo = 0;
    let hi = cited.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cited[mid] < r.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < cited.length && cited[lo] < r.end;
  };
  const all = from === 0 && to === Infinity;
  // The sentence after the last one looked at is read too (a quotation may go on there).
  const sentences = all ? sentencesOf(draft) : [...sentencesOf(draft, { start: from, end: to }), ...sentencesOf(draft, { start: to, end: Infinity }, 1)];
  sentences.forEach((s, i) => {
    if (!all && s.range.start >= to) return;
    if (citesIn(s.range)) return;
    const reason = uncitedReason(maskedSentence(draft, s.range));
    if (!reason) return;
    // A quotation the speaker's tag breaks off and the next sentence goes on with, citing its source there: '"A tunnel
    // treats the symptom," she said. "Trees and soil treat the cause." [4]' is one quotation, cited once.
    const next = sentences[i + 1];
    const gap = next ? draft.text.slice(s.range.end, next.range.start) : '';
    if (reason === 'quotation' && next && /^\s*$/.test(gap) && !/\n[ \t]*\n/.test(gap) && /^["“'‘]/.test(draft.text.slice(next.range.start, next.range.end)) && citesIn(next.range)) return;
    out.push({ range: s.range, text: squash(draft.text.slice(s.range.start, s.range.end)), reason });
  });
  return out;
}

/** Why a sentence that cites nothing should (a quotation, a figure, an attribution), or null: kept by its text across edits, for the last few thousand. */
function uncitedReason(text: string): UncitedClaim['reason'] | null {
  return keptFor(reasons, text, 4096, () => {
    if (extractQuotes(text).length) return 'quotation';
    if (extractFigures(text).some((f) => isNotableFigure(f) || (f.kind === 'year' && ATTRIBUTION.test(text)))) return 'figure';
    return ATTRIBUTION.test(text) ? 'attribution' : null;
  });
}
const reasons = new Map<string, UncitedClaim['reason'] | null>();

/** Amounts, percentages and numbers from 10 up (or with decimals) are facts to source; "2 steps" is not. */
function isNotableFigure(f: { kind: string; value: number; text: string }): boolean {
  if (f.kind === 'money' || f.kind === 'percent') return true;
  if (f.kind === 'year') return false;
  return f.value >= 10 || /\./.test(f.text);
}
