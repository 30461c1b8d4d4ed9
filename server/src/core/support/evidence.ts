/**
 * Evidence lookup in one source: its sentences indexed in MiniSearch (BM25,
 * stemmed), built once per source text and dropped with it when the source
 * changes; plus the source's figures and a normalised copy for quote search.
 */
import MiniSearch from 'minisearch';
import { contentStems, isStopword, stem, tokenize } from '../text';
import type { OffsetRange } from '../text';
import { splitPassages } from '../passages';
import type { ExtractedText } from '../sources/sourceTypes';
import { extractFigures, type Figure } from './numbers';
import { normalizeForQuote } from './quotes';

export interface Sentence {
  range: OffsetRange;
  stems: string[];
  stemSet: Set<string>;
}

export interface SourceEvidence {
  text: string;
  sentences: Sentence[];
  /** In how many sentences each stem occurs. */
  df: Map<string, number>;
  allStems: Set<string>;
  figures: Figure[];
  normalized: string;
  /** Stems that occur negated ("not X", "non-X", "no longer X") somewhere in the source. */
  negated: Set<string>;
  search(query: string): { index: number; score: number }[];
}

const cache = new WeakMap<ExtractedText, SourceEvidence>();

export function evidenceFor(extracted: ExtractedText): SourceEvidence {
  let ev = cache.get(extracted);
  if (ev) return ev;
  const text = extracted.text;
  const sentences: Sentence[] = splitPassages(text).map((range) => {
    const stems = contentStems(text.slice(range.start, range.end));
    return { range, stems, stemSet: new Set(stems) };
  });
  const df = new Map<string, number>();
  const allStems = new Set<string>();
  for (const s of sentences) for (const t of s.stemSet) {
    df.set(t, (df.get(t) ?? 0) + 1);
    allStems.add(t);
  }
  let mini: MiniSearch<{ id: number; text: string }> | undefined;
  ev = {
    text,
    sentences,
    df,
    allStems,
    figures: extractFigures(text),
    normalized: normalizeForQuote(text),
    negated: polarity(text).negated,
    search(query) {
      if (!mini) {
        mini = new MiniSearch<{ id: number; text: string }>({
          fields: ['text'],
          processTerm: (t) => {
            const w = t.toLowerCase();
            return isStopword(w) ? null : stem(w);
          },
        });
        mini.addAll(sentences.map((s, id) => ({ id, text: text.slice(s.range.start, s.range.end) })));
      }
      return mini.search(query, { combineWith: 'OR' }).map((r) => ({ index: r.id as number, score: r.score }));
    },
  };
  cache.set(extracted, ev);
  return ev;
}

const NEGATORS = new Set(['not', 'no', 'never', 'non', 'without', 'longer', 'nor', 'neither', "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't", 'cannot']);

/**
 * Which content stems a text states negatively ("non-exclusive", "no longer exclusive",
 * "not exclusive", "nonexclusive") and which it states plainly.
 */
export function polarity(text: string): { negated: Set<string>; affirmed: Set<string> } {
  const negated = new Set<string>();
  const affirmed = new Set<string>();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (NEGATORS.has(t.word) || isStopword(t.word)) continue;
    const glued = /^non(?=[a-z]{4,})/.exec(t.word);
    if (glued) {
      negated.add(stem(t.word.slice(3)));
      continue;
    }
    const near = [tokens[i - 1], tokens[i - 2]].filter(Boolean).map((x) => x!.word);
    if (near.some((w) => NEGATORS.has(w))) negated.add(t.stem);
    else affirmed.add(t.stem);
  }
  return { negated, affirmed };
}
