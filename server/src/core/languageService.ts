/**
 * The façade the server, the CLI and the tests use. It holds drafts and
 * sources as plain text handed to it by a host, and answers questions about
 * them. It does no I/O: when a draft points at a file the service has not
 * seen, `unknownTargets` names it and the host reads it (or reports it missing).
 */
import { parseDraft, type DraftModel } from './draft/parseDraft';
import { checkDraft } from './checkDraft';
import { applySeverities, makeDiagnostic, type CitedDiagnostic } from './diagnostics';
import { DEFAULT_SETTINGS, allowedFolders, type CitedSettings } from './config';
import { SourceIndex } from './sources/sourceIndex';
import { readSource, restoreSource, unreadable } from './sources/readSource';
import type { SourceSnapshot } from './sources/learned';
import type { SourceProblem, SourceRecord } from './sources/sourceTypes';
import { fileStem } from './sources/sourceTypes';
import { definitionTarget, Resolver, type Resolution } from './resolve';
import { citationAt, findEvidence, hoverAt, type HoverResult } from './hover';
import { planInsertCitation, type InsertPlan } from './insertCitation';
import { citationCompletions, completionSite, type CitationCompletion } from './completion';
import { claimFor } from './claims';
import type { OffsetRange } from './text';
import { collectClaims, judgeClaims, isJudgeable, uncitedClaims, maskedSentence, SupportCache, type ClaimEntry, type JudgeProgress } from './support/claimChecks';
import { suggestCitations, definitionSuggestions, type Suggestion } from './support/suggest';
import { supportDiagnostics } from './support/supportDiagnostics';

interface DraftEntry {
  text: string;
  model: DraftModel;
  /** Source paths, ids and urls the draft's citations point to, for re-checking it when they change. */
  deps: Set<string>;
  diagnostics?: { sourcesVersion: number; list: CitedDiagnostic[] };
  /** The cited sentences, collected once per version of the index and judged in place, possibly in slices. */
  claims?: { sourcesVersion: number; support: boolean; list: ClaimEntry[]; progress: JudgeProgress };
}

export interface SourceSummary {
  path: string;
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  lead: string;
  readable: boolean;
  /** Ranked among the best matches for the query (the sentence at the cursor). */
  suggested?: boolean;
}

export interface DefinitionTarget {
  path: string;
  range?: OffsetRange;
}

export class CitedLanguageService {
  readonly sources = new SourceIndex();
  private readonly drafts = new Map<string, DraftEntry>();
  private settings: CitedSettings;
  private supportCache = new SupportCache();
  private rootList: string[];

  constructor(
    /** Absolute workspace roots, with forward slashes. */
    roots: string[] = [],
    settings: CitedSettings = DEFAULT_SETTINGS,
  ) {
    this.settings = settings;
    this.rootList = roots;
    this.updateScope();
  }

  /** Absolute workspace roots, with forward slashes. */
  get roots(): string[] {
    return this.rootList;
  }
  set roots(roots: string[]) {
    this.rootList = roots;
    this.updateScope();
  }

  /**
   * The folders sources may be read from, or undefined when any path may be: reading outside is
   * allowed, or there is no workspace folder to be outside of. Hosts check real paths against these.
   */
  sourceFolders(): string[] | undefined {
    return this.settings.allowSourcesOutsideWorkspace || this.rootList.length === 0 ? undefined : allowedFolders(this.rootList, this.settings);
  }

  private updateScope(): void {
    this.sources.setScope(this.sourceFolders());
  }

  configure(settings: CitedSettings): void {
    this.settings = settings;
    this.updateScope();
    for (const d of this.drafts.values()) {
      d.diagnostics = undefined;
      d.claims = undefined;
    }
  }
  getSettings(): CitedSettings {
    return this.settings;
  }

  // ---- sources ----

  /**
   * Reads a source file's contents into the index. Returns the record. `problems` are what the
   * host met reading the file (invalid UTF-8 it replaced), added to the record's own.
   */
  setSource(path: string, raw: string, problems: SourceProblem[] = []): SourceRecord {
    let record = readSource(path, raw);
    if (problems.length) record = { ...record, problems: [...problems, ...record.problems] };
    this.sources.set(record);
    return record;
  }
  /** Puts a source in the index from what a host stored of a file with these same contents (`snapshotSource`), without reading it afresh. */
  setSourceSnapshot(path: string, raw: string, snapshot: SourceSnapshot): SourceRecord {
    const record = restoreSource(path, raw, snapshot);
    this.sources.set(record);
    return record;
  }
  /** Records a source that exists but could not be read at all (permissions, size, binary format). */
  setSourceUnreadable(path: string, reason: string): void {
    const base: SourceRecord = { path, format: 'text', id: fileStem(path), meta: {}, problems: [], raw: '', lead: '', readable: false };
    this.sources.set(unreadable(base, reason));
  }
  setSourceMissing(path: string, reason?: string): void {
    this.sources.setMissing(path, reason);
  }
  /** Records a path the host will not read because it leads outside the allowed folders (see `sourceFolders`). */
  setSourceOutside(path: string, reason: string): void {
    this.sources.setOutside(path, reason);
  }
  removeSource(path: string): void {
    this.sources.forget(path);
  }

  // ---- drafts ----

  setDraft(path: string, text: string): DraftModel {
    const old = this.drafts.get(path);
    if (old && old.text === text) return old.model;
    const model = parseDraft(text);
    this.drafts.set(path, { text, model, deps: this.dependenciesOf(path, model) });
    return model;
  }
  /**
   * Lets go of the verdicts kept for sentences judged so far (they are kept so that an edit re-judges
   * only what changed). A host that checks drafts one by one, as `cited check` does, calls it between
   * drafts so that memory does not grow with their number.
   */
  forgetVerdicts(): void {
    this.supportCache = new SupportCache();
  }
  removeDraft(path: string): void {
    this.drafts.delete(path);
  }
  hasDraft(path: string): boolean {
    return this.drafts.has(path);
  }
  draftPaths(): string[] {
    return [...this.drafts.keys()];
  }
  draftModel(path: string): DraftModel | undefined {
    return this.drafts.get(path)?.model;
  }

  /** Files the draft's definitions point to that the service has not been told about yet. */
  unknownTargets(path: string): string[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const out = new Set<string>();
    for (const d of entry.model.definitions) {
      const t = definitionTarget(path, d.url, this.roots);
      if (t.kind === 'path' && !this.sources.isKnown(t.value)) out.add(t.value);
    }
    return [...out];
  }

  /** Paths of the sources the draft's markers resolve to (readable or not). */
  citedSources(path: string): string[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const resolver = new Resolver(path, entry.model, this.sources, this.roots);
    const out = new Set<string>();
    for (const c of entry.model.citations) {
      for (const r of c.refs) {
        const res = resolver.resolve(c, r);
        if (res.status === 'ok' || res.status === 'unreadable') out.add(res.source.path);
      }
    }
    return [...out];
  }

  /** Drafts whose citations depend on the source at `path` (by path, id or url). */
  draftsAffectedBy(record: { path: string; id?: string; url?: string }): string[] {
    const keys = [record.path, record.id && 'id:' + record.id, record.url && 'url'].filter(Boolean) as string[];
    const out: string[] = [];
    for (const [p, d] of this.drafts) if (keys.some((k) => d.deps.has(k))) out.push(p);
    return out;
  }

  private dependenciesOf(path: string, model: DraftModel): Set<string> {
    const deps = new Set<string>();
    for (const d of model.definitions) {
      const t = definitionTarget(path, d.url, this.roots);
      deps.add(t.kind === 'path' ? t.value : 'url');
    }
    for (const c of model.citations) if (c.kind !== 'numeric') for (const r of c.refs) deps.add('id:' + r.label);
    return deps;
  }

  diagnostics(path: string): CitedDiagnostic[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    if (entry.diagnostics?.sourcesVersion === this.sources.version) return entry.diagnostics.list;
    const raw = checkDraft({ draftPath: path, draft: entry.model, sources: this.sources, roots: this.roots, style: this.settings.citationStyle });
    if (this.settings.support) {
      raw.push(...supportDiagnostics(this.claims(path), uncitedClaims(entry.model)));
      raw.sort((a, b) => a.range.start - b.range.start);
    }
    const list = applySeverities(raw, this.settings.severity);
    entry.diagnostics = { sourcesVersion: this.sources.version, list };
    return list;
  }

  /**
   * Judges the draft's claims for about `budgetMs` (at least one claim per call, so repeated calls
   * always finish), those meeting `focus` (e.g. the lines on screen) first. Work is kept between
   * calls and across edits. Lets a host judge a long draft in slices and stay responsive.
   */
  judge(path: string, budgetMs: number, focus?: OffsetRange[]): JudgeProgress {
    const entry = this.drafts.get(path);
    if (!entry) return { judged: 0, total: 0, complete: true };
    const c = this.collected(path, entry);
    if (!c.progress.complete) c.progress = judgeClaims(entry.model, c.list, this.supportCache, { deadline: Date.now() + budgetMs, threshold: this.settings.supportThreshold, focus });
    return c.progress;
  }

  /** Whether every claim of the draft that meets one of `ranges` is judged. */
  judgedWithin(path: string, ranges: OffsetRange[]): boolean {
    const list = this.drafts.get(path)?.claims?.list;
    if (!list) return false;
    const meets = (e: ClaimEntry) => ranges.some((r) => e.claim.range.start <= r.end && e.claim.range.end >= r.start);
    return list.every((e) => !meets(e) || !!e.result || !isJudgeable(e));
  }

  /** `judge`, answering only whether every claim is judged. */
  warmSupport(path: string, budgetMs: number, focus?: OffsetRange[]): boolean {
    return this.judge(path, budgetMs, focus).complete;
  }

  /** Diagnostics of markers, definitions and sources only: shown first while claims are still being judged. */
  structuralDiagnostics(path: string): CitedDiagnostic[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const raw = checkDraft({ draftPath: path, draft: entry.model, sources: this.sources, roots: this.roots, style: this.settings.citationStyle });
    return applySeverities(raw, this.settings.severity);
  }

  /**
   * The diagnostics as far as claims are judged now (see `judge`), without judging more. With
   * `reportUnjudged`, claims not judged yet get a `not-checked` diagnostic: for a host that gives a
   * draft a time budget and reports what it could not judge rather than waiting on.
   */
  diagnosticsSoFar(path: string, reportUnjudged = false): CitedDiagnostic[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const c = this.settings.support ? this.collected(path, entry) : undefined;
    if (!c || c.progress.complete) return this.diagnostics(path);
    const raw = checkDraft({ draftPath: path, draft: entry.model, sources: this.sources, roots: this.roots, style: this.settings.citationStyle });
    raw.push(...supportDiagnostics(c.list, uncitedClaims(entry.model)));
    const waiting = c.list.filter((e) => !e.result && isJudgeable(e));
    if (reportUnjudged && waiting.length) {
      const total = c.list.filter(isJudgeable).length;
      raw.push(
        makeDiagnostic(
          'not-checked',
          waiting[0].markerRange,
          `Not checked: draft too large. ${waiting.length} of ${total} cited sentences, from this one on, were not judged in the time allowed; their markers and sources were checked.`,
        ),
      );
    }
    raw.sort((a, b) => a.range.start - b.range.start);
    return applySeverities(raw, this.settings.severity);
  }

  /** Every sentence of the draft that holds citations, with the support verdict for it (all judged). */
  claims(path: string): ClaimEntry[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const c = this.collected(path, entry);
    if (!c.progress.complete) c.progress = judgeClaims(entry.model, c.list, this.supportCache, { threshold: this.settings.supportThreshold });
    return c.list;
  }

  /** The claims of the draft with those at `offset` judged (others as far as judged so far): for a hover or a quick fix. */
  private claimsAt(path: string, offset: number): ClaimEntry[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const c = this.collected(path, entry);
    if (c.progress.complete) return c.list;
    const only = new Set(c.list.filter((e) => (offset >= e.claim.range.start && offset < e.claim.range.end) || (offset >= e.markerRange.start && offset < e.markerRange.end)));
    if (only.size) judgeClaims(entry.model, c.list, this.supportCache, { threshold: this.settings.supportThreshold, only });
    return c.list;
  }

  /** The draft's cited sentences for the current index and settings, collected once (judged or not). */
  private collected(path: string, entry: DraftEntry): NonNullable<DraftEntry['claims']> {
    const support = this.settings.support;
    if (entry.claims?.sourcesVersion === this.sources.version && entry.claims.support === support) return entry.claims;
    const list = collectClaims(path, entry.model, this.sources, this.roots);
    const total = list.length;
    entry.claims = { sourcesVersion: this.sources.version, support, list, progress: { judged: support ? list.filter((e) => !isJudgeable(e)).length : total, total, complete: !support || list.every((e) => !isJudgeable(e)) } };
    return entry.claims;
  }

  /**
   * Sources that would back the sentence at `offset` better than what it cites: for the
   * "cite the best-matching source instead" and "cite <source>" quick fixes.
   */
  suggestCitations(path: string, offset: number): Suggestion[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const claim = this.claimsAt(path, offset).find((c) => (offset >= c.claim.range.start && offset < c.claim.range.end) || (offset >= c.markerRange.start && offset < c.markerRange.end));
    const common = { draftPath: path, draft: entry.model, sources: this.sources, roots: this.roots, style: this.settings.citationStyle };
    if (claim) {
      return suggestCitations({
        ...common,
        claim: claim.claim.text,
        sentence: claim.claim.range,
        maskedSentence: maskedSentence(entry.model, claim.claim.range),
        exclude: claim.sources,
        currentScore: claim.result?.score ?? 0,
        replace: claim.markerRange,
      });
    }
    const uncited = uncitedClaims(entry.model).find((u) => offset >= u.range.start && offset <= u.range.end);
    if (!uncited) return [];
    return suggestCitations({ ...common, claim: uncited.text, sentence: uncited.range, maskedSentence: maskedSentence(entry.model, uncited.range), exclude: [], currentScore: 0 });
  }

  /**
   * For a numeric marker at `offset` that has no reference definition: the sources that back the
   * sentences citing its label best, each with the edit that adds `[n]: path` for it.
   */
  definitionSuggestions(path: string, offset: number): { label: string; suggestions: Suggestion[] } | undefined {
    const entry = this.drafts.get(path);
    if (!entry) return undefined;
    const citation = citationAt(entry.model, offset);
    if (!citation || citation.kind !== 'numeric') return undefined;
    const resolver = new Resolver(path, entry.model, this.sources, this.roots);
    // The offset of the diagnostic: the marker's "[" when it holds one reference, else the reference itself.
    const undefinedRefs = citation.refs.filter((r) => resolver.resolve(citation, r).status === 'undefined');
    const ref = undefinedRefs.find((r) => offset >= r.range.start && offset <= r.range.end) ?? (citation.refs.length === 1 ? undefinedRefs[0] : undefined);
    if (!ref) return undefined;
    // Every sentence that cites the label, this one first.
    const citing = [citation, ...entry.model.citations.filter((c) => c !== citation && c.kind === 'numeric' && c.refs.some((r) => r.label === ref.label))];
    const claims = citing.map((c) => {
      const claim = claimFor(entry.model, c);
      return { claim: claim.text, sentence: claim.range, maskedSentence: maskedSentence(entry.model, claim.range) };
    });
    return {
      label: ref.label,
      suggestions: definitionSuggestions({ draftPath: path, draft: entry.model, sources: this.sources, roots: this.roots, label: ref.label, claims }),
    };
  }

  /** Problems in a source file itself (invalid JSON, no text), shown on that file. */
  sourceDiagnostics(path: string): CitedDiagnostic[] {
    const record = this.sources.get(path);
    if (!record) return [];
    const list = record.problems.map((p) =>
      makeDiagnostic(p.kind === 'unreadable' ? 'unreadable-source' : 'repaired-source', p.range ?? { start: 0, end: 0 }, p.message),
    );
    return applySeverities(list, this.settings.severity);
  }

  hover(path: string, offset: number): HoverResult | undefined {
    const entry = this.drafts.get(path);
    return entry ? hoverAt(path, entry.model, offset, this.sources, this.roots, this.settings.support ? this.claimsAt(path, offset) : []) : undefined;
  }

  /** The source a marker or a reference definition at `offset` names (its path), if it names one the index holds. */
  sourceNamedAt(path: string, offset: number): string | undefined {
    const entry = this.drafts.get(path);
    if (!entry) return undefined;
    const resolver = new Resolver(path, entry.model, this.sources, this.roots);
    const citation = citationAt(entry.model, offset);
    if (citation) {
      const ref = citation.refs.find((r) => offset >= r.range.start && offset <= r.range.end) ?? citation.refs[0];
      return ref ? sourcePathOf(resolver.resolve(citation, ref)) : undefined;
    }
    const def = entry.model.definitions.find((d) => offset >= d.range.start && offset <= d.range.end);
    return def ? sourcePathOf(resolver.resolveDefinition(def)) : undefined;
  }

  /**
   * Where the draft `draftPath` (held by the service, or `model` read by the host) cites `sourcePath`:
   * its markers, and with `includeDeclaration` the reference definitions that point to it.
   */
  citesOf(sourcePath: string, draftPath: string, model = this.drafts.get(draftPath)?.model, includeDeclaration = true): OffsetRange[] {
    if (!model) return [];
    const r = new Resolver(draftPath, model, this.sources, this.roots);
    const out: OffsetRange[] = [];
    if (includeDeclaration) for (const d of model.definitions) if (sourcePathOf(r.resolveDefinition(d)) === sourcePath) out.push(d.range);
    for (const c of model.citations) for (const ref of c.refs) if (sourcePathOf(r.resolve(c, ref)) === sourcePath) out.push(ref.range);
    return out.sort((a, b) => a.start - b.start);
  }

  /** Every place the drafts the service holds cite the source named at `offset` (see sourceNamedAt). */
  references(path: string, offset: number, includeDeclaration = true): { path: string; range: OffsetRange }[] | undefined {
    const target = this.sourceNamedAt(path, offset);
    if (!target) return undefined;
    return [...this.drafts.keys()].sort().flatMap((p) => this.citesOf(target, p, undefined, includeDeclaration).map((range) => ({ path: p, range })));
  }

  /** Where the sources cited at `offset` are: at the passage that best matches the sentence. */
  definition(path: string, offset: number): { origin: OffsetRange; targets: DefinitionTarget[] } | undefined {
    const entry = this.drafts.get(path);
    if (!entry) return undefined;
    const citation = citationAt(entry.model, offset);
    if (!citation) return undefined;
    const resolver = new Resolver(path, entry.model, this.sources, this.roots);
    const claim = claimFor(entry.model, citation);
    const ref = citation.refs.find((r) => offset >= r.range.start && offset < r.range.end) ?? citation.refs[0];
    const targets: DefinitionTarget[] = [];
    for (const r of ref ? [ref] : []) {
      const res = resolver.resolve(citation, r);
      if (res.status === 'ok') targets.push({ path: res.source.path, range: findEvidence(res.source, claim.text).fileRange });
      else if (res.status === 'unreadable') targets.push({ path: res.source.path });
    }
    return { origin: citation.range, targets };
  }

  insertCitation(path: string, offset: number, sourcePath: string): InsertPlan | undefined {
    const entry = this.drafts.get(path);
    const source = this.sources.get(sourcePath);
    if (!entry || !source) return undefined;
    return planInsertCitation(path, entry.model, offset, source, this.settings.citationStyle, this.roots);
  }

  /** All sources, those that best match `query` first (e.g. the sentence at the cursor). */
  listSources(query?: string): SourceSummary[] {
    const { ranked, rest } = this.rankedSources(query);
    return [...ranked.map((r) => ({ ...summary(r), suggested: true })), ...rest.map(summary)];
  }

  /** The best matches for `query` (up to 8), then every other source by title. */
  private rankedSources(query?: string): { ranked: SourceRecord[]; rest: SourceRecord[] } {
    const q = query?.trim() ?? '';
    // Completion asks again on every keystroke in the same sentence: the ranking is kept for the last few sentences.
    let ranked = this.rankings.get(q);
    if (!ranked || ranked.version !== this.sources.version) {
      ranked = { version: this.sources.version, list: q ? this.sources.search(q, 8).map((h) => h.record) : [] };
      this.rankings.set(q, ranked);
      if (this.rankings.size > 8) this.rankings.delete(this.rankings.keys().next().value!);
    }
    return this.rankedWith(ranked.list);
  }
  private readonly rankings = new Map<string, { version: number; list: SourceRecord[] }>();

  private rankedWith(ranked: SourceRecord[]): { ranked: SourceRecord[]; rest: SourceRecord[] } {
    const rankedSet = new Set(ranked);
    if (this.byTitle?.version !== this.sources.version) {
      const collator = new Intl.Collator();
      this.byTitle = { version: this.sources.version, list: this.sources.all().sort((a, b) => collator.compare(a.meta.title ?? a.id, b.meta.title ?? b.id)) };
    }
    return { ranked, rest: this.byTitle.list.filter((r) => !rankedSet.has(r)) };
  }

  /** Every source by title, sorted once per version of the index. */
  private byTitle?: { version: number; list: SourceRecord[] };

  /** Citation completions at `offset` (after "@", or after "[" in a numeric draft); empty elsewhere. */
  completions(path: string, offset: number, snippetSupport = false): CitationCompletion[] {
    const entry = this.drafts.get(path);
    const site = entry && completionSite(entry.model, offset, this.settings.citationStyle);
    if (!entry || !site) return [];
    // What is being typed ("[", "[1", "@ke") is no part of what the sentence is about, and would defeat the ranking's cache.
    const sentence = this.sentenceAt(path, offset).replace(/\[\d*\]?|@[\p{L}\p{N}_:.#$%&+?<>~/{}-]*/gu, ' ');
    const { ranked, rest } = this.rankedSources(sentence);
    return citationCompletions({
      draftPath: path,
      draft: entry.model,
      offset,
      site,
      sources: [...ranked, ...rest],
      roots: this.roots,
      snippetSupport,
    });
  }

  /** The sentence around `offset`, for ranking sources when inserting a citation. */
  sentenceAt(path: string, offset: number): string {
    const entry = this.drafts.get(path);
    if (!entry) return '';
    const fake = { kind: 'numeric' as const, range: { start: offset, end: offset }, refs: [] };
    return claimFor(entry.model, fake).text;
  }
}

function sourcePathOf(r: Resolution): string | undefined {
  return r.status === 'ok' || r.status === 'unreadable' ? r.source.path : undefined;
}

function summary(r: SourceRecord): SourceSummary {
  return {
    path: r.path,
    id: r.id,
    title: r.meta.title ?? r.id,
    author: r.meta.author,
    publisher: r.meta.publisher,
    date: r.meta.date,
    url: r.meta.url,
    lead: r.lead.slice(0, 160),
    readable: r.readable,
  };
}
