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

export class SentencePostings {
  /**
   * Each stem's number, in the order the text first has it. Its postings (the sentences that hold
   * it, ascending, and how often each does) are `docs` and `freqs` from `starts[n]` up to
   * `starts[n + 1]`: all stems' postings in two typed arrays, not two arrays a stem (which took
   * some 500 bytes a stem, five times the text's own size, in the evidence of every source kept).
   */
  private readonly ids = new Map<string, number>();
  private readonly starts: Int32Array;
  private readonly docs: Int32Array;
  private readonly freqs: Int32Array;
  /** Each sentence's length as MiniSearch counts it: its distinct stems (an empty one counts 1). */
  private readonly lengths: Float64Array;
  private readonly avgLength: number;
  private readonly count: number;

  constructor(sentences: readonly { stems: readonly string[] }[]) {
    this.count = sentences.length;
    this.lengths = new Float64Array(sentences.length);
    // First pass: each stem's number (kept for each word, for the second pass), and in how many sentences it occurs (a stem counted once a sentence).
    let words = 0;
    for (const s of sentences) words += s.stems.length;
    const numbered = new Int32Array(words);
    const counts: number[] = [];
    const lastSeen: number[] = [];
    let total = 0;
    let avg = 0;
    for (let i = 0, w = 0; i < sentences.length; i++) {
      const stems = sentences[i].stems;
      let distinct = 0;
      for (const stem of stems) {
        let n = this.ids.get(stem);
        if (n === undefined) {
          n = counts.length;
          this.ids.set(stem, n);
          counts.push(0);
          lastSeen.push(-1);
        }
        numbered[w++] = n;
        if (lastSeen[n] !== i) {
          lastSeen[n] = i;
          counts[n]++;
          distinct++;
          total++;
        }
      }
      const length = stems.length === 0 ? 1 : distinct;
      this.lengths[i] = length;
      // The running average as MiniSearch keeps it (addFieldLength), so that scores agree to the last bit.
      avg = (avg * i + length) / (i + 1);
    }
    this.avgLength = avg;
    // Second pass: the postings, each stem's in its place.
    this.starts = new Int32Array(counts.length + 1);
    for (let n = 0; n < counts.length; n++) this.starts[n + 1] = this.starts[n] + counts[n];
    this.docs = new Int32Array(total);
    this.freqs = new Int32Array(total);
    const next = this.starts.slice(0, counts.length);
    for (let i = 0, w = 0; i < sentences.length; i++) {
      for (let end = w + sentences[i].stems.length; w < end; w++) {
        const n = numbered[w];
        const at = next[n];
        if (at > this.starts[n] && this.docs[at - 1] === i) this.freqs[at - 1]++;
        else {
          this.docs[at] = i;
          this.freqs[at] = 1;
          next[n] = at + 1;
        }
      }
    }
  }

  /** In how many sentences the stem occurs (undefined: none), as a map of counts would say: the evidence's `df`. */
  get(stem: string): number | undefined {
    const n = this.ids.get(stem);
    return n === undefined ? undefined : this.starts[n + 1] - this.starts[n];
  }

  /** The sentences that hold the stem, ascending (undefined: none). */
  sentencesWith(stem: string): Int32Array | undefined {
    const n = this.ids.get(stem);
    return n === undefined ? undefined : this.docs.subarray(this.starts[n], this.starts[n + 1]);
  }

  /** Every stem of the sentences, in the order the text first has them. */
  stems(): IterableIterator<string> {
    return this.ids.keys();
  }

  /**
   * The sentences holding any of `terms` (in order, repeats counted again, as a query of those
   * words is), best first: each term's BM25+ score summed, times the number of distinct terms
   * matched; ties in the order first matched.
   */
  rank(terms: readonly string[]): RankedSentence[] {
    const scores = new Map<number, { score: number; terms: string[] }>();
    const { docs, freqs } = this;
    for (const term of terms) {
      if (!term) continue;
      const id = this.ids.get(term);
      if (id === undefined) continue;
      const from = this.starts[id];
      const to = this.starts[id + 1];
      const n = to - from;
      const idf = Math.log(1 + (this.count - n + 0.5) / (n + 0.5));
      for (let k = from; k < to; k++) {
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
    const x = this.sentencesWith(a);
    const y = this.sentencesWith(b);
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
