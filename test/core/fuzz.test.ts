/**
 * Malformed drafts and sources never make the core throw: 150 generated workspaces (fixed seed, so a
 * failure reproduces) built from the pieces real drafts break with (split and cut-off markers, stray
 * quotes and pipes, unclosed HTML and fences, front matter, glued definitions, NULs, BOMs, CRLF), each
 * run through every request the server and the CLI make.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { reportMarkdown } from '../../server/src/core/report';

const DRAFT_PIECES = ['[1]', '[2]', '[1][2]', '[', ']', '[\n', '\n1]', '[@a]', '[@b; @a]', '@a', '[-@a]', '[]', '[@]', '[3-1]', 'Mr. ', 'U.S. ', '"', '“', '”', '. ', '? ', '\n', '\n\n', '| a | b |\n|---|---|\n', '| x |', '|', '- ', '1. ', '> ', '# ', '```\n', '`', '<div>', '</div>', '<!--', '-->', '$4.5 million', '30%', '2032', 'non-exclusive', 'exclusive', 'not', 'said', 'according to', 'The council voted', 'bridge', '\t', '    ', '---\n', 'title: x\n', '[1]: ../sources/s1.md\n', '[2]: ../sources/s2.json\n', '[3]: https://x.example/a\n', '[^1]', '[^1]: note\n', '*', '_', '…', '[…]', '\u0000', '\r\n', '\uFEFF', '😀', 'é', '\u200b'];
const SOURCE_PIECES = ['The council voted 6 to 1 to approve $48 million. ', '"We cannot keep patching," said Mayor Lind. ', 'Mr. Lee met Ms. Park. ', 'non-exclusive licence through 2032. ', '<p>', '</p>', '{', '}', '"content": "', '\n\n', '---\n', 'id: a\n', 'url: https://x.example/a\n', '# Title\n'];

test('150 generated malformed workspaces: diagnostics, claims, report, hover, definition, suggestions, insert, completion, references and definition fixes never throw', () => {
  let seed = 20261123;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const gen = (parts: string[], n: number) => Array.from({ length: n }, () => pick(parts)).join(pick(['', ' ', 'word ']));
  let withCitations = 0;
  let completions = 0;
  for (let i = 0; i < 150; i++) {
    const draft = gen(DRAFT_PIECES, 5 + Math.floor(rnd() * 80));
    const s1 = gen(SOURCE_PIECES, Math.floor(rnd() * 30));
    const s2 = pick(['{"title": "A", "content": "<p>' + gen(SOURCE_PIECES, 10) + '</p>"}', gen(SOURCE_PIECES, 20), '']);
    const where = `case ${i}: ${JSON.stringify(draft)}`;
    assert.doesNotThrow(() => {
      const s = workspace({ 'sources/s1.md': s1, 'sources/s2.json': s2, 'sources/a.md': '---\nid: a\n---\n' + s1, 'drafts/d.md': draft });
      const p = ROOT + '/drafts/d.md';
      s.diagnostics(p);
      if (s.claims(p).length) withCitations++;
      reportMarkdown(s, p);
      for (let k = 0; k <= draft.length; k += Math.max(1, Math.floor(draft.length / 20))) {
        s.hover(p, k);
        s.definition(p, k);
        s.suggestCitations(p, k);
        s.insertCitation(p, k, ROOT + '/sources/s1.md');
        s.references(p, k);
        s.definitionSuggestions(p, k);
        for (const c of s.completions(p, k, k % 2 === 0)) {
          completions++;
          // Every completion edit covers the cursor, on one line, and its other edits do not overlap it.
          assert.ok(c.edit.start <= k && k <= c.edit.end && !draft.slice(c.edit.start, c.edit.end).includes('\n'), where);
          for (const e of c.additionalEdits) assert.ok(e.end < c.edit.start || e.start > c.edit.end, where);
        }
      }
      s.sourceDiagnostics(ROOT + '/sources/s2.json');
    }, where);
  }
  // The generator does reach the claim checker, not only the marker scanner.
  assert.ok(withCitations > 50, String(withCitations));
  assert.ok(completions > 20, String(completions));
});
