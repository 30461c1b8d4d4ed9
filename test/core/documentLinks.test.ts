import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, slice } from '../helpers/memoryWorkspace';

const SOURCES = {
  'sources/port.md': '---\ntitle: Port traffic report\nurl: https://board.example/report\n---\n\nThe port handled 4.2 million containers.\n',
  'sources/broken.json': '{"no": "article"}',
};

test('each definition target that names a source is a link to its file; missing and unsaved targets are not', () => {
  const text = [
    'Claims [1][2][3][4][5].',
    '',
    '[1]: ../sources/port.md "Port"',
    '[2]: https://board.example/report',
    '[3]: ../sources/gone.md',
    '[4]: https://nowhere.example/page',
    '[5]: <../sources/broken.json>',
    '',
  ].join('\n');
  const s = workspace({ ...SOURCES, 'drafts/d.md': text });
  const links = s.documentLinks(ROOT + '/drafts/d.md');
  assert.deepEqual(
    links.map((l) => [slice(text, l.range), l.target.slice(ROOT.length + 1), l.tooltip]),
    [
      ['../sources/port.md', 'sources/port.md', 'Open Port traffic report'],
      ['https://board.example/report', 'sources/port.md', 'Open the saved copy: Port traffic report'],
      ['<../sources/broken.json>', 'sources/broken.json', 'Open broken'],
    ].map(([written, target, tooltip]) => [written, target, tooltip]),
  );
});

test('a definition pointing outside the workspace gets no link', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': 'Claim [1].\n\n[1]: ../../../etc/passwd\n' });
  assert.deepEqual(s.documentLinks(ROOT + '/drafts/d.md'), []);
});
