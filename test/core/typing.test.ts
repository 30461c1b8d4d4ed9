import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { editEnd, holdBackTyping, isBeingTyped, mayBeTypingAt } from '../../server/src/core/typing';

const SOURCES = { 'sources/port.md': '---\ntitle: Port traffic report\n---\n\nThe port handled 4.2 million containers.\n' };
const PATH = ROOT + '/drafts/d.md';

/** The codes shown when the last edit turned `before` into `after`. */
function shownAfter(before: string, after: string): { shown: string[]; all: string[] } {
  const s = workspace({ ...SOURCES, 'drafts/d.md': after });
  const all = s.structuralDiagnostics(PATH);
  const { shown } = holdBackTyping(all, s.draftModel(PATH)!, editEnd(before, after));
  return { shown: shown.map((d) => d.code), all: all.map((d) => d.code) };
}

const BASE = 'The port handled 4.2 million containers [1].\nStaff were stable.\n\n[1]: ../sources/port.md\n';

test('a "[" just typed at the end of a line is not reported while the cursor is at it', () => {
  const typed = BASE.replace('stable.', 'stable [');
  const r = shownAfter(BASE, typed);
  assert.deepEqual(r.all, ['malformed-citation']);
  assert.deepEqual(r.shown, []);
  // A space typed after it: still being typed.
  assert.deepEqual(shownAfter(typed, typed.replace('stable [', 'stable [ ')).shown, []);
});

test('an empty marker the editor closed, and a number not defined yet, are held while the cursor is in them', () => {
  assert.deepEqual(shownAfter(BASE, BASE.replace('stable.', 'stable [].')).shown, []);
  assert.deepEqual(shownAfter(BASE, BASE.replace('stable.', 'stable [@].')).shown, []);
  const two = BASE.replace('stable.', 'stable [2].');
  assert.deepEqual(shownAfter(BASE.replace('stable.', 'stable [].'), two).shown, []);
});

test('once the writer edits elsewhere, the marker is reported', () => {
  const typed = BASE.replace('stable.', 'stable [');
  const elsewhere = typed.replace('The port', 'The big port');
  assert.deepEqual(shownAfter(typed, elsewhere).shown, ['malformed-citation']);
  // A new line after the "[": the writer moved on.
  assert.deepEqual(shownAfter(typed, typed.replace('stable [', 'stable [\n')).shown, ['malformed-citation']);
  // Other problems are never held back: a marker typed elsewhere does not hide an old one.
  const old = BASE.replace('stable.', 'stable [].');
  assert.deepEqual(shownAfter(old, old.replace('The port', 'The big port')).shown, ['malformed-citation']);
});

test('editEnd: the end of the changed run', () => {
  assert.equal(editEnd('abc', 'abXc'), 3);
  assert.equal(editEnd('abc', 'ab'), 2);
  assert.equal(editEnd('aaa', 'aaaa'), 4);
  assert.equal(editEnd('', 'x'), 1);
  assert.equal(editEnd('same', 'same'), 4);
});

test('mayBeTypingAt: true wherever a diagnostic is about a marker being typed (the host checks the draft only then), false in plain prose', () => {
  const cases: [string, string][] = [
    [BASE, BASE.replace('stable.', 'stable [')],
    [BASE, BASE.replace('stable.', 'stable [   ')],
    [BASE, BASE.replace('stable.', 'stable [].')],
    [BASE, BASE.replace('stable.', 'stable [@].')],
    [BASE.replace('stable.', 'stable [].'), BASE.replace('stable.', 'stable [2].')],
    [BASE, BASE.replace('stable.', 'stable [\n')],
    [BASE, BASE.replace('The port', 'The big port')],
    [BASE.replace('stable.', 'stable [].'), BASE.replace('stable.', 'stable [].').replace('The port', 'The big port')],
  ];
  let typing = 0;
  for (const [before, after] of cases) {
    const s = workspace({ ...SOURCES, 'drafts/d.md': after });
    const model = s.draftModel(PATH)!;
    const cursor = editEnd(before, after);
    const held = s.structuralDiagnostics(PATH).some((d) => isBeingTyped(d, model, cursor));
    if (held) {
      typing++;
      assert.ok(mayBeTypingAt(model, cursor), JSON.stringify(after));
    }
  }
  assert.equal(typing, 5, 'the cases above hold back five markers being typed');
  const prose = workspace({ ...SOURCES, 'drafts/d.md': BASE.replace('The port', 'The big port') });
  assert.equal(mayBeTypingAt(prose.draftModel(PATH)!, editEnd(BASE, BASE.replace('The port', 'The big port'))), false);
});
