/** Resolves the references of a draft's citations to sources. */
import * as posix from 'node:path/posix';
import type { Definition, DraftModel } from './draft/parseDraft';
import type { Citation, CitationRef } from './draft/citationScanner';
import type { SourceIndex } from './sources/sourceIndex';
import type { SourceRecord } from './sources/sourceTypes';

export type Resolution =
  | { status: 'ok'; source: SourceRecord; definition?: Definition; alternatives: number }
  | { status: 'unreadable'; source: SourceRecord; definition?: Definition }
  | { status: 'missing'; path: string; reason: string; definition: Definition }
  | { status: 'pending'; path: string; definition: Definition }
  | { status: 'no-saved-copy'; url: string; definition: Definition }
  | { status: 'undefined' };

export interface Target {
  kind: 'path' | 'url';
  value: string;
}

/** What a definition's destination names: a file (absolute path) or a web address. */
export function definitionTarget(draftPath: string, url: string, roots: string[]): Target {
  const u = url.trim();
  if (/^file:\/\//i.test(u)) return { kind: 'path', value: decodePath(u.replace(/^file:\/\/(localhost)?/i, '')) };
  if (/^[a-z][a-z0-9+.-]*:/i.test(u) && !/^[a-z]:[\\/]/i.test(u)) return { kind: 'url', value: u };
  const clean = decodePath(u.replace(/[?#].*$/, '')).replace(/\\/g, '/');
  if (/^[a-z]:\//i.test(clean)) return { kind: 'path', value: clean };
  if (clean.startsWith('/')) {
    // A leading slash means the workspace root, as in most static-site tools, unless it is already below one.
    const root = roots.find((r) => clean.startsWith(r + '/'));
    return { kind: 'path', value: root || roots.length === 0 ? posix.normalize(clean) : posix.join(roots[0], clean) };
  }
  return { kind: 'path', value: posix.resolve(posix.dirname(draftPath), clean) };
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

export class Resolver {
  private readonly defs = new Map<string, Definition>();
  constructor(
    private readonly draftPath: string,
    private readonly draft: DraftModel,
    private readonly sources: SourceIndex,
    private readonly roots: string[],
  ) {
    for (const d of draft.definitions) if (!this.defs.has(d.identifier)) this.defs.set(d.identifier, d);
  }

  definition(label: string): Definition | undefined {
    return this.defs.get(label.toLowerCase());
  }

  resolve(citation: Citation, ref: CitationRef): Resolution {
    if (citation.kind === 'numeric') {
      const def = this.definition(ref.label);
      return def ? this.resolveDefinition(def) : { status: 'undefined' };
    }
    const found = this.sources.getById(ref.label);
    if (found.length === 0) return { status: 'undefined' };
    const source = found[0];
    return source.readable ? { status: 'ok', source, alternatives: found.length - 1 } : { status: 'unreadable', source };
  }

  resolveDefinition(def: Definition): Resolution {
    const target = definitionTarget(this.draftPath, def.url, this.roots);
    if (target.kind === 'url') {
      const found = this.sources.getByUrl(target.value);
      if (found.length === 0) return { status: 'no-saved-copy', url: target.value, definition: def };
      const source = found[0];
      return source.readable
        ? { status: 'ok', source, definition: def, alternatives: found.length - 1 }
        : { status: 'unreadable', source, definition: def };
    }
    const source = this.sources.get(target.value);
    if (source) return source.readable ? { status: 'ok', source, definition: def, alternatives: 0 } : { status: 'unreadable', source, definition: def };
    const reason = this.sources.missingReason(target.value);
    if (reason !== undefined) return { status: 'missing', path: target.value, reason, definition: def };
    return { status: 'pending', path: target.value, definition: def };
  }
}
