/**
 * The persistent cache stores a source's evidence packed (node/packedEvidence.ts): what is read
 * back must be exactly what was learned, and an entry that does not unpack is refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packEvidence, unpackEvidence } from '../../server/src/node/packedEvidence';
import { splitSentences, negatedStems } from '../../server/src/core/support/evidence';
import { extractFigures, wordNumbers } from '../../server/src/core/support/numbers';
import { isLearnedEvidence, type LearnedEvidence } from '../../server/src/core/sources/learned';

const TEXT =
  'The harbour authority raised nearly $2.1 billion in 2024, about 20% more than in 2023.\n\n' +
  'Two-thirds of the ferries are not older than 30 years; more than 1,200 crew work on them. ' +
  'Up to 45,000 passengers a day cross the bay, some 4.5 million a year, and three hundred cars.';

function learnedOf(text: string): LearnedEvidence {
  return {
    text: { text, segments: [{ t: 0, s: 0 }], fileLength: text.length },
    sentences: splitSentences(text).map((s) => ({ start: s.range.start, end: s.range.end, stems: s.stems, paragraphStart: s.paragraphStart })),
    negated: [...negatedStems(text)],
    figures: extractFigures(text),
    wordNumbers: wordNumbers(text),
  };
}

test('packed evidence reads back as what was learned: sentences, stems, negations, figures with their qualifiers and shares', () => {
  const learned = learnedOf(TEXT);
  // The text exercises every field a figure may have.
  assert.ok(learned.figures!.some((f) => f.approx && f.approxStart !== undefined));
  assert.ok(learned.figures!.some((f) => f.share));
  assert.ok(learned.sentences.some((s) => s.paragraphStart));
  const back = unpackEvidence(JSON.parse(JSON.stringify(packEvidence(learned))));
  assert.deepEqual(back, learned);
  assert.ok(isLearnedEvidence(back));
  // Smaller than the plain form.
  assert.ok(JSON.stringify(packEvidence(learned)).length < JSON.stringify(learned).length);
  // Without the optional parts too.
  const bare: LearnedEvidence = { text: learned.text, sentences: learned.sentences };
  assert.deepEqual(unpackEvidence(JSON.parse(JSON.stringify(packEvidence(bare)))), bare);
});

test('a packed entry that does not unpack is refused, not trusted', () => {
  const packed = JSON.parse(JSON.stringify(packEvidence(learnedOf(TEXT))));
  const broken = [
    { ...packed, stems: [...packed.stems, 0] }, // more stems than the sentences hold
    { ...packed, stems: packed.stems.map(() => packed.vocab.length + 5) }, // stems outside the vocabulary
    { ...packed, sentences: packed.sentences.slice(1) }, // not four numbers a sentence
    { ...packed, vocab: packed.vocab.map(() => 7) },
    { ...packed, figures: [9, 1, 0, 1, 1, 1, 0, -1, 0] }, // an unknown kind of figure
    { ...packed, figures: [0, 1, 0, 1, 1, 1, 9, -1, 0] }, // an unknown qualifier
    { ...packed, figures: [0, 1, 0, 1, -3, 1, 0, -1, 0] }, // words of a negative length
    { ...packed, text: 'not extracted text' },
    null,
    'evidence',
  ];
  for (const b of broken) assert.equal(unpackEvidence(b), undefined, JSON.stringify(b)?.slice(0, 80));
});
