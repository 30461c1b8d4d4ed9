/**
 * The navigation providers (code actions, definition, references, links, symbols, CodeLens, typing)
 * on hostile drafts: they return, with every range inside the text, and their results survive JSON.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { HOSTILE, asText } from '../fuzz/hostile';
import { holdBackTyping } from '../../server/src/core/typing';

const PATH = ROOT + '/drafts/d.md';
const BROKEN = {
  id: 'broken',
  files: {
    ...asText(HOSTILE[0].files),
    'drafts/d.md': '[1]: ../sources/x.md\n[1]: ../sources/y.md\n[@] [] [ \n[\n2] [@{odd key}] [-@] x[0] [1-999] [3]\n[3]: <../sources/a b.md> "t"\n[4]: file:///etc/hostname\n[5]:\n',
  },
};

const within = (text: string, r: { start: number; end: number }) => r.start >= 0 && r.start <= r.end && r.end <= text.length;

for (const h of [HOSTILE.find((x) => x.id === 'a')!, HOSTILE.find((x) => x.id === 'c')!, BROKEN]) {
  test(`navigation providers on hostile input ${h.id}`, () => {
    const files = asText(h.files);
    const s = workspace(files);
    const text = files['drafts/d.md'];
    const diags = s.structuralDiagnostics(PATH);
    const actions = s.codeActions(PATH, diags);
    for (const a of actions) for (const e of a.edits) assert.ok(within(text, e), a.title);
    assert.equal(new Set(actions.map((a) => a.title)).size, actions.length);
    for (const l of s.definitionLenses(PATH)) assert.ok(within(text, l.range) && l.locations.every((x) => within(text, x.range)));
    for (const sym of s.documentSymbols(PATH)) assert.ok(within(text, sym.range) && within(text, sym.selectionRange));
    for (const link of s.documentLinks(PATH)) assert.ok(within(text, link.range));
    const step = Math.max(1, Math.floor(text.length / 60));
    for (let k = 0; k <= text.length; k += step) {
      const def = s.definition(PATH, k);
      if (def) assert.ok(within(text, def.origin));
      for (const r of s.references(PATH, k) ?? []) assert.ok(r.path !== PATH || within(text, r.range));
      assert.ok(holdBackTyping(diags, s.draftModel(PATH)!, k).shown.length <= diags.length);
    }
    JSON.stringify([actions, s.definitionLenses(PATH), s.documentSymbols(PATH), s.documentLinks(PATH), s.workspaceSymbols('the')]);
  });
}
