/**
 * The server on a workspace with a link loop, a link to a file elsewhere and definitions that point
 * outside: it survives the loop (said once), reads nothing outside, and follows the setting that
 * allows it only in a trusted workspace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { LspTestClient, uri, type PublishedDiagnostics } from '../helpers/lspClient';

const SECRET = '# Private notes\n\nThe spare key is under the blue flowerpot.\n';
const DRAFT = [
  '# Lighthouse',
  '',
  'The last keeper left in 1987 [1]. The key is hidden [2]. The flowerpot is blue [3].',
  '',
  '[1]: sources/keepers.md',
  '[2]: ../elsewhere/notes.md',
  '[3]: sources/linked.md',
  '',
].join('\n');

function makeWorkspace(): { root: string; dispose: () => void } {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-outside-')));
  mkdirSync(path.join(dir, 'elsewhere'));
  mkdirSync(path.join(dir, 'work/sources'), { recursive: true });
  writeFileSync(path.join(dir, 'elsewhere/notes.md'), SECRET);
  writeFileSync(path.join(dir, 'work/story.md'), DRAFT);
  writeFileSync(path.join(dir, 'work/sources/keepers.md'), '# Keepers\n\nThe last keeper left the island lighthouse in 1987.\n');
  symlinkSync('..', path.join(dir, 'work/sources/up'));
  symlinkSync(path.join(dir, 'elsewhere/notes.md'), path.join(dir, 'work/sources/linked.md'));
  return { root: path.join(dir, 'work'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const outsideLines = (p: PublishedDiagnostics) => p.diagnostics.filter((d) => d.code === 'outside-workspace').map((d) => d.range.start.line + 1);
const line = (needle: string) => DRAFT.split('\n').findIndex((l) => l.includes(needle));
/** The position of a marker in the prose (not its definition line). */
const marker = (m: string) => {
  const l = DRAFT.split('\n').findIndex((x) => x.includes(m) && !x.startsWith(m));
  return { line: l, character: DRAFT.split('\n')[l].indexOf(m) + 1 };
};

async function openDraft(client: LspTestClient, root: string): Promise<PublishedDiagnostics> {
  const draftUri = uri(path.join(root, 'story.md'));
  // The first publication may hold only the marker problems while claims are judged; wait for a full one.
  const published = client.waitForDiagnostics(draftUri, (p) => p.diagnostics.some((d) => d.code === 'outside-workspace' || d.code === 'unsupported-claim' || d.code === 'partial-support') || outsideLines(p).length === 0);
  client.open(draftUri, DRAFT);
  return published;
}

test('the server reads no file outside the workspace and survives a link loop, reporting it once', async (t) => {
  const ws = makeWorkspace();
  const client = new LspTestClient();
  t.after(async () => {
    await client.stop();
    ws.dispose();
  });
  const shown: string[] = [];
  client.connection.onNotification('window/showMessage', (m: { message: string }) => void shown.push(m.message));
  const ready = await client.initialize(ws.root);
  assert.equal(ready.sources, 1, 'only the source inside; the loop adds nothing and the link to elsewhere is left out');
  const p = await openDraft(client, ws.root);
  assert.deepEqual(outsideLines(p), [line('[2]:') + 1, line('[3]:') + 1]);
  const draftUri = uri(path.join(ws.root, 'story.md'));
  for (const m of ['[2]', '[3]']) {
    const h = await client.hover(draftUri, marker(m).line, marker(m).character);
    assert.ok(h, m);
    assert.doesNotMatch(h.contents.value, /spare key|Private notes/i, m);
    assert.match(h.contents.value, /outside the workspace/, m);
  }
  for (const d of p.diagnostics) assert.doesNotMatch(d.message, /spare key/);
  // A second index (Reindex Sources) finds the loop again but does not say it again.
  await client.connection.sendRequest('cited/reindex', {});
  const loops = shown.filter((m) => /loop/.test(m));
  assert.equal(loops.length, 1, shown.join('\n'));
  assert.match(loops[0], /sources\/up is a link to/);
});

test('cited.allowSourcesOutsideWorkspace reads them in a trusted workspace, and is ignored in Restricted Mode', async (t) => {
  const ws = makeWorkspace();
  t.after(ws.dispose);
  const allow = { allowSourcesOutsideWorkspace: true };

  const trusted = new LspTestClient();
  try {
    await trusted.initialize(ws.root, allow, { trusted: true });
    assert.deepEqual(outsideLines(await openDraft(trusted, ws.root)), []);
    const h = await trusted.hover(uri(path.join(ws.root, 'story.md')), marker('[2]').line, marker('[2]').character);
    assert.match(h!.contents.value, /Private notes/);
  } finally {
    await trusted.stop();
  }

  const restricted = new LspTestClient();
  try {
    await restricted.initialize(ws.root, allow, { trusted: false });
    assert.deepEqual(outsideLines(await openDraft(restricted, ws.root)), [line('[2]:') + 1, line('[3]:') + 1]);
    const h = await restricted.hover(uri(path.join(ws.root, 'story.md')), marker('[2]').line, marker('[2]').character);
    assert.doesNotMatch(h!.contents.value, /Private notes|spare key/);
  } finally {
    await restricted.stop();
  }
});
