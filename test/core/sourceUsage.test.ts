import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { parseDraft } from '../../server/src/core/draft/parseDraft';

test('each source: how often and by how many drafts it is cited, and its marks (unused, unreadable, repaired)', () => {
  const s = workspace({
    'sources/minutes.md': '---\ntitle: Minutes\nid: minutes\nurl: https://city.example/minutes\n---\n\nThe council voted.\n',
    'sources/memo.json': '{ "title": "Memo", "content": "The reserve holds "41" million." }',
    'sources/empty.json': '{ "nothing": 1 }',
    'sources/unused.md': '# Unused\n\nText.\n',
    'drafts/a.md': 'Vote [1][2]. Again [1, 2]. A link [the minutes][1] is no citation.\n\n[1]: ../sources/minutes.md\n[2]: ../sources/memo.json\n',
    'drafts/b.md': 'By key [@minutes]. By url [7]. Empty [@empty].\n\n[7]: https://city.example/minutes\n',
  });
  const onDisk = { path: ROOT + '/drafts/c.md', model: parseDraft('Closed draft [@memo].\n') };
  const usage = new Map(s.sourceUsage([onDisk]).map((u) => [u.path.slice(ROOT.length + 1), u]));
  assert.deepEqual(
    [...usage].sort().map(([p, u]) => [p, u.format, u.citations, u.drafts, !!u.unreadable, !!u.repaired]),
    [
      ['sources/empty.json', 'json', 1, 1, true, false],
      ['sources/memo.json', 'json', 3, 2, false, true],
      ['sources/minutes.md', 'markdown', 4, 2, false, false],
      ['sources/unused.md', 'markdown', 0, 0, false, false],
    ],
  );
  assert.match(usage.get('sources/empty.json')!.unreadable!, /no article/);
  // A draft the service holds is counted once, from the service's copy.
  assert.equal(s.sourceUsage([{ path: ROOT + '/drafts/a.md', model: parseDraft('') }]).find((u) => u.path.endsWith('minutes.md'))!.citations, 4);
});
