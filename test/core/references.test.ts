import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, cursor } from '../helpers/memoryWorkspace';
import { mayCite, mayCiteRuns, nameRuns } from '../../server/src/core/resolve';

const SOURCES = {
  'sources/minutes.md': '---\ntitle: Council minutes\nid: minutes\nurl: https://city.example/minutes\n---\n\nThe council voted 6 to 1.\n',
  'sources/memo.md': '---\ntitle: Finance memo\nid: memo\n---\n\nThe reserve holds $41 million.\n',
};

test('Find All References on a marker: every marker and definition, in every draft, that cites the same source', () => {
  const a = cursor('The council voted [|1]. The reserve [2]. Again [1][2].\n\n[1]: ../sources/minutes.md\n[2]: ../sources/memo.md\n');
  const b = 'Pandoc style [@minutes; @memo]. By url [7].\n\n[7]: https://city.example/minutes\n';
  const s = workspace({ ...SOURCES, 'drafts/a.md': a.text, 'drafts/b.md': b });
  const refs = s.references(ROOT + '/drafts/a.md', a.offset)!;
  const shown = refs.map((r) => `${r.path.slice(ROOT.length + 1)}:${(r.path.endsWith('a.md') ? a.text : b).slice(r.range.start, r.range.end)}`);
  assert.deepEqual(shown, ['drafts/a.md:1', 'drafts/a.md:1', 'drafts/a.md:[1]: ../sources/minutes.md', 'drafts/b.md:@minutes', 'drafts/b.md:7', 'drafts/b.md:[7]: https://city.example/minutes']);
  // Without the definitions.
  assert.equal(s.references(ROOT + '/drafts/a.md', a.offset, false)!.length, 4);
  // From a definition line, the same places.
  const defAt = a.text.indexOf('[2]: ../sources/memo.md') + 6;
  assert.deepEqual(
    s.references(ROOT + '/drafts/a.md', defAt)!.map((r) => `${r.path.slice(ROOT.length + 1)}@${r.range.start}`),
    [
      `drafts/a.md@${a.text.indexOf('[2]. Again') + 1}`,
      `drafts/a.md@${a.text.indexOf('[2].\n') + 1}`,
      `drafts/a.md@${a.text.indexOf('[2]: ')}`,
      `drafts/b.md@${b.indexOf('@memo')}`,
    ],
  );
});

test('Find All References names nothing on plain text, an undefined marker or a missing source', () => {
  const text = 'Plain text here [9]. Missing [3].\n\n[3]: ../sources/gone.md\n';
  const s = workspace({ ...SOURCES, 'drafts/a.md': text });
  assert.equal(s.references(ROOT + '/drafts/a.md', 3), undefined);
  assert.equal(s.references(ROOT + '/drafts/a.md', text.indexOf('[9]') + 1), undefined);
  assert.equal(s.references(ROOT + '/drafts/a.md', text.indexOf('[3]') + 1), undefined);
});

test('mayCite: a draft that cites a source always names it, and near names do not count', () => {
  const sources = {
    'sources/s12.md': '---\ntitle: Twelve\nid: s12\n---\n\nTwelve.\n',
    'sources/s112.md': '---\ntitle: One twelve\nid: s112\n---\n\nOne twelve.\n',
    'sources/my notes.md': '---\ntitle: Notes\nid: smith\n---\n\nNotes.\n',
    'sources/page.md': '---\ntitle: Page\nid: page\nurl: https://www.example.org/reports/2024/budget/\n---\n\nBudget.\n',
  };
  const drafts: Record<string, string> = {
    'drafts/a.md': 'By file [1].\n\n[1]: ../sources/s112.md\n',
    'drafts/b.md': 'Encoded [1] and keyed [@smith2020].\n\n[1]: ../sources/my%20notes.md\n',
    'drafts/c.md': 'Keyed [@smith] says so, and by address [2].\n\n[2]: http://example.org/reports/2024/budget?utm_source=x\n',
    'drafts/d.md': 'Angle brackets [3].\n\n[3]: <../sources/my notes.md>\n',
    'drafts/e.md': 'Nothing cited here but the numbers 12 and 112, and s12 as a word.\n',
  };
  const s = workspace({ ...sources, ...drafts });
  const pairs: string[] = [];
  for (const [rel, text] of Object.entries(drafts)) {
    const model = s.setDraft(ROOT + '/' + rel, text);
    for (const src of Object.keys(sources)) {
      const record = s.sources.get(ROOT + '/' + src)!;
      const cites = s.citesOf(record.path, ROOT + '/' + rel, model).length > 0;
      // Never a false "no": references would miss the draft.
      if (cites) assert.ok(mayCite(text, record), `${rel} cites ${src}`);
      if (cites) pairs.push(`${rel} ${src}`);
    }
  }
  assert.deepEqual(pairs, ['drafts/a.md sources/s112.md', 'drafts/b.md sources/my notes.md', 'drafts/c.md sources/my notes.md', 'drafts/c.md sources/page.md', 'drafts/d.md sources/my notes.md']);
  const rec = (src: string) => s.sources.get(ROOT + '/' + src)!;
  assert.ok(!mayCite(drafts['drafts/a.md'], rec('sources/s12.md')), 's12.md is not in s112.md');
  assert.ok(!mayCite(drafts['drafts/b.md'], rec('sources/s12.md')));
  assert.ok(!mayCite('Keyed [@smith2020].', rec('sources/my notes.md')), 'key smith is not smith2020');
  assert.ok(mayCite('Keyed [@smith, p. 4].', rec('sources/my notes.md')));
  assert.ok(!mayCite(drafts['drafts/e.md'], rec('sources/s12.md')), 'a bare word or number is not a citation');
  assert.ok(mayCite(drafts['drafts/c.md'], rec('sources/page.md')));
  assert.ok(!mayCite('[1]: https://example.org/reports/2023/budget\n', rec('sources/page.md')));
});

test('mayCiteRuns answers as mayCite does, from the sorted name runs of the text', () => {
  const sources: Record<string, string> = {
    'sources/s12.md': '---\ntitle: Twelve\nid: s12\n---\n\nTwelve.\n',
    'sources/s112.md': '---\ntitle: One twelve\nid: s112\n---\n\nOne twelve.\n',
    'sources/my notes.md': '---\ntitle: Notes\nid: smith\n---\n\nNotes.\n',
    'sources/(draft) résumé.md': '---\ntitle: Draft\n---\n\nDraft.\n',
    'sources/page.md': '---\ntitle: Page\nid: page\nurl: https://www.example.org/reports/2024/budget/\n---\n\nBudget.\n',
    'sources/site.md': '---\ntitle: Site\nid: site-home\nurl: https://harbour.example\n---\n\nHome.\n',
  };
  const texts = [
    'By file [1].\n\n[1]: ../sources/s112.md\n',
    'By file [1].\n\n[1]: ../sources/s12.md.\n',
    'Encoded [1] and keyed [@smith2020].\n\n[1]: ../sources/my%20notes.md\n',
    'Keyed [@{smith}] and [@smith, p. 4] and [@page].\n',
    'Angle brackets [3].\n\n[3]: <../sources/my notes.md>\n',
    'By address [2].\n\n[2]: http://example.org/reports/2024/budget?utm_source=x\n',
    'Home [4].\n\n[4]: https://harbour.example\n',
    'Odd names [5] [6].\n\n[5]: ../sources/(draft) résumé.md\n[6]: ../sources/%28draft%29%20r%C3%A9sum%C3%A9.md\n',
    'Nothing cited here but the numbers 12 and 112, and s12 as a word, and the word page.\n',
    '',
  ];
  const s = workspace(sources);
  let agreed = 0;
  for (const text of texts) {
    const runs = nameRuns(text);
    for (const src of Object.keys(sources)) {
      const record = s.sources.get(ROOT + '/' + src)!;
      assert.equal(mayCiteRuns(text, runs, record), mayCite(text, record), `${JSON.stringify(text)} and ${src}`);
      if (mayCite(text, record)) agreed++;
    }
  }
  assert.ok(agreed >= 8, `only ${agreed} texts name a source: the comparison says little`);
});
