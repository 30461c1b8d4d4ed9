import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, cursor, slice } from '../helpers/memoryWorkspace';

const SOURCES = {
  'sources/port.md': '---\ntitle: Port traffic report\nid: port\nurl: https://board.example/report\n---\n\nThe weather was mild.\n\nThe port handled 4.2 million containers last year, a record.\n',
};

function definition(marked: string) {
  const { text, offset } = cursor(marked);
  const s = workspace({ ...SOURCES, 'drafts/d.md': text });
  return { text, def: s.definition(ROOT + '/drafts/d.md', offset) };
}

test('on a definition line, Go to Definition opens the file it points to', () => {
  for (const at of ['[|1]: ../sources/port.md', '[1]: ../sources/po|rt.md', '[1]: ../sources/port.md "Port tr|affic"']) {
    const { text, def } = definition(`The port handled 4.2 million containers [1].\n\n${at}\n`);
    assert.ok(def, at);
    assert.deepEqual(def.targets, [{ path: ROOT + '/sources/port.md' }], at);
    assert.match(slice(text, def.origin), /^\[1\]: \.\.\/sources\/port\.md/);
  }
});

test('a definition by web address opens the saved copy; a missing file or a page not saved opens nothing', () => {
  assert.deepEqual(definition('Claim [1].\n\n[1]: https://board.example/re|port\n').def!.targets, [{ path: ROOT + '/sources/port.md' }]);
  assert.deepEqual(definition('Claim [1].\n\n[1]: ../sources/go|ne.md\n').def!.targets, []);
  assert.deepEqual(definition('Claim [1].\n\n[1]: https://elsewhere.example/pa|ge\n').def!.targets, []);
});

test('on a pandoc key, bracketed or in the text, Go to Definition opens the source at the passage', () => {
  for (const marked of ['The port handled 4.2 million containers [@po|rt].\n', 'As @po|rt says, the port handled 4.2 million containers [@port].\n']) {
    const { def } = definition(marked);
    assert.equal(def!.targets[0].path, ROOT + '/sources/port.md', marked);
    const raw = SOURCES['sources/port.md'];
    assert.match(raw.slice(def!.targets[0].range!.start, def!.targets[0].range!.end), /^The port handled 4\.2 million containers/, marked);
  }
});

test('nothing to go to off a marker or a definition', () => {
  assert.equal(definition('Pla|in text.\n\n[1]: ../sources/port.md\n').def, undefined);
});
