import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspace, ROOT } from './memoryWorkspace';
import type { CitedDiagnostic } from '../../server/src/core/diagnostics';

/** A one-sentence draft citing one page, judged to the end: the service, the draft's path and text, and its diagnostics. */
export function judgedSentence(sentence: string, page: string, file = 'p.md'): { service: ReturnType<typeof workspace>; path: string; draft: string; diagnostics: CitedDiagnostic[] } {
  const draft = `${sentence} [1]\n\n[1]: ../sources/${file}\n`;
  const service = workspace({ [`sources/${file}`]: page, 'drafts/d.md': draft });
  const path = `${ROOT}/drafts/d.md`;
  while (!service.judge(path, 1000).complete);
  return { service, path, draft, diagnostics: service.diagnostics(path) };
}

/** The warnings and errors on a one-sentence draft citing one page, judged to the end: "code: message" each. */
export function warnings(sentence: string, page: string): string[] {
  return warningsOf(sentence, 'p.md', page);
}

/** The same for a source saved as `file` (an HTML page, a JSON export, plain text: its extension says how it is read). */
export function warningsOf(sentence: string, file: string, source: string): string[] {
  return judgedSentence(sentence, source, file)
    .diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error')
    .map((d) => `${d.code}: ${d.message}`);
}

/** Each case's one-sentence draft is warned of (a warning or an error) exactly when the case says it is wrong. */
export function expectWarned(cases: [id: string, page: string, sentence: string, wrong: boolean][]): void {
  for (const [id, page, sentence, wrong] of cases) {
    const w = warnings(sentence, page);
    assert.equal(w.length > 0, wrong, `${id}: ${sentence}\n${w.join('\n')}`);
  }
}

/**
 * The ids of a review's cases (`[{id, page, sentence, wrong}]`, a JSON file under test/fixtures) judged otherwise than
 * labelled: a faithful sentence warned, or a wrong one not. Sorted, to compare with a test's list of known ones.
 */
export function judgedOtherwise(fixture: string): string[] {
  const cases: { id: string; wrong: boolean; page: string; sentence: string }[] = JSON.parse(readFileSync(path.join(__dirname, '../fixtures', fixture), 'utf8'));
  return cases.filter((c) => warnings(c.sentence, c.page).length > 0 !== c.wrong).map((c) => c.id).sort();
}
