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

const SUPPORT_CODES = new Set(['unsupported-claim', 'weak-support', 'partial-support', 'number-mismatch', 'quote-not-found', 'uncited-claim', 'sources-disagree']);

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

/** Waits until the server's latest diagnostics for the draft at `version` are `expected`, or 60 s pass; returns them. */
async function endsWith(expected: string[], version: number): Promise<PublishedDiagnostics | undefined> {
  await eventually(() => {
    const p = client.latest.get(draftUri);
    return p && p.version === version && JSON.stringify(published(p)) === JSON.stringify(expected) ? p : undefined;
  }, 60_000);
  return client.latest.get(draftUri);
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

test('a 300-marker draft: the claims on screen are judged first, and every claim diagnostic arrives', async () => {
  const text = longDraft(300);
  writeFileSync(draftPath, text);
  const expected = await cliCodes();
  assert.ok(expected.filter((c) => /unsupported-claim|weak-support|partial-support|number-mismatch/.test(c)).length > 100);
  const lines = text.split('\n');
  const from = lines.findIndex((l, i) => i > 300 && l.includes('['));
  // The writer is looking at lines from..from+20 (0-based) before the draft is even checked.
  await client.connection.sendNotification('cited/visibleRanges', { uri: draftUri, ranges: [{ start: { line: from, character: 0 }, end: { line: from + 20, character: 0 } }] });
  const claimCodes = (p: PublishedDiagnostics, a: number, b: number) => p.diagnostics.filter((d) => SUPPORT_CODES.has(d.code) && d.code !== 'uncited-claim' && d.range.start.line >= a && d.range.start.line <= b);
  const onScreen = client.waitForDiagnostics(draftUri, (p) => claimCodes(p, from, from + 20).length > 0);
  client.open(draftUri, text);

  // When the claims on screen first show, the top of the draft is not judged yet (unless all is).
  const shown = await onScreen;
  if (published(shown).length < expected.length) assert.deepEqual(claimCodes(shown, 0, 20).map((d) => d.range.start.line), []);

  const last = await endsWith(expected, 1);
  assert.deepEqual(last && published(last), expected);
});

test('judging a long draft reports progress ($/progress and the status "judging n/total") and ends ready', async () => {
  const statusesFrom = client.statusLog.length;
  const text = longDraft(1500, 11);
  writeFileSync(draftPath, text);
  const expected = await cliCodes();
  const seen = client.progress.length;
  client.change(draftUri, 2, [{ text }]);
  const last = await endsWith(expected, 2);
  assert.deepEqual(last && published(last), expected);
  const values = client.progress.slice(seen).map((p) => p.value);
  assert.equal(values[0]?.kind, 'begin');
  assert.match(values[0]?.title ?? '', /judging claims/);
  assert.ok(values.some((v) => v.kind === 'report' && /^\d+\/\d+ claims$/.test(v.message ?? '')), JSON.stringify(values.slice(0, 3)));
  assert.equal(values.at(-1)?.kind, 'end');
  const statuses = client.statusLog.slice(statusesFrom).map((s) => `${s.state} ${s.done ?? ''}/${s.total ?? ''}`);
  assert.ok(statuses.some((s) => /^judging \d+\/\d+$/.test(s)), statuses.join(', '));
  assert.equal(statuses.at(-1)?.split(' ')[0], 'ready');
  // Judged in the server's judging thread: its own thread only converts and publishes.
  assert.ok(client.statusLog.slice(statusesFrom).filter((s) => s.state === 'judging').every((s) => s.thread === true));
});

test('after a storm of edits the server ends with the same diagnostics as cited check on the final text', async () => {
  let text = readFileSync(draftPath, 'utf8');
  const lines = text.split('\n');
  let version = 2;
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
  const last = await endsWith(expected, version);
  assert.equal(last?.version, version);
  assert.deepEqual(last && published(last), expected);
  // And the server is still answering.
  const line = lines.findIndex((l) => l.includes('[1]'));
  const h = await client.hover(draftUri, line, lines[line].indexOf('[1]') + 1);
  assert.match(h?.contents.value ?? '', /budget-memo\.json/);
});

test('without a judging thread (CITED_JUDGE_THREAD=0) the server judges in slices on its own thread, with the same result', async () => {
  // Long enough that judging takes over half a second (the status says "judging" only then).
  const text = longDraft(1500, 5);
  writeFileSync(draftPath, text);
  const expected = await cliCodes();
  const other = new LspTestClient([], { CITED_JUDGE_THREAD: '0' });
  try {
    await other.initialize(ws.root);
    other.open(draftUri, text);
    await eventually(() => {
      const p = other.latest.get(draftUri);
      return p && JSON.stringify(published(p)) === JSON.stringify(expected) ? p : undefined;
    }, 60_000);
    const last = other.latest.get(draftUri);
    assert.deepEqual(last && published(last), expected);
    const judging = other.statusLog.filter((s) => s.state === 'judging');
    assert.ok(judging.length > 0 && judging.every((s) => s.thread === false), JSON.stringify(judging.slice(0, 2)));
  } finally {
    await other.stop();
  }
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
