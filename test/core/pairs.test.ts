// Scores, records and ranges written as two numbers with a dash (`support/pairs.ts`): one statement,
// which a page giving each number somewhere does not back. Found by a fifth probe's wrong sentences
// ("a 2-0 victory" where the page has "a 4-0 victory"; "a record of 186-14" for "186-4"), which the
// figure check let through number by number. Pages in our own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { pairsIn } from '../../server/src/core/support/pairs';
import { warnings } from '../helpers/oneSentence';

const mismatch = (sentence: string, page: string) => warnings(sentence, page).filter((w) => w.startsWith('number-mismatch'));

test('pairs are two numbers of up to three digits joined by a dash, not part of a longer run, a decimal, a name or a date', () => {
  assert.deepEqual(
    pairsIn('a 2-0 win, a 186–14 record, 10 - 20 people, a 5-4-1 formation, COVID-19, the 2017-18 season, on 11-06-2003, 3.5-4 hours, an A-1 rating, 9/11, 1-800-555').map((p) => p.text),
    ['2-0', '186–14', '10 - 20'],
  );
});

test('a score, a record or a range the page gives otherwise in the sentence stating the rest is a wrong figure, with the page\'s as the fix', () => {
  const final = 'Last season, the university won its first national title with a 4-0 victory over Clemson in Kansas City. Its keeper has kept 2 clean sheets in a row.';
  // "2" and "0" are both on the page, one by one: the pair is not.
  assert.match(mismatch('The previous season, the university won its first national title with a 2-0 victory over Clemson in Kansas City.', final).join(), /says "2-0"; the cited source gives "4-0"/);
  const record = 'Teams that lead a best-of-7 playoff series 3-0 have a series record of 186-4.';
  assert.match(mismatch('Teams that lead a best-of-7 playoff series 3-0 have a series record of 186-14.', record).join(), /says "186-14"; the cited source gives "186-4"/);
  const ages = "Most of the survey's respondents were aged 18-24 and lived in cities.";
  assert.equal(mismatch('Most respondents were aged 25-34 and lived in cities.', ages).length, 1);
});

test('a pair the page gives, with any dash or the other way round, or one no sentence stating the rest gives otherwise, is left alone', () => {
  const final = 'Last season, the university won its first national title with a 4-0 victory over Clemson in Kansas City.';
  assert.deepEqual(warnings('The previous season, the university won its first national title with a 4–0 victory over Clemson in Kansas City.', final), []);
  assert.deepEqual(warnings('Clemson lost the title game 0-4 to the university in Kansas City last season.', final), []);
  // "18 to 24" on the page is the same range, said in words.
  assert.deepEqual(warnings('Most respondents were aged 18-24 and lived in cities.', "Most of the survey's respondents were aged 18 to 24 and lived in cities."), []);
  // Two other pairs in the page's sentence: which one is the claim's is not sure.
  assert.deepEqual(mismatch('The side won the first leg 3-3 at home.', 'The side won the first leg 3-1 at home and drew the second 1-1 away.'), []);
  // A sentence of the page without the claim's names is no rival: another match.
  assert.deepEqual(mismatch('Rovers drew 3-3 with the league leaders on Saturday.', 'United beat the league leaders 3-0 on Saturday.'), []);
});

test('the quick fix writes the page\'s pair with the sentence\'s dash, and only the pair', () => {
  const page = '---\ntitle: Cup final report\n---\n\nLast season, the university won its first national title with a 4-0 victory over Clemson in Kansas City.\n';
  const draft = 'The previous season, the university won its first national title with a 2–0 victory over Clemson in Kansas City [1].\n\n[1]: ../sources/final.md\n';
  const s = workspace({ 'sources/final.md': page, 'drafts/d.md': draft });
  const diags = s.diagnostics(ROOT + '/drafts/d.md').filter((d) => d.code === 'number-mismatch');
  assert.equal(diags.length, 1, 'one diagnostic for the pair, none for its numbers one by one');
  assert.equal(draft.slice(diags[0].range.start, diags[0].range.end), '2–0');
  const fix = s.codeActions(ROOT + '/drafts/d.md', diags).find((a) => a.title.startsWith("Replace with the source's figure"));
  assert.ok(fix, 'the fix is offered');
  let out = draft;
  for (const e of [...fix.edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  assert.match(out, /with a 4–0 victory over Clemson/);
});

test('a review of the rule: the page stating the pair another way, a clock time, and a pair the page gives are left alone', () => {
  // The page's sentence gives the claim's two numbers in words or apart, besides a pair of another statement.
  const senate = 'The Senate passed the bill by 54 votes to 44 on Thursday, a week after a procedural motion cleared the chamber 51-49. Two Republicans joined Democrats in voting for it.';
  assert.deepEqual(warnings('The Senate passed the bill 54-44 on Thursday.', senate), []);
  const survey = 'The survey polled 2,000 adults in March. Among those aged 18 to 24, 61% said they get news mainly from social media, compared with 19% of those aged 65-74.';
  assert.deepEqual(warnings('Of those aged 18-24, 61% said they get news mainly from social media.', survey), []);
  const summit = 'The summit will be held on March 6 and 7 in Geneva, following preparatory talks on February 20-21. Delegations from 40 countries are expected.';
  assert.deepEqual(warnings('The summit will take place in Geneva on March 6–7.', summit), []);
  assert.ok(mismatch('The Senate passed the bill 51-47 on Thursday.', senate).length > 0, 'a pair the page gives neither way is still wrong');
  // An ordinal states no number of the pair, nor do two numbers far apart: "the second-ranked side and one of …" is no "2-1".
  assert.match(mismatch('Italy finished Group B with a 2-1 record.', 'Italy, the second-ranked side and one of the top challengers, finished Group B with a 3-0 record.').join(), /says "2-1"; the cited source gives "3-0"/);
  // Clock times are no pairs ("10:30–11:30" holds no "30–11").
  assert.deepEqual(pairsIn('runs 10:30–11:30, then 11:30-12:30'), []);
  assert.deepEqual(warnings('The keynote talk runs 10:30–11:30.', 'The keynote talk runs from 10:30 to 11:30, followed by a panel discussion from 11:30-12:30. Lunch is served in the atrium.'), []);
  // The numbers of a pair the page gives are backed with it, whatever the figure check reads of the page's "3–1".
  assert.deepEqual(warnings('Arsenal won 3-1 against Chelsea at the Emirates on Sunday.', 'Arsenal beat Chelsea 3–1 at the Emirates on Sunday. The result leaves Arsenal four points clear at the top of the table.'), []);
});
