/**
 * Cases a review of this session's rules wrote against them (a helper's adversarial sentences): each
 * was wrong on the first version of the rule and is right now. Wrong sentences must stay warned,
 * faithful ones unwarned, and no fix may write a figure in another unit or scale.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings, judgedSentence } from '../helpers/oneSentence';
import { widerThan } from '../../server/src/core/support/scope';

const warned = (sentence: string, page: string) => warnings(sentence, page).length > 0;

/** The draft line after each figure fix offered for the one-sentence draft. */
function figureFixes(sentence: string, page: string): string[] {
  const { service, path, draft, diagnostics } = judgedSentence(sentence, page);
  return service
    .codeActions(path, diagnostics)
    .filter((a) => /figure/i.test(a.title) && a.edits.length)
    .map((a) => [...a.edits].reverse().reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), draft).split('\n')[0]);
}

test('an elided "not" of another subject ("X did; Y did not") leaves the contradiction', () => {
  assert.ok(warned('Apple did not raise its prices in Europe this spring.', 'Apple raised its prices in Europe this spring, while Samsung did not.'));
  assert.ok(warned('The senator did not vote for the infrastructure bill.', 'The senator voted for the infrastructure bill, but her colleague from Ohio did not.'));
});

test('a number before a name is the page\'s "Name N" only after "the", with no other figure of its kind in that sentence', () => {
  assert.ok(warnings('Djokovic beat Berrettini in the 2019 Wimbledon final.', 'At Wimbledon 2019 Djokovic beat Federer in the final; in 2021 he beat Berrettini.').some((w) => w.startsWith('number-mismatch')));
  assert.ok(warned('In all, 11 Apollo astronauts walked on the Moon.', 'Neil Armstrong and Buzz Aldrin of Apollo 11 were the first to walk on the Moon; in all, 12 Apollo astronauts did so.'));
  assert.deepEqual(warnings('Chris Stapleton was named male vocalist of the year at the 2022 CMA Awards.', 'CMA Awards 2022: Chris Stapleton won the male vocalist of the year award.'), []);
});

test('a temperature in the other scale is converted, never backed by the same number, and never fixed across scales', () => {
  assert.ok(warned('Temperatures in Seville reached 40 degrees Fahrenheit on Sunday.', 'Temperatures in Seville reached 40C on Sunday, the highest this year.'));
  assert.deepEqual(warnings('Temperatures in Seville reached 104 degrees Fahrenheit on Sunday.', 'Temperatures in Seville reached 40C on Sunday, the highest this year.'), []);
  assert.deepEqual(figureFixes('Temperatures in Seville reached 105 degrees Fahrenheit on Sunday.', 'Temperatures in Seville reached 40C on Sunday, the highest this year.'), []);
  // Glued letters that are no temperature: a phone, a century, carbon dating, a seat.
  assert.deepEqual(warnings('Apple cut the price of the iPhone 5C to $99 in 2014.', 'Apple cut the price of the iPhone 5c to $99 in 2014.'), []);
});

test('a part of a compound measure is not the whole converted; no fix writes a figure in another unit', () => {
  assert.ok(warned('The flight from Lagos to London took 360 minutes because of headwinds.', 'The flight from Lagos to London took 6 hours 30 minutes because of headwinds.'));
  assert.deepEqual(figureFixes('The race covered 3 miles through the park on Sunday.', 'The race covered 5 kilometres through the park on Sunday.'), []);
  assert.deepEqual(figureFixes('The truck was carrying 22 tons of steel when it overturned.', 'The truck was carrying 20 tonnes of steel when it overturned.'), []);
  assert.deepEqual(figureFixes('The ceasefire will last 3 weeks, starting at midnight.', 'The ceasefire will last 72 hours, starting at midnight.'), []);
  assert.deepEqual(figureFixes('The bridge is 1.5 kilometres long.', 'The bridge is 1.2 kilometres long.'), ['The bridge is 1.2 kilometres long. [1]']);
});

test('only "aa" is a doubled vowel of one name; verbs of knowing and expecting keep their "that" clause out of the denial', () => {
  assert.ok(warned('She studied at Red College in Portland.', 'She studied at Reed College in Portland before moving to Chicago.'));
  assert.ok(warned('The bridge had not been closed for repairs.', 'Drivers did not know that the bridge had been closed for repairs.'));
  assert.ok(warned('The stadium did not sell out.', 'The team did not expect that the stadium would sell out, but all 40,000 seats went in an hour.'));
});

test('no wider-than-the-page note for a month, a permission, a superlative, an idiom or a limit the sentence shares', () => {
  assert.equal(widerThan('All cars were banned from the square in May.', 'In May, the council banned cars from the square.'), undefined);
  assert.equal(widerThan('All visitors can bring one bag.', 'Visitors may bring one bag each.'), undefined);
  assert.equal(widerThan('The museum sold all of its paintings.', 'The museum sold its most valuable paintings last year.'), undefined);
  assert.equal(widerThan('Every so often the ferry is cancelled.', 'The ferry is sometimes cancelled in winter.'), undefined);
  assert.equal(widerThan('Prices hit an all-time high, drawing many buyers.', 'Prices hit a record, and many buyers came.'), undefined);
});

test('a rating on a site is the page\'s number after the site\'s name ("IMDb 6.6"), and only that number', () => {
  const page = 'Harbour Lights (2011). 21,036 votes IMDb 6.6 2 h 16 min. A ferry captain returns home.';
  assert.deepEqual(warnings('Harbour Lights, about a ferry captain who returns home, holds a 6.6 rating on IMDb.', page), []);
  assert.ok(warnings('Harbour Lights holds a 7.1 rating on IMDb.', page).some((w) => w.startsWith('number-mismatch')));
  assert.ok(warnings('The novel has 4.5 stars on Goodreads.', 'Readers love it: Goodreads 4.2 from 12,000 ratings.').some((w) => w.startsWith('number-mismatch')));
});
