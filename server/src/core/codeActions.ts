/**
 * Quick fixes for the diagnostics of a draft, as plain data: a title that says what will change,
 * the diagnostics each fixes, and the edits as offsets into the draft. One fixer per diagnostic
 * code (`FIXERS`); a new fix is one more entry there. Titles are unique within one answer.
 */
import * as posix from 'node:path/posix';
import type { DraftModel, Definition } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import type { SourceRecord } from './sources/sourceTypes';
import type { CitedDiagnostic, DiagnosticCode } from './diagnostics';
import type { CitationStyle } from './config';
import type { OffsetRange } from './text';
import { pandocKey, planInsertCitation, type TextEditOffsets } from './insertCitation';
import { citationAt } from './hover';
import { Resolver } from './resolve';
import { relativeName } from './names';
import type { Suggestion } from './support/suggest';

/** A diagnostic a fix is asked for: as the service reported it, or as an editor sent it back. */
export interface FixableDiagnostic {
  code: string;
  range: OffsetRange;
  message?: string;
  data?: CitedDiagnostic['data'];
}

export interface CodeActionData {
  title: string;
  /** LSP's kind names: "quickfix", "source.…". */
  kind: string;
  /** Indexes, into the diagnostics asked about, of those this action fixes. */
  diagnostics: number[];
  /** Edits to the draft, as offsets into its text, in document order and not overlapping. */
  edits: TextEditOffsets[];
  isPreferred?: boolean;
}

/** What the fixers may read: the draft and the workspace, and the service's judged suggestions. */
export interface CodeActionContext {
  path: string;
  draft: DraftModel;
  sources: SourceIndex;
  roots: string[];
  style: CitationStyle;
  /** Sources that back the sentence at `offset` better than what it cites (judged against it). */
  suggestCitations(offset: number): Suggestion[];
  /** Sources that back the sentence around `offset`, whatever it cites (judged against it). */
  sourcesBacking(offset: number): Suggestion[];
  /** For an undefined numbered marker at `offset`: the sources that back the sentences citing it. */
  definitionSuggestions(offset: number): { label: string; suggestions: Suggestion[] } | undefined;
}

/** One fix, before it is tied to the diagnostic it came from. */
export type FixData = Omit<CodeActionData, 'diagnostics'>;
export type Fixer = (ctx: CodeActionContext, d: FixableDiagnostic) => FixData[];

const quickfix = (title: string, edits: TextEditOffsets[], isPreferred?: boolean): FixData => ({ title, kind: 'quickfix', edits, ...(isPreferred ? { isPreferred } : {}) });

const sourceTitle = (s: SourceRecord) => squashTitle(s.meta.title ?? s.id);
function squashTitle(t: string): string {
  const one = t.replace(/\s+/g, ' ').trim();
  return one.length > 70 ? one.slice(0, 69) + '…' : one;
}

/** The whole lines `range` touches, with their line break: for removing a definition. */
function wholeLines(text: string, range: OffsetRange): OffsetRange {
  const start = text.lastIndexOf('\n', range.start - 1) + 1;
  const nl = text.indexOf('\n', Math.max(range.end - 1, range.start));
  return { start, end: nl === -1 ? text.length : nl + 1 };
}

/** The range of a marker with the spaces before it, so removing it leaves no double space ("claim [] ." → "claim."). */
function withSpaceBefore(text: string, range: OffsetRange): OffsetRange {
  let start = range.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  // Keep one space between words: "a [] b" → "a b".
  if (start > 0 && text[start - 1] !== '\n' && /[\p{L}\p{N}]/u.test(text[range.end] ?? '')) start = Math.min(range.start, start + 1);
  return { start, end: range.end };
}

function lineNumber(draft: DraftModel, offset: number): number {
  return draft.lines.positionAt(offset).line + 1;
}

function definitionIn(draft: DraftModel, range: OffsetRange): Definition | undefined {
  return draft.definitions.find((d) => range.start >= d.range.start && range.start <= d.range.end);
}

/** A destination as a writer types it in a definition. */
function destination(path: string, draftPath: string): string {
  const rel = relativeName(path, draftPath);
  return /[\s()<>]/.test(rel) ? `<${rel}>` : rel;
}

/** Cite one of the sources that back the sentence at `at` by writing a marker over `replace` (a cut-off or empty marker). */
function citeInPlace(ctx: CodeActionContext, replace: OffsetRange, verb: string): FixData[] {
  return ctx.sourcesBacking(replace.start).map((sug) => {
    // Planned on the text without the broken marker: the marker takes its place, a new definition goes at the end.
    const plan = planInsertCitation(ctx.path, ctx.draft, replace.start, sug.source, ctx.style, ctx.roots);
    const marker = plan.marker.trimStart();
    const edits = plan.edits.map((e) => (e.start === replace.start && e.end === replace.start && e.newText === plan.marker ? { start: replace.start, end: replace.end, newText: marker } : e));
    return quickfix(`${verb} as ${marker}, citing ${sourceTitle(sug.source)} (score ${sug.score.toFixed(2)})`, edits);
  });
}

const malformed: Fixer = (ctx, d) => {
  const text = ctx.draft.text;
  const m = ctx.draft.malformed.find((x) => x.range.start === d.range.start && x.range.end === d.range.end) ?? ctx.draft.malformed.find((x) => x.range.start === d.range.start);
  const replacement = d.data?.replacement ?? m?.replacement;
  if (replacement) return [quickfix(`Join marker into ${replacement}`, [{ start: d.range.start, end: d.range.end, newText: replacement }], true)];
  if (!m) return [];
  const written = text.slice(m.range.start, m.range.end);
  switch (m.kind) {
    case 'unclosed':
      return [...citeInPlace(ctx, m.range, 'Close the marker'), quickfix('Remove the unclosed "["', [{ ...withSpaceBefore(text, m.range), newText: '' }])];
    case 'empty':
    case 'empty-key':
      return [...citeInPlace(ctx, m.range, 'Fill the empty marker'), quickfix(`Remove the empty marker "${written}"`, [{ ...withSpaceBefore(text, m.range), newText: '' }])];
    default:
      return [];
  }
};

const blankLine: Fixer = (ctx, d) => {
  const at = ctx.draft.text.lastIndexOf('\n', d.range.start - 1) + 1;
  const title = d.code === 'paragraph-in-table' ? 'Insert a blank line after the table' : 'Insert a blank line before the reference definitions';
  return [quickfix(title, [{ start: at, end: at, newText: '\n' }], true)];
};

const verifiedReplacement: Fixer = (_ctx, d) => {
  const r = d.data?.replacement;
  if (!r) return [];
  return d.code === 'number-mismatch'
    ? [quickfix(`Replace with the source's figure: ${r}`, [{ start: d.range.start, end: d.range.end, newText: r }], true)]
    : [quickfix('Replace with the exact quote from the source', [{ start: d.range.start, end: d.range.end, newText: r }])];
};

const betterSource: Fixer = (ctx, d) =>
  ctx
    .suggestCitations(d.range.start)
    // A sentence that ends in a cut-off or empty marker is cited by filling that marker (its own fix), not by a second marker beside it.
    .filter((sug) => !sug.edits.some((e) => ctx.draft.malformed.some((m) => m.kind !== 'split' && e.start >= m.range.start && e.start <= m.range.end)))
    .map((sug) => {
    const marker = markerOf(sug);
    const what = d.code === 'uncited-claim' ? 'Cite' : 'Cite the best-matching source instead:';
    return quickfix(`${what} ${sourceTitle(sug.source)}${marker ? ` as ${marker}` : ''} (score ${sug.score.toFixed(2)})`, sug.edits);
  });

/** The marker a suggestion writes, for its title ("[4]", "[@key]"). */
function markerOf(sug: Suggestion): string | undefined {
  for (const e of sug.edits) {
    const m = /\[(?:\d+|@[^\]]+)\]/.exec(e.newText);
    if (m && !/^\s*\n/.test(e.newText)) return m[0];
  }
  return undefined;
}

const undefinedCitation: Fixer = (ctx, d) => {
  const key = /^-?@\{?([^}]*)\}?$/.exec(ctx.draft.text.slice(d.range.start, d.range.end))?.[1];
  if (key) return similarKeys(ctx, key, d.range);
  const found = ctx.definitionSuggestions(d.range.start);
  if (!found) return [];
  return found.suggestions.map((sug) => quickfix(`Define [${found.label}] as ${sourceTitle(sug.source)} (score ${sug.score.toFixed(2)})`, sug.edits));
};

/** A pandoc key no source has: the ids of sources spelled nearly so (a typo, a year or a word more or less). */
function similarKeys(ctx: CodeActionContext, key: string, range: OffsetRange): FixData[] {
  const k = key.toLowerCase();
  const close: { id: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const s of ctx.sources.all()) {
    const id = s.id;
    if (seen.has(id) || id.toLowerCase() === k) continue;
    seen.add(id);
    const lower = id.toLowerCase();
    const longer = Math.max(lower.length, k.length);
    const [short, long] = lower.length <= k.length ? [lower, k] : [k, lower];
    if (long.startsWith(short)) {
      // One is the other with a part more: a year or a word after a separator, or a few letters.
      if (/^[-_:.]/.test(long.slice(short.length)) || long.length - short.length <= 2) close.push({ id, d: (long.length - short.length) / longer });
      continue;
    }
    const dist = editDistance(lower, k, 4);
    if (dist <= 4 && dist / longer <= 0.34) close.push({ id, d: dist / longer });
  }
  close.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  const at = ctx.draft.text.indexOf('@', range.start);
  return close.slice(0, 3).map(({ id }) => quickfix(`Change @${key} to @${pandocKey(id)}`, [{ start: at + 1, end: range.end, newText: pandocKey(id) }]));
}

/** Levenshtein distance, or `cap + 1` once it is sure to exceed `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** A number glued to a word that no definition backs (`item[2]`): if it is not a citation, it is code. */
const ambiguous: Fixer = (ctx, d) => {
  const text = ctx.draft.text;
  const word = /[\p{L}\p{N}_.]+$/u.exec(text.slice(Math.max(0, d.range.start - 40), d.range.start))?.[0] ?? '';
  const written = text.slice(d.range.start - word.length, d.range.end);
  return [quickfix(`Not a citation: put ${written} in backticks`, [{ start: d.range.start - word.length, end: d.range.end, newText: '`' + written + '`' }])];
};

/** A definition that points at a file that is not there: the sources of that file name elsewhere in the workspace. */
const missingSource: Fixer = (ctx, d) => {
  let def = definitionIn(ctx.draft, d.range);
  if (!def) {
    const c = citationAt(ctx.draft, d.range.start);
    const resolver = new Resolver(ctx.path, ctx.draft, ctx.sources, ctx.roots);
    const ref = c?.refs.find((r) => d.range.start <= r.range.start && r.range.end <= d.range.end) ?? c?.refs[0];
    const res = c && ref ? resolver.resolve(c, ref) : undefined;
    if (res?.status === 'missing') def = res.definition;
  }
  if (!def) return [];
  const resolved = new Resolver(ctx.path, ctx.draft, ctx.sources, ctx.roots).resolveDefinition(def);
  if (resolved.status !== 'missing') return [];
  const name = posix.basename(resolved.path).toLowerCase();
  const same = ctx.sources
    .all()
    .filter((s) => s.path !== resolved.path && posix.basename(s.path).toLowerCase() === name)
    .sort((a, b) => a.path.localeCompare(b.path))
    .slice(0, 5);
  const urlRange = def.urlRange;
  return same.map((s) => {
    const dest = destination(s.path, ctx.path);
    return quickfix(`Point [${def.label}] at ${dest}`, [{ start: urlRange.start, end: urlRange.end, newText: dest }], same.length === 1);
  });
};

const unusedDefinition: Fixer = (ctx, d) => {
  const def = definitionIn(ctx.draft, d.range);
  const label = def ? `[${def.label}]` : '';
  return [quickfix(`Remove the unused definition ${label}`.trim(), [{ ...wholeLines(ctx.draft.text, def?.range ?? d.range), newText: '' }])];
};

/**
 * A label defined twice: the first definition is the one used. When both name the same source,
 * the second goes; when they differ, the writer picks which target the label keeps.
 */
const duplicateDefinition: Fixer = (ctx, d) => {
  const dup = definitionIn(ctx.draft, d.range);
  const first = dup && ctx.draft.definitions.find((x) => x.identifier === dup.identifier && x !== dup && x.range.start < dup.range.start);
  if (!dup || !first) return [quickfix('Remove the duplicate definition', [{ ...wholeLines(ctx.draft.text, d.range), newText: '' }])];
  const text = ctx.draft.text;
  const remove = { ...wholeLines(text, dup.range), newText: '' };
  const resolver = new Resolver(ctx.path, ctx.draft, ctx.sources, ctx.roots);
  const a = resolver.resolveDefinition(first);
  const b = resolver.resolveDefinition(dup);
  const sameSource = (a.status === 'ok' || a.status === 'unreadable') && (b.status === 'ok' || b.status === 'unreadable') && a.source === b.source;
  const firstLine = lineNumber(ctx.draft, first.range.start);
  const dupLine = lineNumber(ctx.draft, dup.range.start);
  if (sameSource || first.url === dup.url) {
    return [quickfix(`Merge the two definitions of [${dup.label}]: remove line ${dupLine}, which names the same source as line ${firstLine}`, [remove], true)];
  }
  // Keep the second's target: the first line takes its destination (and title), the second goes.
  const dupTarget = text.slice(dup.urlRange.start, dup.range.end).trimEnd();
  const firstTargetEnd = text.slice(first.urlRange.start, first.range.end).trimEnd().length + first.urlRange.start;
  return [
    quickfix(`Merge the two definitions of [${dup.label}]: keep ${first.url} (line ${firstLine}), remove line ${dupLine}`, [remove]),
    quickfix(`Merge the two definitions of [${dup.label}]: keep ${dup.url} (line ${dupLine}) in line ${firstLine}'s place`, [{ start: first.urlRange.start, end: firstTargetEnd, newText: dupTarget }, remove]),
  ];
};

/** The fixes for each diagnostic code. A new quick fix is one more entry (or one more fix in an entry). */
export const FIXERS: Partial<Record<DiagnosticCode, Fixer>> = {
  'malformed-citation': malformed,
  'definition-in-paragraph': blankLine,
  'paragraph-in-table': blankLine,
  'number-mismatch': verifiedReplacement,
  'quote-not-found': verifiedReplacement,
  'unsupported-claim': betterSource,
  'weak-support': betterSource,
  'partial-support': betterSource,
  'uncited-claim': betterSource,
  'undefined-citation': undefinedCitation,
  'ambiguous-citation': ambiguous,
  'missing-source': missingSource,
  'unused-definition': unusedDefinition,
  'duplicate-definition': duplicateDefinition,
};

/**
 * The quick fixes for `diagnostics` (those of the draft the editor asks about). Fixes with the same
 * title and the same edits (one fix for two diagnostics) are one action; fixes with the same title
 * and different edits are told apart by the line of their diagnostic.
 */
export function provideCodeActions(ctx: CodeActionContext, diagnostics: FixableDiagnostic[], fixers: Partial<Record<string, Fixer>> = FIXERS): CodeActionData[] {
  const out: (CodeActionData & { line: number })[] = [];
  diagnostics.forEach((d, i) => {
    const fixer = fixers[d.code];
    if (!fixer) return;
    let fixes: FixData[];
    try {
      fixes = fixer(ctx, d);
    } catch {
      // A diagnostic sent back by an editor after the text changed can point anywhere: no fix for it.
      fixes = [];
    }
    for (const f of fixes) {
      if (!f.edits.every((e) => e.start >= 0 && e.start <= e.end && e.end <= ctx.draft.text.length)) continue;
      const same = out.find((a) => a.title === f.title && sameEdits(a.edits, f.edits));
      if (same) {
        if (!same.diagnostics.includes(i)) same.diagnostics.push(i);
        continue;
      }
      out.push({ ...f, diagnostics: [i], line: lineNumber(ctx.draft, d.range.start) });
    }
  });
  // Same title, different edits: say where each applies.
  const count = new Map<string, number>();
  for (const a of out) count.set(a.title, (count.get(a.title) ?? 0) + 1);
  const seen = new Set<string>();
  return out.map(({ line, ...a }) => {
    let title = count.get(a.title)! > 1 ? `${a.title} (line ${line})` : a.title;
    for (let k = 2; seen.has(title); k++) title = `${a.title} (line ${line}, #${k})`;
    seen.add(title);
    return { ...a, title };
  });
}

function sameEdits(a: TextEditOffsets[], b: TextEditOffsets[]): boolean {
  return a.length === b.length && a.every((e, i) => e.start === b[i].start && e.end === b[i].end && e.newText === b[i].newText);
}
