import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { parseDraft } from '../../server/src/core/draft/parseDraft';
import { entryLine } from '../../server/src/core/referencesSection';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council minutes\nauthor: City Clerk\npublisher: City of Port Alder\ndate: 2026-09-14\nurl: https://city.example/minutes\nid: minutes\n---\n\nThe council voted 6 to 1.\n',
  'sources/memo.json': '{ "title": "Finance memo", "publisher": "Finance Dept", "content": "The reserve holds $41 million." }',
  'sources/odd.md': '---\ntitle: "A [4] *bold* <script>alert(1)</script> @key title"\nurl: "javascript:alert(1)"\n---\n\nText.\n',
};

/** Runs the command on `text` and returns the new text (and checks that a second run changes nothing). */
function generate(files: Record<string, string>, draft: string): string {
  const s = workspace({ ...files, 'drafts/d.md': draft });
  const plan = s.referencesSection(ROOT + '/drafts/d.md')!;
  assert.ok(plan.edit, 'an edit');
  const out = draft.slice(0, plan.edit.start) + plan.edit.newText + draft.slice(plan.edit.end);
  s.setDraft(ROOT + '/drafts/d.md', out);
  assert.equal(s.referencesSection(ROOT + '/drafts/d.md')!.edit, undefined, 'a second run changes nothing');
  return out;
}

test('numeric draft: the list goes before the trailing definitions, in order of first citation', () => {
  const draft = 'The memo [2]. The vote [1][2]. Missing [3]. Undefined [9].\n\n[1]: ../sources/minutes.md\n[2]: ../sources/memo.json\n[3]: ../sources/gone.md\n';
  assert.equal(
    generate(SOURCES, draft),
    'The memo [2]. The vote [1][2]. Missing [3]. Undefined [9].\n\n## References\n\n' +
      '- \\[2\\] *Finance memo*. Finance Dept\n' +
      '- \\[1\\] *Council minutes*. City Clerk, City of Port Alder, 2026-09-14. <https://city.example/minutes>\n' +
      '- \\[3\\] ../sources/gone.md (missing)\n\n' +
      '[1]: ../sources/minutes.md\n[2]: ../sources/memo.json\n[3]: ../sources/gone.md\n',
  );
});

test('the generated list holds no citation, link or HTML of its own', () => {
  const out = generate(SOURCES, 'Odd [@odd] and [@minutes].\n');
  const section = out.slice(out.indexOf('## References'));
  assert.equal(section, '## References\n\n- *A \\[4\\] \\*bold\\* \\<script\\>alert(1)\\</script\\> \\@key title*. javascript:alert(1)\n- *Council minutes*. City Clerk, City of Port Alder, 2026-09-14. <https://city.example/minutes>\n');
  const model = parseDraft(out);
  // Only the two citations written by the writer remain.
  assert.equal(model.citations.length, 2);
});

test('an existing section is updated in place, up to the next heading; pandoc keys one entry per source', () => {
  const draft = 'A [@minutes]. B [see @memo; @minutes].\n\n## References\n\n- stale entry [@minutes]\n\n## Notes\n\nMore.\n';
  assert.equal(
    generate(SOURCES, draft),
    'A [@minutes]. B [see @memo; @minutes].\n\n## References\n\n- *Council minutes*. City Clerk, City of Port Alder, 2026-09-14. <https://city.example/minutes>\n- *Finance memo*. Finance Dept\n\n## Notes\n\nMore.\n',
  );
});

test('a draft with no trailing definitions gets the section at its end; CRLF drafts keep CRLF', () => {
  assert.equal(generate(SOURCES, 'Only [@memo].'), 'Only [@memo].\n\n## References\n\n- *Finance memo*. Finance Dept\n');
  assert.equal(generate(SOURCES, 'Only [1].\r\n\r\n[1]: ../sources/memo.json\r\n'), 'Only [1].\r\n\r\n## References\r\n\r\n- \\[1\\] *Finance memo*. Finance Dept\r\n\r\n[1]: ../sources/memo.json\r\n');
});

test('nothing cited: no edit', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': 'No citations here.\n' });
  const plan = s.referencesSection(ROOT + '/drafts/d.md')!;
  assert.deepEqual(plan, { entries: [] });
});

test('a url with no saved copy is listed as its address', () => {
  assert.equal(entryLine({ label: '5', kind: 'numeric', title: 'https://x.example/a', url: 'https://x.example/a', problem: 'no saved copy' }), '- \\[5\\] <https://x.example/a>');
});
