/** Sources outside the workspace: not asked for, reported on their definition, never shown; allowed by a setting. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CitedLanguageService } from '../../server/src/core/languageService';
import { allowedFolders, isInsideFolders, normalizeSettings } from '../../server/src/core/config';
import { ROOT, slice, workspace } from '../helpers/memoryWorkspace';

const DRAFT = [
  '# Ferry timetable',
  '',
  'The night ferry leaves at eleven [1]. The crossing takes ninety minutes [2]. Tickets cost less in winter [3].',
  '',
  '[1]: sources/timetable.md',
  '[2]: ../private/diary.md',
  '[3]: file:///home/reader/secrets.txt',
  '',
].join('\n');
const TIMETABLE = '# Timetable\n\nThe night ferry leaves at eleven and the crossing takes ninety minutes.\n';
const DIARY = '# Diary\n\nMy bank code is otter-lantern-42. The crossing takes ninety minutes.\n';

test('a definition pointing outside the workspace is not asked for and gets outside-workspace on its address', () => {
  const service = workspace({ 'sources/timetable.md': TIMETABLE, 'ferry.md': DRAFT });
  const path = ROOT + '/ferry.md';
  assert.deepEqual(service.unknownTargets(path), [], 'the host is not asked to read files outside');
  const outside = service.diagnostics(path).filter((d) => d.code === 'outside-workspace');
  assert.deepEqual(outside.map((d) => slice(DRAFT, d.range)), ['../private/diary.md', 'file:///home/reader/secrets.txt']);
  assert.ok(outside.every((d) => d.severity === 'warning'));
  assert.match(outside[0].message, /outside the workspace/);
  // Nothing else is said about them: not missing, not unreadable.
  assert.ok(!service.diagnostics(path).some((d) => d.code === 'missing-source' || d.code === 'unreadable-source'));
});

test('a file outside that is in the index anyway is not shown in a hover', () => {
  const service = workspace({ 'sources/timetable.md': TIMETABLE, 'ferry.md': DRAFT });
  const path = ROOT + '/ferry.md';
  // A host that read it regardless (or read it while reading outside was allowed).
  service.setSource('/private/diary.md', DIARY);
  const hover = service.hover(path, DRAFT.indexOf('[2]') + 1);
  assert.ok(hover);
  assert.doesNotMatch(hover.markdown, /otter-lantern|bank code/);
  assert.match(hover.markdown, /outside the workspace/);
  assert.ok(service.diagnostics(path).some((d) => d.code === 'outside-workspace' && slice(DRAFT, d.range) === '../private/diary.md'));
});

test('with cited.allowSourcesOutsideWorkspace the host is asked for them and they are read', () => {
  const service = new CitedLanguageService([ROOT], normalizeSettings({ allowSourcesOutsideWorkspace: true }));
  const path = ROOT + '/ferry.md';
  service.setSource(ROOT + '/sources/timetable.md', TIMETABLE);
  service.setDraft(path, DRAFT);
  assert.deepEqual(service.unknownTargets(path).sort(), ['/home/reader/secrets.txt', '/private/diary.md']);
  service.setSource('/private/diary.md', DIARY);
  service.setSourceMissing('/home/reader/secrets.txt');
  assert.ok(!service.diagnostics(path).some((d) => d.code === 'outside-workspace'));
  assert.match(service.hover(path, DRAFT.indexOf('[2]') + 1)!.markdown, /Diary/);
  // Turning the setting off again hides what was read.
  service.configure(normalizeSettings({}));
  assert.ok(service.diagnostics(path).some((d) => d.code === 'outside-workspace' && slice(DRAFT, d.range) === '../private/diary.md'));
  assert.doesNotMatch(service.hover(path, DRAFT.indexOf('[2]') + 1)!.markdown, /Diary/);
});

test('a path inside by name that the host found to lead elsewhere (a link) is reported with the host\'s reason', () => {
  const draft = 'The ferry is late [1].\n\n[1]: sources/linked.md\n';
  const service = workspace({ 'drafts/late.md': draft });
  const path = ROOT + '/drafts/late.md';
  service.setSourceOutside(ROOT + '/drafts/sources/linked.md', 'It is a link to /private/diary.md.');
  const d = service.diagnostics(path).find((x) => x.code === 'outside-workspace');
  assert.ok(d);
  assert.match(d.message, /a link to \/private\/diary\.md/);
  assert.deepEqual(service.unknownTargets(path), []);
});

test('the folders sources may come from: the roots, and a sources glob\'s own folder beside them', () => {
  const settings = normalizeSettings({ sources: ['**/sources/**', '../library/**', '/srv/archive/*.md'] });
  assert.deepEqual(allowedFolders(['/ws/a'], settings).sort(), ['/srv/archive', '/ws/a', '/ws/library']);
  assert.ok(isInsideFolders('/ws/a/x/y.md', ['/ws/a']));
  assert.ok(!isInsideFolders('/ws/ab/y.md', ['/ws/a']), 'a folder whose name starts the same is not inside');
  assert.ok(!isInsideFolders('/ws/a/../b/y.md', ['/ws/a']), 'paths are normalised before the test');
  assert.ok(!isInsideFolders('/ws/a/./../b/y.md', ['/ws/a']));
  // A folder whose name starts with a dot is a name, not a "." or ".." segment.
  assert.ok(isInsideFolders('/ws/.drafts/a/y.md', ['/ws/.drafts']));
  assert.ok(!isInsideFolders('/ws/.drafts/../b/y.md', ['/ws/.drafts']));
  assert.ok(!isInsideFolders('/ws/.drafts/a/..', ['/ws/.drafts/a']));
});

test('problems the host met reading a source are reported on it as repaired-source', () => {
  const service = workspace({});
  service.setSource(ROOT + '/sources/old.txt', 'caf\uFFFD menu', [{ kind: 'repaired', message: 'Invalid UTF-8 at byte 3; replaced.', range: { start: 3, end: 4 } }]);
  const diags = service.sourceDiagnostics(ROOT + '/sources/old.txt');
  assert.deepEqual(diags.map((d) => [d.code, d.range.start]), [['repaired-source', 3]]);
  assert.ok(service.sources.get(ROOT + '/sources/old.txt')!.readable, 'the source stays readable');
});
