import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUrl } from '../../server/src/core/sources/sourceIndex';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import picomatch from 'picomatch';
import { PathClassifier, globTest, normalizeSettings } from '../../server/src/core/config';

test('urls match regardless of scheme, www, trailing slash, fragment and tracking parameters', () => {
  const a = normalizeUrl('https://www.News.example/a/b/?utm_source=x&id=3#top');
  assert.equal(a, 'news.example/a/b?id=3');
  assert.equal(normalizeUrl('http://news.example/a/b?id=3'), normalizeUrl('https://www.news.example/a/b/?id=3&utm_medium=y'));
  assert.notEqual(normalizeUrl('https://news.example/A'), normalizeUrl('https://news.example/a'));
});

test('sources are found by id and url, and forgotten when removed', () => {
  const s = workspace({ 'sources/a.md': '---\nid: alpha\nurl: https://x.example/a\n---\nText\n' });
  assert.equal(s.sources.getById('alpha')[0].path, ROOT + '/sources/a.md');
  assert.equal(s.sources.getByUrl('http://x.example/a/')[0].id, 'alpha');
  s.removeSource(ROOT + '/sources/a.md');
  assert.equal(s.sources.getById('alpha').length, 0);
  assert.equal(s.sources.size, 0);
});

test('listSources ranks the sources matching the sentence first and marks them', () => {
  const s = workspace({
    'sources/rail.md': '---\ntitle: Rail timetable\n---\nTrains run every ten minutes.\n',
    'sources/port.md': '---\ntitle: Port report\n---\nThe port handled record container volumes.\n',
    'sources/zoo.md': '---\ntitle: Zoo news\n---\nA new penguin arrived.\n',
  });
  const list = s.listSources('container volumes at the port');
  assert.equal(list[0].title, 'Port report');
  assert.equal(list[0].suggested, true);
  assert.equal(list.length, 3);
  assert.deepEqual(s.listSources().map((x) => x.title), ['Port report', 'Rail timetable', 'Zoo news']);
});

test('the catalogue stays in step with changes after it is built', () => {
  const s = workspace({ 'sources/a.md': '# Apples\n\nRed fruit.\n' });
  assert.equal(s.listSources('bananas')[0].suggested, undefined);
  s.setSource(ROOT + '/sources/b.md', '# Bananas\n\nYellow fruit.\n');
  assert.equal(s.listSources('bananas')[0].title, 'Bananas');
  s.removeSource(ROOT + '/sources/b.md');
  assert.deepEqual(s.listSources('bananas').map((x) => x.title), ['Apples']);
});

test('path classifier: sources folders anywhere, drafts elsewhere, excluded folders never', () => {
  const c = new PathClassifier(normalizeSettings({}));
  assert.equal(c.kind('sources/a.html'), 'source');
  assert.equal(c.kind('desk/story/sources/b.md'), 'source');
  assert.equal(c.kind('desk/story/draft.md'), 'draft');
  assert.equal(c.kind('node_modules/x/readme.md'), undefined);
  const custom = new PathClassifier(normalizeSettings({ sources: ['research/'] }));
  assert.equal(custom.kind('research/a.txt'), 'source');
  assert.equal(custom.kind('sources/a.md'), 'draft');
});

test('globs test paths as picomatch does (literal paths, dot files, braces, extglobs, character classes)', () => {
  const globs = [['**/sources/**'], ['**/*.md', '**/*.markdown'], ['notes/[abc]*.txt'], ['**/*.{md,html}'], ['drafts/!(old)/*.md'], ['exact/path.md'], ['docs/?.md'], ['**/.git/**', '**/node_modules/**']];
  const paths = ['sources/a.md', 'desk/sources/b/c.html', 'a.md', 'x/y.markdown', 'notes/a1.txt', 'notes/d1.txt', 'p/q.html', 'drafts/new/a.md', 'drafts/old/a.md', 'exact/path.md', 'docs/a.md', 'docs/ab.md', '.git/config', 'src/.git/x', 'node_modules/m/readme.md', '.hidden/sources/a.md', 'sources/.a.md', ''];
  for (const g of globs) {
    for (const dot of [false, true]) {
      const ours = globTest(g, { dot });
      const theirs = picomatch(g, { dot, windows: false });
      for (const p of paths) assert.equal(ours(p), theirs(p) === true, `${g.join(',')} (dot ${dot}) on "${p}"`);
    }
  }
});

test('bad settings fall back to defaults', () => {
  const s = normalizeSettings({ sources: 5, drafts: [1, 2], citationStyle: 'weird', severity: 'loud' });
  assert.deepEqual(s.sources, ['**/sources/**']);
  assert.equal(s.citationStyle, 'auto');
  assert.deepEqual(s.severity, {});
});

test('a long sentence is searched by its rarest words within a bound on the sources walked; a few typed words are searched as typed', () => {
  // 9,000 sources: "harbour" in 4,500 of them, "council" in the other 4,500 and in source 0; "lighthouse" in one.
  const files: Record<string, string> = {};
  for (let i = 0; i < 9000; i++) files[`sources/s${i}.txt`] = `Note ${i}\n\n${i < 4500 ? 'harbour' : 'council'} ${i === 0 ? 'council' : ''} ${i === 77 ? 'lighthouse' : ''} minutes\n`;
  const s = workspace(files);
  // Typed: both common words are searched, so the one source holding both comes first.
  assert.equal(s.sources.search('harbour council', 3)[0].record.path, ROOT + '/sources/s0.txt');
  // A sentence past the bound keeps its rarest word: the lighthouse source comes first.
  const hits = s.sources.search('The harbour council discussed the lighthouse keeper pay dispute on Monday evening', 3);
  assert.equal(hits[0].record.path, ROOT + '/sources/s77.txt');
});
