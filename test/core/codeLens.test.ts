import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, slice } from '../helpers/memoryWorkspace';
import { parseDraft } from '../../server/src/core/draft/parseDraft';

const SOURCES = {
  'sources/port.md': '---\ntitle: Port traffic report\nid: port\n---\n\nThe port handled 4.2 million containers last year, a record.\n\nStaff numbers were stable at 800.\n',
  'sources/ferry.md': '---\ntitle: Ferry timetable\nid: ferry\n---\n\nThe ferry runs every 40 minutes.\n',
  'sources/broken.json': '{"no": "article"}',
};
const DRAFT = [
  'The port handled 4.2 million containers last year [1]. Staff numbers were stable at 800 [1].',
  'The mayor owns three yachts and a castle on the moon [1].',
  'See [the report][2] and [3].',
  '',
  '[1]: ../sources/port.md',
  '[2]: ../sources/ferry.md',
  '[3]: ../sources/broken.json',
  '[4]: ../sources/ferry.md',
  '[1]: ../sources/ferry.md',
  '',
].join('\n');

test('a lens above each definition: how often it is cited, and how many of the sentences are supported once judged', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': DRAFT });
  const path = ROOT + '/drafts/d.md';
  const before = s.definitionLenses(path);
  assert.deepEqual(
    before.map((l) => `${slice(DRAFT, l.range).split(':')[0]} ${l.title}`),
    ['[1] cited 3 times · being judged', '[2] not cited · linked once', '[3] cited once · the source cannot be read', '[4] not cited'],
  );
  assert.deepEqual(before[0].locations.map((l) => slice(DRAFT, l.range)), ['1', '1', '1']);
  s.claims(path);
  const [one] = s.definitionLenses(path);
  assert.equal(one.title, 'cited 3 times · supported 2 of 3');
});

test('a change to a source the draft does not cite keeps its lenses judged; a change to one it cites asks for judging again', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': DRAFT });
  const path = ROOT + '/drafts/d.md';
  s.claims(path);
  assert.equal(s.claimsComplete(path), true);
  // Another source appears (a new file in sources/, or another draft's target loaded): the verdicts stand.
  s.setSource(ROOT + '/sources/tides.md', '---\ntitle: Tide tables\n---\n\nHigh tide is at noon.\n');
  assert.equal(s.claimsComplete(path), true);
  assert.equal(s.definitionLenses(path)[0].title, 'cited 3 times · supported 2 of 3');
  // The cited source changes: its sentences wait for judging again, and are judged anew.
  s.setSource(ROOT + '/sources/port.md', '---\ntitle: Port traffic report\nid: port\n---\n\nThe port handled 4.2 million containers last year.\n');
  assert.equal(s.claimsComplete(path), false);
  assert.equal(s.definitionLenses(path)[0].title, 'cited 3 times · being judged');
  s.claims(path);
  assert.equal(s.definitionLenses(path)[0].title, 'cited 3 times · supported 1 of 3');
});

test('with claim support off, the lens only counts', () => {
  const s = workspace({ ...SOURCES, 'drafts/d.md': DRAFT }, { support: { enabled: false } });
  assert.equal(s.definitionLenses(ROOT + '/drafts/d.md')[0].title, 'cited 3 times');
});

test('the lens of a source file: how many drafts cite it, and where', () => {
  const s = workspace(SOURCES);
  const drafts = [
    { path: ROOT + '/drafts/a.md', model: parseDraft('Containers [1]. Again [1].\n\n[1]: ../sources/port.md\n') },
    { path: ROOT + '/drafts/b.md', model: parseDraft('As @port says [@port].\n') },
    { path: ROOT + '/drafts/c.md', model: parseDraft('Nothing here.\n') },
  ];
  const lens = s.sourceLens(ROOT + '/sources/port.md', drafts)!;
  assert.equal(lens.title, 'cited by 2 drafts · 4 citations');
  assert.deepEqual(lens.locations.map((l) => l.path.slice(ROOT.length + 1)), ['drafts/a.md', 'drafts/a.md', 'drafts/b.md', 'drafts/b.md']);
  assert.equal(s.sourceLens(ROOT + '/sources/ferry.md', drafts)!.title, 'not cited by any draft');
  assert.equal(s.sourceLens(ROOT + '/drafts/a.md', drafts), undefined);
});
