/**
 * Citation completion as the writer types a marker: after `@` (pandoc keys: `[@`, `[see @`,
 * `; @`, in-text `@`) every source is offered by its id; after `[` in a numeric draft, every
 * source is offered as its number, reusing the number already defined for it or taking the
 * next free one, with the new reference definition added at the end of the draft in the same
 * edit. The order is the host's (see `CompletionContext.sources`): the sources that best back the
 * sentence at the cursor, then those cited most recently, then the rest by title. What is typed
 * after `@` filters them by id, title, author, publisher, year and full text (`textMatches`).
 * The list is cheap: each item documents the source's opening text, and carries what identifies
 * it (`CompletionResolveData`); the passage that backs the sentence is worked out only for the item
 * the writer looks at (`completionItem/resolve`, `resolvedDocumentation`).
 */
import type { DraftModel } from './draft/parseDraft';
import type { CitationStyle } from './config';
import { planInsertCitation, resolveStyle, pandocKey, type TextEditOffsets } from './insertCitation';
import type { SourceRecord } from './sources/sourceTypes';
import { clip, escapeMarkdown, squash } from './text';

export interface CitationCompletion {
  label: string;
  /** Who published it and when; for a numeric marker also whether it adds a definition. */
  detail: string;
  /** Markdown: the title, who published it and when, and the opening text, escaped (the passage comes on resolve: `resolvedDocumentation`). */
  documentation: string;
  /** What resolving the item needs: its source, and for the sources ranked for the sentence, the sentence. */
  data: CompletionResolveData;
  filterText: string;
  sortText: string;
  /** Replaces what was typed of the marker. */
  edit: TextEditOffsets;
  /** A new reference definition, elsewhere in the draft. */
  additionalEdits: TextEditOffsets[];
  /**
   * With snippet support, the marker edit may carry the new definition after the cursor's final
   * place (when the cursor is at the end of the draft, where no separate edit can go): `edit.newText`
   * is then a snippet.
   */
  snippet: boolean;
  sourcePath: string;
}

export type CompletionSite = { kind: 'pandoc' | 'numeric'; start: number; end: number };

/**
 * What identifies a completion item for `completionItem/resolve` (plain data a client hands back):
 * the source, and the sentence being written when the source is ranked for it (only then may a
 * passage of it back the sentence).
 */
export interface CompletionResolveData {
  source: string;
  sentence?: string;
}

/** Whether `x` (handed back by a client) has the shape of CompletionResolveData. */
export function isCompletionResolveData(x: unknown): x is CompletionResolveData {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return typeof d.source === 'string' && (d.sentence === undefined || typeof d.sentence === 'string');
}

export interface CompletionContext {
  draftPath: string;
  draft: DraftModel;
  offset: number;
  /** What is being typed there (see completionSite). */
  site: CompletionSite;
  /**
   * Sources in order: the best matches for the sentence first, then those cited most recently,
   * then the rest by title. The first `leading` are the ranked ones (support, then recency); among
   * the rest, those matching what was typed by id, title, author, publisher or year come before
   * those matching it only by their full text.
   */
  sources: Iterable<SourceRecord>;
  leading?: number;
  /** The sources (paths) whose full text matches what was typed after `@` (SourceIndex.searchText). */
  textMatches?: ReadonlySet<string>;
  /** The title an item shows: sources sharing a title get their file name (see `displayTitles`). */
  displayTitle?: (source: SourceRecord) => string;
  roots: string[];
  snippetSupport: boolean;
  /** The sentence being written (what a marker there backs), and the sources ranked for it: their items carry it for resolve. */
  sentence?: { text: string; ranked: ReadonlySet<SourceRecord> };
}

const KEY_CHAR = /[\p{L}\p{N}_:.#$%&+?<>~/{}-]/u;

/** What is being typed at `offset`: a pandoc key after `@`, or a numeric marker after `[`. */
export function completionSite(draft: DraftModel, offset: number, style: CitationStyle): CompletionSite | undefined {
  const text = draft.text;
  if (offset < 0 || offset > text.length) return undefined;
  if (draft.excluded.some((r) => offset > r.start && offset < r.end)) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  let end = offset;
  const key = /(?:^|[\s[;(-])@([\p{L}\p{N}_:.#$%&+?<>~/{}-]*)$/u.exec(before);
  // In a numeric draft, "@" in running text is a handle, not a citation: keys only inside brackets.
  const inBrackets = before.lastIndexOf('[') > before.lastIndexOf(']');
  if (key && (inBrackets || resolveStyle(draft, style) === 'pandoc')) {
    while (end < text.length && KEY_CHAR.test(text[end])) end++;
    return { kind: 'pandoc', start: offset - key[1].length, end };
  }
  const numeric = /(?<![!\\])\[(\d*)$/.exec(before);
  if (numeric && resolveStyle(draft, style) === 'numeric') {
    while (end < text.length && /\d/.test(text[end])) end++;
    // The editor's auto-closed "]" is part of what the marker replaces.
    if (text[end] === ']') end++;
    return { kind: 'numeric', start: offset - numeric[0].length, end };
  }
  return undefined;
}

/** Who published a source and when: "Harbour Gazette · Craig Nash · 2026-03-02". */
function byline(s: SourceRecord): string {
  return [s.meta.publisher, s.meta.author, s.meta.date].filter(Boolean).join(' · ');
}

const leadDocs = new WeakMap<SourceRecord, string>();
/**
 * An item's documentation (markdown, source text escaped): the title, who published the source and
 * when, then `passage` (the passage that backs the sentence being written) or else the opening text.
 * What a resolved item shows; a listed item shows it without a passage.
 */
export function resolvedDocumentation(s: SourceRecord, passage: string | undefined): string {
  if (!passage) {
    // Without a passage it is the same on every request: kept per record.
    let doc = leadDocs.get(s);
    if (doc === undefined) leadDocs.set(s, (doc = documentationOf(s, undefined)));
    return doc;
  }
  return documentationOf(s, passage);
}

function documentationOf(s: SourceRecord, passage: string | undefined): string {
  const parts = [`**${escapeMarkdown(s.meta.title ?? s.id)}**`];
  if (byline(s)) parts.push(escapeMarkdown(byline(s)));
  if (passage) parts.push(`For this sentence: “${escapeMarkdown(clip(squash(passage), 300))}”`);
  else if (s.lead) parts.push(escapeMarkdown(clip(squash(s.lead), 240)));
  if (!s.readable) parts.push('*This source cannot be read.*');
  return parts.join('\n\n');
}

const findWordsOf = new WeakMap<SourceRecord, { words: string; lower: string }>();
/** Words a writer may type to find a source: its id, title, author, publisher and year (kept per record, with their lower case). */
function findWords(s: SourceRecord): { words: string; lower: string } {
  let f = findWordsOf.get(s);
  if (!f) {
    const words = [s.id, s.meta.title, s.meta.author, s.meta.publisher, /\b\d{4}\b/.exec(s.meta.date ?? '')?.[0]].filter(Boolean).join(' ');
    findWordsOf.set(s, (f = { words, lower: words.toLowerCase() }));
  }
  return f;
}

/**
 * Titles shared by several of `sources` get their file name, so that no two items read the same.
 * A host holding many sources computes this once per version of its index.
 */
export function displayTitles(sources: Iterable<SourceRecord>): (source: SourceRecord) => string {
  const count = new Map<string, number>();
  for (const s of sources) count.set(s.meta.title ?? s.id, (count.get(s.meta.title ?? s.id) ?? 0) + 1);
  return (s) => {
    const t = s.meta.title ?? s.id;
    return (count.get(t) ?? 0) > 1 ? `${t} (${s.path.slice(s.path.lastIndexOf('/') + 1)})` : t;
  };
}

/** Snippet syntax treats `$`, `}` and `\` specially. */
function snippetText(s: string): string {
  return s.replace(/[$}\\]/g, (c) => '\\' + c);
}

/** At most this many items per request; the client asks again as the writer types more. */
export const COMPLETION_LIMIT = 100;

/**
 * The completion items at `ctx.offset`, best first, filtered by what was typed (a key's start,
 * a number's digits) and capped at COMPLETION_LIMIT.
 */
export function citationCompletions(ctx: CompletionContext): CitationCompletion[] {
  const site = ctx.site;
  const typedAsIs = ctx.draft.text.slice(site.start, ctx.offset);
  const typed = typedAsIs.toLowerCase();
  const sortText = (i: number) => String(i).padStart(5, '0');
  const data = (src: SourceRecord): CompletionResolveData =>
    ctx.sentence?.text && ctx.sentence.ranked.has(src) ? { source: src.path, sentence: ctx.sentence.text } : { source: src.path };
  if (site.kind === 'pandoc') {
    const matching = typed ? pandocMatches(ctx, typed) : take(ctx.sources, COMPLETION_LIMIT);
    const titles = ctx.displayTitle ?? displayTitles(matching);
    return matching.map((s, i) => {
      const key = pandocKey(s.id);
      return {
        label: key,
        detail: [titles(s), byline(s)].filter(Boolean).join(' — '),
        documentation: resolvedDocumentation(s, undefined),
        data: data(s),
        // VS Code filters and ranks the items by how the word typed matches this text (before sortText, and on
        // its first 128 characters): starting it with what was typed keeps the items a full-text search found,
        // all scored alike, so the list stays in this order. The server is asked again as the writer types on.
        filterText: `${typedAsIs ? typedAsIs + ' ' : ''}${key} ${findWords(s).words}`,
        sortText: sortText(i),
        edit: { start: site.start, end: site.end, newText: key },
        additionalEdits: [],
        snippet: false,
        sourcePath: s.path,
      };
    });
  }
  // What was typed ("[", "[3", an auto-closed "]") is replaced; it is no citation to number from.
  const draft = { ...ctx.draft, citations: ctx.draft.citations.filter((c) => c.range.end <= site.start || c.range.start >= site.end) };
  const digits = typed.replace(/^\[/, '');
  const out: CitationCompletion[] = [];
  const sources = ctx.displayTitle ? ctx.sources : [...ctx.sources];
  const titles = ctx.displayTitle ?? displayTitles(sources);
  let i = -1;
  for (const s of sources) {
    i++;
    if (out.length >= COMPLETION_LIMIT) break;
    const plan = planInsertCitation(ctx.draftPath, draft, site.start, s, 'numeric', ctx.roots);
    const markerAt = plan.edits.findIndex((e) => e.start === site.start && e.end === site.start && e.newText === plan.marker);
    let edit: TextEditOffsets = { start: site.start, end: site.end, newText: plan.marker };
    let snippet = false;
    const additionalEdits: TextEditOffsets[] = [];
    for (const e of plan.edits.filter((_, j) => j !== markerAt)) {
      if (e.start > site.end || e.end < site.start) additionalEdits.push(e);
      else {
        // The new definition goes where the marker ends (the cursor is at the end of the draft): one edit
        // writes both, the cursor left after the marker when the client takes snippets.
        const definition = e.newText.replace(/\s+$/, '');
        edit = ctx.snippetSupport
          ? { start: site.start, end: site.end, newText: `${snippetText(plan.marker)}$0${snippetText(definition)}` }
          : { start: site.start, end: site.end, newText: plan.marker + definition };
        snippet = ctx.snippetSupport;
      }
    }
    const n = plan.marker.trim();
    if (digits && !n.slice(1).startsWith(digits)) continue;
    const title = titles(s);
    out.push({
      label: `${n} ${title}`,
      detail: [byline(s), plan.reused ? `already defined as ${n}` : `adds the definition ${n}: ${s.id}`].filter(Boolean).join(' — '),
      documentation: resolvedDocumentation(s, undefined),
      data: data(s),
      filterText: `[${n.slice(1, -1)} ${findWords(s).words}`,
      sortText: sortText(i),
      edit,
      additionalEdits,
      snippet,
      sourcePath: s.path,
    });
  }
  return out;
}

/**
 * The sources matching what was typed after `@`, at most COMPLETION_LIMIT, in the host's order,
 * except that past the ranked ones (`leading`) a match by id, title, author, publisher or year
 * comes before one by full text only.
 */
function pandocMatches(ctx: CompletionContext, typed: string): SourceRecord[] {
  const leading = ctx.leading ?? 0;
  const text = ctx.textMatches;
  const first: SourceRecord[] = [];
  const byText: SourceRecord[] = [];
  let i = -1;
  for (const s of ctx.sources) {
    i++;
    if (findWords(s).lower.includes(typed)) first.push(s);
    else if (text?.has(s.path)) (i < leading ? first : byText).push(s);
    else continue;
    if (first.length >= COMPLETION_LIMIT) break;
  }
  return [...first, ...byText].slice(0, COMPLETION_LIMIT);
}

function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const x of items) if (out.push(x) >= n) break;
  return out;
}
