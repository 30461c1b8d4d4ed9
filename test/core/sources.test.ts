import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSource, sourceText, textTitle } from '../../server/src/core/sources/readSource';
import { sourceOffset } from '../../server/src/core/sources/sourceTypes';
import { flattenDeepTags, MAX_HTML_DEPTH } from '../../server/src/core/sources/htmlText';
import { workspace, ROOT } from '../helpers/memoryWorkspace';

/** The file text at the place a piece of extracted text maps back to. */
function fileTextAt(raw: string, record: ReturnType<typeof readSource>, needle: string): string {
  const t = sourceText(record);
  const at = t.text.indexOf(needle);
  assert.notEqual(at, -1, `"${needle}" not in extracted text`);
  const off = sourceOffset(t, at);
  return raw.slice(off, off + needle.length);
}

test('markdown: front matter gives title, author, publisher, date, url and id', () => {
  const raw = '---\ntitle: "Port report"\nauthor: [Ann Lee, Bo Chan]\npublisher: Daily\ndate: 2026-03-01\nurl: https://daily.example/port\nid: port-2026\n---\n\n# Heading\n\nThe port *handled* 4 million containers.\n';
  const r = readSource('/ws/sources/port.md', raw);
  assert.equal(r.id, 'port-2026');
  assert.deepEqual(r.meta, { title: 'Port report', author: 'Ann Lee, Bo Chan', publisher: 'Daily', date: '2026-03-01', url: 'https://daily.example/port' });
  assert.match(sourceText(r).text, /The port handled 4 million containers\./);
  assert.equal(fileTextAt(raw, r, '4 million containers'), '4 million containers');
});

test('markdown: a tag of a writing tool is read as the value it tags; a date stays as written; a repeated key is a problem', () => {
  const tagged = readSource('/ws/sources/tagged.md', '---\ntitle: !fancy Port report\nauthor: !people [Ann Lee]\ndate: !!timestamp 2026-03-01\n---\n\nText.\n');
  assert.deepEqual(tagged.meta, { title: 'Port report', author: 'Ann Lee', date: '2026-03-01' });
  assert.deepEqual(tagged.problems, []);
  const twice = readSource('/ws/sources/twice.md', '---\ntitle: One\ntitle: Two\n---\n\n# From the heading\n\nText.\n');
  assert.match(twice.problems[0].message, /^Invalid YAML front matter, ignored: .*duplicated mapping key/);
  assert.equal(twice.meta.title, 'From the heading');
});

test('markdown without front matter: title from the first heading, id from the file name', () => {
  const r = readSource('/ws/sources/notes-01.md', '# Field notes\n\nSome text.\n');
  assert.equal(r.id, 'notes-01');
  assert.equal(r.meta.title, 'Field notes');
});

test('text: the first non-empty line is the title', () => {
  const r = readSource('/ws/sources/a.txt', '\n\n  Mill closes after 80 years  \n\nThe mill closed on Friday.\n');
  assert.equal(r.meta.title, 'Mill closes after 80 years');
  assert.equal(r.format, 'text');
});

test('html: title and meta tags, article text without scripts, styles, nav, header or footer', () => {
  const raw = `<html><head><title>Fallback | Site</title><meta property="og:title" content="Real title"><meta name="author" content="Kim"><meta property="og:site_name" content="The Site"><meta property="article:published_time" content="2026-05-01"><link rel="canonical" href="https://site.example/a"><script>var secret = 1;</script><style>p{}</style></head>
<body><header>Masthead</header><nav>Home | World</nav><article><h1>Headline</h1><p>The council met on Monday &amp; agreed the plan, which passed with a wide margin after a long debate about costs and timing that lasted until late in the evening.</p></article><aside><h3>Related</h3><ul><li><a href="/a">Council delays its budget vote</a></li><li><a href="/b">Bus fares rise in May</a></li></ul></aside><aside class="sidebar">Most read today</aside><footer>Copyright</footer></body></html>`;
  const r = readSource('/ws/sources/a.html', raw);
  assert.deepEqual(r.meta, { title: 'Real title', author: 'Kim', publisher: 'The Site', date: '2026-05-01', url: 'https://site.example/a' });
  const text = sourceText(r).text;
  assert.match(text, /The council met on Monday & agreed the plan/);
  // (A box of related links is chrome by its links, a sidebar by its class.)
  for (const chrome of ['secret', 'Masthead', 'Home | World', 'Related', 'Council delays', 'Most read', 'Copyright', 'p{}']) assert.ok(!text.includes(chrome), `chrome "${chrome}" leaked into the text`);
  assert.equal(fileTextAt(raw, r, 'The council met'), 'The council met');
});

test('html: a page that gives its metadata only as schema.org JSON-LD (in @graph, authors as a list); timestamps shown as the day', () => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
    { '@type': 'WebPage', name: 'Page name', url: 'https://times.example/p' },
    { '@type': 'NewsArticle', headline: 'Tunnel budget approved', author: [{ '@type': 'Person', name: 'Dana Whitfield' }, { '@type': 'Person', name: 'Lee Park' }], publisher: { '@type': 'Organization', name: 'Coastal Times' }, datePublished: '2026-10-02T09:00:00+02:00', url: 'https://times.example/tunnel' },
  ] });
  const raw = `<html><head><title>Tunnel | Coastal Times</title><script type="application/ld+json">{ not json</script><script type="application/ld+json">${ld}</script></head><body><article><p>The city council on Thursday approved a budget of $310 million for a road tunnel under the harbour, ending two years of debate that had split the council and the port authority.</p></article></body></html>`;
  const r = readSource('/ws/sources/t.html', raw);
  assert.deepEqual(r.meta, { title: 'Tunnel budget approved', author: 'Dana Whitfield, Lee Park', publisher: 'Coastal Times', date: '2026-10-02', url: 'https://times.example/tunnel' });
  assert.ok(!sourceText(r).text.includes('NewsArticle'), 'the JSON-LD is not article text');
  // Meta tags, where present, come first.
  const tagged = readSource('/ws/sources/u.html', raw.replace('<head>', '<head><meta property="og:site_name" content="CT Online">'));
  assert.equal(tagged.meta.publisher, 'CT Online');
});

test('html: pages built from divs lose their chrome by role, class, id and hidden state; the article keeps nested text', () => {
  const raw = `<html><body>
<div class="site-header"><a href="/">Logo</a></div><div role="navigation"><a>World</a> <a>Sport</a></div>
<div id="cookie-banner">We use cookies to improve your experience.</div>
<div class="content"><h1>Bridge reopens</h1><p>The bridge reopened on Tuesday after a repair that took nine months and cost the county four million pounds.</p>
<div class="share-bar">Share on social</div><p hidden>Subscriber teaser text</p><p style="display: none">Invisible line</p>
<div class="story-body"><p>Traffic returned to <em>normal</em> levels by the evening rush hour, officials said.</p></div>
<div class="comments"><p>Great news! - Reader</p></div></div>
<div class="related-articles"><a>More stories</a></div><div role="contentinfo">© Paper</div>
</body></html>`;
  const text = sourceText(readSource('/ws/sources/page.html', raw)).text;
  assert.match(text, /The bridge reopened on Tuesday/);
  assert.match(text, /Traffic returned to normal levels/);
  for (const chrome of ['Logo', 'Sport', 'cookies', 'Share on social', 'Subscriber teaser', 'Invisible line', 'Great news', 'More stories', '© Paper']) assert.ok(!text.includes(chrome), `chrome "${chrome}" leaked into the text`);
  // A class that merely contains a chrome word ("navigator", "adsorption") is not chrome.
  const kept = sourceText(readSource('/ws/sources/b.html', '<body><div class="navigator-guide adsorption">Kept paragraph about adsorption.</div></body>')).text;
  assert.match(kept, /Kept paragraph/);
  // The article's own class words win over chrome words on the same element.
  const post = sourceText(readSource('/ws/sources/c.html', '<body><div class="post-content has-comments"><p>The article body stays.</p></div></body>')).text;
  assert.match(post, /The article body stays/);
  // A guess that would swallow the whole page is undone.
  const body = 'The ferry timetable changes in May, with two extra sailings on weekdays and a later last boat on Fridays. '.repeat(4);
  const wrapped = sourceText(readSource('/ws/sources/d.html', `<body><div class="site-header-sticky-layout"><p>${body}</p></div><nav>Menu</nav></body>`)).text;
  assert.match(wrapped, /The ferry timetable changes in May/);
  assert.ok(!wrapped.includes('Menu'));
});

test('json: an article object with HTML content becomes text, nested objects are found', () => {
  const raw = JSON.stringify({ data: { headline: 'Flood defences', author: { name: 'R. Diaz' }, url: 'https://x.example/f', body: '<p>The wall is <b>3 metres</b> high.</p><p>It cost £9m.</p>' } });
  const r = readSource('/ws/sources/f.json', raw);
  assert.equal(r.meta.title, 'Flood defences');
  assert.equal(r.meta.author, 'R. Diaz');
  assert.equal(r.meta.url, 'https://x.example/f');
  assert.match(sourceText(r).text, /The wall is 3 metres high\.\s+It cost £9m\./);
  assert.deepEqual(r.problems, []);
});

test('json with unescaped quotes inside HTML is repaired, read, and reported as repaired', () => {
  const raw = '{ "title": "Deal ends", "content": "<p>The firm said it was <em>"a new chapter"</em> for both sides.</p><p>Shares rose 4%.</p>", "slug": "deal" }';
  const r = readSource('/ws/sources/deal.json', raw);
  assert.equal(r.readable, true);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].kind, 'repaired');
  assert.match(r.problems[0].message, /Invalid JSON/);
  assert.ok(r.problems[0].range, 'the repair notice points at where the JSON broke');
  assert.match(sourceText(r).text, /it was "a new chapter" for both sides/);
  assert.equal(fileTextAt(raw, r, 'Shares rose 4%.'), 'Shares rose 4%.');
});

test('a .txt page whose body is a fenced JSON export is read as that export', () => {
  const raw = 'Page title line\n\n```json { "title": "Export title", "content": "<p>He called it <em>"historic"</em>, aides said.</p>", "slug": "x" } ```\n\nShare:\n';
  const r = readSource('/ws/sources/page.txt', raw);
  assert.equal(r.meta.title, 'Export title');
  assert.match(sourceText(r).text, /He called it "historic", aides said\./);
  assert.ok(!sourceText(r).text.includes('slug'));
});

test('a .json file with a few lines of text before the export reads the JSON inside', () => {
  // The export inside is invalid too (a quote left unescaped in its HTML), as saved pages often are.
  const json = '{ "title": "Export title", "content": "<p>The levy starts in May.</p><p>She called it <em>"fair"</em>.</p>", "slug": "levy" }';
  const fenced = `Saved from the newsroom CMS\n\n\`\`\`json\n${json}\n\`\`\`\n`;
  const plain = `Saved from the newsroom CMS\n${json}\n`;
  for (const raw of [fenced, plain]) {
    const r = readSource('/ws/sources/export.json', raw);
    assert.equal(r.readable, true, JSON.stringify(r.problems));
    assert.equal(r.meta.title, 'Export title');
    assert.equal(fileTextAt(raw, r, 'The levy starts in May.'), 'The levy starts in May.');
    assert.match(sourceText(r).text, /She called it "fair"\./);
    // The repair notice is about the export's own fault, not the lines of text before it.
    assert.deepEqual(r.problems.map((p) => p.kind), ['repaired']);
    assert.ok(r.problems[0].range && r.problems[0].range.start > raw.indexOf('{'));
  }
});

test('unreadable sources say why', () => {
  const cases: [string, string, RegExp][] = [
    ['/ws/sources/e.json', '{"status": 404, "error": "Not found"}', /no article object/],
    ['/ws/sources/b.txt', 'abc\u0000def', /binary/],
    ['/ws/sources/p.pdf', '%PDF-1.7', /text must be extracted from the file's bytes/],
    ['/ws/sources/empty.html', '<html><body><nav>only nav</nav><script>x()</script></body></html>', /no article text/],
  ];
  for (const [path, raw, why] of cases) {
    const r = readSource(path, raw);
    assert.equal(r.readable, false, path);
    assert.match(r.problems.find((p) => p.kind === 'unreadable')!.message, why, path);
  }
});

test('readers never throw on hostile input', () => {
  const inputs = ['', '{', '<', '---\n: :\n---', '<html><body>' + '<div>'.repeat(5000), '{"content": "' + '"'.repeat(1000) + '"}', '\uFEFF---\nid: [\n---\n'];
  for (const raw of inputs) for (const ext of ['md', 'txt', 'html', 'json']) assert.doesNotThrow(() => sourceText(readSource(`/ws/sources/x.${ext}`, raw)), `${ext}: ${raw.slice(0, 20)}`);
});

test('html nested thousands of levels deep: the tags past the limit are read as text, once, and reported', () => {
  const depth = MAX_HTML_DEPTH + 1500;
  const html = '<html><body>' + '<div>'.repeat(depth) + 'The bridge reopened in May.' + '</div>'.repeat(depth) + '<p>After it.</p></body></html>';
  const r = readSource('/ws/sources/deep.html', html);
  assert.ok(r.readable);
  const text = sourceText(r);
  assert.match(text.text, /The bridge reopened in May\.\s+After it\./);
  // Offsets still point into the file as written.
  const at = text.text.indexOf('bridge');
  assert.equal(html.slice(sourceOffset(text, at), sourceOffset(text, at) + 6), 'bridge');
  const repaired = r.problems.filter((p) => p.kind === 'repaired');
  assert.equal(repaired.length, 1);
  assert.match(repaired[0].message, /nested more than 512 levels deep \(\d+ tags\)/);
  // Ordinary pages, and tags inside scripts and comments, are left alone.
  const page = '<div><script>var s = "' + '<div>'.repeat(600) + '";</script><!-- ' + '<div>'.repeat(600) + ' --><p>Text</p></div>';
  assert.deepEqual(flattenDeepTags(page), { html: page, flattened: 0 });
  assert.equal(flattenDeepTags('<ul>' + '<li>item'.repeat(2000) + '</ul>').flattened, 0);
});

test('front matter nested too deeply to parse is reported in plain words', () => {
  const r = readSource('/ws/sources/deep.md', '---\ntitle: ' + '['.repeat(20000) + '\n---\n\nBody text.\n');
  const problem = r.problems.find((p) => p.kind === 'repaired');
  assert.ok(problem);
  assert.doesNotMatch(problem.message, /call stack/);
  assert.match(problem.message, /^Invalid YAML front matter, ignored: /);
});

test('json: the problem range of an empty or cut-off export stays inside the file (found by the fuzz suite)', () => {
  for (const raw of ['', ' ', '\n\n', '{', '{"title": "A", "content": "x', '[\n']) {
    const r = readSource('/ws/sources/cut.json', raw);
    for (const p of r.problems) {
      if (!p.range) continue;
      assert.ok(0 <= p.range.start && p.range.start <= p.range.end && p.range.end <= raw.length, `${JSON.stringify(raw)}: ${JSON.stringify(p.range)}`);
    }
  }
});

test('json: every offset of the extracted text maps back inside the file (found by the fuzz suite)', () => {
  const exports = [
    '{\n  "content": "<p>$11 [0–1].</p>",\n  "excerpt": "😀."\n}',
    '{"title": "A\\nB\\tC", "content": "<p>x &amp; y</p><p>\\u00e9\\u00e9\\u00e9 z</p>"}',
    '{"content": "<p>one</p><p>two</p>", "summary": "three four five six"}',
  ];
  for (const raw of exports) {
    const r = readSource('/ws/sources/x.json', raw);
    const ex = sourceText(r);
    for (let k = 0; k <= ex.text.length; k++) {
      const at = sourceOffset(ex, k);
      assert.ok(at >= 0 && at <= raw.length, `${JSON.stringify(raw)}: text offset ${k} maps to ${at}`);
    }
  }
});

test('a file whose extension names a property of every object (".constructor") is an unsupported type, not a crash', () => {
  const s = workspace({ 'sources/a.constructor': 'hello', 'sources/b.tostring': 'hello', 'drafts/d.md': 'Hello [1] and [2].\n\n[1]: ../sources/a.constructor\n[2]: ../sources/b.tostring\n' });
  const codes = s.diagnostics(ROOT + '/drafts/d.md').map((d) => d.code);
  assert.deepEqual(codes, ['unreadable-source', 'unreadable-source']);
});

test('a text source whose first line is a paragraph is titled by its first sentence, or clipped at a word', () => {
  assert.equal(textTitle('Interview notes: Maren Holt, structural engineer'), 'Interview notes: Maren Holt, structural engineer');
  const paragraph = 'Microsoft and OpenAI have amended their partnership in a major reset that loosens exclusivity and extends key licensing terms, and gives OpenAI more freedom to work across multiple cloud providers.';
  const clipped = textTitle(paragraph);
  assert.ok(clipped.length <= 101 && clipped.endsWith('…') && paragraph.startsWith(clipped.slice(0, -1)), clipped);
  assert.equal(textTitle('The council met on Monday. ' + 'It voted on the bridge and the ferry, and it heard the engineers, the residents and the port authority at length.'), 'The council met on Monday.');
});

test('a host\'s problem (invalid UTF-8 replaced) is kept before the reader\'s, and an HTML or JSON source is still read as its text, not its markup', () => {
  const s = workspace({});
  const problem = { kind: 'repaired' as const, message: 'Invalid UTF-8 at byte 50; replaced.', range: { start: 50, end: 51 } };
  const html = s.setSource(`${ROOT}/sources/a.html`, '<html><head><title>T</title></head><body><p>Hello \uFFFD world.</p></body></html>', [problem]);
  assert.equal(sourceText(html).text.trim(), 'Hello \uFFFD world.');
  assert.equal(html.problems[0], problem);
  const json = s.setSource(`${ROOT}/sources/b.json`, '{"title": "T", "content": "<p>Ferries \uFFFD ran.</p>"}', [problem]);
  assert.match(sourceText(json).text, /^Ferries \uFFFD ran\.$/m);
  assert.doesNotMatch(sourceText(json).text, /content|<p>/);
});
