/** A long draft for tests of judging in slices: ordinary sentences, each citing one of the example sources. */
import { readFileSync, readdirSync } from 'node:fs';
import { EXAMPLES } from './tempWorkspace';

/** The example sources' file names, in the order the draft's definitions [1], [2], … name them. */
export const EXAMPLE_SOURCES = readdirSync(EXAMPLES + '/sources').sort();

/** A deterministic draft of `n` cited sentences made of words from the example sources, one per line. */
export function longDraft(n: number, seed = 7): string {
  const sources = EXAMPLE_SOURCES;
  const words = [...new Set(sources.flatMap((f) => readFileSync(EXAMPLES + '/sources/' + f, 'utf8').match(/\b[a-z]{4,}\b/g) ?? []))].sort();
  let x = seed;
  const next = (k: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % k;
  };
  const lines = ['# A long draft', ''];
  for (let i = 0; i < n; i++) {
    const w = Array.from({ length: 9 }, () => words[next(words.length)]);
    lines.push(`${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(' ')} in ${1900 + (i % 120)} [${(i % sources.length) + 1}].`);
    if (i % 6 === 5) lines.push('');
  }
  lines.push('', ...sources.map((f, i) => `[${i + 1}]: ../sources/${f}`), '');
  return lines.join('\n');
}

