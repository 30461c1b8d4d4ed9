/**
 * A source's sentences are ranked for a claim by the checker's own BM25 (`sentenceRanking.ts`),
 * which must rank exactly as MiniSearch does over the same stems (the ranking it replaces): same
 * sentences, same order, same scores to the last bit. And `hasPair` must say what a set of every
 * sentence's adjacent stem pairs would.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { SentencePostings } from '../../server/src/core/support/sentenceRanking';
import { evidenceFor, splitSentences } from '../../server/src/core/support/evidence';
import { pairStems } from '../../server/src/core/support/framing';
import type { ExtractedText } from '../../server/src/core/sources/sourceTypes';

/** What MiniSearch gives for `terms` over sentences of `stems`, as the checker used it. */
function miniSearchRanking(sentences: string[][], terms: string[]): { index: number; score: number }[] {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], tokenize: (t) => t.split(' '), processTerm: (t) => t || null });
  mini.addAll(sentences.map((stems, id) => ({ id, text: stems.join(' ') })));
  return mini.search(terms.join(' '), { combineWith: 'OR' }).map((r) => ({ index: r.id as number, score: r.score }));
}

function ours(sentences: string[][], terms: string[]): { index: number; score: number }[] {
  return new SentencePostings(sentences.map((stems) => ({ stems, stemSet: new Set(stems) }))).rank(terms);
}

test('the ranking is MiniSearch’s to the last bit on random sentences and queries (repeated words, empty sentences, ties)', () => {
  const word = fc.constantFrom('solar', 'panel', 'cut', 'bill', 'grid', 'wind', 'farm', 'tax', 'vote', 'x1', '2021', 'a7');
  const sentence = fc.array(word, { maxLength: 12 });
  fc.assert(
    fc.property(fc.array(sentence, { maxLength: 40 }), fc.array(word, { maxLength: 8 }), (sentences, terms) => {
      assert.deepEqual(ours(sentences, terms), miniSearchRanking(sentences, terms));
    }),
    { numRuns: 1000 },
  );
});

test('the ranking is MiniSearch’s on a real page, for each of its sentences as a query', () => {
  const file = path.resolve(__dirname, '../../README.md');
  const sentences = splitSentences(readFileSync(file, 'utf8'));
  const stems = sentences.map((s) => s.stems);
  assert.ok(sentences.length > 50);
  for (const s of sentences) assert.deepEqual(ours(stems, s.stems), miniSearchRanking(stems, s.stems));
});

test('hasPair finds exactly the adjacent stem pairs of some sentence, framing words left out', () => {
  const text = readFileSync(path.resolve(__dirname, '../../ARCHITECTURE.md'), 'utf8');
  const ev = evidenceFor({ text } as ExtractedText);
  const all = new Set<string>();
  for (const s of ev.sentences) {
    const stems = pairStems(text.slice(s.range.start, s.range.end));
    for (let i = 0; i + 1 < stems.length; i++) all.add(stems[i] + ' ' + stems[i + 1]);
  }
  assert.ok(all.size > 500);
  for (const pair of all) assert.ok(ev.hasPair(...(pair.split(' ') as [string, string])), pair);
  // Pairs of stems the text has, in orders or combinations no sentence has next to each other.
  const stems = [...ev.allStems].slice(0, 150);
  let absent = 0;
  for (const a of stems) for (const b of stems) {
    const want = all.has(a + ' ' + b);
    assert.equal(ev.hasPair(a, b), want, `${a} ${b}`);
    if (!want) absent++;
  }
  assert.ok(absent > 1000);
});

test('hasPair: pairs inside a sentence, in order, not across sentences', () => {
  const ev = evidenceFor({ text: 'Solar panels typically cut bills. Wind farms pay local taxes.' } as ExtractedText);
  assert.ok(ev.hasPair('solar', 'panel'));
  assert.ok(ev.hasPair('panel', 'cut'), 'framing words ("typically") are left out');
  assert.ok(ev.hasPair('wind', 'farm'));
  assert.ok(!ev.hasPair('panel', 'solar'), 'order matters');
  assert.ok(!ev.hasPair('bill', 'wind'), 'not across sentences');
  assert.ok(!ev.hasPair('solar', 'cut'), 'only neighbours');
});
