import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT, cursor } from '../helpers/memoryWorkspace';

const SOURCES = {
  'sources/port.md': '---\ntitle: Port traffic report\npublisher: Harbour Board\ndate: 2026-02-01\nurl: https://board.example/report\n---\n\nThe weather was mild.\n\nThe port handled 4.2 million containers last year, a record.\n\nStaff numbers were stable.\n',
  'sources/evil.md': '---\ntitle: "[click](command:workbench.action.quit) <img src=x onerror=alert(1)>"\n---\n\nContainers: see https://evil.example and [this](command:x) <script>alert(1)</script> **4.2 million containers** handled.\n',
};

function hover(marked: string, extra: Record<string, string> = {}) {
  const { text, offset } = cursor(marked);
  const s = workspace({ ...SOURCES, ...extra, 'drafts/d.md': text });
  return s.hover(ROOT + '/drafts/d.md', offset);
}

test('hover shows the title, publisher, date, url, a link to the file, and the best passage with shared words in bold', () => {
  const h = hover('The port handled 4.2 million containers [|1].\n\n[1]: ../sources/port.md\n');
  assert.ok(h);
  const md = h.markdown;
  assert.match(md, /Port traffic report/);
  assert.match(md, /Harbour Board · .*2026\\-02\\-01/);
  assert.match(md, /`https:\/\/board\.example\/report`/);
  assert.match(md, /\[Open \.\.\/sources\/port\.md\]\(file:\/\/\/ws\/sources\/port\.md#L10\)/);
  assert.match(md, /> The \*\*port handled 4\.2 million containers\*\* last year, a record\./);
  assert.doesNotMatch(md, /weather/);
});

test('hover over a group shows each source', () => {
  const h = hover('The port handled containers [1][|2].\n\n[1]: ../sources/port.md\n[2]: ../sources/evil.md\n');
  assert.ok(h);
  const parts = h.markdown.split('\n---\n');
  // The claim's verdict, then one part per source.
  assert.equal(parts.length, 3);
  assert.match(parts[0], /supported/i);
  assert.match(parts[1], /Port traffic report/);
});

test('source text in a hover is escaped: no links, commands, images or HTML', () => {
  const h = hover('4.2 million containers were handled [|1].\n\n[1]: ../sources/evil.md\n');
  assert.ok(h);
  const md = h.markdown;
  // Remove our own "Open" link, then nothing link-like may remain.
  const body = md.replace(/\[Open [^\]]*\]\(file:[^)]*\)/, '');
  assert.doesNotMatch(body, /(?<!\\)\]\(/, 'an unescaped ]( would form a link');
  assert.doesNotMatch(body, /(?<!\\)<(img|script)/i, 'raw HTML must be escaped');
  assert.doesNotMatch(body, /https:\/\/evil/, 'bare urls must not autolink');
  assert.match(body, /\\\[click\\\]\\\(command&#58;|\\\[click\\\]\\\(command:/);
});

test('hover on an undefined marker says so; no hover off a marker', () => {
  assert.match(hover('Claim [|3].\n')!.markdown, /has no reference definition/);
  assert.equal(hover('Cl|aim [3].\n'), undefined);
});

test('hover on a pandoc key and on a missing source', () => {
  assert.match(hover('Record year [@po|rt].\n')!.markdown, /Port traffic report/);
  assert.match(hover('Claim [|1].\n\n[1]: ../sources/nope.md\n')!.markdown, /nope\.md`, which does not exist/);
});

test('definition goes to the best-matching passage in the source', () => {
  const { text, offset } = cursor('The port handled 4.2 million containers [|1].\n\n[1]: ../sources/port.md\n');
  const s = workspace({ ...SOURCES, 'drafts/d.md': text });
  const def = s.definition(ROOT + '/drafts/d.md', offset)!;
  assert.equal(def.targets[0].path, ROOT + '/sources/port.md');
  const raw = SOURCES['sources/port.md'];
  assert.match(raw.slice(def.targets[0].range!.start, def.targets[0].range!.end), /^The port handled 4\.2 million containers/);
});

/** Sentences enough to make a long draft being judged (more than 30 to go), each citing `[n]`. */
const longDraft = (n: number) => Array.from({ length: 31 }, (_, i) => `Staff numbers were stable in week ${i + 1} [${n}].`).join('\n\n') + '\n\n';

test('a hover that may not judge (a long draft is being judged elsewhere) says the sentence is being checked, with the passages of sources read here already; judged, it shows the verdict', () => {
  const { text, offset } = cursor('The port handled 4.2 million containers [|1].\n\n' + longDraft(1) + '[1]: ../sources/port.md\n');
  const other = cursor('Port traffic rose [|1].\n\n[1]: ../sources/port.md\n');
  const s = workspace({ ...SOURCES, 'drafts/d.md': text, 'drafts/other.md': other.text });
  // The source not read on this thread yet: no markdown parse in the hover, the passage comes with the verdict.
  const first = s.hover(ROOT + '/drafts/d.md', offset, false)!.markdown;
  assert.match(first, /Being checked against its sources/);
  assert.match(first, /Port traffic report/);
  assert.match(first, /Its passage shows here once the sentence is checked/);
  assert.doesNotMatch(first, /port handled 4\.2 million/);
  // Once another sentence's check has read it here, its passage is shown while the sentence is being checked.
  assert.ok(s.hover(ROOT + '/drafts/other.md', other.offset));
  const early = s.hover(ROOT + '/drafts/d.md', offset, false)!.markdown;
  assert.match(early, /Being checked against its sources/);
  assert.doesNotMatch(early, /Supported/);
  assert.match(early, /> The \*\*port handled 4\.2 million containers\*\* last year/);
  const judged = s.hover(ROOT + '/drafts/d.md', offset)!.markdown;
  assert.match(judged, /\*\*✓ Supported\*\*/);
  assert.doesNotMatch(judged, /Being checked|Its passage shows here/);
  // Once judged, a hover that may not judge shows the verdict known.
  assert.match(s.hover(ROOT + '/drafts/d.md', offset, false)!.markdown, /\*\*✓ Supported\*\*/);
});

test('a hover on a sentence being checked elsewhere indexes a plain-text source it has the text of only when the text is short', () => {
  const filler = 'The harbour board met on a Tuesday and discussed the weather at length. '.repeat(600); // about 43,000 characters
  const { text, offset } = cursor('The port handled 4.2 million containers [1][|2].\n\n' + longDraft(1) + '[1]: ../sources/short.txt\n[2]: ../sources/long.txt\n');
  const s = workspace({
    'sources/short.txt': 'Staff numbers were stable.\n\nThe port handled 4.2 million containers last year, a record.\n',
    'sources/long.txt': filler + '\n\nThe port handled 4.2 million containers last year, a record.\n',
    'drafts/d.md': text,
  });
  const early = s.hover(ROOT + '/drafts/d.md', offset, false)!.markdown;
  assert.match(early, /Being checked against its sources/);
  const [short, long] = early.split('**\\[2\\]**');
  // The short text (kept since it was read) is indexed here; the long one is left to the judging thread.
  assert.match(short, /> The \*\*port handled 4\.2 million containers\*\* last year/);
  assert.match(long, /long\.txt/);
  assert.match(long, /Its passage shows here once the sentence is checked/);
  // Judged, the long source's passage is shown too.
  const judged = s.hover(ROOT + '/drafts/d.md', offset)!.markdown.split('**\\[2\\]**')[1];
  assert.match(judged, /> The \*\*port handled 4\.2 million containers\*\* last year/);
});

test('in a short draft, a hover on a sentence being checked elsewhere looks its passages up: the judging ends within a moment', () => {
  const { text, offset } = cursor('The port handled 4.2 million containers [|1].\n\n[1]: ../sources/port.md\n');
  const s = workspace({ ...SOURCES, 'drafts/d.md': text });
  const early = s.hover(ROOT + '/drafts/d.md', offset, false)!.markdown;
  assert.match(early, /Being checked against its sources/);
  assert.match(early, /> The \*\*port handled 4\.2 million containers\*\* last year/);
});

test('a sentence with nothing to judge (its source cannot be read) is never said to be being checked', () => {
  const { text, offset } = cursor('The port handled containers [|1].\n\n[1]: ../sources/gone.md\n');
  const s = workspace({ ...SOURCES, 'drafts/d.md': text });
  assert.doesNotMatch(s.hover(ROOT + '/drafts/d.md', offset, false)!.markdown, /Being checked/);
});
