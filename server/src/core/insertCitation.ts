/**
 * The edit that cites a source at the cursor, in the draft's style: numeric
 * markers reuse the number already defined for the source or take the next
 * free one with a new definition at the end of the draft; pandoc drafts get `[@id]`.
 */
import type { DraftModel } from './draft/parseDraft';
import type { CitationStyle } from './config';
import { definitionTarget } from './resolve';
import { normalizeUrl } from './sources/sourceIndex';
import type { SourceRecord } from './sources/sourceTypes';
import { relativeName } from './names';
import { usesPandoc } from './checkDraft';

export interface TextEditOffsets {
  start: number;
  end: number;
  newText: string;
}

export interface InsertPlan {
  marker: string;
  edits: TextEditOffsets[];
  /** The number reused, when the source was already defined. */
  reused?: string;
}

export function resolveStyle(draft: DraftModel, setting: CitationStyle): 'numeric' | 'pandoc' {
  if (setting !== 'auto') return setting;
  const hasNumeric = draft.citations.some((c) => c.kind === 'numeric') || draft.definitions.some((d) => /^\d+$/.test(d.label));
  if (hasNumeric) return 'numeric';
  return usesPandoc(draft) ? 'pandoc' : 'numeric';
}

/** A source id as a pandoc citation key: as it is when pandoc reads it so, else in braces (`{odd id.}`). */
export function pandocKey(id: string): string {
  return /^[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*$/u.test(id) && !/[:.#$%&+?<>~/-]$/.test(id) ? id : `{${id}}`;
}

export function planInsertCitation(
  draftPath: string,
  draft: DraftModel,
  offset: number,
  source: SourceRecord,
  setting: CitationStyle,
  roots: string[],
): InsertPlan {
  const style = resolveStyle(draft, setting);
  const before = offset > 0 ? draft.text.charAt(offset - 1) : '';
  const pad = /[\p{L}\p{N}.,;:!?)"”’]/u.test(before) ? ' ' : '';
  if (style === 'pandoc') {
    const marker = `${pad}[@${pandocKey(source.id)}]`;
    return { marker, edits: [{ start: offset, end: offset, newText: marker }] };
  }
  const existing = draft.definitions.find((d) => {
    if (!/^\d+$/.test(d.label)) return false;
    const t = definitionTarget(draftPath, d.url, roots);
    return t.kind === 'path' ? t.value === source.path : !!source.meta.url && normalizeUrl(t.value) === normalizeUrl(source.meta.url);
  });
  if (existing) {
    const marker = `${pad}[${existing.label}]`;
    return { marker, edits: [{ start: offset, end: offset, newText: marker }], reused: existing.label };
  }
  let max = 0;
  for (const d of draft.definitions) if (/^\d+$/.test(d.label)) max = Math.max(max, Number(d.label));
  for (const c of draft.citations) if (c.kind === 'numeric') for (const r of c.refs) max = Math.max(max, Number(r.label));
  const n = String(max + 1);
  const marker = `${pad}[${n}]`;
  const rel = relativeName(source.path, draftPath);
  const dest = /[\s()<>]/.test(rel) ? `<${rel}>` : rel;
  const title = source.meta.title ? ` "${source.meta.title.replace(/"/g, '\\"').replace(/\s+/g, ' ')}"` : '';
  const text = draft.text;
  const lastDef = draft.definitions.filter((d) => /^\d+$/.test(d.label)).sort((a, b) => b.range.end - a.range.end)[0];
  const defLine = `[${n}]: ${dest}${title}`;
  let defEdit: TextEditOffsets;
  const trailing = /\s*$/.exec(text)!;
  if (lastDef && text.slice(lastDef.range.end).trim() === '') {
    // Keep the definitions together: add the new one straight after the last.
    defEdit = { start: lastDef.range.end, end: lastDef.range.end, newText: `\n${defLine}` };
  } else if (offset >= trailing.index) {
    // The cursor is in the trailing white space: one edit writes the marker and the new definition block.
    return { marker, edits: [{ start: offset, end: text.length, newText: `${marker}\n\n${defLine}\n` }] };
  } else {
    defEdit = { start: trailing.index, end: text.length, newText: `\n\n${defLine}\n` };
  }
  if (defEdit.start < offset) {
    // The cursor is after the definitions (unusual); the edits must still be in document order.
    return { marker, edits: [defEdit, { start: offset, end: offset, newText: marker }] };
  }
  return { marker, edits: [{ start: offset, end: offset, newText: marker }, defEdit] };
}
