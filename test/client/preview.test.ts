import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { citedPreviewPlugin } from '../../client/src/preview';
import type { PreviewEntry } from '../../server/src/protocol';

const ENTRIES: PreviewEntry[] = [
  { label: '1', kind: 'numeric', title: 'Council minutes', byline: 'City Clerk', date: '2026-09-14', sourceUri: 'file:///ws/sources/minutes.md', url: 'https://city.example/minutes' },
  { label: '2', kind: 'numeric', title: 'Evil "title" <img src=x onerror=alert(1)> & co', sourceUri: 'file:///ws/sources/evil.md', url: 'javascript:alert(1)' },
  { label: 'memo', kind: 'key', title: 'Finance memo', sourceUri: 'file:///ws/sources/memo.json' },
];

function render(text: string, entries: PreviewEntry[] | null = ENTRIES, env: Record<string, unknown> = { doc: 'a' }): string {
  const md = new MarkdownIt();
  md.use(citedPreviewPlugin, (e: unknown) => ((e as { doc?: string }).doc === 'a' ? (entries ?? undefined) : undefined));
  return md.render(text, env);
}

test('a marker becomes a superscript link to its source with the title as tooltip', () => {
  const html = render('The vote [1].\n\n[1]: ../sources/minutes.md\n');
  assert.match(html, /The vote <sup class="cited-marker">\[<a href="file:\/\/\/ws\/sources\/minutes\.md" title="Council minutes · City Clerk · 2026-09-14">1<\/a>\]<\/sup>\./);
});

test('groups, lists and pandoc citations: each resolved label is linked, the rest stays text', () => {
  const html = render('A [1][2]. B [1, 9]. C [see @memo, p. 2; @nobody]. In text @memo says so.\n');
  assert.equal((html.match(/<sup class="cited-marker">/g) ?? []).length, 4);
  assert.match(html, /<sup class="cited-marker">\[<a [^>]*>1<\/a>, 9\]<\/sup>/);
  assert.match(html, /\[see <a href="file:\/\/\/ws\/sources\/memo\.json" title="Finance memo">@memo<\/a>, p\. 2; @nobody\]/);
  assert.match(html, /<span class="cited-intext"><a [^>]*title="Finance memo">@memo<\/a><\/span> says so/);
});

test('source text is escaped in tooltips and in the list; no javascript: link', () => {
  const html = render('Claim [2].\n');
  assert.ok(!html.includes('<img'), html);
  assert.match(html, /title="Evil &quot;title&quot; &lt;img src=x onerror=alert\(1\)&gt; &amp; co"/);
  assert.ok(!/href="javascript:/i.test(html), html);
});

test('the cited sources are listed at the end, unless the draft has its own References section', () => {
  const html = render('The vote [1].\n');
  assert.match(html, /<section class="cited-references"><h2>References<\/h2><ul><li><span class="cited-label">\[1\]<\/span> <a href="file:\/\/\/ws\/sources\/minutes\.md"><em>Council minutes<\/em><\/a>\. City Clerk, 2026-09-14\. <a href="https:\/\/city\.example\/minutes">/);
  assert.ok(html.trimEnd().endsWith('</section>'));
  assert.ok(!render('The vote [1].\n\n## References\n\n- mine\n').includes('cited-references'));
});

test('without entries for the document, markdown renders as it would without the plugin', () => {
  const plain = new MarkdownIt().render('The vote [1] and [@memo], code `[1]`, link [x](y).\n\n[1]: ../sources/minutes.md\n');
  assert.equal(render('The vote [1] and [@memo], code `[1]`, link [x](y).\n\n[1]: ../sources/minutes.md\n', null), plain);
  assert.equal(render('The vote [1] and [@memo], code `[1]`, link [x](y).\n\n[1]: ../sources/minutes.md\n', ENTRIES, { doc: 'other' }), plain);
  // Code, links and image labels stay as they are with entries too.
  const html = render('Code `[1]`, link [1](y), image ![1](i.png).\n');
  assert.ok(!html.slice(0, html.indexOf('<section')).includes('cited-marker'), html);
});

test('as VS Code renders: tokens parsed once without the document, rendered with it (and again when the data changes)', () => {
  const md = new MarkdownIt();
  const data: { entries?: PreviewEntry[] } = {};
  md.use(citedPreviewPlugin, (env: unknown) => ((env as { currentDocument?: string } | undefined)?.currentDocument === 'file:///ws/drafts/a.md' ? data.entries : undefined));
  const text = 'The vote [1] and [@memo], per @memo.\n\n[1]: ../sources/minutes.md\n';
  const tokens = md.parse(text, {});
  const env = { currentDocument: 'file:///ws/drafts/a.md' };
  // No data yet: as markdown-it renders it alone (the defined [1] is a link).
  assert.equal(md.renderer.render(tokens, md.options, env), new MarkdownIt().render(text));
  data.entries = ENTRIES;
  const html = md.renderer.render(tokens, md.options, env);
  assert.match(html, /The vote <sup class="cited-marker">\[<a href="file:\/\/\/ws\/sources\/minutes\.md" title="Council minutes[^"]*">1<\/a>\]<\/sup>/);
  assert.match(html, /per <span class="cited-intext"><a href="file:\/\/\/ws\/sources\/memo\.json" title="Finance memo">@memo<\/a><\/span>/);
  assert.match(html, /<section class="cited-references">/);
});
