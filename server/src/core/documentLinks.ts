/**
 * Document links on the targets of a draft's reference definitions (`[1]: ../sources/file.md`):
 * the destination opens the source file, or the saved copy of a web address. A file that is
 * missing, or outside the folders sources may come from, gets no link.
 */
import { fileOf } from './sources/sourceTypes';
import type { DraftModel } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import type { OffsetRange } from './text';
import { definitionTarget, Resolver } from './resolve';
import { squash } from './text';

export interface DocumentLinkData {
  /** The destination as written in the definition. */
  range: OffsetRange;
  /** The absolute path of the file it opens. */
  target: string;
  tooltip: string;
}

export function provideDocumentLinks(args: { path: string; draft: DraftModel; sources: SourceIndex; roots: string[] }): DocumentLinkData[] {
  const resolver = new Resolver(args.path, args.draft, args.sources, args.roots);
  const out: DocumentLinkData[] = [];
  for (const def of args.draft.definitions) {
    const r = resolver.resolveDefinition(def);
    if (r.status !== 'ok' && r.status !== 'unreadable') continue;
    const title = squash(r.source.meta.title ?? r.source.id);
    const byUrl = definitionTarget(args.path, def.url, args.roots).kind === 'url';
    out.push({ range: def.urlRange, target: fileOf(r.source), tooltip: byUrl ? `Open the saved copy: ${title}` : `Open ${title}` });
  }
  return out;
}
