/**
 * One source file's contents read as `CitedLanguageService.setSource` reads them, wherever it runs
 * (the server's thread, or its judging thread while the server indexes): a bibliography, or a JSON
 * file that is CSL-JSON, is a group of sources (its entries); any other file is one record, with the
 * host's problems (invalid UTF-8 replaced) before its own.
 */
import { readBibliography, type BibliographyRead } from './bibliography';
import { formatOf, readSource, withProblems } from './readSource';
import type { SourceProblem, SourceRecord } from './sourceTypes';

export function readSourceFile(path: string, raw: string, problems: SourceProblem[] = []): { group: BibliographyRead } | { record: SourceRecord } {
  const format = formatOf(path);
  const bib = format === 'bibliography' || format === 'json' ? readBibliography(path, raw) : undefined;
  if (bib) return { group: problems.length ? { ...bib, container: { ...bib.container, problems: [...problems, ...bib.container.problems] } } : bib };
  return { record: withProblems(readSource(path, raw), problems) };
}
