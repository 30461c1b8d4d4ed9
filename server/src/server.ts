/**
 * The language server: a thin adapter between LSP and the core's
 * CitedLanguageService. It owns the connection, the open documents, the
 * file system and timing (debounce); the core owns every answer.
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  DiagnosticTag,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MarkupKind,
  CompletionItemKind,
  InsertTextFormat,
  ShowMessageNotification,
  MessageType,
  type CompletionList,
  type Location,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type CodeAction,
  type Connection,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { promises as fs } from 'node:fs';
import { CitedLanguageService } from './core/languageService';
import { parseDraft, type DraftModel } from './core/draft/parseDraft';
import type { SourceRecord } from './core/sources/sourceTypes';
import { mayCite } from './core/resolve';
import { allowedFolders, DEFAULT_SETTINGS, normalizeSettings, PathClassifier, type CitedSettings } from './core/config';
import { tallySeverities, type CitedDiagnostic, type Severity } from './core/diagnostics';
import { LineIndex, type OffsetRange } from './core/text';
import { sourceLines } from './core/hover';
import { reportMarkdown } from './core/report';
import { findWorkspaceFiles, loadDraftTargets, loadSource, mapLimit, toPosix, type WorkspaceFiles } from './node/workspaceFiles';
import { CitedCache, defaultCacheFolder } from './node/cache';
import * as nodePath from 'node:path';
import {
  StatusNotification,
  ListSourcesRequest,
  InsertCitationRequest,
  CheckWorkspaceRequest,
  CheckProgressNotification,
  ReindexRequest,
  ClaimReportRequest,
  VisibleRangesNotification,
  type VisibleRangesParams,
  type ClaimReportParams,
  type ClaimReportResult,
  type StatusParams,
  type ListSourcesParams,
  type InsertCitationParams,
  type InsertCitationResult,
  type CheckWorkspaceResult,
} from './protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Time after the last keystroke before a draft is re-checked. Checks are cheap; this only coalesces bursts of typing. */
const DEBOUNCE_MS = 30;
/** How long claim judging may hold the server before it yields to other requests. */
const SUPPORT_SLICE_MS = 40;
/** How long a draft just opened waits for the client to say which of its lines are on screen. */
const VISIBLE_WAIT_MS = 200;
/** While a long draft is judged, what is judged so far is published this often. */
const PARTIAL_PUBLISH_MS = 500;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = new CitedLanguageService();
  let settings: CitedSettings = normalizeSettings({});
  let classifier = new PathClassifier(settings);
  let roots: string[] = [];
  let hasConfigurationCapability = false;
  let canWatchDynamically = false;
  let initialSettings: unknown;
  let indexing: Promise<void> = Promise.resolve();
  let snippetSupport = false;
  /** VS Code's workspace trust (initializationOptions.trusted); clients without one are trusted. */
  let trusted = true;
  /** The persistent cache (node/cache.ts), shared with the CLI, for sources' evidence: `cited.cacheFolder`, the platform's folder by default, "off" for none. */
  let cache: CitedCache | undefined;
  /** What walking the workspace left out, logged once each. */
  const reportedNotes = new Set<string>();
  /** Drafts not open in the editor whose diagnostics were published by a workspace check. */
  const checkedOnDisk = new Set<string>();
  /** Sources whose own problems were published, so they can be cleared when fixed. */
  const publishedSources = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();

  const toPath = (uri: string): string => toPosix(URI.parse(uri).fsPath);
  const uriOf = (p: string): string => {
    for (const d of documents.all()) if (toPath(d.uri) === p) return d.uri;
    return URI.file(p).toString();
  };
  const relativeToRoot = (p: string): string | undefined => {
    for (const r of roots) if (p.startsWith(r + '/')) return p.slice(r.length + 1);
    return undefined;
  };
  const kindOf = (p: string): 'source' | 'draft' | undefined => {
    const rel = relativeToRoot(p);
    if (rel === undefined) return /\.(md|markdown)$/i.test(p) ? 'draft' : undefined;
    return classifier.kind(rel);
  };
  // Clients name markdown differently ("markdown", "markdown.pandoc", "pandoc", or nothing without filetype detection).
  const isOpenDraft = (doc: TextDocument): boolean =>
    (/^(markdown|pandoc|md|rmd|quarto)\b/i.test(doc.languageId) || /\.(md|markdown|mdx|qmd|rmd)$/i.test(toPath(doc.uri))) && kindOf(toPath(doc.uri)) !== 'source';

  const sendStatus = (p: StatusParams): void => void connection.sendNotification(StatusNotification, p);
  const status = (): StatusParams => ({
    state: 'ready',
    sources: service.sources.size,
    unreadable: service.sources.all().filter((s) => !s.readable).length,
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    canWatchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    snippetSupport = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [URI.file(params.rootPath).toString()] : []);
    roots = folders.map(toPath);
    service.roots = roots;
    initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings ?? params.initializationOptions;
    trusted = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['@', '['] },
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'cited', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    await loadSettings();
    if (canWatchDynamically) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    await reindex();
  });

  async function loadSettings(): Promise<void> {
    let raw: unknown = initialSettings;
    if (hasConfigurationCapability) {
      try {
        raw = (await connection.workspace.getConfiguration('cited')) ?? raw;
      } catch {
        // A client that advertises configuration but fails to answer keeps the initial settings.
      }
    }
    settings = normalizeSettings(raw);
    // Restricted Mode: nothing outside the workspace is read, whatever the settings say.
    if (!trusted) {
      settings.allowSourcesOutsideWorkspace = false;
      const inside = settings.sources.filter((g) => allowedFolders(['/root'], { ...settings, sources: [g] }).length === 1);
      settings.sources = inside.length ? inside : DEFAULT_SETTINGS.sources;
    }
    classifier = new PathClassifier(settings);
    service.configure(settings);
    useCacheFolder(raw);
  }

  function useCacheFolder(raw: unknown): void {
    const wanted = (raw as { cacheFolder?: unknown } | undefined)?.cacheFolder;
    // Restricted Mode: a workspace's settings do not choose where files are written.
    const folder = trusted && typeof wanted === 'string' && wanted.trim() ? wanted.trim() : '';
    const dir = folder === 'off' ? undefined : folder && nodePath.isAbsolute(folder) ? folder : defaultCacheFolder();
    if (dir === cache?.folder) return;
    cache?.uninstall();
    cache = dir ? new CitedCache(dir, (m) => connection.console.warn(`Cited: ${m}`), undefined, true, false).install() : undefined;
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (!hasConfigurationCapability) initialSettings = (change.settings as { cited?: unknown })?.cited ?? initialSettings;
    const before = JSON.stringify([settings.sources, settings.exclude, settings.allowSourcesOutsideWorkspace]);
    await loadSettings();
    if (JSON.stringify([settings.sources, settings.exclude, settings.allowSourcesOutsideWorkspace]) !== before) await reindex();
    else publishAll();
  });

  /**
   * The sources and drafts of every root. What the walk left out is logged once (a link loop or an
   * unreadable folder also in a window message); a root that cannot be read counts as empty.
   */
  async function workspaceFiles(): Promise<{ sources: string[]; drafts: string[] }> {
    const all = { sources: [] as string[], drafts: [] as string[] };
    for (const root of roots) {
      let found: WorkspaceFiles;
      try {
        found = await findWorkspaceFiles(root, settings, roots);
      } catch (e) {
        found = { sources: [], drafts: [], notes: [{ kind: 'unreadable', message: (e as Error).message }] };
      }
      all.sources.push(...found.sources);
      all.drafts.push(...found.drafts);
      for (const n of found.notes) {
        if (reportedNotes.has(n.message)) continue;
        reportedNotes.add(n.message);
        connection.console.warn(`Cited: ${n.message}`);
        // A notification, not showWarningMessage's request: a client that cannot answer it must not matter.
        if (n.kind !== 'outside') void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Cited: ${n.message}` });
      }
    }
    return all;
  }

  /** Indexes every source in every root, with progress, then re-checks all known drafts. */
  function reindex(): Promise<void> {
    indexing = indexing.then(async () => {
      const files = (await workspaceFiles()).sources;
      for (const s of service.sources.all()) service.removeSource(s.path);
      const total = files.length;
      sendStatus({ state: 'indexing', sources: 0, done: 0, total });
      const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
      progress?.begin('Cited: indexing sources', 0, `0/${total}`, false);
      let last = 0;
      await mapLimit(files, 64, (f) => loadSource(service, f, cache), (done) => {
        const now = Date.now();
        if (now - last > 200) {
          last = now;
          sendStatus({ state: 'indexing', sources: done, done, total });
          progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done}/${total}`);
        }
      });
      for (const p of [...checkedOnDisk, ...documents.all().map((d) => toPath(d.uri))]) await loadDraftTargets(service, p, cache).catch(() => undefined);
      progress?.done();
      sendStatus(status());
      publishSourceProblems();
      publishAll();
      // Build the source catalogue (used by completion, Insert Citation and "cite instead" fixes) now, not on the first keystroke.
      void service.sources.prepareSearch();
    });
    return indexing;
  }

  // ---- drafts ----

  documents.onDidOpen((e) => {
    if (isOpenDraft(e.document)) schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (isOpenDraft(e.document)) schedule(e.document.uri, DEBOUNCE_MS);
  });
  documents.onDidClose(async (e) => {
    const p = toPath(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    endJudging(e.document.uri);
    visible.delete(e.document.uri);
    if (checkedOnDisk.has(p)) {
      // A workspace check covered this draft: keep its diagnostics, from the saved file.
      try {
        service.setDraft(p, await fs.readFile(p, 'utf8'));
        publishDraft(p, e.document.uri);
        return;
      } catch {
        checkedOnDisk.delete(p);
      }
    }
    service.removeDraft(p);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void checkOpen(uri);
      }, delay),
    );
  }

  /** The lines of each open draft that are on screen, as the client last sent them. */
  const visible = new Map<string, VisibleRangesParams['ranges']>();
  /** Whether the client sends the lines on screen (VS Code's client does; most editors do not). */
  let sendsVisibleRanges = false;
  connection.onNotification(VisibleRangesNotification, (params: VisibleRangesParams) => {
    sendsVisibleRanges = true;
    if (params.ranges.length) visible.set(params.uri, params.ranges);
    else visible.delete(params.uri);
  });
  const focusOf = (uri: string, lines: LineIndex): OffsetRange[] | undefined =>
    visible.get(uri)?.map((r) => ({ start: lines.offsetAt(r.start), end: lines.offsetAt(r.end) }));

  async function checkOpen(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const p = toPath(uri);
    const version = doc.version;
    const model = service.setDraft(p, doc.getText());
    if (service.unknownTargets(p).length > 0) await loadDraftTargets(service, p, cache);
    // A newer edit arrived while targets loaded: its own check will publish.
    if (documents.get(uri)?.version !== version) return;
    // A client that says what is on screen says it for a draft just opened too: wait for that a
    // moment (showing the marker problems meanwhile), so judging starts where the writer looks.
    if (sendsVisibleRanges && !visible.has(uri) && !service.judgedWithin(p, [{ start: 0, end: model.text.length }])) {
      publishDraft(p, uri, service.structuralDiagnostics(p));
      for (let waited = 0; waited < VISIBLE_WAIT_MS && !visible.has(uri); waited += 10) await new Promise((r) => setTimeout(r, 10));
      if (documents.get(uri)?.version !== version) return;
    }
    let progress = service.judge(p, SUPPORT_SLICE_MS, focusOf(uri, model.lines));
    if (!progress.complete) {
      // A long draft against sources not seen yet: show what is known now, judge the rest in slices
      // (the lines on screen first) so hovers and edits are answered in between, publish what is
      // judged as it comes, and report progress. Every slice judges at least one claim, and what
      // it judged is kept across edits, so judging always finishes.
      publishDraft(p, uri, service.diagnosticsSoFar(p));
      // One progress per draft, kept while edits restart the check, ended when all is judged.
      let reporter = judging.get(uri);
      if (!reporter) judging.set(uri, (reporter = judgingProgress(uri)));
      let lastPublish = Date.now();
      /** The lines on screen whose claims were last published as soon as they were judged. */
      let shownFor: string | undefined;
      while (!progress.complete) {
        await new Promise((r) => setImmediate(r));
        if (documents.get(uri)?.version !== version || !service.hasDraft(p)) return;
        const focus = focusOf(uri, model.lines);
        progress = service.judge(p, SUPPORT_SLICE_MS, focus);
        reporter.report(progress.judged, progress.total);
        // The claims on screen are judged: show them now rather than with the rest (again when the writer scrolls).
        const focusKey = focus && JSON.stringify(focus);
        const screenDone = !!focus && focusKey !== shownFor && service.judgedWithin(p, focus);
        if (!progress.complete && (screenDone || Date.now() - lastPublish > PARTIAL_PUBLISH_MS)) {
          if (screenDone) shownFor = focusKey;
          lastPublish = Date.now();
          publishDraft(p, uri, service.diagnosticsSoFar(p));
        }
      }
    }
    endJudging(uri);
    publishDraft(p, uri);
  }

  const judging = new Map<string, ReturnType<typeof judgingProgress>>();
  function endJudging(uri: string): void {
    judging.get(uri)?.done();
    judging.delete(uri);
  }

  /**
   * Progress of judging one draft's claims: the LSP's work-done progress ($/progress, shown by the
   * editor) and Cited's status notification ("judging 120/300"). The client is asked to create the
   * progress without waiting for its answer, so judging never waits on the client.
   */
  function judgingProgress(uri: string): { report(done: number, total: number): void; done(): void } {
    const started = Date.now();
    let reporter: WorkDoneProgressReporter | undefined;
    let created: Promise<WorkDoneProgressReporter | undefined> | undefined;
    // Once the client has answered, reports go out at once, in order with the diagnostics.
    const withReporter = (f: (r: WorkDoneProgressReporter) => void) => (reporter ? f(reporter) : void created?.then((r) => r && f(r)));
    let last = 0;
    const message = (done: number, all: number) => `${done}/${all} claims`;
    return {
      report(done, all) {
        const now = Date.now();
        // Judging that ends within half a second shows no progress: only a long draft's does.
        if (now - started < PARTIAL_PUBLISH_MS || now - last < 100) return;
        last = now;
        if (!created) {
          created = connection.window.createWorkDoneProgress().then(
            (r) => (reporter = r),
            () => undefined,
          );
          withReporter((r) => r.begin('Cited: judging claims', 0, message(done, all), false));
        }
        withReporter((r) => r.report(Math.round((done / Math.max(1, all)) * 100), message(done, all)));
        sendStatus({ ...status(), state: 'judging', uri, done, total: all });
      },
      done() {
        if (!created) return;
        withReporter((r) => r.done());
        sendStatus(status());
      },
    };
  }

  function publishDraft(p: string, uri = uriOf(p), list?: CitedDiagnostic[]): void {
    const model = service.draftModel(p);
    if (!model) return;
    const diagnostics = (list ?? service.diagnostics(p)).map((d) => toLspDiagnostic(d, model.lines, p));
    // The version of the open document they are for, so a client can drop stale ones.
    void connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics });
  }

  function publishAll(): void {
    for (const d of documents.all()) if (isOpenDraft(d)) schedule(d.uri, 0);
    for (const p of checkedOnDisk) if (!documents.all().some((d) => toPath(d.uri) === p)) publishDraft(p);
  }

  function publishSourceProblems(paths?: string[]): void {
    const list = paths ?? service.sources.all().map((s) => s.path);
    for (const p of list) {
      const record = service.sources.get(p);
      const diags = record ? service.sourceDiagnostics(p) : [];
      if (diags.length === 0 && !publishedSources.has(p)) continue;
      if (diags.length) publishedSources.add(p);
      else publishedSources.delete(p);
      const lines = record ? sourceLines(record) : new LineIndex('');
      void connection.sendDiagnostics({ uri: uriOf(p), diagnostics: diags.map((d) => toLspDiagnostic(d, lines, p)) });
    }
  }

  function toLspDiagnostic(d: CitedDiagnostic, lines: LineIndex, filePath: string): Diagnostic {
    return {
      range: toRange(lines, d.range),
      severity: SEVERITY[d.severity],
      code: d.code,
      source: 'cited',
      message: d.message,
      tags: d.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
      data: d.data,
      relatedInformation: d.related.map((r) => {
        const rl = r.path === filePath ? lines : linesOfFile(r.path);
        return { location: { uri: uriOf(r.path), range: toRange(rl, r.range ?? { start: 0, end: 0 }) }, message: r.message };
      }),
    };
  }

  function linesOfFile(p: string): LineIndex {
    const record = service.sources.get(p);
    if (record) return sourceLines(record);
    const model = service.draftModel(p);
    return model ? model.lines : new LineIndex('');
  }

  // ---- language features ----

  connection.onHover((params) => {
    const p = toPath(params.textDocument.uri);
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    const h = service.hover(p, model.lines.offsetAt(params.position));
    if (!h) return null;
    return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(model.lines, h.range) };
  });

  connection.onCompletion(async (params): Promise<CompletionList | null> => {
    await indexing;
    const p = toPath(params.textDocument.uri);
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    const items = service.completions(p, model.lines.offsetAt(params.position), snippetSupport);
    if (items.length === 0) return null;
    return {
      // Asked again on every keystroke: the server filters and caps the list, and a "[" followed by a word is a link.
      isIncomplete: true,
      items: items.map((c) => ({
        label: c.label,
        kind: CompletionItemKind.Reference,
        detail: c.detail,
        documentation: { kind: MarkupKind.Markdown, value: c.documentation },
        filterText: c.filterText,
        sortText: c.sortText,
        insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: toRange(model.lines, c.edit), newText: c.edit.newText },
        additionalTextEdits: c.additionalEdits.map((e) => ({ range: toRange(model.lines, e), newText: e.newText })),
      })),
    };
  });

  // Find All References on a marker or a definition: every place a draft in the workspace cites that source.
  connection.onReferences(async (params): Promise<Location[] | null> => {
    await indexing;
    const p = toPath(params.textDocument.uri);
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    const target = service.sourceNamedAt(p, model.lines.offsetAt(params.position));
    if (!target) return null;
    const known = new Set(service.draftPaths());
    const paths = new Set(known);
    for (const d of (await workspaceFiles()).drafts) paths.add(d);
    const record = service.sources.get(target);
    // Drafts the server holds as they are; others as they are on disk, read in parallel.
    const sorted = [...paths].sort();
    const models = new Array<DraftModel | undefined>(sorted.length);
    await mapLimit(sorted, 32, async (dp, i) => {
      models[i] = (known.has(dp) ? service.draftModel(dp) : undefined) ?? (record ? await diskDraft(dp, record) : undefined);
    });
    const out: Location[] = [];
    sorted.forEach((dp, i) => {
      const m = models[i];
      if (m) for (const r of service.citesOf(target, dp, m, params.context.includeDeclaration)) out.push({ uri: uriOf(dp), range: toRange(m.lines, r) });
    });
    return out;
  });

  connection.onDefinition((params) => {
    const p = toPath(params.textDocument.uri);
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    const def = service.definition(p, model.lines.offsetAt(params.position));
    if (!def || def.targets.length === 0) return null;
    return def.targets.map((t) => {
      const record = service.sources.get(t.path);
      const range = record ? toRange(sourceLines(record), t.range ?? { start: 0, end: 0 }) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return { originSelectionRange: toRange(model.lines, def.origin), targetUri: uriOf(t.path), targetRange: range, targetSelectionRange: range };
    });
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'cited') continue;
      const data = d.data as { replacement?: string } | undefined;
      if (d.code === 'malformed-citation' && data?.replacement) {
        actions.push({
          title: `Join marker into ${data.replacement}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [doc.uri]: [{ range: d.range, newText: data.replacement }] } },
        });
      }
      if (d.code === 'definition-in-paragraph' || d.code === 'paragraph-in-table') {
        const at = { line: d.range.start.line, character: 0 };
        actions.push({
          title: d.code === 'paragraph-in-table' ? 'Insert a blank line after the table' : 'Insert a blank line before the reference definitions',
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: '\n' }] } },
        });
      }
      if ((d.code === 'number-mismatch' || d.code === 'quote-not-found') && data?.replacement) {
        actions.push({
          title: d.code === 'number-mismatch' ? `Replace with the source's figure: ${data.replacement}` : 'Replace with the exact quote from the source',
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: d.code === 'number-mismatch',
          edit: { changes: { [doc.uri]: [{ range: d.range, newText: data.replacement }] } },
        });
      }
      if (d.code === 'unsupported-claim' || d.code === 'weak-support' || d.code === 'partial-support' || d.code === 'uncited-claim') {
        const p = toPath(doc.uri);
        const model = ensureDraft(doc.uri);
        if (model) {
          for (const sug of service.suggestCitations(p, model.lines.offsetAt(d.range.start))) {
            const title = sug.source.meta.title ?? sug.source.id;
            actions.push({
              title: `${d.code === 'uncited-claim' ? 'Cite' : 'Cite the best-matching source instead:'} ${title} (score ${sug.score.toFixed(2)})`,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              edit: { changes: { [doc.uri]: sug.edits.map((e) => ({ range: toRange(model.lines, e), newText: e.newText })) } },
            });
          }
        }
      }
      if (d.code === 'undefined-citation') {
        // A numbered marker whose definition is missing: offer the sources that back its sentence.
        const p = toPath(doc.uri);
        const model = ensureDraft(doc.uri);
        const found = model ? service.definitionSuggestions(p, model.lines.offsetAt(d.range.start)) : undefined;
        for (const sug of found?.suggestions ?? []) {
          actions.push({
            title: `Define [${found!.label}] as ${sug.source.meta.title ?? sug.source.id} (score ${sug.score.toFixed(2)})`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: { changes: { [doc.uri]: sug.edits.map((e) => ({ range: toRange(model!.lines, e), newText: e.newText })) } },
          });
        }
      }
      if (d.code === 'unused-definition' || d.code === 'duplicate-definition') {
        const line = d.range.start.line;
        actions.push({
          title: d.code === 'unused-definition' ? 'Remove the unused definition' : 'Remove the duplicate definition',
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line: d.range.end.line + 1, character: 0 } }, newText: '' }] } },
        });
      }
    }
    return actions;
  });

  /**
   * Drafts read from disk for Find All References, kept while their size and modification time
   * stay the same: a second search reads no file again, and parses only drafts not parsed before.
   */
  const diskDrafts = new Map<string, { stamp: string; text: string; model?: DraftModel }>();
  async function diskDraft(p: string, record: SourceRecord): Promise<DraftModel | undefined> {
    try {
      const st = await fs.stat(p);
      const stamp = `${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
      let entry = diskDrafts.get(p);
      if (!entry || entry.stamp !== stamp) {
        if (diskDrafts.size >= 20_000) diskDrafts.clear();
        entry = { stamp, text: await fs.readFile(p, 'utf8') };
        diskDrafts.set(p, entry);
      }
      // A draft that cites the source names its file, its key or its url somewhere: others need no parse.
      if (!mayCite(entry.text, record)) return undefined;
      return (entry.model ??= parseDraft(entry.text));
    } catch {
      return undefined;
    }
  }

  /** The model of an open draft, parsed now if its debounced check has not run yet. */
  function ensureDraft(uri: string) {
    const doc = documents.get(uri);
    const p = toPath(uri);
    if (doc && isOpenDraft(doc)) return service.setDraft(p, doc.getText());
    return service.draftModel(p);
  }

  // ---- Cited requests ----

  connection.onRequest(ListSourcesRequest, async (params: ListSourcesParams) => {
    await indexing;
    let query: string | undefined;
    if (params?.uri && params.position) {
      const model = ensureDraft(params.uri);
      if (model) query = service.sentenceAt(toPath(params.uri), model.lines.offsetAt(params.position));
    }
    return service.listSources(query);
  });

  connection.onRequest(InsertCitationRequest, async (params: InsertCitationParams): Promise<InsertCitationResult | null> => {
    await indexing;
    const model = ensureDraft(params.uri);
    if (!model) return null;
    const p = toPath(params.uri);
    const plan = service.insertCitation(p, model.lines.offsetAt(params.position), params.sourcePath);
    if (!plan) return null;
    return { marker: plan.marker, reused: plan.reused, edits: plan.edits.map((e) => ({ range: toRange(model.lines, e), newText: e.newText })) };
  });

  connection.onRequest(CheckWorkspaceRequest, async (_params, token): Promise<CheckWorkspaceResult> => {
    await indexing;
    const drafts = (await workspaceFiles()).drafts;
    const open = new Map(documents.all().map((d) => [toPath(d.uri), d] as const));
    const result: CheckWorkspaceResult = { drafts: 0, citations: 0, sources: service.sources.size, errors: 0, warnings: 0 };
    let lastReport = 0;
    for (const p of drafts) {
      if (token.isCancellationRequested) return { ...result, cancelled: true };
      const doc = open.get(p);
      try {
        service.setDraft(p, doc ? doc.getText() : await fs.readFile(p, 'utf8'));
      } catch {
        continue;
      }
      if (!doc) checkedOnDisk.add(p);
      await loadDraftTargets(service, p, cache);
      // Judged in slices like an open draft, so hovers and edits are answered during a long check.
      while (!service.judge(p, SUPPORT_SLICE_MS).complete) {
        await new Promise((r) => setImmediate(r));
        if (token.isCancellationRequested) return { ...result, cancelled: true };
      }
      publishDraft(p, doc?.uri);
      const diags = service.diagnostics(p);
      result.drafts++;
      result.citations += service.draftModel(p)!.citations.length;
      tallySeverities(result, diags);
      if (Date.now() - lastReport > 100) {
        lastReport = Date.now();
        void connection.sendNotification(CheckProgressNotification, { done: result.drafts, total: drafts.length });
      }
    }
    void connection.sendNotification(CheckProgressNotification, { done: result.drafts, total: drafts.length });
    // Sources' own problems (invalid JSON, no text) are in the Problems panel too; count them as the CLI does.
    for (const record of service.sources.all()) tallySeverities(result, service.sourceDiagnostics(record.path));
    result.sources = service.sources.size;
    return result;
  });

  connection.onRequest(ClaimReportRequest, async (params: ClaimReportParams): Promise<ClaimReportResult | null> => {
    await indexing;
    const model = ensureDraft(params.uri);
    if (!model) return null;
    const p = toPath(params.uri);
    await loadDraftTargets(service, p, cache);
    return { markdown: reportMarkdown(service, p), claims: service.claims(p).length };
  });

  connection.onRequest(ReindexRequest, async () => {
    await reindex();
    return status();
  });

  // ---- file changes ----

  connection.onDidChangeWatchedFiles(async (params) => {
    await indexing;
    const changedSources: string[] = [];
    const affected = new Set<string>();
    for (const change of params.changes) {
      const p = toPath(change.uri);
      const kind = kindOf(p);
      if (kind === 'draft') diskDrafts.delete(p);
      const known = service.sources.isKnown(p);
      if (kind === 'source' || known) {
        const before = service.sources.get(p);
        if (change.type === FileChangeType.Deleted) {
          // A deleted file some draft still points to becomes "missing"; otherwise it is simply forgotten.
          const dependents = service.draftsAffectedBy({ path: p, id: before?.id });
          if (dependents.length) service.setSourceMissing(p);
          else service.removeSource(p);
        } else {
          await loadSource(service, p, cache);
        }
        const after = service.sources.get(p);
        for (const r of [before, after]) if (r) service.draftsAffectedBy({ path: r.path, id: r.id, url: r.meta.url }).forEach((d) => affected.add(d));
        service.draftsAffectedBy({ path: p }).forEach((d) => affected.add(d));
        changedSources.push(p);
      } else if (kind === 'draft' && checkedOnDisk.has(p) && !documents.all().some((d) => toPath(d.uri) === p)) {
        if (change.type === FileChangeType.Deleted) {
          checkedOnDisk.delete(p);
          service.removeDraft(p);
          void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        } else {
          try {
            service.setDraft(p, await fs.readFile(p, 'utf8'));
            affected.add(p);
          } catch {
            // Unreadable now; the next change event will try again.
          }
        }
      }
    }
    if (changedSources.length) {
      publishSourceProblems(changedSources);
      sendStatus(status());
    }
    for (const p of affected) {
      const doc = documents.all().find((d) => toPath(d.uri) === p);
      if (doc) schedule(doc.uri, 0);
      else if (checkedOnDisk.has(p)) publishDraft(p);
    }
  });

  documents.listen(connection);
  connection.listen();
}

export function toRange(lines: LineIndex, r: OffsetRange) {
  return { start: lines.positionAt(r.start), end: lines.positionAt(r.end) };
}

if (require.main === module) {
  // createConnection reads --stdio, --node-ipc or --socket from the command line.
  if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    process.stderr.write('Usage: node server.js --stdio | --node-ipc | --socket=PORT\n');
    process.exit(2);
  }
  startServer(createConnection(ProposedFeatures.all));
}

