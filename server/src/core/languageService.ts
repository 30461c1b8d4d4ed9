/**
 * The façade the server, the CLI and the tests use. It holds drafts and
 * sources as plain text handed to it by a host, and answers questions about
 * them. It does no I/O: when a draft points at a file the service has not
 * seen, `unknownTargets` names it and the host reads it (or reports it missing).
 */
import { parseDraft, type DraftModel } from './draft/parseDraft';
import { editedRegion } from './draft/editedRegion';
import { checkDraft } from './checkDraft';
import { applySeverities, makeDiagnostic, type CitedDiagnostic } from './diagnostics';
import { DEFAULT_SETTINGS, allowedFolders, type CitedSettings } from './config';
import { SourceIndex } from './sources/sourceIndex';
import { formatOf, restoreSource, unreadable } from './sources/readSource';
import { readSourceFile } from './sources/readFile';
import type { SourceSnapshot } from './sources/learned';
import type { SourceProblem, SourceRecord } from './sources/sourceTypes';
import { fileStem } from './sources/sourceTypes';
import { readDocument, type ExtractedDocument } from './sources/documentSource';
import * as posix from 'node:path/posix';
import { definitionTarget, Resolver, type Resolution } from './resolve';
import { citationAt, hoverAt, type HoverResult } from './hover';
import { findEvidence } from './sourcePassage';
import { planInsertCitation, type InsertPlan } from './insertCitation';
import { citationCompletions, completionSite, displayTitles, resolvedDocumentation, type CitationCompletion, type CompletionResolveData } from './completion';
import { claimFor } from './claims';
import type { OffsetRange } from './text';
import { carryClaims, carryUncited, collectClaims, fillKnown, judgeClaims, isJudgeable, knownWork, uncitedClaims, maskedSentence, pendingWork, storeWork, SupportCache, type ClaimEntry, type JudgeProgress, type JudgeWork, type WorkDone } from './support/claimChecks';
import { suggestCitations, definitionSuggestions, type Suggestion } from './support/suggest';
import { carryDiagnostics, supportDiagnostics } from './support/supportDiagnostics';
import { planReferencesSection, referenceEntries, type ReferencesPlan, type ReferenceEntry } from './referencesSection';
import { sourceUsage, type SourceUsage } from './sourceUsage';
import { planRenumber, type RenumberPlan } from './renumber';
import { prepareKeyRename, checkNewKey, planKeyRename, type PrepareRename, type FileEdits } from './rename';
import { matchMarkers, matchDefinitionsEdit, type MarkerMatch } from './matchMarkers';
import type { TextEditOffsets } from './insertCitation';
import { repointDefinitionEdit, saveFolder, saveSourceAction, urlDefinitionAt, urlDefinitionOf, urlDefinitions, type UrlDefinition } from './saveSource';
import { provideDefinition, type DefinitionResult } from './definition';
import { citesIn, provideReferences, referenceTarget } from './references';
import { provideDocumentLinks, type DocumentLinkData } from './documentLinks';
import { provideDocumentSymbols, provideWorkspaceSymbols, type DocumentSymbolData, type WorkspaceSymbolData } from './symbols';
import { provideDefinitionLenses, provideSourceLens, type CodeLensData } from './codeLens';
import { documentView, type DocumentView } from './documentView';
import { provideCodeActions, type CodeActionData, type FixableDiagnostic } from './codeActions';

interface DraftEntry {
  text: string;
  model: DraftModel;
  /** Source paths, ids and urls the draft's citations point to, for re-checking it when they change. */
  deps: Set<string>;
  diagnostics?: { sourcesVersion: number; list: CitedDiagnostic[] };
  /** The cited sentences, collected once per version of the index and judged in place, possibly in slices. */
  claims?: {
    sourcesVersion: number;
    support: boolean;
    list: ClaimEntry[];
    progress: JudgeProgress;
    /** The support cache's version when every claim last took the verdicts known (`judgeKnown` need not go over them again before it changes). */
    knownAt?: number;
    /** The workspace roots they were resolved with. */
    roots: string[];
  };
  /** The draft before the edits since its claims were last collected, with those claims: what `collected` takes over from outside the edit. */
  earlier?: { model: DraftModel; claims: NonNullable<DraftEntry['claims']> };
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

export type { DefinitionTarget } from './definition';

/** The share of a sentence's weighted words a source's passage must hold to be shown as the passage for it (completion). */
const PASSAGE_FOR_SENTENCE = 1 / 3;

/** What a host tells completion besides the place: whether the client takes snippets, and the drafts edited or opened last (most recent first). */
export interface CompletionOptions {
  snippetSupport?: boolean;
  recentDrafts?: string[];
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
      d.earlier = undefined;
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
    const read = readSourceFile(path, raw, problems);
    if ('group' in read) {
      this.sources.setGroup(read.group.container, read.group.entries);
      return read.group.container;
    }
    this.sources.set(read.record);
    return read.record;
  }
  /**
   * Sets a PDF or Word source from the text the host extracted from its bytes (pages or
   * paragraphs, see `ExtractedDocument`). Returns the record.
   */
  setDocument(path: string, doc: ExtractedDocument): SourceRecord {
    const record = readDocument(path, doc);
    this.sources.set(record);
    return record;
  }
  /**
   * Puts a source in the index from what a host stored of a file with these same contents
   * (`snapshotSource`), without reading it afresh. `raw` may be a function giving the contents when
   * first needed (`restoreSource`).
   */
  setSourceSnapshot(path: string, raw: string | (() => string), snapshot: SourceSnapshot): SourceRecord {
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
    const earlier = old?.claims ? { model: old.model, claims: old.claims } : old?.earlier;
    this.drafts.set(path, { text, model, deps: this.dependenciesOf(path, model), earlier });
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
    for (const b of this.bibliographies(path)) if (!this.sources.isKnown(b)) out.add(b);
    // The files attached to the bibliography entries the draft cites.
    for (const c of entry.model.citations) {
      if (c.kind === 'numeric') continue;
      for (const r of c.refs) {
        const a = this.sources.getById(r.label)[0]?.attachment;
        if (a && !this.sources.isKnown(a)) out.add(a);
      }
    }
    return [...out];
  }

  /**
   * The bibliographies a draft names (pandoc's `bibliography:` front matter, a path or a list,
   * relative to the draft) and those the `bibliographies` setting names (relative to each root).
   */
  bibliographies(path: string): string[] {
    const entry = this.drafts.get(path);
    const out = new Set<string>();
    const named = entry?.model.frontMatter.bibliography;
    for (const b of Array.isArray(named) ? named : [named]) {
      const t = typeof b === 'string' && b.trim() ? definitionTarget(path, b.trim(), this.roots) : undefined;
      if (t?.kind === 'path') out.add(t.value);
    }
    for (const b of this.settings.bibliographies) {
      const clean = b.replace(/\\/g, '/');
      if (posix.isAbsolute(clean) || /^[a-z]:\//i.test(clean)) out.add(posix.normalize(clean));
      else for (const r of this.rootList) out.add(posix.join(r, clean));
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
    // The keys of the bibliography entries a file is attached to; any key, for a bibliography (its entries may have changed).
    for (const r of this.sources.all()) if (r.attachment === record.path) keys.push('id:' + r.id);
    const bibliography = formatOf(record.path) === 'bibliography' || this.sources.get(record.path)?.format === 'bibliography';
    const out: string[] = [];
    for (const [p, d] of this.drafts) if (keys.some((k) => d.deps.has(k)) || (bibliography && [...d.deps].some((k) => k.startsWith('id:')))) out.push(p);
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

  /**
   * The judging the draft needs next, as work a host may do in another thread (`doWork` in
   * claimChecks.ts): up to `max` claims, those meeting `focus` first, none whose key is in `busy`.
   * Hand what is done back with `acceptWork`, then `judgeKnown` fills in the verdicts.
   */
  pendingWork(path: string, max: number, focus?: OffsetRange[], busy?: ReadonlySet<string>): JudgeWork[] {
    const entry = this.drafts.get(path);
    if (!entry || !this.settings.support) return [];
    const c = this.collected(path, entry);
    if (c.progress.complete) return [];
    return pendingWork(entry.model, c.list, this.supportCache, { threshold: this.settings.supportThreshold, focus, max, busy });
  }

  /**
   * The draft's claims whose verdicts are known, each as the work `pendingWork` would have handed out
   * and what came back: what a host stores to hand back with `acceptWork` another time.
   */
  knownWork(path: string): { work: JudgeWork; done: WorkDone }[] {
    const entry = this.drafts.get(path);
    if (!entry || !this.settings.support) return [];
    return knownWork(entry.model, this.collected(path, entry).list, this.supportCache, { threshold: this.settings.supportThreshold });
  }

  /** Keeps judging done elsewhere, for every draft with the same sentence against the same sources. */
  acceptWork(work: JudgeWork, done: WorkDone): void {
    storeWork(this.supportCache, work, done);
  }

  /**
   * Fills in the verdicts known now (judged here, or accepted from elsewhere) without judging any:
   * of the claims of `keys` only (the work just accepted: linear in them), else of every claim.
   */
  judgeKnown(path: string, focus?: OffsetRange[], keys?: Iterable<string>): JudgeProgress {
    const entry = this.drafts.get(path);
    if (!entry) return { judged: 0, total: 0, complete: true };
    const c = this.collected(path, entry);
    if (c.progress.complete) return c.progress;
    if (keys) {
      c.progress = fillKnown(c.list, keys, this.supportCache, c.progress);
      return c.progress;
    }
    // (Nothing was judged or accepted since every claim last took what is known: an edit's check asks twice before its work goes out.)
    if (c.knownAt === this.supportCache.version) return c.progress;
    c.progress = judgeClaims(entry.model, c.list, this.supportCache, { threshold: this.settings.supportThreshold, focus, cachedOnly: true });
    c.knownAt = this.supportCache.version;
    return c.progress;
  }

  /** Whether every claim of the draft that meets one of `ranges` is judged. */
  judgedWithin(path: string, ranges: OffsetRange[]): boolean {
    const list = this.drafts.get(path)?.claims?.list;
    if (!list) return false;
    const meets = (e: ClaimEntry) => ranges.some((r) => e.claim.range.start <= r.end && e.claim.range.end >= r.start);
    return list.every((e) => !meets(e) || !!e.result || !isJudgeable(e));
  }

  /** Whether every claim of the draft has its verdict (always, with claim support off), without judging any. */
  claimsComplete(path: string): boolean {
    const entry = this.drafts.get(path);
    return !entry || this.collected(path, entry).progress.complete;
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
    // A sentence an edit changed shows the verdict it had until its new one comes (`standInFor`).
    raw.push(...supportDiagnostics(c.list, uncitedClaims(entry.model), { standIns: true }));
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
  /** The draft's claims, those at `offset` judged (with `judge` false: given the verdicts already known, no new work). */
  private claimsAt(path: string, offset: number, judge = true): ClaimEntry[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const c = this.collected(path, entry);
    if (c.progress.complete) return c.list;
    const only = new Set(c.list.filter((e) => atClaim(e, offset)));
    if (only.size) c.progress = judgeClaims(entry.model, c.list, this.supportCache, { threshold: this.settings.supportThreshold, only, cachedOnly: !judge });
    return c.list;
  }

  /**
   * The judging the claims at `offset` (in the sentence, or on its markers) still need, as work for
   * another thread: a host judging elsewhere sends it ahead of the rest before it answers a hover.
   */
  pendingWorkAt(path: string, offset: number): JudgeWork[] {
    const entry = this.drafts.get(path);
    if (!entry || !this.settings.support) return [];
    const c = this.collected(path, entry);
    if (c.progress.complete) return [];
    const at = c.list.filter((e) => atClaim(e, offset));
    return pendingWork(entry.model, at, this.supportCache, { threshold: this.settings.supportThreshold, max: at.length, others: c.list });
  }

  /** The draft's cited sentences for the current index and settings, collected once (judged or not). */
  private collected(path: string, entry: DraftEntry): NonNullable<DraftEntry['claims']> {
    const support = this.settings.support;
    if (entry.claims?.sourcesVersion === this.sources.version && entry.claims.support === support && entry.claims.roots === this.rootList) return entry.claims;
    // After an edit, the claims it left alone are taken over from the draft before it (collected against this same index), moved.
    const earlier = entry.earlier;
    entry.earlier = undefined;
    const region = earlier && earlier.claims.sourcesVersion === this.sources.version && earlier.claims.support === support && earlier.claims.roots === this.rootList ? editedRegion(earlier.model, entry.model) : undefined;
    const list = region ? carryClaims(path, entry.model, earlier!.model, earlier!.claims.list, region, this.sources, this.roots, carryDiagnostics) : collectClaims(path, entry.model, this.sources, this.roots);
    if (region) carryUncited(earlier!.model, entry.model, region);
    const total = list.length;
    // Any change to the sources re-collects every draft's claims, also of drafts that do not cite
    // the changed source: the verdicts already known for the same sentences against the same
    // sources are taken over at once, so such a draft stays judged without anyone judging it again.
    const progress = support
      ? judgeClaims(entry.model, list, this.supportCache, { threshold: this.settings.supportThreshold, cachedOnly: true })
      : { judged: total, total, complete: true };
    entry.claims = { sourcesVersion: this.sources.version, support, list, progress, knownAt: this.supportCache.version, roots: this.rootList };
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
      suggestions: definitionSuggestions({ draftPath: path, draft: entry.model, sources: this.sources, roots: this.roots, label: ref.label, claims, threshold: this.settings.supportThreshold }),
    };
  }

  /** Match Markers to Sources: a proposed source for every numbered marker of the draft that has no definition (matchMarkers.ts). */
  matchMarkers(path: string): MarkerMatch[] {
    const entry = this.drafts.get(path);
    return entry ? matchMarkers({ draftPath: path, draft: entry.model, sources: this.sources, roots: this.roots }) : [];
  }

  /** The one edit that defines each accepted number as its source (paths the index holds; others are left out). */
  matchDefinitionsEdit(path: string, accepted: { label: string; sourcePath: string }[]): TextEditOffsets | undefined {
    const entry = this.drafts.get(path);
    if (!entry) return undefined;
    // A number defined meanwhile, or accepted twice, is written once at most.
    const taken = new Set(entry.model.definitions.map((d) => d.identifier));
    const defs = accepted.flatMap((a) => {
      const source = this.sources.get(a.sourcePath);
      if (!source || !/^\d+$/.test(a.label) || taken.has(a.label)) return [];
      taken.add(a.label);
      return [{ label: a.label, source }];
    });
    return matchDefinitionsEdit(path, entry.model, defs, this.roots);
  }

  /** Save Source from URL: the draft's definitions that are only a web address no saved source has (saveSource.ts). */
  urlDefinitions(path: string): UrlDefinition[] {
    const entry = this.drafts.get(path);
    return entry ? urlDefinitions(path, entry.model, this.sources, this.roots) : [];
  }
  /** The url definition at `offset` (on it, or on a marker it defines). */
  urlDefinitionAt(path: string, offset: number): UrlDefinition | undefined {
    const entry = this.drafts.get(path);
    return entry ? urlDefinitionAt(path, entry.model, this.sources, this.roots, offset) : undefined;
  }
  /** The quick fix for a `no-saved-copy` diagnostic at `offset`, as plain data (a command for the host to run). */
  saveSourceAction(path: string, offset: number): ReturnType<typeof saveSourceAction> {
    const entry = this.drafts.get(path);
    return entry ? saveSourceAction(path, entry.model, this.sources, this.roots, offset) : undefined;
  }
  /** The folder a page saved for the draft goes to. */
  saveFolder(path: string): string | undefined {
    const entry = this.drafts.get(path);
    return entry ? saveFolder(path, entry.model, this.sources, this.roots) : undefined;
  }
  /** The edit that points the definition of `label` (still a web address) at the saved file `savedPath`. */
  repointDefinition(path: string, label: string, savedPath: string, title?: string): TextEditOffsets | undefined {
    const entry = this.drafts.get(path);
    if (!entry) return undefined;
    const def = urlDefinitionOf(path, entry.model, this.roots, label);
    return def ? repointDefinitionEdit(path, entry.model, def, savedPath, title) : undefined;
  }

  /** Quick fixes for `diagnostics` of the draft at `path` (see `codeActions.ts`). */
  codeActions(path: string, diagnostics: FixableDiagnostic[]): CodeActionData[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    return provideCodeActions(
      {
        path,
        draft: entry.model,
        sources: this.sources,
        roots: this.roots,
        style: this.settings.citationStyle,
        suggestCitations: (offset) => this.suggestCitations(path, offset),
        definitionSuggestions: (offset) => this.definitionSuggestions(path, offset),
        sourcesBacking: (offset) => {
          const claim = claimFor(entry.model, { kind: 'numeric', range: { start: offset, end: offset }, refs: [] });
          const common = { draftPath: path, draft: entry.model, sources: this.sources, roots: this.roots, style: this.settings.citationStyle };
          return suggestCitations({ ...common, claim: claim.text, sentence: claim.range, maskedSentence: maskedSentence(entry.model, claim.range), exclude: [], currentScore: 0 });
        },
      },
      diagnostics,
    );
  }

  /** Links on the targets of the draft's reference definitions (see `documentLinks.ts`). */
  documentLinks(path: string): DocumentLinkData[] {
    const entry = this.drafts.get(path);
    return entry ? provideDocumentLinks({ path, draft: entry.model, sources: this.sources, roots: this.roots }) : [];
  }

  /** The draft's cited sentences by marker, with their verdicts as far as judged (see `symbols.ts`). */
  documentSymbols(path: string): DocumentSymbolData[] {
    const entry = this.drafts.get(path);
    return entry ? provideDocumentSymbols(entry.model, this.collected(path, entry).list) : [];
  }

  /** Sources found by title, author and id (see `symbols.ts`). */
  workspaceSymbols(query: string): WorkspaceSymbolData[] {
    return provideWorkspaceSymbols(this.sources.all(), query);
  }

  /** A lens above each reference definition: how often it is cited, how many of those sentences are supported so far (see `codeLens.ts`). */
  definitionLenses(path: string): CodeLensData[] {
    const entry = this.drafts.get(path);
    if (!entry) return [];
    const claims = this.collected(path, entry).list;
    return provideDefinitionLenses({ path, draft: entry.model, sources: this.sources, roots: this.roots, claims, support: this.settings.support });
  }

  /** The lens at the top of the source file `path`: the drafts (the host's list) that cite it. */
  sourceLens(path: string, drafts: { path: string; model: DraftModel }[]): CodeLensData | undefined {
    return this.sources.get(path) ? provideSourceLens(path, drafts, this.sources, this.roots) : undefined;
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

  /**
   * The hover at `offset`. A sentence not judged yet is judged first, unless `judge` is false (a host
   * judging in another thread, where its work is under way): the hover then says it is being checked.
   */
  hover(path: string, offset: number, judge = true): HoverResult | undefined {
    const entry = this.drafts.get(path);
    return entry ? hoverAt(path, entry.model, offset, this.sources, this.roots, this.settings.support ? this.claimsAt(path, offset, judge) : []) : undefined;
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
    return model ? citesIn(sourcePath, draftPath, model, this.sources, this.roots, includeDeclaration) : [];
  }

  /** Every place the drafts the service holds cite the source named at `offset`, or the source file `path` itself (see referenceTarget). */
  references(path: string, offset: number, includeDeclaration = true): { path: string; range: OffsetRange }[] | undefined {
    const target = this.referenceTarget(path, offset);
    if (!target) return undefined;
    return provideReferences(target, [...this.drafts].map(([p, d]) => ({ path: p, model: d.model })), this.sources, this.roots, includeDeclaration);
  }

  /** Go to Definition (see `definition.ts`): a marker's source at the passage, or a definition line's file. */
  definition(path: string, offset: number): DefinitionResult | undefined {
    const entry = this.drafts.get(path);
    return entry ? provideDefinition({ path, draft: entry.model, sources: this.sources, roots: this.roots }, offset) : undefined;
  }

  /** The text view of a PDF or Word source (`documentView.ts`), for an editor that cannot show the file; undefined for other sources. */
  documentView(path: string): DocumentView | undefined {
    const record = this.sources.get(path);
    return record ? documentView(record) : undefined;
  }

  /** The source whose references are asked for at `offset` of `path`: a source file itself, or what a draft names there (see `references.ts`). */
  referenceTarget(path: string, offset: number): string | undefined {
    return referenceTarget({ path, draft: this.drafts.get(path)?.model, sources: this.sources, roots: this.roots }, offset);
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
    return this.rankedWith(this.ranking(query).map((h) => h.record));
  }

  /** The catalogue's best matches for `query` (up to 8) with their scores, kept for the last few queries. */
  private ranking(query?: string): { record: SourceRecord; score: number }[] {
    const q = query?.trim() ?? '';
    // Completion asks again on every keystroke in the same sentence: the ranking is kept for the last few sentences.
    let ranked = this.rankings.get(q);
    if (!ranked || ranked.version !== this.sources.version) {
      ranked = { version: this.sources.version, list: q ? this.sources.search(q, 8) : [] };
      // A ranking from a catalogue still being built is used once, not kept: the built one ranks every source.
      if (!this.sources.searchComplete) return ranked.list;
      this.rankings.set(q, ranked);
      if (this.rankings.size > 8) this.rankings.delete(this.rankings.keys().next().value!);
    }
    return ranked.list;
  }
  private readonly rankings = new Map<string, { version: number; list: { record: SourceRecord; score: number }[] }>();
  private readonly passages = new Map<string, string | undefined>();

  private rankedWith(ranked: SourceRecord[]): { ranked: SourceRecord[]; rest: SourceRecord[] } {
    const rankedSet = new Set(ranked);
    return { ranked, rest: this.sourcesByTitle().filter((r) => !rankedSet.has(r)) };
  }

  /** Every citable source by title, sorted once per version of the index. */
  private sourcesByTitle(): SourceRecord[] {
    if (this.byTitle?.version !== this.sources.version) {
      const collator = new Intl.Collator();
      this.byTitle = { version: this.sources.version, list: this.sources.citable().sort((a, b) => collator.compare(a.meta.title ?? a.id, b.meta.title ?? b.id)) };
    }
    return this.byTitle.list;
  }

  /** Every source by title, sorted once per version of the index. */
  private byTitle?: { version: number; list: SourceRecord[] };

  /**
   * What the first completion request would otherwise work out (the sources by title, the titles items
   * show), for a host to call once the catalogue is built (`SourceIndex.prepareSearch`): kept per version of the index.
   */
  prepareCompletion(): void {
    this.sourcesByTitle();
    this.displayTitle();
  }

  private displayTitle(): (s: SourceRecord) => string {
    if (this.titles?.version !== this.sources.version) this.titles = { version: this.sources.version, of: displayTitles(this.sources.citable()) };
    return this.titles.of;
  }
  /** The titles completion items show (a title several sources share gets the file name), once per version of the index. */
  private titles?: { version: number; of: (s: SourceRecord) => string };

  /**
   * Citation completions at `offset` (after "@", or after "[" in a numeric draft); empty elsewhere.
   * The sources are ranked by how well they back the sentence being written (the catalogue's best
   * matches for it, as the support checker's candidates are found), then by how recently they were
   * cited (`recentlyCited`), then by title. `recentDrafts` are the drafts the writer edited or opened
   * last, most recent first, as the host saw it (plain data: the core keeps no clock).
   */
  completions(path: string, offset: number, options: CompletionOptions | boolean = {}): CitationCompletion[] {
    const { snippetSupport = false, recentDrafts = [] } = typeof options === 'boolean' ? { snippetSupport: options } : options;
    const entry = this.drafts.get(path);
    const site = entry && completionSite(entry.model, offset, this.settings.citationStyle);
    if (!entry || !site) return [];
    // What is being typed ("[", "[1", "@ke") is no part of what the sentence is about, and would defeat the ranking's cache.
    // White space collapsed, so that "[" and "[@" typed at one place share the ranking and passages kept for the sentence.
    const sentence = this.sentenceAt(path, offset)
      .replace(/\[\d*\]?|@[\p{L}\p{N}_:.#$%&+?<>~/{}-]*/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const recent = this.recentlyCited(path, entry.model, offset, site, recentDrafts);
    const recency = (r: SourceRecord) => recent.get(r.path) ?? Infinity;
    // Support first; between sources the catalogue scores alike, the one cited more recently.
    const hits = this.ranking(sentence);
    const ranked = hits
      .map((h, i) => ({ ...h, i }))
      .sort((a, b) => b.score - a.score || recency(a.record) - recency(b.record) || a.i - b.i)
      .map((h) => h.record);
    const rankedSet = new Set(ranked);
    const recentRecords = [...recent.keys()].map((p) => this.sources.get(p)).filter((r): r is SourceRecord => !!r && !rankedSet.has(r) && r.format !== 'bibliography');
    const leadingSet = new Set([...ranked, ...recentRecords]);
    const byTitle = this.sourcesByTitle();
    // Lazily: most requests take the first hundred.
    function* ordered(): Generator<SourceRecord> {
      yield* ranked;
      yield* recentRecords;
      for (const r of byTitle) if (!leadingSet.has(r)) yield r;
    }
    const typed = site.kind === 'pandoc' ? entry.model.text.slice(site.start, offset) : '';
    return citationCompletions({
      draftPath: path,
      draft: entry.model,
      offset,
      site,
      sources: ordered(),
      leading: ranked.length + recentRecords.length,
      // What was typed after "@" also finds a source by the words its text uses most (SourceIndex.searchText).
      textMatches: typed ? this.sources.searchText(typed) : undefined,
      displayTitle: this.displayTitle(),
      roots: this.roots,
      snippetSupport,
      // The sources ranked for the sentence (at most 8) may have a passage backing it, worked out when an item is
      // resolved (`resolveCompletion`): the others match it no better than by title.
      sentence: { text: sentence, ranked: rankedSet },
    });
  }

  /**
   * The documentation of a completion item being resolved (`CompletionResolveData`, as the list
   * handed it out): the title, who published the source and when, and the passage of the source
   * that backs the sentence (when it holds a third of the sentence's weighted words), else the
   * opening text. Undefined when the source is no longer held.
   */
  resolveCompletion(data: CompletionResolveData): string | undefined {
    const source = this.sources.get(data.source);
    if (!source) return undefined;
    return resolvedDocumentation(source, data.sentence ? this.completionPassage(data.sentence, source) : undefined);
  }

  /**
   * How recently each source was cited, as a rank (0 the most recent): first the sources this draft
   * cites above `offset`, the nearest first; then those it cites below, the nearest first; then those
   * the drafts in `recentDrafts` cite, draft by draft, each in the order it cites them. The marker
   * being typed (`site`) counts for nothing.
   */
  private recentlyCited(path: string, model: DraftModel, offset: number, site: { start: number; end: number }, recentDrafts: string[]): Map<string, number> {
    const order = new Map<string, number>();
    const add = (p: string) => {
      if (!order.has(p)) order.set(p, order.size);
    };
    const here = this.citations(path, model).filter((c) => c.at < site.start || c.at >= site.end);
    let below = 0;
    while (below < here.length && here[below].at < offset) below++;
    for (let i = below - 1; i >= 0; i--) add(here[i].path);
    for (let i = below; i < here.length; i++) add(here[i].path);
    for (const d of recentDrafts) {
      const other = d === path ? undefined : this.drafts.get(d)?.model;
      if (other) for (const c of this.citations(d, other)) add(c.path);
    }
    return order;
  }

  /**
   * The sources a draft cites, each marker's in document order (`at`: where the marker starts); kept
   * per model and index version. What a definition's address or a key resolves to is kept per draft
   * and index version, so a keystroke (a new model) resolves no address again.
   */
  private citations(path: string, model: DraftModel): { at: number; path: string }[] {
    const cached = this.cited.get(model);
    if (cached && cached.version === this.sources.version && cached.path === path) return cached.list;
    let memo = this.resolvedIn.get(path);
    if (!memo || memo.version !== this.sources.version) {
      if (this.resolvedIn.size >= 32) this.resolvedIn.clear();
      this.resolvedIn.set(path, (memo = { version: this.sources.version, targets: new Map() }));
    }
    const targets = memo.targets;
    const resolver = new Resolver(path, model, this.sources, this.roots);
    const list: { at: number; path: string }[] = [];
    for (const c of model.citations) {
      for (const ref of c.refs) {
        const def = c.kind === 'numeric' ? resolver.definition(ref.label) : undefined;
        if (c.kind === 'numeric' && !def) continue;
        const key = def ? `d\u0000${def.url}` : `k\u0000${ref.label}`;
        let p = targets.get(key);
        if (p === undefined && !targets.has(key)) targets.set(key, (p = sourcePathOf(def ? resolver.resolveDefinition(def) : resolver.resolve(c, ref))));
        if (p) list.push({ at: ref.range.start, path: p });
      }
    }
    this.cited.set(model, { version: this.sources.version, path, list });
    return list;
  }
  /** Per draft: what each definition address (`d`) or key (`k`) resolved to, against one version of the index. */
  private readonly resolvedIn = new Map<string, { version: number; targets: Map<string, string | undefined> }>();
  private readonly cited = new WeakMap<DraftModel, { version: number; path: string; list: { at: number; path: string }[] }>();

  /** The passage of `source` that best backs `sentence`, kept for the last few (completion resolves an item on every keystroke). */
  private completionPassage(sentence: string, source: SourceRecord): string | undefined {
    const key = `${this.sources.version}\u0000${source.path}\u0000${sentence}`;
    if (!this.passages.has(key)) {
      if (this.passages.size >= 64) this.passages.delete(this.passages.keys().next().value!);
      const ev = source.readable ? findEvidence(source, sentence) : undefined;
      // A passage holding under a third of the sentence's weighted words is no passage for it: the opening text is shown instead.
      this.passages.set(key, ev?.match && ev.match.score >= PASSAGE_FOR_SENTENCE ? ev.match.text : undefined);
    }
    return this.passages.get(key);
  }

  /** The pandoc key at `offset` that Rename would change, with its source; or why nothing can be renamed there (see rename.ts). */
  prepareRename(path: string, offset: number): PrepareRename {
    const entry = this.drafts.get(path);
    if (!entry) return { error: 'Cited renames keys in markdown drafts only.' };
    return prepareKeyRename(entry.model, offset, this.sources, this.roots);
  }

  /**
   * The edits that rename the key at `offset` to `newKey`: the source's id and every citation of it
   * in the drafts the service holds and in `others` (drafts the host read, e.g. from disk).
   */
  rename(path: string, offset: number, newKey: string, others: { path: string; model: DraftModel }[] = []): { files: FileEdits[] } | { error: string } {
    const target = this.prepareRename(path, offset);
    if ('error' in target) return target;
    const error = checkNewKey(target, newKey, this.sources, this.roots);
    if (error) return { error };
    const drafts = new Map<string, DraftModel>(others.map((d) => [d.path, d.model]));
    for (const [p, d] of this.drafts) drafts.set(p, d.model);
    return { files: planKeyRename(target, newKey, [...drafts].map(([p, model]) => ({ path: p, model }))) };
  }

  /** The edits that renumber the draft's numeric citations in order of first appearance (see renumber.ts). */
  renumber(path: string): RenumberPlan | undefined {
    const entry = this.drafts.get(path);
    return entry ? planRenumber(entry.model) : undefined;
  }

  /** The edit that writes or updates the draft's References section (see referencesSection.ts). */
  referencesSection(path: string): ReferencesPlan | undefined {
    const entry = this.drafts.get(path);
    return entry ? planReferencesSection(path, entry.model, this.sources, this.roots) : undefined;
  }

  /** The sources the draft cites, in order of first citation: for the preview's tooltips and list. */
  referenceEntries(path: string): ReferenceEntry[] {
    const entry = this.drafts.get(path);
    return entry ? referenceEntries(path, entry.model, this.sources, this.roots) : [];
  }

  /** Every source with how often it is cited by the drafts held and `others` (drafts the host read), for the Sources view. */
  sourceUsage(others: { path: string; model: DraftModel }[] = []): SourceUsage[] {
    const drafts = new Map<string, DraftModel>(others.map((d) => [d.path, d.model]));
    for (const [p, d] of this.drafts) drafts.set(p, d.model);
    return sourceUsage([...drafts].map(([path, model]) => ({ path, model })), this.sources, this.roots);
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

/** Whether `offset` is in the claim's sentence or on its markers. */
function atClaim(e: ClaimEntry, offset: number): boolean {
  return (offset >= e.claim.range.start && offset < e.claim.range.end) || (offset >= e.markerRange.start && offset < e.markerRange.end);
}
