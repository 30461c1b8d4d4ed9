/**
 * The edit that cites a source at the cursor, in the draft's style: numeric
 * markers reuse the number already defined for the source or take the next
 * free one with a new definition at the end of the draft; pandoc drafts get `[@id]`.
 */
import type { DraftModel } from './draft/parseDraft';
import type { CitationStyle } from './config';
import { definitionTarget } from './resolve';
import { normalizeUrl } from './sources/sourceIndex';
import { isBibliographyEntry, type SourceRecord } from './sources/sourceTypes';
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

/** What numbering a new marker needs to know of a draft, worked out once per draft model (completion plans a marker for every source). */
interface NumericLayout {
  /** The numeric label defined for each source path, and for each (normalised) url. */
  byPath: Map<string, string>;
  byUrl: Map<string, string>;
  /** The highest number defined or cited. */
  max: number;
  /** The end of the last numeric definition, when only white space follows it. */
  lastDefinitionEnd?: number;
  /** Where the draft's trailing white space starts. */
  trailingStart: number;
}

const layouts = new WeakMap<DraftModel, NumericLayout>();

function numericLayout(draftPath: string, draft: DraftModel, roots: string[]): NumericLayout {
  let layout = layouts.get(draft);
  if (layout) return layout;
  const byPath = new Map<string, string>();
  const byUrl = new Map<string, string>();
  let max = 0;
  let last: { end: number } | undefined;
  for (const d of draft.definitions) {
    if (!/^\d+$/.test(d.label)) continue;
    max = Math.max(max, Number(d.label));
    if (!last || d.range.end > last.end) last = { end: d.range.end };
    const t = definitionTarget(draftPath, d.url, roots);
    const map = t.kind === 'path' ? byPath : byUrl;
    const key = t.kind === 'path' ? t.value : normalizeUrl(t.value);
    if (!map.has(key)) map.set(key, d.label);
  }
  for (const c of draft.citations) if (c.kind === 'numeric') for (const r of c.refs) max = Math.max(max, Number(r.label));
  const text = draft.text;
  let trailingStart = text.length;
  while (trailingStart > 0 && /\s/.test(text[trailingStart - 1])) trailingStart--;
  const lastDefinitionEnd = last && last.end >= trailingStart ? last.end : undefined;
  layout = { byPath, byUrl, max, lastDefinitionEnd, trailingStart };
  layouts.set(draft, layout);
  return layout;
}

/** `[n]: ../sources/file.md "Title"`, relative to the draft. */
function definitionLine(draftPath: string, label: string, source: SourceRecord): string {
  const rel = relativeName(source.path, draftPath);
  const dest = /[\s()<>]/.test(rel) ? `<${rel}>` : rel;
  const title = source.meta.title ? ` "${source.meta.title.replace(/"/g, '\\"').replace(/\s+/g, ' ')}"` : '';
  return `[${label}]: ${dest}${title}`;
}

/** The edit that adds a definition line: after the last numeric definition when they end the draft, else as a new block at the end. */
function addDefinition(draft: DraftModel, layout: NumericLayout, line: string): TextEditOffsets {
  if (layout.lastDefinitionEnd !== undefined) return { start: layout.lastDefinitionEnd, end: layout.lastDefinitionEnd, newText: `\n${line}` };
  return { start: layout.trailingStart, end: draft.text.length, newText: `\n\n${line}\n` };
}

/** The edit that defines the numeric label `label` (a marker that has no definition) as `source`. */
export function planDefinition(draftPath: string, draft: DraftModel, label: string, source: SourceRecord, roots: string[]): TextEditOffsets {
  return addDefinition(draft, numericLayout(draftPath, draft, roots), definitionLine(draftPath, label, source));
}

/** One edit that defines several numeric labels at once (`[n]: path "Title"` each, in the order given), as `planDefinition` places one. */
export function planDefinitions(draftPath: string, draft: DraftModel, defs: { label: string; source: SourceRecord }[], roots: string[]): TextEditOffsets {
  const lines = defs.map((d) => definitionLine(draftPath, d.label, d.source)).join('\n');
  return addDefinition(draft, numericLayout(draftPath, draft, roots), lines);
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
  // A bibliography entry is cited by its key, in a numeric draft too: there is no file of its own to define a number as.
  if (style === 'pandoc' || isBibliographyEntry(source)) {
    const marker = `${pad}[@${pandocKey(source.id)}]`;
    return { marker, edits: [{ start: offset, end: offset, newText: marker }] };
  }
  const layout = numericLayout(draftPath, draft, roots);
  const existingLabel = layout.byPath.get(source.path) ?? (source.meta.url ? layout.byUrl.get(normalizeUrl(source.meta.url)) : undefined);
  if (existingLabel) {
    const marker = `${pad}[${existingLabel}]`;
    return { marker, edits: [{ start: offset, end: offset, newText: marker }], reused: existingLabel };
  }
  const n = String(layout.max + 1);
  const marker = `${pad}[${n}]`;
  const text = draft.text;
  const defLine = definitionLine(draftPath, n, source);
  if (layout.lastDefinitionEnd === undefined && offset >= layout.trailingStart) {
    // The cursor is in the trailing white space: one edit writes the marker and the new definition block.
    return { marker, edits: [{ start: offset, end: text.length, newText: `${marker}\n\n${defLine}\n` }] };
  }
  const defEdit = addDefinition(draft, layout, defLine);
  if (defEdit.start < offset) {
    // The cursor is after the definitions (unusual); the edits must still be in document order.
    return { marker, edits: [defEdit, { start: offset, end: offset, newText: marker }] };
  }
  return { marker, edits: [{ start: offset, end: offset, newText: marker }, defEdit] };
}
