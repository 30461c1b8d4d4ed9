// Save Source from URL, the I/O (server/src/node/fetchSource.ts), against pages served by a local HTTP server
// started here: an article, a PDF, a redirect, and each way a fetch fails (time-out, 404, not HTML, too big,
// redirect loop); on failure nothing is written, and an existing file is never overwritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { saveSourceFromUrl, fetchPage, FetchSourceError } from '../../server/src/node/fetchSource';
import { readSource } from '../../server/src/core/sources/readSource';

const ARTICLE = `<!doctype html><html><head><meta charset="utf-8">
<title>Council approves bridge repairs | Port Gazette</title>
<meta property="og:title" content="Council approves bridge repairs">
<meta name="author" content="Jo Smith">
<meta property="og:site_name" content="Port Gazette">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Council approves bridge repairs</h1>
<p>The council voted 6 to 1 on Tuesday to approve $48 million for repairs to the harbour bridge, which has been closed to lorries since March. Engineers found corrosion in two of the bridge's main cables during an inspection last winter.</p>
<p>Work is to begin in the autumn and to take about eighteen months, the city engineer said. During the works the ferry will run every fifteen minutes, and the <a href="/ferry">ferry timetable</a> will change.</p>
<p>Residents of the north shore said the closure had doubled their travel times. “We have waited long enough,” said Ana Pérez, who chairs the residents’ association.</p>
<script>window.tracking = "do not save me";</script>
</article>
<footer>© Port Gazette. Cookie settings.</footer>
</body></html>`;

let server: Server;
let base: string;
const sockets = new Set<import('node:net').Socket>();

function send(res: ServerResponse, status: number, type: string | undefined, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
  res.end(body);
}

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/article') return send(res, 200, 'text/html; charset=utf-8', ARTICLE);
    if (url === '/latin1') return send(res, 200, 'text/html; charset=iso-8859-1', Buffer.from(ARTICLE.replace('Ana Pérez', 'Zoë Müller').replace(/[“”’]/g, '"'), 'latin1'));
    if (url === '/moved') return send(res, 301, 'text/plain', 'moved', { location: '/article' });
    if (url === '/loop') return send(res, 302, 'text/plain', 'again', { location: '/loop' });
    if (url === '/missing') return send(res, 404, 'text/html', '<h1>Not found</h1>');
    if (url === '/image') return send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (url === '/paper.pdf') return send(res, 200, 'application/pdf', Buffer.from('%PDF-1.4\n%fake but shaped like one\n%%EOF\n'));
    if (url === '/big') {
      const body = '<html><body>' + 'x'.repeat(200_000) + '</body></html>';
      return send(res, 200, 'text/html', body, { 'content-length': String(Buffer.byteLength(body)) });
    }
    if (url === '/big-stream') {
      // No content-length: the limit is met while reading.
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 20; i++) res.write('<p>' + 'y'.repeat(10_000) + '</p>');
      return res.end();
    }
    if (url === '/slow') return; // never answers
    send(res, 500, 'text/plain', 'unexpected');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

function tempFolder() {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-fetch-')));
  return { root, folder: path.join(root, 'sources').replace(/\\/g, '/'), dispose: () => rmSync(root, { recursive: true, force: true }) };
}

test('an article is saved as markdown with front matter, without the page chrome, and Cited reads it back as that page', async () => {
  const t = tempFolder();
  try {
    const saved = await saveSourceFromUrl(`${base}/article`, t.folder, {}, new Date('2026-12-01T10:00:00.123Z'));
    assert.equal(saved.kind, 'html');
    assert.equal(path.basename(saved.path), 'council-approves-bridge-repairs.md');
    assert.equal(saved.title, 'Council approves bridge repairs');
    const text = readFileSync(saved.path, 'utf8');
    assert.match(text, /^---\ntitle: Council approves bridge repairs\nauthor: Jo Smith\npublisher: Port Gazette\ndate: 2024-03-05\nurl: http:\/\/127\.0\.0\.1:\d+\/article\nretrieved: 2026-12-01T10:00:00Z\n---\n\n/);
    assert.match(text, /The council voted 6 to 1 on Tuesday to approve \$48 million/);
    assert.match(text, /\[ferry timetable\]\(http:\/\/127\.0\.0\.1:\d+\/ferry\)/, 'links are made absolute');
    assert.match(text, /Ana Pérez/);
    assert.doesNotMatch(text, /Cookie settings|tracking|Weather/);
    const record = readSource(saved.path, text);
    assert.equal(record.readable, true);
    assert.equal(record.meta.url, `${base}/article`);
    assert.equal(record.meta.title, 'Council approves bridge repairs');
    // Saved again: a new name, the first file untouched.
    const again = await saveSourceFromUrl(`${base}/article`, t.folder);
    assert.equal(path.basename(again.path), 'council-approves-bridge-repairs-2.md');
    assert.equal(readFileSync(saved.path, 'utf8'), text);
  } finally {
    t.dispose();
  }
});

test('redirects are followed to the page; the url saved is the one the draft cites', async () => {
  const t = tempFolder();
  try {
    const saved = await saveSourceFromUrl(`${base}/moved`, t.folder);
    assert.match(readFileSync(saved.path, 'utf8'), new RegExp(`url: ${base.replace(/[.]/g, '\\.')}/moved\\n`));
    const page = await fetchPage(`${base}/moved`);
    assert.equal(page.finalUrl, `${base}/article`);
  } finally {
    t.dispose();
  }
});

test('a page in another charset is decoded as its header says', async () => {
  const page = await fetchPage(`${base}/latin1`);
  assert.equal(page.kind, 'html');
  assert.match(page.kind === 'html' ? page.html : '', /Zoë Müller/);
});

test('a PDF is saved as a .pdf file, byte for byte', async () => {
  const t = tempFolder();
  try {
    const saved = await saveSourceFromUrl(`${base}/paper.pdf`, t.folder);
    assert.equal(saved.kind, 'pdf');
    assert.equal(path.basename(saved.path), 'paper.pdf');
    assert.equal(readFileSync(saved.path, 'latin1'), '%PDF-1.4\n%fake but shaped like one\n%%EOF\n');
  } finally {
    t.dispose();
  }
});

const failures: [string, string, RegExp, Record<string, number>?][] = [
  ['a 404', '/missing', /answered 404 Not Found/],
  ['an image', '/image', /answered with image\/png, not a web page or a PDF/],
  ['a page over the size limit (by its length)', '/big', /too large \(195 KB; the limit is 98 KB\)/, { maxBytes: 100_000 }],
  ['a page over the size limit (while reading)', '/big-stream', /too large \(over 98 KB/, { maxBytes: 100_000 }],
  ['a redirect loop', '/loop', /Too many redirects \(more than 3\)/, { maxRedirects: 3 }],
  ['a server that never answers', '/slow', /did not arrive within 1 s/, { timeoutMs: 500 }],
];
for (const [what, url, message, limits] of failures) {
  test(`${what}: a clear message, and nothing is written`, async () => {
    const t = tempFolder();
    try {
      await assert.rejects(saveSourceFromUrl(`${base}${url}`, t.folder, limits), (e: unknown) => e instanceof FetchSourceError && message.test((e as Error).message));
      assert.deepEqual(readdirSync(t.root), []);
    } finally {
      t.dispose();
    }
  });
}

test('addresses that are not http(s), or where nothing listens, fail with a message', async () => {
  await assert.rejects(fetchPage('file:///etc/passwd'), /Only http and https/);
  await assert.rejects(fetchPage('not a url'), /not a web address/);
  // A port nothing listens on: refused.
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
  await assert.rejects(fetchPage(`http://127.0.0.1:${port}/`), (e: unknown) => e instanceof FetchSourceError && /Could not fetch/.test((e as Error).message));
});

test('an existing file of the same name is never overwritten', async () => {
  const t = tempFolder();
  try {
    const first = await saveSourceFromUrl(`${base}/paper.pdf`, t.folder);
    writeFileSync(first.path, 'mine');
    const second = await saveSourceFromUrl(`${base}/paper.pdf`, t.folder);
    assert.equal(readFileSync(first.path, 'utf8'), 'mine');
    assert.equal(path.basename(second.path), 'paper-2.pdf');
  } finally {
    t.dispose();
  }
});
