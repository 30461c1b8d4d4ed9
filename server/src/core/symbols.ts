/**
 * Symbols: a draft's claims by marker (the outline, Go to Symbol in Editor), and the workspace's
 * sources found by title, author and id (Go to Symbol in Workspace).
 */
import type { DraftModel } from './draft/parseDraft';
import type { SourceRecord } from './sources/sourceTypes';
import type { ClaimEntry } from './support/claimChecks';
import type { OffsetRange } from './text';
import { clip, foldDiacritics, squash } from './text';

export interface DocumentSymbolData {
  /** The markers, then the start of the sentence: `[1][2] The council approved…`. */
  name: string;
  /** The sources cited, and the verdict once judged. */
  detail: string;
  /** The sentence (with its markers). */
  range: OffsetRange;
  /** The first marker. */
  selectionRange: OffsetRange;
}

/** One symbol per cited sentence (a reference link's label cites nothing, so it is none), in document order. */
export function provideDocumentSymbols(draft: DraftModel, claims: ClaimEntry[]): DocumentSymbolData[] {
  const out: DocumentSymbolData[] = [];
  for (const e of claims) {
    const cites = e.citations.filter((c) => !c.link);
    if (cites.length === 0) continue;
    const markers = cites.map((c) => squash(draft.text.slice(c.range.start, c.range.end))).join('');
    const titles = e.sources.map((s) => squash(s.meta.title ?? s.id));
    const verdict = e.result ? `${e.result.verdict} · ` : '';
    const start = Math.min(e.claim.range.start, cites[0].range.start);
    const end = Math.max(e.claim.range.end, cites[cites.length - 1].range.end);
    out.push({
      name: `${markers} ${clip(squash(e.claim.text), 60)}`,
      detail: verdict + (titles.length ? titles.join('; ') : 'no source found'),
      range: { start, end },
      selectionRange: cites[0].range,
    });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

export interface WorkspaceSymbolData {
  /** Title, author and id, so an editor that filters by name keeps what was found by any of them. */
  name: string;
  path: string;
  /** Publisher and date. */
  detail: string;
}

const fold = (s: string) => foldDiacritics(s.toLowerCase());

/**
 * Sources whose title, author, publisher or id hold every word of `query` (case and diacritics
 * aside); those whose title or id starts with the query first, then by title. At most `limit`.
 */
export function provideWorkspaceSymbols(sources: Iterable<SourceRecord>, query: string, limit = 200): WorkspaceSymbolData[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const q = fold(query.trim());
  const hits: { record: SourceRecord; rank: number; title: string }[] = [];
  for (const record of sources) {
    const title = squash(record.meta.title ?? record.id);
    const hay = fold(`${title} ${record.meta.author ?? ''} ${record.meta.publisher ?? ''} ${record.id}`);
    if (!words.every((w) => hay.includes(w))) continue;
    const rank = q && (fold(title).startsWith(q) || fold(record.id).startsWith(q)) ? 0 : 1;
    hits.push({ record, rank, title });
  }
  const collator = new Intl.Collator();
  hits.sort((a, b) => a.rank - b.rank || collator.compare(a.title, b.title) || collator.compare(a.record.path, b.record.path));
  return hits.slice(0, limit).map(({ record, title }) => ({
    name: [title, record.meta.author && squash(record.meta.author), `@${record.id}`].filter(Boolean).join(' · '),
    path: record.path,
    detail: [record.meta.publisher, record.meta.date].filter(Boolean).map((s) => squash(s!)).join(' · '),
  }));
}
