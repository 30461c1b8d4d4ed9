/**
 * A long draft over the protocol: 300 cited sentences are judged in slices, the lines on screen
 * first, with progress reported, and every claim diagnostic arrives, also after a storm of edits.
 * The diagnostics the server ends with are compared with what `cited check` reports for the same text.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { LspTestClient, uri, type PublishedDiagnostics } from '../helpers/lspClient';
import { tempCopy, EXAMPLES } from '../helpers/tempWorkspace';
import { longDraft } from '../helpers/longDraft';
import { runCheck } from '../../server/src/cli';
import { normalizeSettings } from '../../server/src/core/config';

const SUPPORT_CODES = new Set(['unsupported-claim', 'partial-support', 'number-mismatch', 'quote-not-found', 'uncited-claim', 'sources-disagree']);

let ws: ReturnType<typeof tempCopy>;
let client: LspTestClient;
let draftPath: string;
let draftUri: string;

const lineCodes = (diags: { code: string; line: number }[]) => diags.map((d) => `${d.line}:${d.code}`).sort();
const published = (p: PublishedDiagnostics) => lineCodes(p.diagnostics.map((d) => ({ code: d.code, line: d.range.start.line + 1 })));

/** What `cited check` reports for the draft as it is on disk now. */
async function cliCodes(): Promise<string[]> {
  const { report } = await runCheck([ws.root], normalizeSettings({}), ws.root);
  const file = report.files.find((f) => f.path === 'drafts/long.md')!;
  return lineCodes(file.diagnostics);
}

/** Resolves with the diagnostics published right after judging ends (the server publishes them after `end`). */
function afterJudging(): Promise<PublishedDiagnostics> {
  const seen = client.progress.length;
  const ended = () => client.progress.slice(seen).some((p) => p.value.kind === 'end');
  return client.waitForDiagnostics(draftUri, ended);
}

before(async () => {
  ws = tempCopy(EXAMPLES);
  draftPath = ws.root + '/drafts/long.md';
  draftUri = uri(draftPath);
  client = new LspTestClient();
  await client.initialize(ws.root);
});

after(async () => {
  await client.stop();
  ws.dispose();
});

test('a 300-marker draft: claims on screen come first, progress is reported, and every claim diagnostic arrives', async () => {
  const text = longDraft(300);
  writeFileSync(draftPath, text);
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes('[') && lines.indexOf(l) > 300);
  // The writer is looking at lines from..from+20 (0-based) before the draft is even checked.
  await client.connection.sendNotification('cited/visibleRanges', { uri: draftUri, ranges: [{ start: { line: from, character: 0 }, end: { line: from + 20, character: 0 } }] });
  const first = client.waitForDiagnostics(draftUri);
  const begun = client.waitForProgress((v) => v.kind === 'begin');
  const final = afterJudging();
  client.open(draftUri, text);

  // Judging is long enough to be done in slices: the first publish is partial, and progress begins.
  const firstPublish = await first;
  const begin = await begun;
  assert.match(begin.title ?? '', /judging claims/);
  const early = firstPublish.diagnostics.filter((d) => SUPPORT_CODES.has(d.code) && d.code !== 'uncited-claim');
  assert.ok(early.length > 0, 'the first slice judged the lines on screen');
  // What the first slice judged is around the lines on screen, not the top of the draft.
  assert.ok(early.every((d) => d.range.start.line >= from - 60), `first claims judged at lines ${early.map((d) => d.range.start.line).join(', ')}`);

  const last = await final;
  assert.ok(client.progress.some((p) => p.value.kind === 'report' && /\d+\/\d+ claims/.test(p.value.message ?? '')), 'progress reports "n/total claims"');
  assert.equal(client.lastStatus?.state, 'ready');
  const expected = await cliCodes();
  assert.ok(expected.filter((c) => /unsupported-claim|partial-support|number-mismatch/.test(c)).length > 100);
  assert.deepEqual(published(last), expected);
});

test('after a storm of edits the server ends with the same diagnostics as cited check on the final text', async () => {
  let text = readFileSync(draftPath, 'utf8');
  const lines = text.split('\n');
  let version = 1;
  for (let i = 0; i < 25; i++) {
    // Change one cited sentence per edit, all over the draft, faster than a slice of judging.
    const line = 2 + ((i * 37) % 300);
    const old = lines[line];
    if (!old.includes('[')) continue;
    lines[line] = old.replace(/^(\w+)/, `Meanwhile`);
    const start = { line, character: 0 };
    client.change(draftUri, ++version, [{ range: { start, end: { line, character: old.length } }, text: lines[line] }]);
    await new Promise((r) => setTimeout(r, 5));
  }
  text = lines.join('\n');
  writeFileSync(draftPath, text);
  const expected = await cliCodes();
  // Partial publishes come first while the rest is judged; the server must end on the full list.
  await eventually(() => {
    const p = client.latest.get(draftUri);
    return p && p.version === version && JSON.stringify(published(p)) === JSON.stringify(expected) ? p : undefined;
  }, 60_000);
  const last = client.latest.get(draftUri)!;
  assert.equal(last.version, version);
  assert.deepEqual(published(last), expected);
  // And the server is still answering.
  const line = lines.findIndex((l) => l.includes('[1]'));
  const h = await client.hover(draftUri, line, lines[line].indexOf('[1]') + 1);
  assert.match(h?.contents.value ?? '', /budget-memo\.json/);
});

/** Polls `get` every 50 ms until it returns something, or `timeoutMs` passes (then undefined). */
async function eventually<T>(get: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}
