/**
 * Match Markers to Sources over the protocol: the built server on a copy of the seed sources, with an
 * AI-style draft whose numbered markers have no definitions (test/fixtures/unmatched/ai-article.md).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspTestClient, uri } from '../helpers/lspClient';
import { tempCopy, FIXTURES } from '../helpers/tempWorkspace';
import type { MatchMarkersResult, MatchDefinitionsResult } from '../../server/src/protocol';

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;

before(async () => {
  ws = tempCopy(path.join(FIXTURES, 'seeds-workspace'));
  copyFileSync(path.join(FIXTURES, 'unmatched/ai-article.md'), path.join(ws.root, 'drafts/ai-article.md'));
  client = new LspTestClient();
  const ready = await client.initialize(ws.root);
  assert.equal(ready.sources, 4);
});

after(async () => {
  await client.stop();
  ws.dispose();
});

test('matchMarkers proposes a source per undefined number; matchDefinitions returns one edit that defines the accepted ones', async () => {
  const draftPath = ws.root + '/drafts/ai-article.md';
  const draftUri = uri(draftPath);
  const text = readFileSync(draftPath, 'utf8');
  const published = client.waitForDiagnostics(draftUri);
  client.open(draftUri, text);
  await published;
  const result: MatchMarkersResult = await client.connection.sendRequest('cited/matchMarkers', { uri: draftUri });
  const clear = result.matches.filter((m) => m.status === 'clear');
  assert.deepEqual(
    clear.map((m) => [m.label, path.basename(m.proposal!.sourcePath)]),
    [
      ['1', 'cloud-exclusivity-blog.html'],
      ['2', 'openai-exclusivity-export.json'],
      ['3', 'partnership-reset.txt'],
      ['4', 'any-cloud-news.txt'],
    ],
  );
  const five = result.matches.find((m) => m.label === '5')!;
  assert.notEqual(five.status, 'clear');
  assert.ok(five.reason);
  assert.equal(result.matches.find((m) => m.label === '1')!.sentences, 3);
  assert.ok(clear.every((m) => m.proposal!.passage && m.proposal!.score > 0.3 && m.proposal!.title));

  // Accept [2] and [4] only: one edit at the end of the draft, both definitions in it.
  const accepted = clear.filter((m) => m.label === '2' || m.label === '4').map((m) => ({ label: m.label, sourcePath: m.proposal!.sourcePath }));
  const defs: MatchDefinitionsResult = await client.connection.sendRequest('cited/matchDefinitions', { uri: draftUri, accepted });
  assert.equal(defs.edits.length, 1);
  assert.match(defs.edits[0].newText, /^\n\n\[2\]: \.\.\/sources\/openai-exclusivity-export\.json "[^"]+"\n\[4\]: \.\.\/sources\/any-cloud-news\.txt "[^"]+"\n$/);
  const lines = text.split('\n');
  assert.equal(defs.edits[0].range.end.line, lines.length - 1);
  // A source the index does not hold is not written.
  const none: MatchDefinitionsResult = await client.connection.sendRequest('cited/matchDefinitions', { uri: draftUri, accepted: [{ label: '5', sourcePath: ws.root + '/sources/nope.md' }] });
  assert.deepEqual(none.edits, []);
});
