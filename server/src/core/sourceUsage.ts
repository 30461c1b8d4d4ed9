/**
 * For the Sources view: how often each source is cited, and by how many drafts, across the drafts
 * given (the service's own and those the host read from disk), with the marks a writer needs to
 * see (unused, unreadable, repaired).
 */
import type { DraftModel } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import type { SourceRecord } from './sources/sourceTypes';
import { Resolver } from './resolve';

export interface SourceUsage {
  path: string;
  format: SourceRecord['format'];
  /** Markers (each reference of a group or list counts) that resolve to the source. */
  citations: number;
  /** Drafts that cite it. */
  drafts: number;
  /** Why the source cannot be read, when it cannot. */
  unreadable?: string;
  /** What was repaired to read it (invalid JSON, bytes that are not UTF-8), when anything was. */
  repaired?: string;
}

export function sourceUsage(drafts: { path: string; model: DraftModel }[], sources: SourceIndex, roots: string[]): SourceUsage[] {
  const counts = new Map<string, { citations: number; drafts: Set<string> }>();
  for (const d of drafts) {
    const resolver = new Resolver(d.path, d.model, sources, roots);
    for (const c of d.model.citations) {
      if (c.link || c.ambiguous) continue;
      for (const ref of c.refs) {
        const res = resolver.resolve(c, ref);
        if (res.status !== 'ok' && res.status !== 'unreadable') continue;
        let n = counts.get(res.source.path);
        if (!n) counts.set(res.source.path, (n = { citations: 0, drafts: new Set() }));
        n.citations++;
        n.drafts.add(d.path);
      }
    }
  }
  return sources.all().map((s) => {
    const n = counts.get(s.path);
    const usage: SourceUsage = { path: s.path, format: s.format, citations: n?.citations ?? 0, drafts: n?.drafts.size ?? 0 };
    const unreadable = s.problems.find((p) => p.kind === 'unreadable');
    const repaired = s.problems.find((p) => p.kind === 'repaired');
    if (!s.readable) usage.unreadable = unreadable?.message ?? 'The source cannot be read.';
    if (repaired) usage.repaired = repaired.message;
    return usage;
  });
}
