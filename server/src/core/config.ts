/** Settings the core understands, with their defaults. Hosts read them from wherever they live. */
import * as posix from 'node:path/posix';
import picomatch from 'picomatch';
import type { SeverityOverrides } from './diagnostics';
import { UNSUPPORTED_BELOW } from './support/model';

export type CitationStyle = 'auto' | 'numeric' | 'pandoc';

export interface CitedSettings {
  /** Globs, relative to a workspace root, of the files that are sources. */
  sources: string[];
  /** Globs of the markdown drafts to check. */
  drafts: string[];
  /** Globs never looked at. */
  exclude: string[];
  citationStyle: CitationStyle;
  severity: SeverityOverrides;
  /** Judge whether cited sources back their sentences (the claim-support diagnostics). */
  support: boolean;
  /** Sentences scoring below this (0 to 1) are "unsupported"; lower means fewer, surer reports. */
  supportThreshold: number;
  /**
   * Read sources outside the workspace folders and the folders `sources` names. Off by default: a
   * draft from someone else's repository must not show the reader's own files. Hosts force it off
   * in an untrusted workspace.
   */
  allowSourcesOutsideWorkspace: boolean;
  /** Bibliographies (.bib, CSL-JSON, CSL-YAML) whose entries every draft may cite, relative to a workspace root. */
  bibliographies: string[];
}

export const DEFAULT_SETTINGS: CitedSettings = {
  sources: ['**/sources/**'],
  drafts: ['**/*.md', '**/*.markdown'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**', '**/dist/**'],
  citationStyle: 'auto',
  severity: {},
  support: true,
  supportThreshold: UNSUPPORTED_BELOW,
  allowSourcesOutsideWorkspace: false,
  bibliographies: [],
};

/** Fills in defaults and drops values of the wrong shape, so a bad settings file cannot break the server. */
export function normalizeSettings(input: unknown): CitedSettings {
  const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const globs = (v: unknown, d: string[]): string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0 ? (v as string[]) : typeof v === 'string' && v ? [v] : d;
  const style = o.citationStyle === 'numeric' || o.citationStyle === 'pandoc' ? o.citationStyle : 'auto';
  const severity = o.severity && typeof o.severity === 'object' ? (o.severity as SeverityOverrides) : {};
  return {
    sources: globs(o.sources, DEFAULT_SETTINGS.sources),
    drafts: globs(o.drafts, DEFAULT_SETTINGS.drafts),
    exclude: globs(o.exclude, DEFAULT_SETTINGS.exclude),
    citationStyle: style,
    severity,
    // VS Code sends `support: { enabled }`; the CLI and other clients may send `support: false`.
    support: o.support !== false && (o.support as { enabled?: unknown } | undefined)?.enabled !== false,
    supportThreshold: threshold(o.supportThreshold ?? (o.support as { threshold?: unknown } | undefined)?.threshold),
    allowSourcesOutsideWorkspace: o.allowSourcesOutsideWorkspace === true,
    bibliographies: globs(o.bibliographies, []).filter((b) => b.trim()),
  };
}

function threshold(v: unknown): number {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1 ? n : UNSUPPORTED_BELOW;
}

/**
 * The folders sources may be read from: the workspace roots, and the fixed folder a `sources`
 * glob names when it leaves its root ("../library/**" beside the root). Absolute, forward slashes.
 */
export function allowedFolders(roots: string[], settings: CitedSettings): string[] {
  const out = new Set(roots.map(trimSlash));
  for (const g of settings.sources) {
    const base = picomatch.scan(g).base;
    if (!base) continue;
    if (posix.isAbsolute(base) || /^[a-z]:\//i.test(base)) out.add(trimSlash(posix.normalize(base)));
    else if (base === '..' || base.startsWith('../')) for (const r of roots) out.add(trimSlash(posix.join(r, base)));
  }
  return [...out];
}

const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

/** Whether `path` is one of `folders` or below one (absolute paths, forward slashes). */
export function isInsideFolders(path: string, folders: string[]): boolean {
  // Most paths come normalised already (posix.resolve's): normalising again is skipped for them.
  // (Only a "." or ".." segment, "//" or a trailing "/" needs it: not a folder whose name starts with a dot.)
  const p = DOT_SEGMENT.test(path) || path.includes('//') || path.endsWith('/') ? posix.normalize(path) : path;
  return folders.some((f) => f === '/' || p === f || p.startsWith(f + '/'));
}

function trimSlash(p: string): string {
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

/**
 * A test of paths (relative, forward slashes) against globs, as picomatch's matcher does but with its regular
 * expressions only: the matcher builds a result object for every path it is asked about, and at 10,000 files a
 * workspace's walk and classification asked it 40,000 times.
 */
export function globTest(globs: string[], options: { dot: boolean }): (path: string) => boolean {
  const res = globs.filter((g) => g !== '').map((g) => picomatch.makeRe(g, { ...options, windows: false }));
  const literal = new Set(globs);
  return (p) => p !== '' && (literal.has(p) || res.some((re) => re.test(p)));
}

/** Classifies workspace-relative paths as source, draft, or neither. */
export class PathClassifier {
  private readonly isSource: (p: string) => boolean;
  private readonly isDraft: (p: string) => boolean;
  private readonly isExcluded: (p: string) => boolean;
  constructor(readonly settings: CitedSettings) {
    const opts = { dot: false };
    this.isSource = globTest(settings.sources.map(dirGlob), opts);
    this.isDraft = globTest(settings.drafts, opts);
    this.isExcluded = globTest(settings.exclude, { dot: true });
  }
  /** `relative` is a path relative to its workspace root, with forward slashes. */
  kind(relative: string): 'source' | 'draft' | undefined {
    if (this.isExcluded(relative)) return undefined;
    if (this.isSource(relative)) return 'source';
    if (this.isDraft(relative)) return 'draft';
    return undefined;
  }
}

/** `sources/` and `sources` both mean "everything below a folder named sources". */
function dirGlob(g: string): string {
  if (g.endsWith('/')) return g + '**';
  if (!/[*?{[]/.test(g) && !/\.[a-z0-9]+$/i.test(g)) return g + '/**';
  return g;
}
