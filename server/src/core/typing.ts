/**
 * Typing is not an error: a marker the writer is in the middle of typing (a `[` just typed at the
 * end of a line, an empty `[]` or `[@]` the editor closed for them, a number not defined yet) is not
 * reported while the cursor of the last edit is at it. The host decides for how long (until the
 * writer edits elsewhere, or pauses); this module only says which diagnostics are being typed.
 */
import type { CitedDiagnostic } from './diagnostics';
import type { DraftModel } from './draft/parseDraft';

/** Whether `d` is about a marker being typed at `cursor` (the offset just after the last edit). */
export function isBeingTyped(d: CitedDiagnostic, draft: DraftModel, cursor: number): boolean {
  if (d.code === 'undefined-citation') return cursor > d.range.start && cursor <= d.range.end;
  if (d.code !== 'malformed-citation') return false;
  const m = draft.malformed.find((x) => x.range.start === d.range.start && x.range.end === d.range.end);
  if (!m) return false;
  if (m.kind === 'empty' || m.kind === 'empty-key') return cursor > m.range.start && cursor <= m.range.end;
  if (m.kind !== 'unclosed') return false;
  // "[" and any spaces typed after it, on the same line.
  let end = m.range.end;
  while (end < draft.text.length && (draft.text[end] === ' ' || draft.text[end] === '\t')) end++;
  return cursor > m.range.start && cursor <= end;
}

/**
 * Whether any diagnostic could be about a marker being typed at `cursor` (see isBeingTyped): a
 * marker or a malformed one holds the cursor, or ends before it with only spaces between. A cheap
 * look at the draft's markers, so a host need not check the whole draft after every keystroke.
 */
export function mayBeTypingAt(draft: DraftModel, cursor: number): boolean {
  // Where the spaces and tabs just before the cursor begin: a marker ending there or later has only spaces after it.
  let spaces = cursor;
  while (spaces > 0 && (draft.text[spaces - 1] === ' ' || draft.text[spaces - 1] === '\t')) spaces--;
  const near = (r: { start: number; end: number }) => cursor > r.start && (cursor <= r.end || r.end >= spaces);
  return draft.malformed.some((m) => near(m.range)) || draft.citations.some((c) => cursor > c.range.start && cursor <= c.range.end);
}

/** The diagnostics without those of a marker being typed at `cursor`, and how many were held back. */
export function holdBackTyping(diagnostics: CitedDiagnostic[], draft: DraftModel, cursor: number): { shown: CitedDiagnostic[]; held: number } {
  const shown = diagnostics.filter((d) => !isBeingTyped(d, draft, cursor));
  return { shown, held: diagnostics.length - shown.length };
}

/**
 * Where the cursor is after an edit that turned `before` into `after`: the end of what changed
 * (one edit is one changed run; of several at once, the last). Linear in the texts' length.
 */
export function editEnd(before: string, after: string): number {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return after.length - suffix;
}
