import assert from 'node:assert/strict';
import { workspace, ROOT } from './memoryWorkspace';

/** The warnings and errors on a one-sentence draft citing one page, judged to the end: "code: message" each. */
export function warnings(sentence: string, page: string): string[] {
  const s = workspace({ 'sources/p.md': page, 'drafts/d.md': `${sentence} [1]\n\n[1]: ../sources/p.md\n` });
  const path = `${ROOT}/drafts/d.md`;
  while (!s.judge(path, 1000).complete);
  return s
    .diagnostics(path)
    .filter((d) => d.severity === 'warning' || d.severity === 'error')
    .map((d) => `${d.code}: ${d.message}`);
}

/** Each case's one-sentence draft is warned of (a warning or an error) exactly when the case says it is wrong. */
export function expectWarned(cases: [id: string, page: string, sentence: string, wrong: boolean][]): void {
  for (const [id, page, sentence, wrong] of cases) {
    const w = warnings(sentence, page);
    assert.equal(w.length > 0, wrong, `${id}: ${sentence}\n${w.join('\n')}`);
  }
}
