/**
 * Session 58's rules:
 * - a number after a capitalised name with "times" after it is a count of the name's, not part of the name: "won the
 *   FA Cup 11 times" says 11 (as "Boeing 737" and "Apollo 11" stay names);
 * and from the false alarms of two probes on their first run (`probe-wice55`, `probe-dev46`):
 * - a year with a letter, as author-year citations tell a writer's works of one year apart ("Dael et al., 2012a, p. 97"), is the year;
 * - "resist the temptation" is "not give in to the temptation" (verbs of holding back deny what follows, as "avoid" does).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings } from '../helpers/oneSentence';
import { extractFigures } from '../../server/src/core/support/numbers';

const codes = (sentence: string, page: string) => warnings(sentence, page).map((w) => w.slice(0, w.indexOf(':')));

test('a count of times after a capitalised name is a figure', () => {
  const values = (text: string) => extractFigures(text).map((f) => f.value);
  assert.deepEqual(values('Manchester United have won the FA Cup 11 times.'), [11]);
  assert.deepEqual(values('She has won the Tour de France 3 times since then.'), [3]);
  // Names with a number stay names.
  assert.deepEqual(values('The Boeing 737 and Apollo 11 are famous.'), []);
  // A multiplier after a name is left as it was ("Chrome 10 times faster" may be a version's speed).
  assert.deepEqual(values('Chrome 10 times faster than before.'), []);
  const PAGE = "Arsenal FC have a record 13 FA Cup wins to their name, with the club's most recent title coming in 2017. Hot on Arsenal’s heels is Manchester United, whose 2016 victory marked their 12th victory in the cup.";
  assert.ok(codes('Manchester United have won the FA Cup 11 times.', PAGE).includes('number-mismatch'));
  assert.ok(!codes('Manchester United have won the FA Cup 12 times.', PAGE).includes('number-mismatch'));
});

test('a year with a letter of an author-year citation is the year', () => {
  const values = (text: string) => extractFigures(text).map((f) => `${f.kind}:${f.value}`);
  assert.deepEqual(values('(Dael et al., 2012a, p. 97) studied it'), ['year:2012']);
  assert.deepEqual(values('as Van Boxtel, 2014b, p. 249 found'), ['year:2014']);
  // Not a letter before a word ("version 2012b of the tool").
  assert.deepEqual(values('version 2012b of the tool'), []);
  const PAGE = 'A couple of researchers chose to overcome this difficulty by creating a systematic movement analysis method: (Dael et al., 2012a, p. 97–121) investigated emotional movement through the Body Action and Posture coding system which they created.';
  assert.ok(!codes('Dael and colleagues (2012) answered that problem by creating a coding system of their own for studying emotional movement.', PAGE).includes('number-mismatch'));
  assert.ok(codes('Dael and colleagues (2013) answered that problem by creating a coding system of their own for studying emotional movement.', PAGE).includes('number-mismatch'));
});

test('a verb of holding back says the denial of what follows it', () => {
  const PAGE = 'Rather, when market forces create rising factor costs or a higher exchange rate, government should resist the temptation to push them back down.';
  assert.deepEqual(codes('When market forces raise factor costs or lift the exchange rate, the argument goes, government should not give in to the temptation to push them down again.', PAGE), []);
  // Denying the holding back is still the opposite.
  assert.ok(codes('When market forces raise factor costs, government should not resist the temptation to push them down again.', PAGE).includes('unsupported-claim'));
});
