/**
 * fast-check arbitraries for the fuzz suite: random drafts (markdown mixing prose, markers in every
 * form, tables, lists, quotes, code, HTML, front matter, nesting, unicode, long lines), real drafts
 * mutated, and sources of every format (markdown with front matter, text, HTML, JSON exports, broken
 * JSON, bytes that are not UTF-8), random or mutated from the examples.
 */
import fc from 'fast-check';
import { DRAFTS, SENTENCES, SOURCES, WORDS } from './corpus';

export interface FuzzCase {
  /** Workspace-relative path → text. Drafts are under `drafts/`, sources under `sources/`. */
  files: Record<string, string>;
  settings: { citationStyle: 'auto' | 'numeric' | 'pandoc'; support: boolean; supportThreshold: number };
  /** Where to ask hovers, completions and the like, as fractions of the draft's length. */
  probes: number[];
  /** An edit applied to the draft after the first round of requests (start and end as fractions). */
  edit: { at: number; remove: number; insert: string };
}

const word = fc.constantFrom(...WORDS);
const key = fc.constantFrom('s0', 's1', 's2', 's3', 'a', 'council-minutes', 'wire-report', 'budget-memo', 'engineer-interview', 'port-alder-2019', 'x:y', 'é', 'k_1.2');
const label = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99999 })).map(String);

/** Citation markers in every form, well-formed and broken. */
export const marker: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: label.map((k) => `[${k}]`) },
  { weight: 2, arbitrary: fc.array(label, { minLength: 2, maxLength: 5 }).map((ks) => ks.map((k) => `[${k}]`).join('')) },
  fc.tuple(label, label).map(([a, b]) => `[${a}-${b}]`),
  fc.tuple(label, label).map(([a, b]) => `[${a}–${b}]`),
  fc.array(label, { minLength: 2, maxLength: 4 }).map((ks) => `[${ks.join(', ')}]`),
  { weight: 3, arbitrary: key.map((k) => `[@${k}]`) },
  fc.array(key, { minLength: 2, maxLength: 4 }).map((ks) => `[${ks.map((k) => '@' + k).join('; ')}]`),
  fc.tuple(key, fc.nat(400)).map(([k, p]) => `[see @${k}, p. ${p}]`),
  key.map((k) => `[-@${k}]`),
  key.map((k) => `@${k}`),
  fc.tuple(label, label).map(([a, b]) => `[${a}][\n${b}]`),
  fc.tuple(label, label).map(([a, b]) => `[${a}][${b}][\n`),
  label.map((k) => `[\n${k}]`),
  label.map((k) => `[${k}\n]`),
  fc.constantFrom('[', '[]', '[@]', '[ ]', ']', '[[1]]', '[^1]', '[1]:', '[@', '[@a;', '[1,', '[1-', '\\[1]', '`[1]`', '[1](x)', '![1]', '[1]]', '[[', ']]'),
);

const figure = fc.oneof(
  fc.tuple(fc.nat(10000), fc.constantFrom('', '%', ' percent', ' million', ' billion', ' tonnes', ',000')).map(([n, u]) => `${n}${u}`),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `$${a}.${b} million`),
  fc.constantFrom('two-thirds of', '1 in 5', 'four billion', 'five percent', 'about 20', 'nearly 30%', 'more than 6', 'up to 12', 'six to one', '2032', 'March 2027', '1e308', '−3', '0.000001', '(2, 4, 5)', 'table 3', '١٢٣'),
);

const unicode = fc.oneof(
  fc.constantFrom('😀', 'é', 'e\u0301', '\u200b', '\u200f', 'שלום', 'مرحبا', '漢字', '\uFEFF', '\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u2028', '\u2029', '\r', '\r\n', '\t', '\f', '\v', '…', '—', '“', '”', '‘', '’', '«', '»', 'İ', 'ß', 'ﬁ'),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** An inline piece of prose: words, figures, quotes, emphasis, code, links, inline HTML, odd characters. */
const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: word },
  { weight: 2, arbitrary: figure },
  { weight: 2, arbitrary: unicode },
  fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => `"${ws.join(' ')}"`),
  fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => `“${ws.join(' ')}”`),
  fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => `“${ws.join(' ')} … ${ws[0]}”`),
  word.map((w) => `*${w}*`),
  word.map((w) => `**${w}**`),
  word.map((w) => `_${w}`),
  word.map((w) => '`' + w + '`'),
  word.map((w) => `[${w}](../sources/s0.md)`),
  word.map((w) => `[${w}][1]`),
  word.map((w) => `<https://x.example/${w}>`),
  word.map((w) => `<span class="${w}">${w}</span>`),
  fc.constantFrom('Mr.', 'U.S.', 'Dr.', 'e.g.', 'i.e.', 'J. R.', 'No.', 'according to', 'said', 'not', 'never', 'however', 'non-exclusive', 'exclusive', '<br>', '<!--', '-->', '&amp;', '&#x0;', '\\', '|', '*', '_', '~~', '$', '{', '}', '"', "'"),
);

/** A sentence: prose with markers at random places (mostly at the end), and an end mark. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.array(inline, { minLength: 1, maxLength: 30 }) }, fc.constantFrom(...SENTENCES).map((s) => s.split(' '))),
    fc.array(fc.tuple(fc.nat(), marker), { maxLength: 3 }),
    fc.oneof(marker, fc.constant('')),
    fc.constantFrom('.', '.', '.', '?', '!', '', '…', '."', '.”', ':', ';'),
    fc.boolean(),
  )
  .map(([parts, inside, last, end, markerAfterEnd]) => {
    const ws = [...parts];
    for (const [at, m] of inside) ws.splice(at % (ws.length + 1), 0, m);
    const body = ws.join(' ');
    return markerAfterEnd ? `${body}${end}${last ? ' ' + last : ''}` : `${body}${last ? ' ' + last : ''}${end}`;
  });

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).chain((ss) => fc.constantFrom(' ', '\n', '  \n').map((sep) => ss.join(sep)));

const definition = fc
  .tuple(
    fc.oneof(label, fc.constantFrom('@a', 'a', '^1', '')),
    fc.constantFrom(
      '../sources/s0.md', '../sources/s1.json', '../sources/s2.html', '../sources/s3.txt', '../sources/council-minutes.md', '../sources/wire-report.json',
      '../sources/budget-memo.json', '../sources/harbor-gazette.html', '../sources/engineer-interview.txt', '../sources/missing.md',
      'https://x.example/a', 'https://harborgazette.example/news/bridge-repairs-approved', 'file:///etc/hostname', '../../../../elsewhere/notes.md',
      '/sources/s0.md', 'sources/s0.md', '<../sources/s0.md>', '../sources/', '../sources/s0.pdf', '', '..', 'mailto:a@b', '../sources/s%20x.md', '#frag',
    ),
    fc.oneof(fc.constant(''), word.map((w) => ` "${w}"`), word.map((w) => ` (${w})`), fc.constant(' "unclosed')),
  )
  .map(([l, target, title]) => `[${l}]: ${target}${title}`);

const table = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(fc.oneof(sentence, word, marker, fc.constant('')), { minLength: 1, maxLength: 5 }), { maxLength: 8 }), fc.boolean())
  .map(([cols, rows, sep]) => {
    const head = '| ' + Array.from({ length: cols }, (_, i) => `h${i}`).join(' | ') + ' |';
    const rule = sep ? '|' + '---|'.repeat(cols) : '|-';
    return [head, rule, ...rows.map((r) => '| ' + r.map((c) => c.replace(/\n/g, ' ')).join(' | ') + ' |')].join('\n');
  });

/** How deep the generated nesting goes: deep enough to exercise the parser, short of the depth a stack overflow needs (that is a regression case of its own). */
export const MAX_NESTING = 40;

const list = fc
  .tuple(fc.array(fc.tuple(fc.nat(6), fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '), sentence), { minLength: 1, maxLength: 8 }))
  .map(([items]) => items.map(([indent, m, s]) => ' '.repeat(indent * 2) + m + s).join('\n'));

const nested = fc
  .tuple(fc.integer({ min: 1, max: MAX_NESTING }), fc.constantFrom('> ', '- ', '>', '1. ', '> - ', '* > '), sentence)
  .map(([depth, m, s]) => m.repeat(depth) + s);

const code = fc.tuple(fc.constantFrom('```', '~~~', '````', '    '), fc.array(fc.oneof(sentence, marker), { maxLength: 4 }), fc.boolean()).map(([fence, body, closed]) =>
  fence === '    ' ? body.map((b) => '    ' + b.replace(/\n/g, ' ')).join('\n') : `${fence}js\n${body.join('\n')}${closed ? '\n' + fence : ''}`,
);

const html = fc.tuple(fc.constantFrom('div', 'p', 'table', 'details', 'script', 'style', '!--', 'pre'), paragraph, fc.boolean()).map(([t, body, closed]) =>
  t === '!--' ? `<!-- ${body}${closed ? ' -->' : ''}` : `<${t}>\n${body}${closed ? `\n</${t}>` : ''}`,
);

const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), sentence).map(([n, s]) => '#'.repeat(n) + ' ' + s.replace(/\n/g, ' '));

/** A long line: a word repeated, or a few sentences repeated (runs of thousands of markers are regression cases of their own, see regressions.test.ts). */
const longLine = fc.oneof(
  fc.tuple(fc.integer({ min: 200, max: 4000 }), word).map(([n, w]) => Array.from({ length: n }, () => w).join(' ')),
  fc.tuple(fc.integer({ min: 2, max: 60 }), sentence).map(([n, s]) => Array.from({ length: n }, () => s.replace(/\n/g, ' ')).join(' ')),
);

const frontMatter = fc.oneof(
  fc.tuple(sentence, fc.constantFrom('sources', 'refs.bib', '[a, b]', '', '{')).map(([t, b]) => `---\ntitle: ${t.replace(/\n/g, ' ')}\nbibliography: ${b}\n---\n`),
  fc.constantFrom('---\n---\n', '---\n: : :\n---\n', '---\ntitle: [unclosed\n---\n', '---\nnot closed\n', '+++\ntitle = "x"\n+++\n', '---\ntitle: &a [*a]\n---\n', '---\n\t- x\n---\n'),
);

function blockArb(small: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: paragraph },
    { weight: 3, arbitrary: definition },
    { weight: 2, arbitrary: table },
    { weight: 2, arbitrary: list },
    { weight: 2, arbitrary: nested },
    code,
    html,
    heading,
    fc.constantFrom('---', '***', '', '\n', '[^1]: a footnote [2]', '<br>', '\\', '|', '> '),
    { weight: small ? 0 : 1, arbitrary: longLine },
  );
}
const block = blockArb(false);

function randomDraftArb(small: boolean): fc.Arbitrary<string> {
  return fc
    .tuple(fc.option(frontMatter, { freq: 4 }), fc.array(fc.tuple(blockArb(small), fc.constantFrom('\n\n', '\n', '\n\n\n', '')), { maxLength: small ? 6 : 14 }), fc.constantFrom('', '', '', '', 'crlf', 'bom', 'cr'))
    .map(([fm, blocks, variant]) => {
      let text = (fm ?? '') + blocks.map(([b, sep]) => b + sep).join('');
      if (variant === 'crlf') text = text.replace(/\n/g, '\r\n');
      if (variant === 'cr') text = text.replace(/\n/g, '\r');
      if (variant === 'bom') text = '\uFEFF' + text;
      return text;
    });
}

/** A random draft: front matter (sometimes), blocks glued or apart, sometimes with CRLF line ends or a BOM. */
export const randomDraft = randomDraftArb(false);

type Mutation = { op: 'delete' | 'duplicate' | 'insert' | 'truncate' | 'replace' | 'swap'; at: number; len: number; piece: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'insert', 'insert', 'insert', 'truncate', 'replace', 'swap'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.nat(200),
  piece: fc.oneof(marker, sentence, definition, unicode, fc.constantFrom('[', ']', '\n', '\n\n', '|', '> ', '- ', '```', '<', '>', '"', '{', '}', ',', ':', '---\n', '\\', '\u0000', '\uFFFD')),
});

/** `text` changed by a few random edits: pieces deleted, duplicated, inserted, replaced, swapped or cut off. */
export function mutate(text: string, mutations: Mutation[]): string {
  for (const m of mutations) {
    const at = Math.floor(m.at * text.length);
    const end = Math.min(text.length, at + m.len);
    switch (m.op) {
      case 'delete':
        text = text.slice(0, at) + text.slice(end);
        break;
      case 'duplicate':
        text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
        break;
      case 'insert':
        text = text.slice(0, at) + m.piece + text.slice(at);
        break;
      case 'truncate':
        text = text.slice(0, at);
        break;
      case 'replace':
        text = text.slice(0, at) + m.piece + text.slice(Math.min(text.length, at + m.piece.length));
        break;
      case 'swap': {
        const a = text.slice(0, at);
        const b = text.slice(at, end);
        text = b + a + text.slice(end);
        break;
      }
    }
  }
  return text;
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

/** A real draft, mutated. */
export const mutatedDraft: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...DRAFTS.map((d) => d.text)), mutations).map(([t, ms]) => mutate(t, ms));


const prose = fc.array(sentence, { minLength: 0, maxLength: 12 }).map((ss) => ss.join(' '));

const yamlValue = fc.oneof(word, fc.constantFrom('', '[a, b]', '{x: 1}', '2026-02-30', '12', 'null', '~', '"unclosed', "'", '- x', '|', '>', '*a', '&a x', 'https://x.example/a', 'true'));

const mdSource = fc
  .tuple(fc.option(fc.array(fc.tuple(fc.constantFrom('id', 'title', 'url', 'author', 'publisher', 'date', 'tags', 'x'), yamlValue), { maxLength: 6 }), { freq: 3 }), fc.array(fc.oneof(prose, heading, list, table, code), { maxLength: 8 }))
  .map(([fm, body]) => (fm ? '---\n' + fm.map(([k, v]) => `${k}: ${v}`).join('\n') + '\n---\n' : '') + body.join('\n\n'));

const htmlSource = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('title', 'author', 'og:title', 'og:site_name', 'article:published_time', 'description'), word), { maxLength: 4 }),
    fc.option(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), { freq: 3 }),
    fc.array(fc.tuple(fc.constantFrom('p', 'div', 'nav', 'script', 'style', 'aside', 'footer', 'article', 'h1', 'li', 'table', 'td', 'span hidden', 'div role="navigation"', 'div class="cookie-banner"', 'em', 'br', '!--'), prose, fc.boolean()), { maxLength: 10 }),
  )
  .map(([metas, ld, body]) =>
    `<html><head>${metas.map(([n, c]) => `<meta name="${n}" property="${n}" content="${c}">`).join('')}${ld !== null ? `<script type="application/ld+json">${ld}</script>` : ''}</head><body>` +
    body.map(([t, text, closed]) => (t === '!--' ? `<!-- ${text}${closed ? ' -->' : ''}` : `<${t}>${text}${closed ? `</${t.split(' ')[0]}>` : ''}`)).join('\n'),
  );

const jsonSource = fc
  .tuple(
    fc.record(
      { title: fc.oneof(word, fc.jsonValue({ maxDepth: 2 })), content: fc.oneof(prose.map((p) => `<p>${p}</p>`), prose, fc.jsonValue({ maxDepth: 2 })), url: fc.oneof(fc.constant('https://x.example/a'), word), date: fc.oneof(fc.constant('2026-09-16'), word, fc.integer()), author: fc.jsonValue({ maxDepth: 1 }), excerpt: prose },
      { requiredKeys: [] },
    ),
    fc.constantFrom('valid', 'valid', 'array', 'unescaped', 'truncated', 'trailing', 'jsonld'),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([obj, how, cut]) => {
    const s = JSON.stringify(how === 'array' ? [obj, obj] : how === 'jsonld' ? { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: obj.title, articleBody: obj.content }] } : obj, null, 2);
    if (how === 'unescaped') return s.replace(/\\"/g, '"').replace(/<p>/g, '<p>"quoted" ');
    if (how === 'truncated') return s.slice(0, Math.floor(cut * s.length));
    if (how === 'trailing') return s.replace(/\n}$/, ',\n}') + '\n{';
    return s;
  });

/** Bytes that are not UTF-8, read the way the hosts read files (invalid sequences become U+FFFD). */
const badBytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from([0xc3, 0x28, 0xff, 0xfe, ...b, 0xe2, 0x82]).toString('utf8'));

export const sourceText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...SOURCES.map((s) => s.text)), mutations).map(([t, ms]) => mutate(t, ms)) },
  prose,
  mdSource,
  htmlSource,
  jsonSource,
  badBytes,
  fc.tuple(prose, badBytes).map(([a, b]) => a + b),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '\n', '{', '[]', 'null', '"x"', '<', '---\n', '\uFEFF{}'),
);

/**
 * A workspace: the draft under test, maybe a second draft (for references across drafts), sources in
 * every format. `small` keeps drafts short and sources few, for the bulk of `npm run fuzz`.
 */
function caseArb(small: boolean): fc.Arbitrary<FuzzCase> {
  const draft = fc.oneof({ weight: 3, arbitrary: randomDraftArb(small) }, { weight: 2, arbitrary: mutatedDraft });
  const src = small ? fc.oneof({ weight: 3, arbitrary: fc.constant('') }, sourceText) : sourceText;
  return fc
    .record({
      draft,
      other: fc.option(draft, { freq: small ? 10 : 4 }),
      s0: fc.oneof(mdSource, sourceText),
      s1: fc.oneof(jsonSource, sourceText),
      s2: small ? src : fc.oneof(htmlSource, sourceText),
      s3: src,
      examples: fc.subarray(SOURCES.map((s) => s.name), { maxLength: small ? 2 : SOURCES.length }),
      mutatedExample: fc.option(fc.tuple(fc.constantFrom(...SOURCES), mutations), { freq: 3 }),
      settings: fc.record({ citationStyle: fc.constantFrom('auto', 'auto', 'numeric', 'pandoc'), support: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(true), fc.constant(false)), supportThreshold: fc.double({ min: 0, max: 1, noNaN: true }) }),
      probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: small ? 2 : 8 }),
      edit: fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.oneof(marker, sentence, fc.constantFrom('', '\n', '[', ']')) }),
    })
    .map((r) => {
      const files: Record<string, string> = { 'sources/s0.md': r.s0, 'sources/s1.json': r.s1 };
      if (r.s2) files['sources/s2.html'] = r.s2;
      if (r.s3) files['sources/s3.txt'] = r.s3;
      for (const name of r.examples) files['sources/' + name] = SOURCES.find((s) => s.name === name)!.text;
      if (r.mutatedExample) files['sources/' + r.mutatedExample[0].name] = mutate(r.mutatedExample[0].text, r.mutatedExample[1]);
      files['drafts/d.md'] = r.draft;
      if (r.other !== null) files['drafts/e.md'] = r.other;
      return { files, settings: r.settings as FuzzCase['settings'], probes: r.probes, edit: r.edit };
    });
}

export const fuzzCase = caseArb(false);
export const smallCase = caseArb(true);

/** A large draft (5,000 to 40,000 characters) of random blocks: for the time bound against an ordinary draft of the same size. */
export const largeCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fuzzCase, fc.array(block, { minLength: 1, maxLength: 6 }), fc.integer({ min: 5000, max: 40000 }))
  .map(([c, blocks, size]) => {
    let text = c.files['drafts/d.md'] + '\n\n';
    for (let i = 0; text.length < size; i++) text += blocks[i % blocks.length] + '\n\n';
    return { ...c, files: { ...c.files, 'drafts/d.md': text.slice(0, size) } };
  });
