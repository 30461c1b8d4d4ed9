/**
 * Rename a pandoc key: the source's `id` (a markdown source's front matter, or the `id` field of a
 * JSON export) and every `@key` that cites it in the drafts given, as one set of edits.
 *
 * What can be renamed: a key in a pandoc citation (`[@key]`, `[see @key, p. 2]`, `[-@key]`,
 * `@{key}`) or an in-text `@key`, that exactly one source has. A markdown source whose key is its
 * file name gets an `id:` line (front matter is added when it has none). Refused, with a reason:
 * a numbered marker (renumbered, not renamed), a key no source has, a key two sources share, and a
 * key that is the file name of a source that is not markdown (no place to write an id without
 * rewriting the file), or whose front matter does not parse.
 */
import type { DraftModel } from './draft/parseDraft';
import type { Citation, CitationRef } from './draft/citationScanner';
import type { SourceIndex } from './sources/sourceIndex';
import { fileStem, type SourceRecord } from './sources/sourceTypes';
import type { TextEditOffsets } from './insertCitation';
import type { OffsetRange } from './text';
import { escapeRegExp } from './text';

/** A valid pandoc key, written bare. */
const KEY_RE = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*$/u;
const FRONT_MATTER_RE = /^(\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export interface RenameTarget {
  /** The key's range in the draft, without "@" or braces. */
  range: OffsetRange;
  key: string;
  source: SourceRecord;
  /** The edit of the source file (offsets into its raw text) that writes the new id, as a function of it. */
  sourceEdit: (newKey: string) => TextEditOffsets;
}

export type PrepareRename = RenameTarget | { error: string };

export interface FileEdits {
  path: string;
  /** Offsets into the draft's text, or into the source file's raw text; in document order. */
  edits: TextEditOffsets[];
}

/** The key under `offset` in a draft, and the source it renames; or why nothing can be renamed there. */
export function prepareKeyRename(draft: DraftModel, offset: number, sources: SourceIndex, roots: string[] = []): PrepareRename {
  const citation = draft.citations.find((c) => offset >= c.range.start && offset <= c.range.end);
  if (!citation) return { error: 'Nothing to rename here: put the cursor on a pandoc key such as @smith2020.' };
  if (citation.kind === 'numeric') {
    return { error: 'A numbered marker has no key to rename; to renumber the markers in order, run "Cited: Renumber Citations".' };
  }
  const ref = citation.refs.find((r) => offset >= r.range.start && offset <= r.range.end) ?? (citation.refs.length === 1 ? citation.refs[0] : undefined);
  if (!ref) return { error: 'Nothing to rename here: put the cursor on one of the keys.' };
  const range = keyRange(draft.text, citation, ref);
  if (!range) return { error: `Cannot find the key "${ref.label}" in the text.` };
  const found = sources.getById(ref.label);
  if (found.length === 0) return { error: `No source has the key "${ref.label}", so there is nothing to rename. Add a source with this id, or cite another key.` };
  const name = (s: SourceRecord) => displayPath(s.path, roots);
  if (found.length > 1) {
    return { error: `${found.length} sources have the key "${ref.label}" (${found.map(name).join(', ')}): give one of them its own id before renaming.` };
  }
  const source = found[0];
  const sourceEdit = idEdit(source);
  if ('error' in sourceEdit) return { error: sourceEdit.error.replace('{name}', name(source)) };
  return { range, key: ref.label, source, sourceEdit: sourceEdit.edit };
}

/** Why `newKey` cannot replace `target.key`, or undefined when it can. */
export function checkNewKey(target: RenameTarget, newKey: string, sources: SourceIndex, roots: string[] = []): string | undefined {
  if (!KEY_RE.test(newKey)) {
    return `"${newKey}" is not a pandoc key: use letters, digits and "_", with ":.#$%&+?<>~/-" only between them.`;
  }
  const taken = sources.getById(newKey).filter((s) => s.path !== target.source.path);
  if (taken.length) return `The key "${newKey}" is already the id of ${displayPath(taken[0].path, roots)}.`;
  return undefined;
}

/**
 * The edits that rename `target` to `newKey`: the source's id, and every citation of the key in
 * `drafts` (the service's drafts and those read from disk, each once). Empty when the key is unchanged.
 */
export function planKeyRename(target: RenameTarget, newKey: string, drafts: { path: string; model: DraftModel }[]): FileEdits[] {
  if (newKey === target.key) return [];
  const out: FileEdits[] = [{ path: target.source.path, edits: [target.sourceEdit(newKey)] }];
  for (const d of [...drafts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const edits: TextEditOffsets[] = [];
    for (const c of d.model.citations) {
      if (c.kind === 'numeric') continue;
      for (const r of c.refs) {
        if (r.label !== target.key) continue;
        const range = keyRange(d.model.text, c, r);
        if (range) edits.push({ ...range, newText: newKey });
      }
    }
    if (edits.length) out.push({ path: d.path, edits });
  }
  return out;
}

/** The key itself inside a reference's range (`@key`, `-@key`, `@{key}`). */
function keyRange(text: string, citation: Citation, ref: CitationRef): OffsetRange | undefined {
  const at = text.indexOf('@', ref.range.start);
  if (at === -1 || at >= ref.range.end || at >= citation.range.end) return undefined;
  const start = text.charAt(at + 1) === '{' ? at + 2 : at + 1;
  const end = start + ref.label.length;
  return text.slice(start, end) === ref.label ? { start, end } : undefined;
}

/** Where the source's id is written, as the edit that rewrites it; or why it cannot be. */
function idEdit(source: SourceRecord): { edit: (key: string) => TextEditOffsets } | { error: string } {
  const raw = source.raw;
  if (source.format === 'markdown') {
    const fm = FRONT_MATTER_RE.exec(raw);
    if (fm) {
      if (source.problems.some((p) => p.kind === 'repaired' && /front matter/i.test(p.message))) {
        return { error: 'The front matter of {name} does not parse, so its id cannot be written: fix it first.' };
      }
      const bodyStart = fm[0].indexOf('\n') + 1;
      const idLine = /^(id[ \t]*:[ \t]*)(["']?)(.*?)\2[ \t]*(?:#.*)?$/m.exec(fm[2]);
      if (idLine) {
        const valueStart = bodyStart + idLine.index + idLine[1].length;
        const valueEnd = valueStart + idLine[2].length * 2 + idLine[3].length;
        if (idLine[3].trim() !== source.id) return { error: `The id in the front matter of {name} is not written as plain text ("${idLine[3]}"); edit it by hand.` };
        return { edit: (key) => ({ start: valueStart, end: valueEnd, newText: yamlScalar(key) }) };
      }
      if (source.id !== fileStem(source.path)) return { error: 'Cannot find where the id of {name} is written; edit it by hand.' };
      return { edit: (key) => ({ start: bodyStart, end: bodyStart, newText: `id: ${yamlScalar(key)}\n` }) };
    }
    const at = raw.startsWith('\uFEFF') ? 1 : 0;
    const eol = raw.includes('\r\n') ? '\r\n' : '\n';
    return { edit: (key) => ({ start: at, end: at, newText: `---${eol}id: ${yamlScalar(key)}${eol}---${eol}${eol}` }) };
  }
  if (source.id === fileStem(source.path)) {
    return { error: `The key "${source.id}" is the file name of {name}, which has no id to rename: give it an "id" field, or rename the file.` };
  }
  // A JSON export (or a text file holding one): its "id" field, written once.
  const written = JSON.stringify(source.id);
  const re = new RegExp(`"id"\\s*:\\s*(${escapeRegExp(written)})`, 'g');
  const hits = [...raw.matchAll(re)];
  if (hits.length !== 1) return { error: 'Cannot find where the id of {name} is written; edit it by hand.' };
  const start = hits[0].index! + hits[0][0].length - written.length;
  return { edit: (key) => ({ start, end: start + written.length, newText: JSON.stringify(key) }) };
}

/** A key as a YAML value: plain when YAML reads it back as the same string, else double-quoted. */
function yamlScalar(key: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.-]*$/u.test(key) && !/^(true|false|yes|no|on|off|null)$/i.test(key) ? key : JSON.stringify(key);
}

/** A path relative to the workspace root that holds it, else as it is. */
function displayPath(path: string, roots: string[]): string {
  const root = roots.find((r) => path.startsWith(r + '/'));
  return root ? path.slice(root.length + 1) : path;
}
