/** Diagnostics for one draft: markers, definitions and the sources they point to. */
import { makeDiagnostic, type CitedDiagnostic } from './diagnostics';
import type { DraftModel } from './draft/parseDraft';
import { Resolver } from './resolve';
import type { SourceIndex } from './sources/sourceIndex';
import type { CitationStyle } from './config';
import { relativeName } from './names';
import { MAX_NESTING } from './draft/nesting';
import { fileOf } from './sources/sourceTypes';
import { checkLocator } from './sources/documentSource';
import { claimFor } from './claims';

export interface CheckContext {
  draftPath: string;
  draft: DraftModel;
  sources: SourceIndex;
  roots: string[];
  style: CitationStyle;
}

export function checkDraft(ctx: CheckContext): CitedDiagnostic[] {
  const { draft, draftPath } = ctx;
  const out: CitedDiagnostic[] = [];
  const resolver = new Resolver(draftPath, draft, ctx.sources, ctx.roots);
  const pandocInUse = ctx.style === 'pandoc' || (ctx.style === 'auto' && usesPandoc(draft));
  const hasNumericDefs = draft.definitions.some((d) => /^\d+$/.test(d.label));
  const used = new Set<string>();

  for (const p of draft.problems) out.push(makeDiagnostic('invalid-front-matter', p.range, p.message));

  for (const d of draft.deepLines) {
    out.push(makeDiagnostic('nesting-too-deep', d.range, `This line nests ${d.depth} levels of block quotes and lists, more than ${MAX_NESTING}: too deep to check, so Cited skips it and its markers.`));
  }

  for (const m of draft.malformed) {
    const d = makeDiagnostic('malformed-citation', m.range, m.message);
    if (m.replacement) d.data = { replacement: m.replacement };
    out.push(d);
  }

  for (const citation of draft.citations) {
    for (const ref of citation.refs) {
      const range = citation.refs.length > 1 ? ref.range : citation.range;
      const r = resolver.resolve(citation, ref);
      if (r.status !== 'undefined' && 'definition' in r && r.definition) used.add(r.definition.identifier);
      else if (citation.kind === 'numeric') used.add(ref.label);
      const rel = (path: string) => relativeName(path, draftPath);
      const defInfo = 'definition' in r && r.definition ? [{ path: draftPath, range: r.definition.range, message: `Definition of [${r.definition.label}]` }] : [];
      switch (r.status) {
        case 'undefined':
          if (citation.ambiguous) {
            const word = /[\p{L}\p{N}_]+$/u.exec(draft.text.slice(Math.max(0, citation.range.start - 40), citation.range.start))?.[0] ?? '';
            out.push(
              makeDiagnostic(
                'ambiguous-citation',
                range,
                `[${ref.label}] is glued to "${word}" and has no reference definition, so it may be ordinary text rather than a citation. If it cites a source, add a line "[${ref.label}]: path/to/source.md" (and a space before the marker); if it is not a citation, put it in backticks.`,
              ),
            );
          } else if (citation.kind === 'numeric') {
            out.push(
              makeDiagnostic(
                'undefined-citation',
                range,
                hasNumericDefs
                  ? `[${ref.label}] has no reference definition in this draft. Add a line "[${ref.label}]: path/to/source.md".`
                  : `[${ref.label}] has no reference definition: this draft defines no numbered sources. Add lines like "[${ref.label}]: sources/file.md" at its end.`,
              ),
            );
          } else if (citation.kind === 'pandoc' || pandocInUse) {
            out.push(makeDiagnostic('undefined-citation', ref.range, `No source has the id "${ref.label}". Give a source that id in its front matter, name the file ${ref.label}.md, or add an entry with that key to a bibliography.`));
          }
          break;
        case 'missing':
          out.push(makeDiagnostic('missing-source', range, `[${ref.label}] points to ${rel(r.path)}, which does not exist. ${r.reason === 'The file does not exist.' ? '' : r.reason}`.trim(), defInfo));
          break;
        case 'unreadable': {
          if (r.source.format === 'bibliography') {
            out.push(makeDiagnostic('unreadable-source', range, `${label(citation.kind, ref.label)} points to ${rel(r.source.path)}, a bibliography: cite its entries by key, e.g. [@key].`, defInfo));
            break;
          }
          const problem = r.source.problems.find((p) => p.kind === 'unreadable');
          out.push(
            makeDiagnostic('unreadable-source', range, `Source ${label(citation.kind, ref.label)} (${rel(r.source.path)}) cannot be read: ${problem?.message ?? 'no text found.'}`, [
              ...defInfo,
              { path: fileOf(r.source), range: problem?.range, message: problem?.message ?? 'Unreadable source' },
            ]),
          );
          break;
        }
        case 'no-saved-copy':
          out.push(makeDiagnostic('no-saved-copy', range, `[${ref.label}] links to ${r.url}, and no saved source has that url, so the claim cannot be checked. Save the page into a sources folder with "url:" in its front matter.`, defInfo));
          break;
        case 'ok':
          if (ref.locator && r.source.units?.kind === 'page') {
            const problem = checkLocator(r.source, ref.locator, claimFor(draft, citation).text);
            if (problem?.code === 'page-not-found') out.push(makeDiagnostic('page-not-found', ref.range, `${label(citation.kind, ref.label)}, ${ref.locator}: ${problem.message}`, defInfo));
            else if (problem?.code === 'wrong-page') out.push(makeDiagnostic('wrong-page', ref.range, problem.message, [...defInfo, { path: fileOf(r.source), message: `Page ${problem.pageName} of ${rel(fileOf(r.source))}` }]));
          }
          if (r.source.metadataOnly) {
            out.push(
              makeDiagnostic(
                'metadata-only',
                range,
                `${label(citation.kind, ref.label)} (${rel(r.source.path)}) is metadata only: the entry has no abstract, note or attached file, so the sentence cannot be checked against it. Attach the file (Better BibTeX's "file" field) or add an abstract.`,
                [{ path: fileOf(r.source), range: undefined, message: `Entry ${ref.label}` }],
              ),
            );
          }
          break;
        case 'pending':
        case 'outside': // reported once, on the definition, below
          break;
      }
    }
  }

  // Definition lines glued to the paragraph above: one report per run, at its first line.
  let runEnd = -1;
  const glued = draft.definitions.filter((d) => d.gluedTo);
  for (let k = 0; k < glued.length; k++) {
    const def = glued[k];
    const lineStart = draft.lines.offsetAt({ line: draft.lines.positionAt(def.range.start).line, character: 0 });
    if (lineStart > runEnd + 1) {
      // The run: this definition and the glued ones after it up to a blank line.
      let n = 1;
      while (k + n < glued.length && !draft.text.slice(glued[k + n - 1].range.end, glued[k + n].range.start).includes('\n\n')) n++;
      out.push(makeDiagnostic(
        'definition-in-paragraph',
        def.range,
        `${n > 1 ? `These ${n} reference definitions are` : 'This reference definition is'} read as part of the ${def.gluedTo} above, because no blank line separates ${n > 1 ? 'them' : 'it'}: markdown shows ${n > 1 ? 'them' : 'it'} as ${def.gluedTo === 'table' ? 'table rows' : 'text'}. Cited uses ${n > 1 ? 'them' : 'it'}; add a blank line before this line.`,
      ));
    }
    runEnd = def.range.end;
  }

  // Prose glued under a table: one report per run, at its first line.
  for (const run of draft.proseRows) {
    const first = draft.lines.positionAt(run.start).line;
    const more = draft.lines.positionAt(run.end).line - first;
    const lineEnd = draft.text.indexOf('\n', run.start);
    out.push(makeDiagnostic(
      'paragraph-in-table',
      { start: run.start, end: lineEnd === -1 || lineEnd > run.end ? run.end : lineEnd },
      `${more > 0 ? `This line and the ${more} below it are` : 'This line is'} read as ${more > 0 ? 'rows' : 'a row'} of the table above, because no blank line separates ${more > 0 ? 'them' : 'it'}: markdown previews show ${more > 0 ? 'them' : 'it'} inside the table. Cited reads ${more > 0 ? 'them' : 'it'} as a paragraph; add a blank line before this line.`,
    ));
  }

  const seen = new Map<string, (typeof draft.definitions)[number]>();
  for (const def of draft.definitions) {
    const first = seen.get(def.identifier);
    if (first) {
      out.push(
        makeDiagnostic('duplicate-definition', def.range, `[${def.label}] is defined more than once; the first definition (line ${draft.lines.positionAt(first.range.start).line + 1}) is the one used.`, [
          { path: draftPath, range: first.range, message: `First definition of [${def.label}]` },
        ]),
      );
      continue;
    }
    seen.set(def.identifier, def);
    const target = resolver.resolveDefinition(def);
    if (target.status === 'outside') {
      out.push(makeDiagnostic(
        'outside-workspace',
        def.urlRange,
        `[${def.label}] points to ${relativeName(target.path, draftPath)}, outside the workspace, so it is not read.${target.reason ? ' ' + target.reason : ''} Move the file into the workspace, or allow sources from elsewhere with the setting cited.allowSourcesOutsideWorkspace (cited --allow-outside).`,
      ));
    }
    if (!/^\d+$/.test(def.label)) continue;
    if (!used.has(def.identifier)) {
      const d = makeDiagnostic('unused-definition', def.range, `[${def.label}] is defined but never cited.`);
      d.unnecessary = true;
      out.push(d);
      if (target.status === 'missing') out.push(makeDiagnostic('missing-source', def.urlRange, `[${def.label}] points to ${relativeName(target.path, draftPath)}, which does not exist.`));
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

function label(kind: string, l: string): string {
  return kind === 'numeric' ? `[${l}]` : `@${l}`;
}

/** Auto style: a draft uses pandoc citations when it has a bracketed `[@key]` or a bibliography in its front matter. */
export function usesPandoc(draft: DraftModel): boolean {
  return draft.citations.some((c) => c.kind === 'pandoc') || 'bibliography' in draft.frontMatter;
}
