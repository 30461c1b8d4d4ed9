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

/**
 * Writes `JSON.stringify(value, null, 2) + '\n'` in pieces of about `chunk` characters, one entry of
 * the array under `key` at a time: a report of a thousand drafts is tens of megabytes as one string,
 * which costs its own copy in memory and, as one string, a slow conversion to bytes. The text written
 * is the same to the byte.
 */
export function writeJsonStreamed(value: object, key: string, write: (text: string) => void, chunk = 1 << 20): void {
  const entries = (value as Record<string, unknown>)[key];
  if (!Array.isArray(entries) || entries.length === 0) {
    write(JSON.stringify(value, null, 2) + '\n');
    return;
  }
  // The object with a marker in the array's place, split around it: what comes before the entries and after them.
  const marker = '\u0000entries\u0000';
  const outer = JSON.stringify({ ...value, [key]: marker }, null, 2);
  const at = outer.indexOf(JSON.stringify(marker));
  const indent = /[^\n]*$/.exec(outer.slice(0, at))![0].replace(/\S.*$/, '');
  let pending = outer.slice(0, at) + '[';
  for (let i = 0; i < entries.length; i++) {
    pending += (i ? ',' : '') + '\n' + indent + '  ' + JSON.stringify(entries[i], null, 2).replace(/\n/g, '\n' + indent + '  ');
    if (pending.length >= chunk) {
      write(pending);
      pending = '';
    }
  }
  write(pending + '\n' + indent + ']' + outer.slice(at + JSON.stringify(marker).length) + '\n');
}
