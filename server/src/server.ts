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
  SymbolKind,
  CompletionItemKind,
  InsertTextFormat,
  ShowMessageNotification,
  ResponseError,
  ErrorCodes,
  type WorkspaceEdit,
  type TextEdit,
  CodeLensRefreshRequest,
  MessageType,
  type CompletionList,
  type CompletionItem,
  type DocumentLink,
  type CodeLens,
  type DocumentSymbol,
  type SymbolInformation,
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
import { promises as fs, readFileSync, statSync } from 'node:fs';
import { CitedLanguageService } from './core/languageService';
import { parseDraft, type DraftModel } from './core/draft/parseDraft';
import { fileOf, type SourceRecord } from './core/sources/sourceTypes';
import { storeEvidenceWhen } from './core/sources/learned';
import { mayCite, mayCiteRuns, nameRuns } from './core/resolve';
import { allowedFolders, DEFAULT_SETTINGS, normalizeSettings, PathClassifier, type CitedSettings } from './core/config';
import { tallySeverities, type CitedDiagnostic, type Severity } from './core/diagnostics';
import { LineIndex, keptFor, type OffsetRange } from './core/text';
import { sourceLines } from './core/sourcePassage';
import { viewOffset } from './core/documentView';
import { isCompletionResolveData } from './core/completion';
import { provideReferences } from './core/references';
import type { CodeLensData } from './core/codeLens';
import { editEnd, holdBackTyping, isBeingTyped, mayBeTypingAt } from './core/typing';
import { reportMarkdown } from './core/report';
import { findWorkspaceFiles, loadDraftTargets, loadSource, mapLimit, onStaleSource, toPosix, type WorkspaceFiles } from './node/workspaceFiles';
import { CitedCache, defaultCacheFolder } from './node/cache';
import { saveCompiledCode } from './node/codeCache';
import { quietGate } from './node/quiet';
import { saveClaims, storedClaims, type StoredClaims } from './node/storedClaims';
import { JudgePool } from './node/judgePool';
import { readAhead } from './node/readAhead';
import type { JudgeProgress, JudgeWork } from './core/support/claimChecks';
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
  RenumberRequest,
  RENUMBER_ACTION_KIND,
  ReferencesSectionRequest,
  PreviewDataRequest,
  SourceCitationsRequest,
  type SourceCitationsParams,
  type SourceUsageInfo,
  type ReferencesSectionParams,
  type ReferencesSectionResult,
  type PreviewDataParams,
  type PreviewDataResult,
  type RenumberParams,
  type RenumberResult,
  MatchMarkersRequest,
  MatchDefinitionsRequest,
  SaveSourceFromUrlRequest,
  DocumentViewRequest,
  type DocumentViewParams,
  type DocumentViewResult,
  type SaveSourceFromUrlParams,
  type SaveSourceFromUrlResult,
  type MatchMarkersParams,
  type MatchMarkersResult,
  type MatchDefinitionsParams,
  type MatchDefinitionsResult,
  type VisibleRangesParams,
  type ClaimReportParams,
  type ClaimReportResult,
  type StatusParams,
  type ListSourcesParams,
  type InsertCitationParams,
  type InsertCitationResult,
  type CheckWorkspaceResult,
} from './protocol';

/** Save Source from URL: VS Code's client command, and the server's command for other clients. */
const SAVE_SOURCE_COMMAND = 'cited.saveSourceFromUrl';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Time after the last change before a draft is re-checked: it only coalesces changes that arrive together (a
 * keystroke's edits, an undo of several). Keystrokes are tens of milliseconds apart, and a newer change stops a check
 * under way at its next step; waiting longer coalesced nothing and let background steps start first (edit→diagnostics
 * p50 29–34 → 19–24 ms on the benchmark at 5 → 1 ms).
 */
const DEBOUNCE_MS = 1;
/** How long claim judging may hold the server before it yields to other requests (where no judging thread runs). */
const SUPPORT_SLICE_MS = 40;
/**
 * How long a check waits for its claims' verdicts before it publishes what is known (the rest follows as it is judged):
 * not at all, as a sentence an edit changed shows the verdict it had until its new one comes (`standInFor`). (It waited
 * 15 ms, which an edit's sentence, judged in 10 ms or more, mostly missed: its squiggle went, and came back.)
 */
const EARLY_PUBLISH_MS = 0;
/** How many claims go to the judging thread at a time: few, so that an edit's claim waits little behind a long draft's. */
const WORK_BATCH = 2;
/** How long a draft just opened waits for the client to say which of its lines are on screen. */
const VISIBLE_WAIT_MS = 200;
/** A check still judging after this long publishes the verdicts it has (then every PARTIAL_PUBLISH_MS). */
const FIRST_VERDICTS_MS = 150;
/** While a long draft is judged, what is judged so far is published this often. */
const PARTIAL_PUBLISH_MS = 500;
/** A draft's verdicts are stored in the cache at most this often while it is edited (and when it is closed). */
const STORE_CLAIMS_EVERY_MS = 30_000;
/** How long after indexing the compiled code is saved for the next start (once): what the first hovers and checks compiled is in it. */
const CODE_SAVE_AFTER_MS = 10_000;
/**
 * How long a shutdown waits for the cache's writes to end (a client waits a few seconds for the answer);
 * CITED_SHUTDOWN_FLUSH_MS sets another limit (the tests wait for the writes whatever the machine's load).
 */
const SHUTDOWN_FLUSH_MS = Number(process.env.CITED_SHUTDOWN_FLUSH_MS) || 1500;
/**
 * Background work (building the search catalogue) goes a step at a time once the writer's requests and
 * edits have paused this long, so that a hover or an edit does not wait behind it …
 */
const QUIET_MS = 20;
/** … and at the latest this long after the step before, so that it is done even while the writer keeps working. */
const BACKGROUND_EVERY_MS = 100;
/** How long one step of reading the drafts on disk ahead of Find All References may take. */
const AHEAD_STEP_MS = 3;
/** Drafts larger than this are not read ahead (each is read synchronously, so a step stays short). */
const AHEAD_MAX_BYTES = 256 * 1024;
/** A marker being typed is reported once the writer has paused this long (or edited elsewhere). */
const TYPING_PAUSE_MS = 1500;

/** A draft read from disk (`diskDraftEntry`): its text, parsed when first needed, and its name runs once read ahead. */
interface DiskDraft {
  stamp: string;
  text: string;
  model?: DraftModel;
  runs?: string[];
}

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
  /** Whether sources are being indexed now (drafts' stored verdicts are looked up once it is done: `restoreClaims`). */
  let indexingNow = false;
  let snippetSupport = false;
  /** The client can be asked to ask for CodeLenses again (when a draft's verdicts change after it asked). */
  let canRefreshCodeLens = false;
  /** How long a marker being typed waits to be reported (initializationOptions.typingPauseMs may change it). */
  let typingPauseMs = TYPING_PAUSE_MS;
  /** VS Code's workspace trust (initializationOptions.trusted); clients without one are trusted. */
  let trusted = true;
  /**
   * Commands the client runs itself (initializationOptions.clientCommands: VS Code's client runs Save
   * Source from URL with its own progress and pickers); the others the server runs (`workspace/executeCommand`).
   */
  let clientCommands = new Set<string>();
  /** The client takes versioned edits (`documentChanges`), so an edit to a draft that changed meanwhile is refused. */
  let versionedEdits = false;
  let canShowProgress = false;
  /** The persistent cache (node/cache.ts), shared with the CLI, for sources' evidence: `cited.cacheFolder`, the platform's folder by default, "off" for none. */
  let cache: CitedCache | undefined;

  /** Claims are judged in a worker thread where one can run (`judgePool.ts`), and what it judged is kept by the service. */
  const judgePool = new JudgePool(
    (work, done) => service.acceptWork(work, done),
    () => cache,
  );
  // What this thread learns of a source (for a hover's passage) the judging thread learns and stores too, when it runs.
  storeEvidenceWhen(() => !judgePool.usable);

  /** What walking the workspace left out, logged once each. */
  const reportedNotes = new Set<string>();
  /** Drafts not open in the editor whose diagnostics were published by a workspace check. */
  const checkedOnDisk = new Set<string>();
  /** Sources whose own problems were published, so they can be cleared when fixed. */
  const publishedSources = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();

  // A publish converts every diagnostic's paths (its own and its related passages') to URIs: both ways are kept.
  const pathOfUri = new Map<string, string>();
  const uriOfFile = new Map<string, string>();
  const toPath = (uri: string): string => keptFor(pathOfUri, uri, 20_000, () => toPosix(URI.parse(uri).fsPath));
  const uriOf = (p: string): string => {
    for (const d of documents.all()) if (toPath(d.uri) === p) return d.uri;
    return keptFor(uriOfFile, p, 20_000, () => URI.file(p).toString());
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
    canRefreshCodeLens = !!caps.workspace?.codeLens?.refreshSupport;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [URI.file(params.rootPath).toString()] : []);
    roots = folders.map(toPath);
    service.roots = roots;
    initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings ?? params.initializationOptions;
    trusted = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
    const own = (params.initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands;
    clientCommands = new Set(Array.isArray(own) ? own.filter((c): c is string => typeof c === 'string') : []);
    versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    canShowProgress = !!caps.window?.workDoneProgress;
    const pause = (params.initializationOptions as { typingPauseMs?: unknown } | undefined)?.typingPauseMs;
    if (typeof pause === 'number' && pause >= 0 && pause <= 60_000) typingPauseMs = pause;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        // Items are resolved one by one (as the writer looks at them) with the passage that backs the sentence.
        completionProvider: { triggerCharacters: ['@', '['], resolveProvider: true },
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RENUMBER_ACTION_KIND] },
        documentLinkProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        // Save Source from URL for every client; VS Code's runs its own (with progress and pickers).
        ...(clientCommands.has(SAVE_SOURCE_COMMAND) ? {} : { executeCommandProvider: { commands: [SAVE_SOURCE_COMMAND] } }),
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
    cache = dir ? new CitedCache(dir, (m) => connection.console.warn(`Cited: ${m}`), undefined, 'in order', false).install() : undefined;
    // The judging thread reads and writes the cache it was started with: started afresh with this one.
    judgePool.reset();
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (!hasConfigurationCapability) initialSettings = (change.settings as { cited?: unknown })?.cited ?? initialSettings;
    const before = JSON.stringify([settings.sources, settings.exclude, settings.allowSourcesOutsideWorkspace]);
    await loadSettings();
    // Which files are drafts may have changed: the next search walks the workspace again.
    draftWalk = undefined;
    if (JSON.stringify([settings.sources, settings.exclude, settings.allowSourcesOutsideWorkspace]) !== before) await reindex();
    else publishAll();
  });

  /**
   * The sources and drafts of every root. What the walk left out is logged once (a link loop or an
   * unreadable folder also in a window message); a root that cannot be read counts as empty.
   */
  async function workspaceFiles(): Promise<{ sources: string[]; drafts: string[]; folders: string[] }> {
    const all = { sources: [] as string[], drafts: [] as string[], folders: [] as string[] };
    for (const root of roots) {
      let found: WorkspaceFiles;
      try {
        found = await findWorkspaceFiles(root, settings, roots);
      } catch (e) {
        found = { sources: [], drafts: [], notes: [{ kind: 'unreadable', message: (e as Error).message }] };
      }
      all.sources.push(...found.sources);
      all.drafts.push(...found.drafts);
      all.folders.push(...(found.folders ?? []));
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
      draftWalk = undefined;
      indexingNow = true;
      try {
        await indexSources();
      } finally {
        indexingNow = false;
      }
      publishSourceProblems();
      publishAll();
      // Build the source catalogue (used by completion, Insert Citation and "cite instead" fixes) now, not on the first keystroke;
      // meanwhile read the drafts on disk ahead of the first Find All References (kept while unchanged, parsed when asked).
      void service.sources.prepareSearch(whenQuiet).then(() => service.prepareCompletion());
      void readDraftsAhead();
    });
    return indexing;
  }
  async function indexSources(): Promise<void> {
    const files = (await workspaceFiles()).sources;
    for (const s of service.sources.all()) service.removeSource(s.path);
    const total = files.length;
    sendStatus({ state: 'indexing', sources: 0, done: 0, total });
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Cited: indexing sources', 0, `0/${total}`, false);
    let last = 0;
    // Sources whose files are as the cache's pack recorded them are restored unread (node/cache.ts).
    cache?.usePack(roots);
    // Another thread reads the files a little ahead of this one, so that on a cold start the disk is waited for there (node/readAhead.ts).
    // (Not those the cache's pack holds: they are restored unread.)
    const ahead = readAhead(files.filter((f) => !cache?.inPack(f)));
    // The judging thread, idle while the server indexes, reads some of the HTML and JSON files meanwhile. Files are
    // mostly read synchronously: before each file this thread lets its events in, to take what the other thread read
    // (and give it more), and to answer requests.
    try {
      await mapLimit(files, 64, async (f) => {
        await new Promise((r) => setImmediate(r));
        await loadSource(service, f, cache, judgePool);
      }, (done) => {
        const now = Date.now();
        if (now - last > 200) {
          last = now;
          sendStatus({ state: 'indexing', sources: done, done, total });
          progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done}/${total}`);
        }
      });
    } finally {
      ahead.stop();
    }
    for (const p of [...checkedOnDisk, ...documents.all().map((d) => toPath(d.uri))]) await loadDraftTargets(service, p, cache).catch(() => undefined);
    cache?.savePack();
    // At most once a day, in the background, a minute after indexing (not while the writer starts work): the cache folder is kept from growing without bound (node/cache.ts).
    const trimming = cache;
    if (trimming) setTimeout(() => void trimming.flushed().then(() => trimming.trim()), 60_000).unref?.();
    // The code V8 has compiled by then (indexing, the first drafts judged), for the next start (node/codeCache.ts), when the writer is idle.
    setTimeout(() => void whenQuiet().then(() => saveCompiledCode(cache?.folder)), CODE_SAVE_AFTER_MS).unref?.();
    progress?.done();
    sendStatus(status());
  }

  // ---- pacing background work ----

  /** When the writer last edited, asked something or was answered (performance.now()). */
  let lastActivity = 0;
  const active = (): void => {
    lastActivity = performance.now();
  };
  /** Resolves when background work may take its next step (`node/quiet.ts`): after QUIET_MS without an edit, a request or a published check, or BACKGROUND_EVERY_MS after it was asked (while the judging thread has work, only after the pause, or 2 s). */
  const whenQuiet = quietGate(() => lastActivity, QUIET_MS, BACKGROUND_EVERY_MS, () => judgePool.judging);

  // ---- drafts ----

  /** Each open draft's text as last seen, and where its last edit ended (typing.ts: a marker being typed there is not reported yet). */
  const lastText = new Map<string, string>();
  const lastEdit = new Map<string, { cursor: number; at: number }>();
  const typingTimers = new Map<string, NodeJS.Timeout>();
  /** The drafts opened or edited last, most recent first: completion ranks the sources they cite after those of the draft itself. */
  const recentDrafts: string[] = [];
  const noteRecent = (uri: string): void => {
    const p = toPath(uri);
    if (recentDrafts[0] === p) return;
    const at = recentDrafts.indexOf(p);
    if (at !== -1) recentDrafts.splice(at, 1);
    recentDrafts.unshift(p);
    if (recentDrafts.length > 20) recentDrafts.pop();
  };
  documents.onDidOpen((e) => {
    if (isOpenDraft(e.document)) noteRecent(e.document.uri);
    lastText.set(e.document.uri, e.document.getText());
    if (isOpenDraft(e.document)) schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    active();
    if (isOpenDraft(e.document)) noteRecent(e.document.uri);
    const text = e.document.getText();
    const before = lastText.get(e.document.uri);
    lastText.set(e.document.uri, text);
    if (before !== undefined && before !== text) lastEdit.set(e.document.uri, { cursor: editEnd(before, text), at: Date.now() });
    if (isOpenDraft(e.document)) schedule(e.document.uri, DEBOUNCE_MS);
  });
  documents.onDidClose(async (e) => {
    const p = toPath(e.document.uri);
    forgetStoredClaims(p);
    clearTimeout(timers.get(e.document.uri));
    endJudging(e.document.uri);
    visible.delete(e.document.uri);
    lensTitles.delete(e.document.uri);
    lastText.delete(e.document.uri);
    lastEdit.delete(e.document.uri);
    clearTimeout(typingTimers.get(e.document.uri));
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
    active();
    sendsVisibleRanges = true;
    if (params.ranges.length) visible.set(params.uri, params.ranges);
    else visible.delete(params.uri);
  });
  const focusOf = (uri: string, lines: LineIndex): OffsetRange[] | undefined =>
    visible.get(uri)?.map((r) => ({ start: lines.offsetAt(r.start), end: lines.offsetAt(r.end) }));

  /** Open drafts whose check is running now. */
  const checking = new Set<string>();
  async function checkOpen(uri: string): Promise<void> {
    checking.add(uri);
    try {
      await checkOpenNow(uri);
    } finally {
      checking.delete(uri);
    }
  }
  async function checkOpenNow(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const p = toPath(uri);
    const version = doc.version;
    const model = service.setDraft(p, doc.getText());
    if (service.unknownTargets(p).length > 0) await loadDraftTargets(service, p, cache);
    // A request that came with the edit (the completion after a "[", a hover) is answered before the claims are gone over.
    await new Promise((r) => setImmediate(r));
    // A newer edit arrived meanwhile: its own check will publish.
    if (documents.get(uri)?.version !== version) return;
    // A marker being typed at the last edit (typing.ts): the sentence around it is in flux, and the writer is waiting for
    // completion, not for a verdict. Judge it once they pause or move on; meanwhile what is known is published as it is.
    const edit = lastEdit.get(uri);
    const waited = edit ? Date.now() - edit.at : Infinity;
    if (edit && waited < typingPauseMs && mayBeTypingAt(model, edit.cursor) && service.structuralDiagnostics(p).some((d) => isBeingTyped(d, model, edit.cursor))) {
      publishDraft(p, uri, service.diagnosticsSoFar(p));
      schedule(uri, typingPauseMs - waited + 10);
      return;
    }
    // A client that says what is on screen says it for a draft just opened too: wait for that a
    // moment (showing the marker problems meanwhile), so judging starts where the writer looks.
    if (sendsVisibleRanges && !visible.has(uri) && !service.judgedWithin(p, [{ start: 0, end: model.text.length }])) {
      publishDraft(p, uri, service.structuralDiagnostics(p));
      for (let waited = 0; waited < VISIBLE_WAIT_MS && !visible.has(uri); waited += 10) await new Promise((r) => setTimeout(r, 10));
      if (documents.get(uri)?.version !== version) return;
    }
    // Claims are judged in the judging thread (or in slices here where there is none), the lines on
    // screen first, so hovers and edits are answered meanwhile. What is judged is published as it
    // comes (at once when the lines on screen are done, else every half second), and a long draft
    // reports progress. What was judged is kept across edits, so judging always finishes.
    const focus = () => focusOf(uri, model.lines);
    const stale = () => documents.get(uri)?.version !== version || !service.hasDraft(p);
    // A draft opened again: the verdicts stored when it was last judged, for its claims as they are now (asked again once
    // the index changed: indexing replaces the records of the sources a draft opened meanwhile had read for itself).
    if (cache && !indexingNow && storedOf.get(p)?.at !== service.sources.version) restoreClaims(p, cache);
    if (!service.judgeKnown(p, focus()).complete) {
      // One progress per draft, kept while edits restart the check, ended when all is judged.
      let reporter = judging.get(uri);
      if (!reporter) judging.set(uri, (reporter = judgingProgress(uri)));
      let lastPublish = Date.now();
      /** The lines on screen whose claims were last published as soon as they were judged. */
      let shownFor: string | undefined;
      /** Whether claims judged by this check were published yet: the first are shown once the check has run a moment (a short draft is judged by then, and shown once). */
      let shownJudged = false;
      const started = Date.now();
      // A check that ends at once publishes once; a longer one (or one queued behind other judging) shows what is known meanwhile.
      const early = setTimeout(
        () => {
          if (stale()) return;
          lastPublish = Date.now();
          publishDraft(p, uri, service.diagnosticsSoFar(p));
        },
        !judgePool.usable ? SUPPORT_SLICE_MS : judgePool.busyKeys.size === 0 ? EARLY_PUBLISH_MS : 0,
      );
      try {
        const done = await judgeDraft(p, focus, stale, (progress, inThread) => {
          reporter!.report(progress.judged, progress.total, inThread);
          // The claims on screen are judged: show them now rather than with the rest (again when the writer scrolls).
          const screen = focus();
          const focusKey = screen && JSON.stringify(screen);
          const screenDone = !!screen && focusKey !== shownFor && service.judgedWithin(p, screen);
          const now = Date.now();
          if (!progress.complete && (screenDone || (!shownJudged && now - started > FIRST_VERDICTS_MS) || now - lastPublish > PARTIAL_PUBLISH_MS)) {
            if (screenDone) shownFor = focusKey;
            shownJudged = true;
            lastPublish = Date.now();
            publishDraft(p, uri, service.diagnosticsSoFar(p));
          }
        });
        if (!done) return;
      } finally {
        clearTimeout(early);
      }
    }
    endJudging(uri);
    storeClaimsSoon(p);
    // Again before the diagnostics are made and sent: a request waits for one step of the check at most.
    await new Promise((r) => setImmediate(r));
    if (documents.get(uri)?.version !== version || !service.hasDraft(p)) return;
    // A source changed meanwhile (its claims to judge again): a check of its own judges them, not the publish, in one go here.
    if (!service.claimsComplete(p)) return schedule(uri, 0);
    publishDraft(p, uri);
    refreshLensesIfChanged(uri, p);
  }

  /**
   * Each open draft's verdicts as the cache holds them (`node/storedClaims.ts`): read when the draft
   * is first checked, so a draft judged in an earlier session is not judged again (but the sentences
   * changed since, or citing sources that changed); stored again once judged, at most every
   * STORE_CLAIMS_EVERY_MS (an entry is the whole draft's), and when the draft is closed or the server stops.
   */
  const storedOf = new Map<string, { kept: StoredClaims; cache: CitedCache; at: number; savedAt: number; timer?: ReturnType<typeof setTimeout> }>();
  function restoreClaims(p: string, into: CitedCache): void {
    const had = storedOf.get(p);
    const kept = storedClaims(into, p, () => service.pendingWork(p, Infinity), true, had?.cache === into ? had.kept : undefined);
    for (const k of kept.known) service.acceptWork(k.work, k.done);
    const restored = kept.known.length;
    // Kept by the service now: each save stores what it knows then (`knownWork`), not these again.
    kept.known = [];
    kept.keys.clear();
    if (had?.cache === into) Object.assign(had, { kept, at: service.sources.version });
    else storedOf.set(p, { kept, cache: into, at: service.sources.version, savedAt: Date.now() });
    if (restored) connection.console.log(`Cited: ${restored} verdicts on ${p} from the cache (its sentences and their sources are as they were when judged).`);
  }
  function storeClaimsSoon(p: string): void {
    const s = storedOf.get(p);
    if (!s || s.timer) return;
    const wait = STORE_CLAIMS_EVERY_MS - (Date.now() - s.savedAt);
    if (wait <= 0 || s.kept.stored.size === 0) storeClaims(p);
    else s.timer = setTimeout(() => storeClaims(p), wait);
  }
  function storeClaims(p: string): void {
    const s = storedOf.get(p);
    if (!s) return;
    clearTimeout(s.timer);
    s.timer = undefined;
    s.savedAt = Date.now();
    // Only what the cache the draft was read with is still in use for.
    if (s.cache !== cache || !service.hasDraft(p)) return;
    try {
      saveClaims(s.cache, s.kept, service.knownWork(p));
    } catch (e) {
      connection.console.warn(`Cited: the verdicts of ${p} could not be stored in the cache (${(e as Error).message}).`);
    }
  }
  function forgetStoredClaims(p: string): void {
    storeClaims(p);
    storedOf.delete(p);
  }

  /**
   * Judges the draft's claims until all are judged (the progress), or until `stale()` says the draft
   * changed (undefined): in the judging thread, a few claims at a time (the lines `focus()` gives
   * first), or in slices on this thread where no thread runs; `step` after each. Every round judges
   * at least one claim: work the thread could not do (it failed, or a result could not be used) is
   * done here, a slice at a time.
   */
  async function judgeDraft(p: string, focus: () => OffsetRange[] | undefined, stale: () => boolean, step: (progress: JudgeProgress, inThread: boolean) => void): Promise<JudgeProgress | undefined> {
    let progress = service.judgeKnown(p, focus());
    /** Whether every round so far was judged in the thread. */
    let inThread = true;
    while (!progress.complete) {
      let here = !judgePool.usable;
      let work: JudgeWork[] = [];
      if (!here) {
        work = service.pendingWork(p, WORK_BATCH, focus(), judgePool.busyKeys);
        try {
          // Nothing to send: what is left is under way for an earlier check of this draft (or of another with the same sentences).
          if (work.length) await judgePool.judge(work);
          else if (judgePool.busyKeys.size) await judgePool.anyDone();
          else here = true;
        } catch {
          here = true;
        }
      } else {
        await new Promise((r) => setImmediate(r));
      }
      if (stale()) return undefined;
      // What the thread judged is filled in by its keys alone; after waiting on other work (or judging here), all is gone over.
      progress = here ? service.judge(p, SUPPORT_SLICE_MS, focus()) : service.judgeKnown(p, focus(), work.length ? work.map((w) => w.key) : undefined);
      if (here) inThread = false;
      step(progress, inThread);
    }
    return progress;
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
  function judgingProgress(uri: string): { report(done: number, total: number, inThread: boolean): void; done(): void } {
    const started = Date.now();
    let reporter: WorkDoneProgressReporter | undefined;
    let created: Promise<WorkDoneProgressReporter | undefined> | undefined;
    // Once the client has answered, reports go out at once, in order with the diagnostics.
    const withReporter = (f: (r: WorkDoneProgressReporter) => void) => (reporter ? f(reporter) : void created?.then((r) => r && f(r)));
    let last = 0;
    const message = (done: number, all: number) => `${done}/${all} claims`;
    return {
      report(done, all, inThread) {
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
        sendStatus({ ...status(), state: 'judging', uri, done, total: all, thread: inThread });
      },
      done() {
        if (!created) return;
        withReporter((r) => r.done());
        sendStatus(status());
      },
    };
  }

  function publishDraft(p: string, uri = uriOf(p), list?: CitedDiagnostic[]): void {
    active();
    const model = service.draftModel(p);
    if (!model) return;
    let shown = list ?? service.diagnostics(p);
    // A marker being typed at the last edit waits until the writer edits elsewhere or pauses; then it is published again.
    const edit = lastEdit.get(uri);
    const doc = documents.get(uri);
    if (edit && doc && doc.getText() === model.text && Date.now() - edit.at < typingPauseMs) {
      const held = holdBackTyping(shown, model, edit.cursor);
      if (held.held > 0) {
        shown = held.shown;
        clearTimeout(typingTimers.get(uri));
        typingTimers.set(
          uri,
          setTimeout(() => {
            typingTimers.delete(uri);
            // Still the text it was held for: publish what is known now, the held marker included.
            if (documents.get(uri)?.getText() === model.text && service.draftModel(p) === model) publishDraft(p, uri, service.diagnosticsSoFar(p));
          }, typingPauseMs - (Date.now() - edit.at) + 10),
        );
      }
    }
    const diagnostics = shown.map((d) => toLspDiagnostic(d, model.lines, p));
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

  connection.onHover(async (params) => {
    active();
    const p = toPath(params.textDocument.uri);
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    // A sentence not judged yet: its work goes to the judging thread ahead of the rest, and the hover answers at once
    // with the sources (and the passages this thread can find quickly: `hoverAt`), and says the sentence is being
    // checked (the verdict shows at the next hover, and in the diagnostics). Judging a sentence takes the thread 10 ms
    // or more: a hover that waited a few milliseconds for it showed the verdict seldom, and was slower for it. Where
    // the judging thread failed, or none runs, the sentence is judged here.
    const work = judgePool.usable ? service.pendingWorkAt(p, model.lines.offsetAt(params.position)) : [];
    if (work.length) judgePool.judge(work).catch(() => undefined);
    // Judged here where the work could not be sent: no thread could be started (the pool is no longer usable), or
    // a source could not be made plain data (the work is not under way).
    const underWay = judgePool.busyKeys;
    const judgeHere = work.length === 0 || !judgePool.usable || !work.some((w) => underWay.has(w.key));
    const h = service.hover(p, model.lines.offsetAt(params.position), judgeHere);
    if (!h) return null;
    return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(model.lines, h.range) };
  });

  connection.onCompletion(async (params): Promise<CompletionList | null> => {
    active();
    await indexing;
    const p = toPath(params.textDocument.uri);
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    const items = service.completions(p, model.lines.offsetAt(params.position), { snippetSupport, recentDrafts });
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
        data: c.data,
      })),
    };
  });

  // The item the writer looks at: its documentation with the passage of the source that backs the sentence (the list
  // carries the opening text, so a client that never resolves still shows something).
  connection.onCompletionResolve(async (item: CompletionItem): Promise<CompletionItem> => {
    active();
    await indexing;
    if (!isCompletionResolveData(item.data)) return item;
    const documentation = service.resolveCompletion(item.data);
    return documentation === undefined ? item : { ...item, documentation: { kind: MarkupKind.Markdown, value: documentation } };
  });

  // Find All References on a marker, a definition, or anywhere in a source file: every place a draft in the workspace cites that source.
  connection.onReferences(async (params): Promise<Location[] | null> => {
    active();
    await indexing;
    const p = toPath(params.textDocument.uri);
    const model = ensureDraft(params.textDocument.uri);
    const target = service.referenceTarget(p, model ? model.lines.offsetAt(params.position) : 0);
    if (!target) return null;
    const drafts = await draftsThatMayCite(target);
    const lines = new Map(drafts.map((d) => [d.path, d.model.lines] as const));
    return provideReferences(target, drafts, service.sources, service.roots, params.context.includeDeclaration).map((r) => ({ uri: uriOf(r.path), range: toRange(lines.get(r.path)!, r.range) }));
  });

  /**
   * Every draft of the workspace that may cite the source at `target`: those the server holds as they
   * are, others as they are on disk (read in parallel, kept while unchanged, parsed only when they
   * name the source's file, key or address).
   */
  async function draftsThatMayCite(target: string): Promise<{ path: string; model: DraftModel }[]> {
    const known = new Set(service.draftPaths());
    const paths = new Set(known);
    for (const d of await workspaceDrafts()) paths.add(d);
    const record = service.sources.get(target);
    const sorted = [...paths].sort();
    const models = new Array<DraftModel | undefined>(sorted.length);
    await mapLimit(sorted, 32, async (dp, i) => {
      models[i] = (known.has(dp) ? service.draftModel(dp) : undefined) ?? (record ? await diskDraft(dp, record) : undefined);
    });
    return sorted.flatMap((path, i) => (models[i] ? [{ path, model: models[i]! }] : []));
  }

  connection.onDefinition((params) => {
    active();
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

  // The text view of a PDF or Word source (core/documentView.ts): VS Code's client shows it where
  // Go to Definition would open the binary file; the passage is given in the view's positions.
  connection.onRequest(DocumentViewRequest, async (params: DocumentViewParams): Promise<DocumentViewResult> => {
    await indexing;
    const p = toPath(params.uri);
    const record = service.sources.get(p);
    const view = record && service.documentView(p);
    if (!record || !view) return null;
    const lines = new LineIndex(view.text);
    const src = sourceLines(record);
    return {
      text: view.text,
      sections: view.sections.map((sec) => ({ name: sec.name, line: lines.positionAt(sec.start).line })),
      ranges: (params.ranges ?? []).map((r) => toRange(lines, { start: viewOffset(view, src.offsetAt(r.start)), end: viewOffset(view, src.offsetAt(r.end)) })),
    };
  });

  connection.onCodeAction((params) => {
    active();
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = ensureDraft(doc.uri);
    if (!model) return [];
    const p = toPath(doc.uri);
    // The core's fixes (codeActions.ts) for Cited's diagnostics, converted to LSP.
    // Quick fixes unless the client asked only for other kinds (e.g. the source actions menu).
    const only = params.context.only;
    const wantsQuickFixes = !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.'));
    const ours = wantsQuickFixes ? params.context.diagnostics.filter((d) => d.source === 'cited' && d.range?.start && d.range.end) : [];
    const found = service.codeActions(
      p,
      ours.map((d) => ({ code: String(d.code), range: { start: model.lines.offsetAt(d.range.start), end: model.lines.offsetAt(d.range.end) }, message: typeof d.message === 'string' ? d.message : d.message.value, data: d.data as CitedDiagnostic['data'] })),
    );
    const actions: CodeAction[] = found.map((a) => ({
      title: a.title,
      kind: a.kind,
      diagnostics: a.diagnostics.map((i) => ours[i]),
      ...(a.isPreferred ? { isPreferred: true } : {}),
      edit: { changes: { [doc.uri]: a.edits.map((e) => ({ range: toRange(model.lines, e), newText: e.newText })) } },
    }));
    for (const d of ours) {
      if (d.code !== 'no-saved-copy') continue;
      // Save Source from URL (core/saveSource.ts): a command, as fetching the page takes a while.
      const a = service.saveSourceAction(p, model.lines.offsetAt(d.range.start));
      // The command is the client's (VS Code) or the server's (workspace/executeCommand): the same name and arguments either way.
      if (a) actions.push({ title: a.title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: a.title, command: a.command, arguments: [{ uri: doc.uri, label: a.label }] } });
    }
    actions.push(...renumberActions(params));
    return actions;
  });

  /** The source action "Renumber citations in order of first appearance", offered when it would change the draft. */
  function renumberActions(params: { textDocument: { uri: string }; context: { only?: string[] } }): CodeAction[] {
    const only = params.context.only;
    if (only && !only.some((k) => RENUMBER_ACTION_KIND === k || RENUMBER_ACTION_KIND.startsWith(k + '.'))) return [];
    const r = renumberEdits(params.textDocument.uri);
    if (!r || r.edits.length === 0) return [];
    return [{ title: 'Renumber citations in order of first appearance', kind: RENUMBER_ACTION_KIND, edit: { changes: { [params.textDocument.uri]: r.edits } } }];
  }

  function renumberEdits(uri: string): RenumberResult | undefined {
    const model = ensureDraft(uri);
    const plan = model && service.renumber(toPath(uri));
    if (!model || !plan) return undefined;
    return { edits: plan.edits.map((e) => ({ range: toRange(model.lines, e), newText: e.newText })), changes: plan.changes };
  }

  connection.onRequest(ReferencesSectionRequest, async (params: ReferencesSectionParams): Promise<ReferencesSectionResult | null> => {
    await indexing;
    const model = ensureDraft(params.uri);
    if (!model) return null;
    const p = toPath(params.uri);
    await loadDraftTargets(service, p, cache);
    const plan = service.referencesSection(p);
    if (!plan) return null;
    return { edits: plan.edit ? [{ range: toRange(model.lines, plan.edit), newText: plan.edit.newText }] : [], sources: plan.entries.length };
  });

  connection.onRequest(PreviewDataRequest, async (params: PreviewDataParams): Promise<PreviewDataResult> => {
    await indexing;
    const p = toPath(params.uri);
    let model = ensureDraft(params.uri);
    if (!model) {
      // A draft previewed without being open in an editor: read it from disk, and let go of it after.
      try {
        model = service.setDraft(p, await fs.readFile(p, 'utf8'));
      } catch {
        return { entries: [] };
      }
      await loadDraftTargets(service, p, cache);
      const entries = service.referenceEntries(p);
      if (!checkedOnDisk.has(p)) service.removeDraft(p);
      return { entries: entries.map(({ path, ...e }) => ({ ...e, sourceUri: path && uriOf(path) })) };
    }
    await loadDraftTargets(service, p, cache);
    return { entries: service.referenceEntries(p).map(({ path, ...e }) => ({ ...e, sourceUri: path && uriOf(path) })) };
  });

  connection.onRequest(RenumberRequest, (params: RenumberParams): RenumberResult | null => renumberEdits(params.uri) ?? null);

  // Rename a pandoc key: the source's id and every @key in every draft of the workspace, opened or not.
  connection.onPrepareRename(async (params) => {
    await indexing;
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    const r = service.prepareRename(toPath(params.textDocument.uri), model.lines.offsetAt(params.position));
    if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return { range: toRange(model.lines, r.range), placeholder: r.key };
  });

  connection.onRenameRequest(async (params): Promise<WorkspaceEdit | null> => {
    await indexing;
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    const p = toPath(params.textDocument.uri);
    const offset = model.lines.offsetAt(params.position);
    const target = service.prepareRename(p, offset);
    if ('error' in target) throw new ResponseError(ErrorCodes.InvalidRequest, target.error);
    const others = await diskDraftsCiting(target.source);
    const result = service.rename(p, offset, params.newName.trim(), others);
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return workspaceEditOf(result.files, new Map(others.map((d) => [d.path, d.model.lines])));
  });

  /** Drafts of the workspace the server does not hold, read from disk, that may cite `record`. */
  async function diskDraftsCiting(record: SourceRecord): Promise<{ path: string; model: DraftModel }[]> {
    const known = new Set(service.draftPaths());
    const paths = (await workspaceDrafts()).filter((d) => !known.has(d)).sort();
    const models = new Array<DraftModel | undefined>(paths.length);
    await mapLimit(paths, 32, async (dp, i) => {
      models[i] = await diskDraft(dp, record);
    });
    return paths.flatMap((path, i) => (models[i] ? [{ path, model: models[i]! }] : []));
  }

  /** Core edits by file (offsets into a draft's text or a source's raw text) as one LSP workspace edit. */
  function workspaceEditOf(files: { path: string; edits: { start: number; end: number; newText: string }[] }[], read = new Map<string, LineIndex>()): WorkspaceEdit {
    const changes: Record<string, TextEdit[]> = {};
    for (const f of files) {
      const record = service.sources.get(f.path);
      const open = documents.get(uriOf(f.path));
      const lines = open ? new LineIndex(open.getText()) : record ? sourceLines(record) : (read.get(f.path) ?? linesOfFile(f.path));
      changes[uriOf(f.path)] = f.edits.map((e) => ({ range: toRange(lines, e), newText: e.newText }));
    }
    return { changes };
  }

  // Links on definition targets: the destination opens the source file (documentLinks.ts).
  connection.onDocumentLinks(async (params): Promise<DocumentLink[] | null> => {
    active();
    await indexing;
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    return service.documentLinks(toPath(params.textDocument.uri)).map((l) => ({ range: toRange(model.lines, l.range), target: uriOf(l.target), tooltip: l.tooltip }));
  });

  // A draft's cited sentences by marker (symbols.ts).
  connection.onDocumentSymbol(async (params): Promise<DocumentSymbol[] | null> => {
    active();
    await indexing;
    const model = ensureDraft(params.textDocument.uri);
    if (!model) return null;
    return service.documentSymbols(toPath(params.textDocument.uri)).map((sym) => ({
      name: sym.name,
      detail: sym.detail,
      kind: SymbolKind.String,
      range: toRange(model.lines, sym.range),
      selectionRange: toRange(model.lines, sym.selectionRange),
    }));
  });

  // Sources by title, author and id (symbols.ts).
  connection.onWorkspaceSymbol(async (params): Promise<SymbolInformation[]> => {
    await indexing;
    const start = { line: 0, character: 0 };
    return service.workspaceSymbols(params.query).map((sym) => ({
      name: sym.name,
      kind: SymbolKind.File,
      location: { uri: uriOf(sym.path), range: { start, end: start } },
      containerName: [sym.detail, relativeToRoot(sym.path) ?? sym.path].filter(Boolean).join(' · '),
    }));
  });

  // CodeLens (codeLens.ts): above each definition, how often it is cited and how many of those
  // sentences are supported; at the top of a source file, the drafts that cite it. A click lists
  // the places through the client's cited.showReferences command (uri, position, locations).
  /** The lens titles each draft was last answered with, to ask the client again only when they change. */
  const lensTitles = new Map<string, string>();
  connection.onCodeLens(async (params): Promise<CodeLens[] | null> => {
    active();
    await indexing;
    const uri = params.textDocument.uri;
    const p = toPath(uri);
    const toLens = (l: CodeLensData, lines: LineIndex, linesOf: (path: string) => LineIndex): CodeLens => {
      const range = toRange(lines, l.range);
      const locations = l.locations.map((loc) => ({ uri: uriOf(loc.path), range: toRange(linesOf(loc.path), loc.range) }));
      return { range, command: { title: l.title, command: locations.length ? 'cited.showReferences' : '', arguments: locations.length ? [uri, range.start, locations] : undefined } };
    };
    if (service.sources.get(p)) {
      const drafts = await draftsThatMayCite(p);
      const lens = service.sourceLens(p, drafts);
      const record = service.sources.get(p);
      if (!lens || !record) return null;
      const lines = new Map(drafts.map((d) => [d.path, d.model.lines] as const));
      return [toLens(lens, sourceLines(record), (dp) => lines.get(dp) ?? linesOfFile(dp))];
    }
    const model = ensureDraft(uri);
    if (!model) return null;
    const lenses = service.definitionLenses(p);
    lensTitles.set(uri, lenses.map((l) => l.title).join('\n'));
    // Sentences still to judge (a source changed since, or the draft's check has not run): make sure
    // a check is on its way, which asks the client for the lenses again when it has judged them.
    if (!checking.has(uri) && !timers.has(uri) && !service.claimsComplete(p)) schedule(uri, 0);
    return lenses.map((l) => toLens(l, model.lines, () => model.lines));
  });

  function refreshLensesIfChanged(uri: string, p: string): void {
    if (!canRefreshCodeLens || !lensTitles.has(uri)) return;
    if (service.definitionLenses(p).map((l) => l.title).join('\n') === lensTitles.get(uri)) return;
    lensTitles.delete(uri);
    void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  /**
   * Drafts read from disk for Find All References, kept while their size and modification time
   * stay the same: a second search reads no file again, and parses only drafts not parsed before.
   * The times are read synchronously: a thousand drafts take a few milliseconds so, where the
   * thread pool's queue takes tens.
   */
  const diskDrafts = new Map<string, DiskDraft>();
  /** A draft on disk, read again only when its size or times changed (throws when it cannot be read). */
  async function diskDraftEntry(p: string): Promise<DiskDraft> {
    const st = statSync(p);
    const stamp = `${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    let entry = diskDrafts.get(p);
    if (!entry || entry.stamp !== stamp) entry = keepDiskDraft(p, { stamp, text: await fs.readFile(p, 'utf8') });
    return entry;
  }
  /** `diskDraftEntry`, read synchronously (for reading ahead in small steps). */
  function diskDraftEntrySync(p: string): DiskDraft | undefined {
    const st = statSync(p);
    const stamp = `${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    const entry = diskDrafts.get(p);
    if (entry && entry.stamp === stamp) return entry;
    // A large file is left to be read (without blocking) when a search asks for it.
    return st.size <= AHEAD_MAX_BYTES ? keepDiskDraft(p, { stamp, text: readFileSync(p, 'utf8') }) : undefined;
  }
  function keepDiskDraft(p: string, entry: DiskDraft): DiskDraft {
    if (diskDrafts.size >= 20_000) diskDrafts.clear();
    diskDrafts.set(p, entry);
    return entry;
  }

  /** Reads every draft on disk the server does not hold into `diskDrafts` (with its name runs, `mayCiteRuns`), a few at a time, in the background. */
  async function readDraftsAhead(): Promise<void> {
    const known = new Set(service.draftPaths());
    const paths = (await workspaceDrafts()).filter((p) => !known.has(p));
    // A few milliseconds of reading at a time, when the writer leaves the thread free (whenQuiet): read
    // synchronously, as a draft is small and a promise per file cost more than the read.
    for (let i = 0; i < paths.length; ) {
      await whenQuiet();
      const until = performance.now() + AHEAD_STEP_MS;
      do {
        const p = paths[i++];
        try {
          const entry = diskDraftEntrySync(p);
          if (entry) entry.runs ??= nameRuns(entry.text);
        } catch {
          // Unreadable now: read when asked for.
        }
      } while (i < paths.length && performance.now() < until);
    }
  }

  /**
   * The workspace's drafts (for Find All References and a source's citations): the last walk's,
   * while every folder it listed has the same modification time (a file created, deleted or renamed
   * in a folder changes it) and none had changed just before that walk (a clock that counts in
   * seconds would hide a second change); walked again otherwise, after a draft's file event, and
   * on reindexing.
   */
  let draftWalk: { drafts: string[]; folders: [string, number][]; at: number } | undefined;
  async function workspaceDrafts(): Promise<string[]> {
    if (draftWalk && draftWalk.folders.length > 0 && draftWalk.folders.every(([f, mtime]) => mtimeOf(f) === mtime && mtime < draftWalk!.at - 2000)) return draftWalk.drafts;
    const at = Date.now();
    const found = await workspaceFiles();
    draftWalk = { drafts: found.drafts, folders: found.folders.map((f) => [f, mtimeOf(f)] as [string, number]), at };
    return draftWalk.drafts;
  }
  function mtimeOf(folder: string): number {
    try {
      return statSync(folder).mtimeMs;
    } catch {
      return NaN;
    }
  }
  async function diskDraft(p: string, record: SourceRecord): Promise<DraftModel | undefined> {
    try {
      const entry = await diskDraftEntry(p);
      // A draft that cites the source names its file, its key or its url somewhere: others need no parse. Its name
      // runs, once read ahead, answer in a binary search; a draft not read ahead yet is scanned for the names (a few
      // microseconds for 10 KB), as listing its runs here cost 0.2 ms a draft, 150 to 350 ms for the first search.
      if (!(entry.runs ? mayCiteRuns(entry.text, entry.runs, record) : mayCite(entry.text, record))) return undefined;
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
    const list = service.listSources(query);
    if (!params?.withUsage) return list;
    const usage = new Map(service.sourceUsage(await diskDraftsAll()).map((u) => [u.path, u]));
    return list.map((s) => {
      const u = usage.get(s.path);
      const info: SourceUsageInfo | undefined = u && { format: u.format, citations: u.citations, drafts: u.drafts, unreadable: u.unreadable, repaired: u.repaired, uri: uriOf(fileOfPath(s.path)) };
      return { ...s, usage: info };
    });
  });

  /** The file a source lives in (a bibliography entry's is its bibliography's). */
  function fileOfPath(p: string): string {
    const record = service.sources.get(p);
    return record ? fileOf(record) : p;
  }

  connection.onRequest(SourceCitationsRequest, async (params: SourceCitationsParams): Promise<Location[]> => {
    await indexing;
    const record = service.sources.get(params.sourcePath);
    if (!record) return [];
    const known = service.draftPaths().map((path) => ({ path, model: service.draftModel(path)! }));
    const all = [...known, ...(await diskDraftsCiting(record))].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return all.flatMap((d) => service.citesOf(record.path, d.path, d.model, true).map((r) => ({ uri: uriOf(d.path), range: toRange(d.model.lines, r) })));
  });

  /** Every draft of the workspace the server does not hold, read from disk (kept while unchanged, as for references). */
  async function diskDraftsAll(): Promise<{ path: string; model: DraftModel }[]> {
    const known = new Set(service.draftPaths());
    const paths = (await workspaceDrafts()).filter((d) => !known.has(d)).sort();
    const models = new Array<DraftModel | undefined>(paths.length);
    await mapLimit(paths, 32, async (p, i) => {
      try {
        const entry = await diskDraftEntry(p);
        models[i] = entry.model ??= parseDraft(entry.text);
      } catch {
        // A draft that cannot be read counts as citing nothing.
      }
    });
    return paths.flatMap((path, i) => (models[i] ? [{ path, model: models[i]! }] : []));
  }

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
      // Judged like an open draft (in the judging thread, or in slices), so hovers and edits are answered during a long check.
      if (!(await judgeDraft(p, () => undefined, () => token.isCancellationRequested, () => undefined))) return { ...result, cancelled: true };
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

  connection.onRequest(MatchMarkersRequest, async (params: MatchMarkersParams): Promise<MatchMarkersResult | null> => {
    await indexing;
    const model = ensureDraft(params.uri);
    if (!model) return null;
    const p = toPath(params.uri);
    await loadDraftTargets(service, p, cache);
    const name = (r: SourceRecord) => r.meta.title ?? r.id;
    return {
      matches: service.matchMarkers(p).map((m) => ({
        label: m.label,
        status: m.status,
        sentences: m.sentences.length,
        proposal: m.proposal && { sourcePath: m.proposal.source.path, title: name(m.proposal.source), score: m.proposal.score, passage: m.proposal.passage?.text },
        runnerUp: m.runnerUp && { sourcePath: m.runnerUp.source.path, title: name(m.runnerUp.source), score: m.runnerUp.score },
        reason: m.reason,
      })),
    };
  });

  connection.onRequest(MatchDefinitionsRequest, async (params: MatchDefinitionsParams): Promise<MatchDefinitionsResult | null> => {
    await indexing;
    const model = ensureDraft(params.uri);
    if (!model) return null;
    const edit = service.matchDefinitionsEdit(toPath(params.uri), params.accepted ?? []);
    return { edits: edit ? [{ range: toRange(model.lines, edit), newText: edit.newText }] : [] };
  });

  connection.onRequest(SaveSourceFromUrlRequest, (params: SaveSourceFromUrlParams) => saveFromUrl(params));

  /**
   * Save Source from URL: fetches the page of a definition that is only a web address, writes it
   * into the sources folder (node/fetchSource.ts; nothing is written on failure, nothing overwritten)
   * and gives the edit that points the definition at the saved file. VS Code's client asks for this
   * and applies the edit itself; for other clients `workspace/executeCommand` runs it (below).
   */
  async function saveFromUrl(params: SaveSourceFromUrlParams, onFetch?: (url: string) => Promise<void>): Promise<SaveSourceFromUrlResult> {
    await indexing;
    let model = ensureDraft(params.uri);
    if (!model) return { status: 'failed', message: 'Open the draft first.' };
    const p = toPath(params.uri);
    const all = service.urlDefinitions(p);
    const def = params.label
      ? all.find((u) => u.definition.identifier === params.label!.replace(/\s+/g, ' ').trim().toLowerCase())
      : ((params.position && service.urlDefinitionAt(p, model.lines.offsetAt(params.position))) ?? (all.length === 1 ? all[0] : undefined));
    if (!def) {
      if (!params.label && all.length > 1) return { status: 'choose', choices: all.map((u) => ({ label: u.label, url: u.url })) };
      return { status: 'failed', message: params.label ? `[${params.label}] is not a web address without a saved copy.` : 'This draft has no definition that is only a web address without a saved copy.' };
    }
    const folder = service.saveFolder(p)!;
    await onFetch?.(def.url);
    let saved;
    // The page reader (linkedom, Readability, Turndown) is loaded when a page is saved, not with every start.
    const { saveSourceFromUrl, FetchSourceError } = await import('./node/fetchSource');
    try {
      saved = await saveSourceFromUrl(def.url, folder);
    } catch (e) {
      if (e instanceof FetchSourceError) return { status: 'failed', message: `${e.message} Nothing was saved.` };
      return { status: 'failed', message: `Could not save ${def.url}: ${(e as Error).message}. Nothing was saved.` };
    }
    await loadSource(service, saved.path);
    sendStatus(status());
    // The draft as it is now (it may have changed while the page was fetched).
    model = ensureDraft(params.uri) ?? model;
    const edit = service.repointDefinition(p, def.label, saved.path, saved.title);
    return {
      status: 'saved',
      label: def.label,
      url: def.url,
      savedPath: saved.path,
      kind: saved.kind,
      title: saved.title,
      edits: edit ? [{ range: toRange(model.lines, edit), newText: edit.newText }] : [],
    };
  }

  // Save Source from URL for clients that do not run it themselves: the quick fix on `no-saved-copy`
  // carries this command with { uri, label }. The page is fetched and written, then the definition is
  // pointed at it by one `workspace/applyEdit` (one undo puts the address back; the saved file stays).
  // A failure is said with `window/showMessage` and writes nothing; an edit the client refuses takes
  // the written file away again.
  connection.onExecuteCommand(async (params) => {
    if (params.command !== SAVE_SOURCE_COMMAND) return null;
    const args = (params.arguments?.[0] ?? {}) as { uri?: unknown; label?: unknown };
    const uri = typeof args.uri === 'string' ? args.uri : documents.all().find((d) => isOpenDraft(d))?.uri;
    // Notifications (window/showMessage): connection.window's show…Message are requests that wait for a button.
    const say = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message: `Cited: ${message}` });
    const error = (message: string) => say(MessageType.Error, message);
    if (!uri) return error('open a markdown draft whose definitions link to web pages.');
    let progress: WorkDoneProgressReporter | undefined;
    let label = typeof args.label === 'string' ? args.label : undefined;
    try {
      let result = await saveFromUrl({ uri, label }, async (url) => {
        if (!canShowProgress) return;
        progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
        progress?.begin('Cited: saving the page', undefined, url);
      });
      if (result.status === 'choose') {
        // Run as a bare command with several addresses: the writer picks one.
        const pick = await connection.window.showInformationMessage('Cited: which web address should be saved as a source?', ...result.choices.map((c) => ({ title: `[${c.label}] ${c.url}` })));
        const chosen = pick && result.choices.find((c) => pick.title === `[${c.label}] ${c.url}`);
        if (!chosen) return null;
        label = chosen.label;
        result = await saveFromUrl({ uri, label });
      }
      if (result.status === 'failed') return error(result.message);
      if (result.status !== 'saved') return null;
      const rel = relativeToRoot(result.savedPath) ?? result.savedPath;
      const title = result.title ? `"${result.title.replace(/\s+/g, ' ').slice(0, 120)}" as ` : '';
      if (result.edits.length === 0) {
        say(MessageType.Warning, `saved ${title}${rel}, but the draft changed meanwhile; point [${result.label}] at it by hand.`);
        return null;
      }
      const doc = documents.get(uri);
      const edit: WorkspaceEdit =
        versionedEdits && doc ? { documentChanges: [{ textDocument: { uri, version: doc.version }, edits: result.edits }] } : { changes: { [uri]: result.edits } };
      const applied = await connection.workspace.applyEdit({ label: `Save a copy of ${result.url}`, edit }).catch((e: Error) => ({ applied: false, failureReason: e.message }));
      if (!applied.applied) {
        // The definition could not be changed: the saved file goes too, so nothing is left half done.
        await fs.rm(result.savedPath, { force: true }).catch(() => undefined);
        service.removeSource(result.savedPath);
        sendStatus(status());
        return error(`the draft could not be changed${applied.failureReason ? ` (${applied.failureReason})` : ''}, so ${result.url} was not saved.`);
      }
      say(MessageType.Info, `saved ${title}${rel}; [${result.label}] now points to it.`);
      return null;
    } catch (e) {
      return error(`could not save the page: ${(e as Error).message}. Nothing was saved.`);
    } finally {
      progress?.done();
    }
  });

  connection.onRequest(ReindexRequest, async () => {
    await reindex();
    return status();
  });

  // ---- file changes ----

  connection.onDidChangeWatchedFiles((params) => filesChanged(params.changes));
  // A source restored from the cache's pack whose contents, read on first use, changed since: read again as if the client had said so.
  onStaleSource((p) => void filesChanged([{ uri: uriOf(p), type: FileChangeType.Changed }]));

  /** The pack is written a while after sources change, once for a burst of changes. */
  let packTimer: NodeJS.Timeout | undefined;
  function savePackSoon(): void {
    if (packTimer) clearTimeout(packTimer);
    packTimer = setTimeout(() => {
      packTimer = undefined;
      cache?.savePack();
    }, 2000);
    packTimer.unref?.();
  }

  async function filesChanged(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    await indexing;
    const changedSources: string[] = [];
    const affected = new Set<string>();
    for (const change of changes) {
      const p = toPath(change.uri);
      const kind = kindOf(p);
      if (kind === 'draft') {
        diskDrafts.delete(p);
        if (change.type !== FileChangeType.Changed) draftWalk = undefined;
      }
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
      savePackSoon();
    }
    for (const p of affected) {
      const doc = documents.all().find((d) => toPath(d.uri) === p);
      if (doc) schedule(doc.uri, 0);
      else if (checkedOnDisk.has(p)) publishDraft(p);
    }
  }

  documents.listen(connection);
  // What the cache has yet to write (a pack of 10,000 sources is megabytes), and what the judging thread learned and
  // has yet to store or write, is written before the server stops, for SHUTDOWN_FLUSH_MS at most: else the next start
  // reads every source afresh.
  connection.onShutdown(async () => {
    for (const p of [...storedOf.keys()]) forgetStoredClaims(p);
    if (cache) {
      const writing = Promise.all([cache.flushed(), judgePool.flush()]);
      await Promise.race([writing, new Promise((resolve) => setTimeout(resolve, SHUTDOWN_FLUSH_MS).unref?.())]);
    }
    judgePool.dispose();
  });
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

