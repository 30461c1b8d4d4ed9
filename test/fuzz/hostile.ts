/**
 * The hostile inputs of issue 14, as workspaces: the regression cases of the fuzz suite. Each is a
 * draft `drafts/d.md` with the example sources; some add files of their own (bytes that are not
 * UTF-8), a symbolic link, or a file outside the workspace.
 */
import { SENTENCES, SOURCES, WORDS } from './corpus';

export interface Hostile {
  id: string;
  title: string;
  /** Workspace-relative path → contents. */
  files: Record<string, string | Buffer>;
  /** Symbolic links to make: workspace-relative path → target. */
  symlinks?: Record<string, string>;
  /** A file beside the workspace (path relative to the workspace's parent) whose text must not reach the output. */
  outside?: { path: string; text: string };
}

const EXAMPLE_SOURCES: Record<string, string> = Object.fromEntries(SOURCES.filter((s) => !s.name.includes('agency') && !s.name.includes('lease') && !s.name.includes('fisheries') && !s.name.includes('columnist')).map((s) => ['sources/' + s.name, s.text]));
const NAMES = Object.keys(EXAMPLE_SOURCES);
const DEFS = Array.from({ length: 7 }, (_, i) => `[${i + 1}]: ../${NAMES[i % NAMES.length]}`).join('\n');
const SENTENCE = 'The city council approved $48 million to rehabilitate the Harbour Street Bridge';

function draft(body: string, defs = DEFS): Record<string, string | Buffer> {
  return { ...EXAMPLE_SOURCES, 'drafts/d.md': `${body}\n\n${defs}\n` };
}

/** A 1 MB line of words. */
function megabyteLine(): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < 1_000_000; i++) {
    const w = WORDS[(i * 7919) % WORDS.length];
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ');
}

export const HOSTILE: Hostile[] = [
  {
    id: 'a',
    title: '250 ordinary cited sentences, each ending in [k], k = 1..7',
    files: draft(Array.from({ length: 250 }, (_, i) => `${SENTENCES[i % SENTENCES.length]} [${(i % 7) + 1}].`).join(' ')),
  },
  { id: 'b', title: "'> ' repeated 3,000 times before a sentence (blockquotes nested 3,000 deep)", files: draft('> '.repeat(3000) + SENTENCE + ' [1].') },
  { id: 'c', title: '[1] repeated 4,000 times on one line', files: draft(SENTENCE + ' ' + '[1]'.repeat(4000) + '.') },
  { id: 'd', title: 'the same cited sentence repeated 5,000 times', files: draft(Array.from({ length: 5000 }, () => SENTENCE + ' [1].').join(' ')) },
  {
    id: 'e',
    title: 'a table of 20,000 rows',
    files: draft(['| Question | Answer |', '|---|---|', ...Array.from({ length: 20000 }, (_, i) => `| Row ${i} | ${SENTENCES[i % SENTENCES.length]} [${(i % 7) + 1}] |`)].join('\n')),
  },
  { id: 'f', title: 'list markers nested 3,000 deep on one line', files: draft('- '.repeat(3000) + SENTENCE + ' [1].') },
  { id: 'g', title: 'a 1 MB single line of words', files: draft(megabyteLine() + ' [1].') },
  { id: 'h', title: 'a symbolic link loop, sources/up -> ..', files: draft(SENTENCE + ' [1].'), symlinks: { 'sources/up': '..' } },
  {
    id: 'i',
    title: 'definitions pointing outside the workspace (file:///etc/hostname, ../../../../elsewhere/notes.md)',
    files: draft(`${SENTENCE} [4]. The engineer said the bridge is safe for cars [5].`, `[4]: file:///etc/hostname\n[5]: ../../../../elsewhere/notes.md\n[6]: ../../elsewhere/notes.md`),
    outside: { path: 'elsewhere/notes.md', text: 'Private notes kept outside the workspace: the engineer said the bridge is safe for cars.' },
  },
  {
    id: 'j',
    title: 'a source that is not valid UTF-8',
    files: {
      ...draft(`${SENTENCE} [1]. The bridge carries 22,000 vehicles a day [2].`, '[1]: ../sources/bad.txt\n[2]: ../sources/bad.md'),
      'sources/bad.txt': Buffer.concat([Buffer.from('The city council approved '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1, 0xe2, 0x82]), Buffer.from(' $48 million to rehabilitate the bridge.\n'), Buffer.from([0xf0, 0x28, 0x8c, 0x28, 0xed, 0xa0, 0x80])]),
      'sources/bad.md': Buffer.concat([Buffer.from('---\ntitle: Bad \xff bytes\n---\n', 'latin1'), Buffer.from([0x80, 0x81, 0xfe]), Buffer.from(' The bridge carries 22,000 vehicles a day.')]),
    },
  },
  {
    id: 'k',
    title: 'an 11,000-character sentence of figures and markers with no full stop (found by npm run fuzz: every figure of every claim re-read the sentence, and each marker claimed 4,000 characters of it)',
    files: draft(Array.from({ length: 110 }, (_, i) => `council vote “See Council … url” $${678 + i}.12 million [${(i % 7) + 1}][${((i + 3) % 7) + 1}] sale of ${i + 12} percent [operating][1] build error`).join(' ') + '.'),
  },
];

/** The files as the hosts hand them to the core: bytes decoded as UTF-8 (invalid sequences become U+FFFD). */
export function asText(files: Record<string, string | Buffer>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([p, t]) => [p, typeof t === 'string' ? t : t.toString('utf8')]));
}
