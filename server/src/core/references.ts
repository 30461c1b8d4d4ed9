/**
 * Find All References: the source named at a place (a marker, a reference definition, or anywhere
 * in the source file itself), and every place a draft cites it. The host hands in the drafts (those
 * it holds, and those it read from disk); this module only reads them.
 */
import type { DraftModel } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import type { OffsetRange } from './text';
import { Resolver, type Resolution } from './resolve';
import { citationAt } from './hover';

export interface ReferenceLocation {
  path: string;
  range: OffsetRange;
}

export function sourcePathOf(r: Resolution): string | undefined {
  return r.status === 'ok' || r.status === 'unreadable' ? r.source.path : undefined;
}

/**
 * The source whose citations are asked for: the file itself when `path` is a source (whatever the
 * offset), else the source the marker or definition at `offset` of the draft names.
 */
export function referenceTarget(args: { path: string; draft?: DraftModel; sources: SourceIndex; roots: string[] }, offset: number): string | undefined {
  if (args.sources.get(args.path)) return args.path;
  const draft = args.draft;
  if (!draft) return undefined;
  const resolver = new Resolver(args.path, draft, args.sources, args.roots);
  const citation = citationAt(draft, offset);
  if (citation) {
    const ref = citation.refs.find((r) => offset >= r.range.start && offset <= r.range.end) ?? citation.refs[0];
    return ref ? sourcePathOf(resolver.resolve(citation, ref)) : undefined;
  }
  const def = draft.definitions.find((d) => offset >= d.range.start && offset <= d.range.end);
  return def ? sourcePathOf(resolver.resolveDefinition(def)) : undefined;
}

/** Where one draft cites `sourcePath`: its markers, and with `includeDeclaration` the definitions that point to it. */
export function citesIn(sourcePath: string, draftPath: string, model: DraftModel, sources: SourceIndex, roots: string[], includeDeclaration = true): OffsetRange[] {
  const r = new Resolver(draftPath, model, sources, roots);
  const out: OffsetRange[] = [];
  if (includeDeclaration) for (const d of model.definitions) if (sourcePathOf(r.resolveDefinition(d)) === sourcePath) out.push(d.range);
  for (const c of model.citations) for (const ref of c.refs) if (sourcePathOf(r.resolve(c, ref)) === sourcePath) out.push(ref.range);
  return out.sort((a, b) => a.start - b.start);
}

/** Every place the drafts cite `target`, drafts in path order. */
export function provideReferences(
  target: string,
  drafts: { path: string; model: DraftModel }[],
  sources: SourceIndex,
  roots: string[],
  includeDeclaration = true,
): ReferenceLocation[] {
  return [...drafts]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((d) => citesIn(target, d.path, d.model, sources, roots, includeDeclaration).map((range) => ({ path: d.path, range })));
}
