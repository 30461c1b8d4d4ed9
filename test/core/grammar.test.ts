/** The TextMate injection grammar colours what the scanner reads as citations, and no more. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const grammar = JSON.parse(readFileSync(path.resolve(__dirname, '../../syntaxes/citations.tmLanguage.json'), 'utf8'));
const re = (source: string) => new RegExp(source, 'gu');
const matches = (source: string, text: string) => [...text.matchAll(re(source))].map((m) => m[0]);

test('numeric markers, lists and ranges are matched; links and definitions are not read as markers', () => {
  const numeric = grammar.repository.numeric.match;
  assert.deepEqual(matches(numeric, 'A [4][8] and [4, 8] and [4-6] and [4–6].'), ['[4]', '[8]', '[4, 8]', '[4-6]', '[4–6]']);
  assert.deepEqual(matches(numeric, 'A [4](http://x) link and a [sic] note.'), []);
  assert.deepEqual(matches(grammar.repository.definition.match, '[12]: ../sources/a.md "T"'), ['[12]: ../sources/a.md']);
});

test('pandoc keys, bracketed and in-text, are matched; email addresses are not', () => {
  const key = grammar.repository.pandoc.patterns[0].match;
  assert.deepEqual(matches(key, '[see @smith2020, p. 4; -@doe]'), ['@smith2020', '-@doe']);
  assert.ok(new RegExp(grammar.repository.pandoc.begin, 'u').test('[@key]'));
  const intext = grammar.repository.intext.match;
  assert.deepEqual(matches(intext, '@kay argues, write to desk@paper.example.'), ['@kay']);
});
