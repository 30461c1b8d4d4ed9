// Quick fixes found wrong by an audit of every fix the checker offers on the development sets, their generated
// negatives and the page mix-ups (each fix applied and compared with the sentence as it was before the figure was
// changed): a figure fix must write the figure of the sentence's own subject, and is not offered when that is not sure.
// Pages in our own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, ROOT } from '../helpers/memoryWorkspace';

/** The number-mismatch messages of one sentence citing one page, and the text each figure fix would write. */
function figureFixes(sentence: string, page: string): { messages: string[]; fixes: string[] } {
  const draft = `${sentence} [1]\n\n[1]: ../sources/page.md\n`;
  const s = workspace({ 'sources/page.md': page, 'drafts/d.md': draft });
  const diags = s.diagnostics(ROOT + '/drafts/d.md').filter((d) => d.code === 'number-mismatch');
  const fixes = s
    .codeActions(ROOT + '/drafts/d.md', diags)
    .filter((a) => a.title.startsWith("Replace with the source's figure"))
    .map((a) => a.edits.map((e) => e.newText).join(' '));
  return { messages: diags.map((d) => d.message), fixes };
}

test("a sentence whose subject is a pronoun gets no figure fix where the page gives two figures of the kind side by side", () => {
  const page = 'In 2022, 31 percent of the country\'s electricity came from wind farms. Solar panels followed, at 12 percent.\n';
  // "This" is named in the draft's sentence before: wind or solar, the page's 31 or 12 percent.
  const pronoun = figureFixes('This amounts to 40% of the country\'s electricity in 2022.', page);
  assert.equal(pronoun.messages.length, 1, 'the figure is still not on the page');
  assert.deepEqual(pronoun.fixes, []);
  assert.doesNotMatch(pronoun.messages[0], /the cited source gives/);
  // Named, the subject says which: the fix writes the page's figure for it.
  assert.deepEqual(figureFixes('Wind farms supplied 40% of the country\'s electricity in 2022.', page).fixes, ['31 percent']);
  // A pronoun where the page gives one figure of the kind there: nothing else it can be.
  assert.deepEqual(figureFixes('It supplied 40% of the country\'s electricity in 2022.', 'In 2022, 31 percent of the country\'s electricity came from wind farms. The rest came from gas.\n').fixes, ['31 percent']);
  // A possessive names its noun ("Its new campus"), and another count of the same word nearby is another school's.
  const schools = "The Harbor School's new campus will enroll as many as 2,600 students in grades 9 through 12. The district's other new school serves 426 students.\n";
  assert.deepEqual(figureFixes('Its new campus will enroll as many as 2,800 students in grades 9 through 12.', schools).fixes, ['2,600']);
  // A year says which event by its verb: the page's other years nearby are of the subject's other events.
  const life = 'Marsh retired from the army in 1863 and moved south. Marsh died at his farm near Tampa in 1889, months after the county was named for him. The fort that bore his name closed in 1890.\n';
  assert.deepEqual(figureFixes('He died at his farm near Tampa in 1891, months after the county was named for him.', life).fixes, ['1889']);
  // The pronoun's clause ends before the figure's, which names whose figure it is.
  const seat = 'Ana Ruiz took 55 percent of the district in 2010, while her opponent took less than 40 percent.\n';
  assert.deepEqual(figureFixes("It's a safe seat: in 2010 Ana Ruiz carried 65 percent of the district.", seat).fixes, ['55 percent']);
});

test('a score the page gives with one of its numbers in place is not replaced by another score of the best sentence', () => {
  const page = [
    'Okafor took the opening frame of the evening with a break of 88 to lead 5-3, before Lindqvist replied with two centuries of his own.',
    'Later a fluke on the blue let Okafor in to clear the table for a 9-6 lead.',
    'They return at noon for the final session.',
  ].join(' ');
  // "9–11": one number of the page's "9-6" in its place; the best sentence's "5-3" is no fix for it.
  const mistyped = figureFixes('Okafor then won the last frames of the evening to lead 9–11 overnight.', page);
  assert.deepEqual(mistyped.fixes, []);
  // Still a wrong figure, shown with the page's pair that has one of its numbers in place.
  assert.equal(mistyped.messages.length, 1, mistyped.messages.join('\n'));
  assert.match(mistyped.messages[0], /says "9–11", which is not in the cited source\. Nearest passage \(page\.md\): "Later a fluke on the blue let Okafor in to clear the table for a 9-6 lead\."/);
  // A score sharing no number with any of the page's: the best sentence's own is the fix, as before.
  assert.deepEqual(figureFixes('Okafor took the opening frame of the evening with a break of 88 to lead 7–2.', page).fixes, ['5–3']);
});

test("a quantity is told as the page's in another unit only when the unit is of its kind: an age is no distance", () => {
  const page = "In October 1456, the new duke, barely 20-years-old, tried to ambush York at a council meeting. Earlier, Oldhall had demanded that the duke be kept from the king's presence, and forbidden from coming within 12 miles of the king.\n";
  const distance = figureFixes("Oldhall demanded that the duke be kept from the king's presence and barred from coming within 20 miles of him.", page);
  assert.ok(distance.messages.every((m) => !/gives "20-years"/.test(m)), distance.messages.join('\n'));
  assert.ok(distance.messages.some((m) => /says "20"; the cited source gives "12"/.test(m)), distance.messages.join('\n'));
  assert.deepEqual(distance.fixes, ['12']);
  // Feet for metres, days for years: the page's very number in another unit of the quantity, both shown, no fix.
  const climb = figureFixes('The team reached 7,000 meters on the second day.', 'The team reached 7,000 feet on the second day.\n');
  assert.match(climb.messages.join(), /says "7,000 meters"; the cited source gives "7,000 feet"/);
  assert.deepEqual(climb.fixes, []);
});
