/**
 * A source's sentences ranked for a claim by BM25, over the stems already computed for them.
 *
 * Each claim is ranked against each sentence of each cited source, and a source is read afresh
 * whenever its evidence is built again (a long check builds it once per draft citing it). A general
 * search index (MiniSearch, which the catalogue uses) costs more to build than the whole ranking:
 * its radix tree and per-field maps are built for every sentence's every word, where a ranking needs
 * only each word's sentences and counts. So the postings are read off the stems in one pass, and
 * the ranking is MiniSearch's own, to the last bit (same formula, parameters, field lengths,
 * accumulation order and tie order; `test/core/sentenceRanking.test.ts` compares the two).
 */

/** MiniSearch's BM25+ parameters (its defaults). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface RankedSentence {
  index: number;
  score: number;
}

/** A stem's sentences (ascending) and how often each holds it. */
interface Posting {
  docs: number[];
  freqs: number[];
}

export class SentencePostings {
  /** For each stem, in the order the text first has it: the sentences that hold it and how often each does. */
  private readonly postings = new Map<string, Posting>();
  /** Each sentence's length as MiniSearch counts it: its distinct stems (an empty one counts 1). */
  private readonly lengths: Float64Array;
  private readonly avgLength: number;
  private readonly count: number;

  constructor(sentences: readonly { stems: readonly string[] }[]) {
    this.count = sentences.length;
    this.lengths = new Float64Array(sentences.length);
    let avg = 0;
    for (let i = 0; i < sentences.length; i++) {
      const stems = sentences[i].stems;
      // Its distinct stems, counted as the postings are read off (each stem's first time in the sentence).
      let distinct = 0;
      for (const stem of stems) {
        let p = this.postings.get(stem);
        if (!p) this.postings.set(stem, (p = { docs: [], freqs: [] }));
        const last = p.docs.length - 1;
        if (last >= 0 && p.docs[last] === i) p.freqs[last]++;
        else {
          p.docs.push(i);
          p.freqs.push(1);
          distinct++;
        }
      }
      const length = stems.length === 0 ? 1 : distinct;
      this.lengths[i] = length;
      // The running average as MiniSearch keeps it (addFieldLength), so that scores agree to the last bit.
      avg = (avg * i + length) / (i + 1);
    }
    this.avgLength = avg;
  }

  /** In how many sentences the stem occurs (undefined: none), as a map of counts would say: the evidence's `df`. */
  get(stem: string): number | undefined {
    return this.postings.get(stem)?.docs.length;
  }

  /** The sentences that hold the stem, ascending (undefined: none). */
  sentencesWith(stem: string): readonly number[] | undefined {
    return this.postings.get(stem)?.docs;
  }

  /** Every stem of the sentences, in the order the text first has them. */
  stems(): IterableIterator<string> {
    return this.postings.keys();
  }

  /**
   * The sentences holding any of `terms` (in order, repeats counted again, as a query of those
   * words is), best first: each term's BM25+ score summed, times the number of distinct terms
   * matched; ties in the order first matched.
   */
  rank(terms: readonly string[]): RankedSentence[] {
    const scores = new Map<number, { score: number; terms: string[] }>();
    for (const term of terms) {
      if (!term) continue;
      const posting = this.postings.get(term);
      if (!posting) continue;
      const { docs, freqs } = posting;
      const n = docs.length;
      const idf = Math.log(1 + (this.count - n + 0.5) / (n + 0.5));
      for (let k = 0; k < n; k++) {
        const doc = docs[k];
        const tf = freqs[k];
        const raw = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * this.lengths[doc]) / this.avgLength)));
        const got = scores.get(doc);
        if (!got) scores.set(doc, { score: raw, terms: [term] });
        else {
          got.score = got.score + raw;
          if (!got.terms.includes(term)) got.terms.push(term);
        }
      }
    }
    const out: RankedSentence[] = [];
    for (const [index, r] of scores) out.push({ index, score: r.score * (r.terms.length || 1) });
    return out.sort((a, b) => b.score - a.score);
  }

  /** Whether `test` holds for some sentence that has both stems (each such sentence tried once, in order). */
  both(a: string, b: string, test: (sentence: number) => boolean): boolean {
    const x = this.postings.get(a)?.docs;
    const y = this.postings.get(b)?.docs;
    if (!x || !y) return false;
    // Both lists ascend: walked together.
    for (let i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] < y[j]) i++;
      else if (x[i] > y[j]) j++;
      else {
        if (test(x[i])) return true;
        i++;
        j++;
      }
    }
    return false;
  }
}
