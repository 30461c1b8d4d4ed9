/**
 * The diagnostics Cited reports, as plain data. The LSP server and the CLI
 * convert them at their edges; nothing here knows either protocol.
 */
import type { OffsetRange } from './text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Every code Cited can report, with its default severity. Codes are stable: users configure them by name. */
export const DIAGNOSTIC_CODES = {
  'undefined-citation': 'error',
  'ambiguous-citation': 'warning',
  'malformed-citation': 'warning',
  'definition-in-paragraph': 'warning',
  'paragraph-in-table': 'warning',
  'nesting-too-deep': 'warning',
  'missing-source': 'error',
  'outside-workspace': 'warning',
  'unreadable-source': 'warning',
  'duplicate-definition': 'warning',
  'unused-definition': 'hint',
  'no-saved-copy': 'information',
  'invalid-front-matter': 'warning',
  'repaired-source': 'information',
  'unsupported-claim': 'warning',
  'weak-support': 'information',
  'partial-support': 'information',
  'number-mismatch': 'warning',
  'worked-figure': 'information',
  'quote-not-found': 'error',
  'uncited-claim': 'information',
  'sources-disagree': 'information',
  'not-checked': 'warning',
  'metadata-only': 'information',
  'page-not-found': 'warning',
  'wrong-page': 'warning',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface RelatedInfo {
  /** Absolute path of the file the information points at. */
  path: string;
  /** Range in that file; undefined means the start of the file. */
  range?: OffsetRange;
  message: string;
}

export interface CitedDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  range: OffsetRange;
  related: RelatedInfo[];
  /** Marks text that could be deleted (LSP's Unnecessary tag). */
  unnecessary?: boolean;
  /** Data a quick fix may use. */
  data?: { replacement?: string; sourcePath?: string };
}

export type SeverityOverrides = Partial<Record<string, SeveritySetting>>;

/** Applies the user's severity settings: changes severities and drops codes set to "off". */
export function applySeverities(diags: CitedDiagnostic[], overrides: SeverityOverrides): CitedDiagnostic[] {
  const out: CitedDiagnostic[] = [];
  for (const d of diags) {
    const setting = overrides[d.code];
    if (setting === 'off') continue;
    if (setting && setting !== d.severity && isSeverity(setting)) out.push({ ...d, severity: setting });
    else out.push(d);
  }
  return out;
}

export function isSeverity(s: unknown): s is Severity {
  return s === 'error' || s === 'warning' || s === 'information' || s === 'hint';
}

export function makeDiagnostic(
  code: DiagnosticCode,
  range: OffsetRange,
  message: string,
  related: RelatedInfo[] = [],
): CitedDiagnostic {
  return { code, severity: DIAGNOSTIC_CODES[code], message, range, related };
}

/** Adds the errors and warnings of `diags` to a summary (the editor's Check All and the CLI count alike). */
export function tallySeverities(summary: { errors: number; warnings: number }, diags: CitedDiagnostic[]): void {
  for (const d of diags) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
  }
}
