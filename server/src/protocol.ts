/**
 * Cited's own requests and notifications, shared by the server and the
 * client. Everything else the server speaks is plain LSP.
 */
export const StatusNotification = 'cited/status';
export interface StatusParams {
  /** Indexing sources; ready; or judging the claims of a long draft (done/total claims, `uri` the draft). */
  state: 'indexing' | 'ready' | 'judging';
  sources: number;
  done?: number;
  total?: number;
  uri?: string;
  /** While judging: whether every claim so far was judged in the judging thread (false: some or all in slices on the server's thread). */
  thread?: boolean;
  /** Sources that could not be read. */
  unreadable?: number;
}

export const ListSourcesRequest = 'cited/listSources';
export interface ListSourcesParams {
  /** The draft and cursor, to rank the sources that match the sentence there first. */
  uri?: string;
  position?: { line: number; character: number };
  /**
   * Also count, over every draft of the workspace, how often each source is cited (for the Sources
   * view): each summary then carries `usage`.
   */
  withUsage?: boolean;
}
/** A source's use and state, in listSources' answer when `withUsage` is asked. */
export interface SourceUsageInfo {
  format: 'markdown' | 'text' | 'html' | 'json' | 'bibliography' | 'pdf' | 'docx';
  citations: number;
  drafts: number;
  unreadable?: string;
  repaired?: string;
  /** The source file's uri. */
  uri: string;
}

export const InsertCitationRequest = 'cited/insertCitation';
export interface InsertCitationParams {
  uri: string;
  position: { line: number; character: number };
  /** Path of the source to cite, as listSources returns it. */
  sourcePath: string;
}
export interface InsertCitationResult {
  marker: string;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  reused?: string;
}

export const CheckWorkspaceRequest = 'cited/checkWorkspace';
export interface CheckWorkspaceResult {
  drafts: number;
  citations: number;
  sources: number;
  errors: number;
  warnings: number;
  cancelled?: boolean;
}
export const CheckProgressNotification = 'cited/checkProgress';
export interface CheckProgressParams {
  done: number;
  total: number;
}

export const ReindexRequest = 'cited/reindex';

export const ClaimReportRequest = 'cited/claimReport';
export interface ClaimReportParams {
  uri: string;
}
export interface ClaimReportResult {
  markdown: string;
  claims: number;
}

/**
 * Client → server: the lines of a draft that are on screen (VS Code's visible ranges), so a long
 * draft's claims are judged there first. Sent when they change; an empty list clears them.
 */
export const VisibleRangesNotification = 'cited/visibleRanges';
export interface VisibleRangesParams {
  uri: string;
  ranges: { start: { line: number; character: number }; end: { line: number; character: number } }[];
}

/** Client → server: the edits that renumber a draft's numeric citations in order of first appearance. */
export const RenumberRequest = 'cited/renumber';
export interface RenumberParams {
  uri: string;
}
export interface RenumberResult {
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  /** Each number that changes, with its new number. */
  changes: { from: string; to: string }[];
}
/** The kind of the source code action that renumbers a draft's citations. */
export const RENUMBER_ACTION_KIND = 'source.cited.renumber';

/** Client → server: the edit that writes or updates the draft's `## References` section (none when it is up to date). */
export const ReferencesSectionRequest = 'cited/referencesSection';
export interface ReferencesSectionParams {
  uri: string;
}
export interface ReferencesSectionResult {
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  /** How many sources the section lists. */
  sources: number;
}

/**
 * Client → server: what the markdown preview of a draft needs: each cited label (a number, or a
 * pandoc key) with its source's title, and the references list in order of first citation.
 */
export const PreviewDataRequest = 'cited/previewData';
export interface PreviewDataParams {
  uri: string;
}
export interface PreviewEntry {
  label: string;
  kind: 'numeric' | 'key';
  /** Source text, unescaped: the preview escapes it. */
  title: string;
  byline?: string;
  date?: string;
  url?: string;
  /** The source file's uri, when the citation resolves to one. */
  sourceUri?: string;
  problem?: string;
}
export interface PreviewDataResult {
  entries: PreviewEntry[];
}

/** Client → server: every place a draft of the workspace cites the source at `sourcePath` (LSP locations). */
export const SourceCitationsRequest = 'cited/sourceCitations';
export interface SourceCitationsParams {
  sourcePath: string;
}
/** Match Markers to Sources: a proposed source for each numbered marker of the draft that has no definition. */
export const MatchMarkersRequest = 'cited/matchMarkers';
export interface MatchMarkersParams {
  uri: string;
}
export interface MatchMarkersResult {
  matches: {
    label: string;
    /** `clear`: accepted by default; `unclear`: shown, left undefined unless accepted; `none`: nothing to propose. */
    status: 'clear' | 'unclear' | 'none';
    /** How many sentences cite the number. */
    sentences: number;
    proposal?: { sourcePath: string; title: string; score: number; passage?: string };
    runnerUp?: { sourcePath: string; title: string; score: number };
    /** Why the number is left undefined (empty when clear). */
    reason: string;
  }[];
}
/** The one edit that writes the accepted definitions. */
export const MatchDefinitionsRequest = 'cited/matchDefinitions';
export interface MatchDefinitionsParams {
  uri: string;
  accepted: { label: string; sourcePath: string }[];
}
export interface MatchDefinitionsResult {
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}

/**
 * Save Source from URL: the server fetches the page a definition points to, writes it beside the
 * other sources, and returns the edit that points the definition at the saved file.
 */
export const SaveSourceFromUrlRequest = 'cited/saveSourceFromUrl';
export interface SaveSourceFromUrlParams {
  uri: string;
  /** The definition, by label (from the quick fix, or chosen by the writer); else the one at `position`, or the draft's only one. */
  label?: string;
  position?: { line: number; character: number };
}
export type SaveSourceFromUrlResult =
  | {
      status: 'saved';
      label: string;
      url: string;
      savedPath: string;
      kind: 'html' | 'pdf';
      title?: string;
      edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
    }
  /** Several definitions are web addresses and none was named: the client asks which. */
  | { status: 'choose'; choices: { label: string; url: string }[] }
  /** Nothing was written; the message says why. */
  | { status: 'failed'; message: string };

/**
 * The text view of a PDF or Word source (core/documentView.ts), for VS Code, which cannot show
 * such a file: its text page by page under headings naming each page as printed. `ranges` are
 * places in the source as Go to Definition gives them (positions in its extracted text); the
 * answer gives them in the view. Null for a file that is not a PDF or Word source Cited has read.
 */
export const DocumentViewRequest = 'cited/documentView';
export interface DocumentViewParams {
  /** The source file's uri. */
  uri: string;
  ranges?: { start: { line: number; character: number }; end: { line: number; character: number } }[];
}
export type DocumentViewResult = {
  text: string;
  /** Each page (a Word file: its text) and the line its heading is on. */
  sections: { name: string; line: number }[];
  ranges: { start: { line: number; character: number }; end: { line: number; character: number } }[];
} | null;
