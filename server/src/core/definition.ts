/**
 * Go to Definition: from a marker (numeric, pandoc `[@key]` or in-text `@key`), the cited source at
 * the passage that best backs the sentence; from a reference definition line (`[1]: path`), the
 * file it points to (or the saved copy of its web address). Plain offsets in and out.
 */
import { fileOf } from './sources/sourceTypes';
import type { DraftModel } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import type { OffsetRange } from './text';
import { Resolver } from './resolve';
import { citationAt } from './hover';
import { findEvidence } from './sourcePassage';
import { claimFor } from './claims';

export interface DefinitionTarget {
  path: string;
  /** The passage in the source file; undefined means the start of the file. */
  range?: OffsetRange;
}

export interface DefinitionResult {
  /** What was clicked: the marker, or the whole definition line. */
  origin: OffsetRange;
  targets: DefinitionTarget[];
}

export function provideDefinition(args: { path: string; draft: DraftModel; sources: SourceIndex; roots: string[] }, offset: number): DefinitionResult | undefined {
  const { path, draft } = args;
  const resolver = new Resolver(path, draft, args.sources, args.roots);
  const citation = citationAt(draft, offset);
  if (citation) {
    const claim = claimFor(draft, citation);
    const ref = citation.refs.find((r) => offset >= r.range.start && offset < r.range.end) ?? citation.refs[0];
    const targets: DefinitionTarget[] = [];
    for (const r of ref ? [ref] : []) {
      const res = resolver.resolve(citation, r);
      if (res.status === 'ok') targets.push({ path: fileOf(res.source), range: findEvidence(res.source, claim.text).fileRange });
      else if (res.status === 'unreadable') targets.push({ path: fileOf(res.source) });
    }
    return { origin: citation.range, targets };
  }
  const def = draft.definitions.find((d) => offset >= d.range.start && offset <= d.range.end);
  if (!def) return undefined;
  const res = resolver.resolveDefinition(def);
  const targets = res.status === 'ok' || res.status === 'unreadable' ? [{ path: fileOf(res.source) }] : [];
  return { origin: def.range, targets };
}
