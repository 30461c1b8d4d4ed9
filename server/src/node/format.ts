/** Converts core results to 1-based line/column records for the CLI. */
import type { CitedDiagnostic } from '../core/diagnostics';
import type { LineIndex } from '../core/text';

export interface CliDiagnostic {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function toCliDiagnostic(d: CitedDiagnostic, lines: LineIndex): CliDiagnostic {
  const s = lines.positionAt(d.range.start);
  const e = lines.positionAt(d.range.end);
  return { code: d.code, severity: d.severity, message: d.message, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}
