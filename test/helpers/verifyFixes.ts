/**
 * Checks every figure and quote quick fix a draft is offered: the fix is applied to the draft,
 * and the text it writes must be in a cited source verbatim, the line's quote marks must stay
 * balanced, and the draft checked again must no longer have that problem there.
 */
import assert from 'node:assert/strict';
import { workspace, ROOT } from './memoryWorkspace';
import { readSource, sourceText } from '../../server/src/core/sources/readSource';
import { normalizeForQuote, quoteInText } from '../../server/src/core/support/quotes';
import type { CitedDiagnostic } from '../../server/src/core/diagnostics';

export interface CheckedFix {
  code: string;
  line: number;
  before: string;
  replacement: string;
  /** The draft's line after the fix. */
  after: string;
}

const QUOTE_MARKS = /["“”„«»]/g;

/** Straight double quotes pair up, and typographic ones open and close alike. */
export function balancedQuotes(line: string): boolean {
  const straight = (line.match(/"/g) ?? []).length;
  const open = (line.match(/[“„«]/g) ?? []).length;
  const close = (line.match(/[”»]/g) ?? []).length;
  return straight % 2 === 0 && open === close;
}

/**
 * Applies each number-mismatch and quote-not-found fix of the draft at `draft` (a key of `files`)
 * on its own and asserts that it writes only verified text. Returns the fixes checked.
 */
export function verifyFixes(files: Record<string, string>, draft: string): CheckedFix[] {
  const service = workspace(files);
  const path = ROOT + '/' + draft;
  const text = files[draft];
  const diags = service.diagnostics(path);
  const out: CheckedFix[] = [];
  for (const d of diags) {
    if ((d.code !== 'number-mismatch' && d.code !== 'quote-not-found') || !d.data?.replacement) continue;
    const replacement = d.data.replacement;
    const fixed = text.slice(0, d.range.start) + replacement + text.slice(d.range.end);
    const line = text.slice(0, d.range.start).split('\n').length;
    const after = fixed.split('\n')[line - 1];
    const where = `line ${line}: ${JSON.stringify(after)}`;
    assert.ok(balancedQuotes(after), `quote marks unbalanced after the fix, ${where}`);
    assert.ok(!QUOTE_MARKS.test(replacement), `the replacement brings quote marks of its own, ${where}`);
    QUOTE_MARKS.lastIndex = 0;
    // The text written is in a source the sentence cites, word for word.
    const sources = citedSourceTexts(files, service, d);
    if (d.code === 'number-mismatch') {
      const want = normalizeForQuote(replacement);
      assert.ok(sources.some((s) => normalizeForQuote(s).includes(want)), `"${replacement}" is not in the cited source verbatim, ${where}`);
    } else {
      assert.ok(sources.some((s) => quoteInText(replacement, normalizeForQuote(s))), `"${replacement}" is not a quotation the cited source holds, ${where}`);
    }
    // Checked again, the sentence no longer has the problem where the fix wrote.
    const again = workspace({ ...files, [draft]: fixed }).diagnostics(path);
    const end = d.range.start + replacement.length;
    const still = again.filter((x) => x.code === d.code && x.range.start < end && x.range.end > d.range.start);
    assert.deepEqual(still.map((x) => x.message), [], `the fix did not fix it, ${where}`);
    out.push({ code: d.code, line, before: text.slice(d.range.start, d.range.end), replacement, after });
  }
  return out;
}

/** The extracted texts of the sources the diagnostic's sentence cites (its related locations first, then every source). */
function citedSourceTexts(files: Record<string, string>, _service: unknown, d: CitedDiagnostic): string[] {
  const paths = [...new Set(d.related.map((r) => r.path))];
  const all = Object.keys(files).filter((p) => ('/' + p).includes('/sources/')).map((p) => ROOT + '/' + p);
  const chosen = paths.length ? paths : all;
  return chosen.map((p) => sourceText(readSource(p, files[p.slice(ROOT.length + 1)])).text);
}
