/**
 * Who said what: a statement given to another speaker than the page gives it to is warned of
 * (`speakers.ts`), and a quotation the page breaks off for its speaker is still the page's word
 * for word (`quotes.ts`). Pages written for these tests, in the shapes the attribution probes of
 * session 23 found on real news pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings, expectWarned } from '../helpers/oneSentence';
import { speakers } from '../../server/src/core/support/speakers';
import { quoteInText, normalizeForQuote } from '../../server/src/core/support/quotes';

const COUNCIL = [
  'The county council voted on Tuesday to rebuild the old river crossing at Millford.',
  '',
  'Council leader Agnes Porter opened the debate by thanking residents for their patience.',
  '',
  '"The new bridge will carry traffic again by the spring of next year," said Tomas Reyes, who chairs the transport committee.',
  '',
  'The contractors were praised for finishing the survey early.',
  '',
  '"We looked at every option, and a repair would have cost nearly as much as a new crossing," Porter told the meeting.',
  '',
  'She added that the ferry service would run until the work is finished.',
].join('\n');

const MARKETS = [
  'Shares in the carmaker fell sharply on Monday after it cut its forecast for the year.',
  '',
  'Analysts at a Frankfurt bank expect the central bank to raise interest rates twice before the end of the year, said Miriam Koenig, who leads the bank\'s research team.',
  '',
  'The pound was little changed against the dollar.',
  '',
  'Jonas Berg, a trader in London, was more cautious and said the outlook for exports remained poor.',
].join('\n');

const LAB = [
  'A spokeswoman for the university, Clara Nunez, said the laboratory would reopen to students in the autumn after the repairs.',
  '',
  'Professor Hugo Lindqvist, who runs the laboratory, has led it since 2015.',
  '',
  '"It is a small building. We have always made it work," Lindqvist said.',
  '',
  '"The grant will pay for two new microscopes."',
  '',
  'Lindqvist said the grant came from a private foundation.',
].join('\n');

test('a statement given to another speaker the page names is warned of, with both names', () => {
  const w = warnings('Porter said the new bridge will carry traffic again by the spring of next year.', COUNCIL);
  assert.ok(w.some((x) => /^unsupported-claim: .*attributes this to "Tomas Reyes", not "Porter"/.test(x)), w.join('\n'));
  expectWarned([
    ['according-to', COUNCIL, 'According to Porter, the new bridge will carry traffic again by the spring of next year.', true],
    ['said-name', MARKETS, 'The central bank will raise interest rates twice before the end of the year, said Jonas Berg.', true],
    ['told', COUNCIL, 'Tomas Reyes told the meeting that a repair would have cost nearly as much as a new crossing.', true],
  ]);
  // "Reyes said he …" names Reyes, not a pronoun, as the speaker; "as predicted" is no second speaker; "has previously said".
  const page = 'Agnes Porter leads the council.\n\nThe river rose in March.\n\nTomas Reyes said he expected the new bridge to carry traffic again by next spring, as predicted in the survey.\n\nThe ferry will run until then.';
  expectWarned([
    ['said-he', page, 'Agnes Porter said she expected the new bridge to carry traffic again by next spring.', true],
    ['previously', page, 'Porter has previously said she expected the new bridge to carry traffic again by next spring.', true],
  ]);
});

test('the statement given to its own speaker, however named, stays clean', () => {
  expectWarned([
    ['own', COUNCIL, 'Tomas Reyes said the new bridge will carry traffic again by the spring of next year.', false],
    ['surname', COUNCIL, 'Reyes said the new bridge would carry traffic again by next spring.', false],
    ['told', COUNCIL, 'Porter told the meeting that a repair would have cost nearly as much as a new crossing.', false],
    // "She added": the page's speaker is a pronoun, named in the sentence before.
    ['pronoun', COUNCIL, 'Porter said the ferry service would run until the work is finished.', false],
    ['said-name', MARKETS, 'Miriam Koenig said analysts expect the central bank to raise interest rates twice before the end of the year.', false],
    // A spokeswoman speaks for the body she names: the university said it.
    ['spokeswoman', LAB, 'The university said the laboratory would reopen to students in the autumn after the repairs.', false],
    // The same statement given to the speaker in a sentence of its own further on.
    ['later', LAB, 'Lindqvist said the grant came from a private foundation.', false],
  ]);
});

const RECALL = [
  'Harbor Motors is recalling 40,000 pickup trucks over a faulty brake line.',
  '',
  'Owners of the 2019 and 2020 models should take their trucks to a dealer for a free brake repair, said Dana Whitfield, a spokeswoman for Harbor Motors.',
  '',
  'Beijing said it would answer any new tariffs on farm goods in kind.',
  '',
  'Trade between the United States and China fell last year, and Germany added 300,000 jobs in the same months.',
  '',
  'The Prince of Wales said the new garden would be open to every child in the county.',
  '',
  'The singer Robyn Fairweather, known to her fans simply as Robbie, has sold ten million records.',
  '',
  '"Every record I make is a letter to the town I grew up in," Robbie said.',
  '',
  'She said Lisbon would spend two million euros on the festival stage next summer.',
  '',
  'Paul Ostrander said the mayor had told voters she would cut the city payroll by a tenth.',
  '',
  'Mayor Irene Dahl spoke later that evening.',
].join('\n');

test('no speaker swap where the page relates the names or gives no one the words', () => {
  expectWarned([
    // A spokeswoman for the body the sentence names, set off by commas.
    ['spokeswoman', RECALL, 'Harbor Motors said owners of the 2019 and 2020 models should take their trucks to a dealer for a free brake repair.', false],
    // A capital for its country; a nickname the page gives.
    ['capital', RECALL, 'China said it would answer any new tariffs on farm goods in kind.', false],
    ['nickname', RECALL, 'Robyn Fairweather said every record she makes is a letter to the town she grew up in.', false],
    // A page sentence whose speaker is a pronoun: the other capitalised word is what she spoke of; "Germany added … jobs" says nothing.
    ['pronoun', RECALL, 'Mayor Irene Dahl said Lisbon would spend two million euros on the festival stage next summer.', false],
    // Speech reported within speech.
    ['reported', RECALL, 'Irene Dahl told voters she would cut the city payroll by a tenth.', false],
  ]);
});

test('a speaker is a name: a description or a common noun starting the sentence is none', () => {
  assert.deepEqual(speakers('Tomas Reyes, who chairs the committee, said the bridge would open.').map((s) => s.name), ['Tomas Reyes']);
  assert.deepEqual(speakers('According to Porter, the bridge will open.').map((s) => s.name), ['Porter']);
  // Titles are no words of the name; "the conservative Christian tells" describes, it names no one.
  assert.deepEqual(speakers('Senator Ruth Ames said it.')[0].words, ['ruth', 'ames']);
  assert.deepEqual(speakers('"It is wrong," the conservative Christian tells the magazine.', true), []);
  // "told Reuters": who was told is no speaker; nor "said New York would", "added 300,000 jobs", "As Lincoln said", "of Wales".
  assert.deepEqual(speakers('The minister told Reuters the plan was dead.').map((s) => s.name), []);
  assert.deepEqual(speakers('She said New York would spend more, and Germany added 300,000 jobs.').map((s) => s.name), []);
  assert.deepEqual(speakers('As Lincoln said, a house divided cannot stand. The Prince of Wales said so too.').map((s) => s.name), []);
  assert.deepEqual(speakers('Smith added that the bridge was safe.').map((s) => s.name), ['Smith']);
  // "said Porter would …" names no second speaker: the sentence's one speaker is still read.
  assert.deepEqual(speakers('Tomas Reyes said Porter would ask for a new crossing.').map((s) => s.name), ['Tomas Reyes']);
});

test('a quotation the page breaks off for its speaker is the page\'s word for word', () => {
  const page = normalizeForQuote('"It is a small building," Lindqvist said. "We have always made it work."\n\nThe U.S. government paid for it.');
  assert.ok(quoteInText('It is a small building. We have always made it work', page));
  // Across paragraphs, each opened again.
  assert.ok(quoteInText('It is a small building. We have always made it work. The grant will pay for two new microscopes', normalizeForQuote(LAB)));
  // Not the other way round, nor with words left out where the page's quotation runs on, nor across narrative text.
  assert.ok(!quoteInText('We have always made it work. It is a small building', page));
  const long = normalizeForQuote('"We will not raise taxes, unless the economy collapses, and we will cut spending," she said.');
  assert.ok(!quoteInText('We will not raise taxes. We will cut spending', long));
  assert.ok(!quoteInText('It is a small building. The U.S. government paid for it', page));
  // Whole words only, before and after (a misquote the elisions' search let through too).
  const denial = normalizeForQuote('"We cannot pay. Illegal payments were made," the treasurer said.');
  assert.ok(!quoteInText('We can', denial));
  assert.ok(!quoteInText('Legal payments were made', denial));
  // Interrupted at a comma: '"It is funny," she said, "because nobody came."'
  assert.ok(quoteInText('It is funny, because nobody came', normalizeForQuote('"It is funny," she said, "because nobody came."')));
  // Another speaker's sentence is not joined on: one after the tag that brings it in ('." Ann smiled and said, "'), one
  // whose own tag follows it ('," Ruiz added'), one after a question ('?" He said, "').
  const talk = normalizeForQuote([
    '"I owe you all a great debt." Ann Field smiled and said, "You were very well prepared."',
    '"He was glad to see the hall," said Mara Cole, the mayor\'s aide.',
    '"All I saw was the passion," Ruiz added.',
    '"What did you do to your hair?" He said, "I did not think I had the part."',
  ].join('\n\n'));
  assert.ok(!quoteInText('I owe you all a great debt. You were very well prepared', talk));
  assert.ok(!quoteInText('He was glad to see the hall. All I saw was the passion', talk));
  assert.ok(!quoteInText('What did you do to your hair? I did not think I had the part', talk));
  // Broken off inside a sentence where the quotation has no comma: '"This is," he said, "the end of an era."'
  const era = normalizeForQuote('"This is," the coach said, "the end of an era." "It is," Ruiz replied, "a sad day."');
  assert.ok(quoteInText('This is the end of an era', era));
  assert.ok(!quoteInText('This is a sad day', era));
  assert.ok(!quoteInText('It is the end of an era', era));
  // A review's misquotes: a tag bringing in a second speaker, a pronoun for someone else, a plural possessive's mark, a
  // sentence ended at the break, the quotation's first words from the middle of a sentence.
  const deal = normalizeForQuote([
    '“The deal is dead,” Smith said, and Jones replied, “long live the deal.”',
    '“The vote is on Friday,” Smith said. “We have the numbers,” he added. “You do not,” she replied.',
    '“We will meet,” Smith said of the workers’ demands for higher pay.',
    '“I never lied,” Alden said. “To my wife, I lied constantly.”',
    '“Nobody believes the company is failing,” Smith said. “We are growing.”',
  ].join('\n\n'));
  for (const q of ['The deal is dead, long live the deal', 'We have the numbers. You do not', 'We will meet demands for higher pay', 'I never lied to my wife', 'The company is failing. We are growing']) {
    assert.ok(!quoteInText(q, deal), q);
  }
  assert.ok(quoteInText('The vote is on Friday. We have the numbers', deal));
  // A dotted abbreviation ends no sentence of the quotation: '"We will not attack the U.S.," the general said. "Navy ships are our target."'
  assert.ok(!quoteInText('We will not attack the U.S. Navy', normalizeForQuote('"We will not attack the U.S.," the general said. "Navy ships are our target."')));
  // A sentence left out between the two is not joined over.
  const three = normalizeForQuote('"We start on Monday," Ruiz said. "We hope to be done soon." "It will be quick," Ruiz added.');
  assert.ok(!quoteInText('We start on Monday. It will be quick', three));
  assert.ok(quoteInText('We start on Monday. We hope to be done soon', three));
  // In a draft: no quote-not-found.
  expectWarned([
    ['joined', LAB, '"It is a small building. We have always made it work," Lindqvist said.', false],
    ['misquote', LAB, '"It is a small building. We have never made it work," Lindqvist said.', true],
  ]);
});
