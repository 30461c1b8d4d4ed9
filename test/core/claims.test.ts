import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/draft/parseDraft';
import { claimFor } from '../../server/src/core/claims';

function claims(md: string): string[] {
  const d = parseDraft(md);
  return d.citations.map((c) => claimFor(d, c).text);
}

test('the claim is the sentence holding the marker, without markers', () => {
  assert.deepEqual(claims('First sentence here [1]. Second one follows [2][3]. Third.\n'), ['First sentence here.', 'Second one follows.', 'Second one follows.']);
});

test('a marker after the final period belongs to the sentence before it', () => {
  assert.deepEqual(claims('The council voted six to one. [1] Then it adjourned.\n'), ['The council voted six to one.']);
});

test('a marker split across lines still belongs to its sentence', () => {
  assert.deepEqual(claims('Rates rose by 2% [4][\n8].\n'), ['Rates rose by 2%.', 'Rates rose by 2%.']);
});

test('in a table cell the cell is the claim, read with its row\'s first cell', () => {
  assert.deepEqual(claims('| A | B |\n|---|---|\n| Cloud | Runs anywhere. Really [1] |\n'), ['Cloud: Runs anywhere. Really']);
  // The claim's range is still the cell; a marker in the first cell has no label; a label's own markers are dropped.
  const md = '| Item | Figure | Note |\n|---|---|---|\n| Containers in 2025 [2] | 4.5 million [1] | rising [3] |\n';
  const d = parseDraft(md);
  assert.deepEqual(d.citations.map((c) => claimFor(d, c).text), ['Containers in 2025', 'Containers in 2025: 4.5 million', 'Containers in 2025: rising']);
  // A row that asks a question is answered by its cell alone.
  assert.deepEqual(claims('| Q | A |\n|---|---|\n| When does work start? | March 2027 [1] |\n'), ['March 2027']);
  const cell = claimFor(d, d.citations[1]).range;
  assert.match(md.slice(cell.start, cell.end).trim(), /^4\.5 million \[1\]$/);
});

test('a claim continued after a marker split over lines does not start with stray punctuation', () => {
  const md = 'First claim here [4][\n8].\nSecond claim follows [\n9].\n';
  assert.deepEqual(claims(md).slice(-1), ['Second claim follows.']);
});

test('lines glued under a table are split into sentences like a paragraph, not read as one cell', () => {
  const md = '| Area | Effect |\n|---|---|\n| Cloud | wider access [1] |\nThere is a legal angle too. Regulators asked questions [2].\n\n[1]: a.md\n[2]: b.md\n';
  assert.deepEqual(claims(md), ['Cloud: wider access', 'Regulators asked questions.']);
});

test('a period after a title, an initial or a dotted abbreviation ends no sentence', () => {
  const md = 'The U.S. Senate voted 52 to 48 [1]. Mr. Lee and Ms. Park met on Jan. 5 in St. Louis [2]. Then George W. Bush spoke [3]. The vote ended at 5 p.m. Officials agreed [4].\n';
  assert.deepEqual(claims(md), ['The U.S. Senate voted 52 to 48.', 'Mr. Lee and Ms. Park met on Jan. 5 in St. Louis.', 'Then George W. Bush spoke.', 'Officials agreed.']);
});

test('a quotation that ends with "!" or "?" ends no sentence when the text goes on in lower case', () => {
  assert.deepEqual(claims('Harry shouts "Get out!" at his brother before dinner [1]. Then he leaves.\n'), ['Harry shouts "Get out!" at his brother before dinner.']);
  assert.deepEqual(claims('"Why now?" she asked the board [1].\n'), ['"Why now?" she asked the board.']);
  // A capital after it starts the next sentence…
  assert.deepEqual(claims('He asked "Why now?" The board said nothing [1].\n'), ['The board said nothing.']);
  // …unless it is a speaker with a verb of saying.
  assert.deepEqual(claims('"We won it all!" Mayor Smith told the crowd of 20,000 [1].\n'), ['"We won it all!" Mayor Smith told the crowd of 20,000.']);
  assert.deepEqual(claims('"Is it over?" Lee asked [1]. The Board Said nothing.\n'), ['"Is it over?" Lee asked.']);
});

test('a clock time followed by its time zone ends no sentence', () => {
  assert.deepEqual(claims('The game began at 7 p.m. Eastern on Friday and drew 30,000 fans [1].\n'), ['The game began at 7 p.m. Eastern on Friday and drew 30,000 fans.']);
  assert.deepEqual(claims('Polls close at 8 p.m. ET in most states [1].\n'), ['Polls close at 8 p.m. ET in most states.']);
  // Any other capital after the time starts a sentence.
  assert.deepEqual(claims('Doors opened at 6 p.m. Organisers counted 4,000 people [1].\n'), ['Organisers counted 4,000 people.']);
});

test('a sentence break inside a quotation does not end the sentence that holds it', () => {
  const md = '"We will rebuild. It will take years," the mayor said [1]. Others doubt it.\n\nHe asked: “Is it safe? Nobody knows.” Then he left [2].\n\nThe plan (approved in May [3]) costs $4m.\n';
  assert.deepEqual(claims(md), ['"We will rebuild. It will take years," the mayor said.', 'Then he left.', 'The plan (approved in May) costs $4m.']);
  // An inch mark opens no quotation.
  assert.deepEqual(claims('Crews laid a 12" pipe. The work took a week [1].\n'), ['The work took a week.']);
  // A quotation cut off in a pasted fragment, or closed only far on, holds no sentences together.
  const filler = 'Nothing here is quoted. '.repeat(30);
  assert.deepEqual(claims(`Context: visual subject "On April 28, the two firms ended one of the most\nThe deal is not a breakup. It is a move to several clouds [1]. ${filler}He said "yes" to it.\n`), ['It is a move to several clouds.']);
  // A quotation of several sentences still holds them together.
  assert.deepEqual(claims('“We will rebuild. It will take years. We start Monday,” she said [1].\n'), ['“We will rebuild. It will take years. We start Monday,” she said.']);
});

test('a paragraph read before, at another place or with other markers, gives its own sentences', () => {
  // Sentences are kept across drafts by a paragraph's text (an edit elsewhere leaves it alone): found again at its new
  // place, its claims' ranges are where it is now.
  const para = 'Rates rose by 2% in May [1]. The board met in June [2].';
  const a = parseDraft(`${para}\n\n[1]: a.md\n[2]: b.md\n`);
  const b = parseDraft(`An opening line of the draft.\n\n${para}\n\n[1]: a.md\n[2]: b.md\n`);
  const shift = b.text.indexOf(para);
  const ranges = (d: typeof a) => d.citations.map((c) => claimFor(d, c)).map((c) => [c.range.start, c.range.end, c.text]);
  assert.deepEqual(ranges(b), ranges(a).map(([s, e, t]) => [(s as number) + shift, (e as number) + shift, t]));
  assert.equal(b.text.slice(...(ranges(b)[1].slice(0, 2) as [number, number])).trim(), 'The board met in June [2].');
  // The same sentence, where "[2023]" is a marker only once a definition names it: its text is read again.
  const plain = parseDraft('In [2023] rates rose [1].\n\n[1]: a.md\n');
  const cited = parseDraft('In [2023] rates rose [1].\n\n[1]: a.md\n[2023]: c.md\n');
  assert.deepEqual(plain.citations.map((c) => claimFor(plain, c).text), ['In [2023] rates rose.']);
  assert.deepEqual(cited.citations.map((c) => claimFor(cited, c).text), ['In rates rose.', 'In rates rose.']);
});

test("in a list item a marker claims its sentence and the item's sentences before it with no marker of their own", () => {
  // Each sentence with a marker of its own is a claim of its own ("- A [1]. B [2].").
  assert.deepEqual(claims('- Operating margin widened to 8.8% [1]. Fuel expense fell 3.8% [2].\n'), ['Operating margin widened to 8.8%.', 'Fuel expense fell 3.8%.']);
  // Sentences with no marker belong to the next marker's claim: the whole item when its one marker ends it.
  assert.deepEqual(claims('- Revenue rose 4%. Margins held at 8.8% [1].\n'), ['Revenue rose 4%. Margins held at 8.8%.']);
  assert.deepEqual(claims('- Revenue rose 4% [1]. Costs fell. Margins held [2].\n'), ['Revenue rose 4%.', 'Costs fell. Margins held.']);
  // A paragraph is as before: the marker's sentence alone.
  assert.deepEqual(claims('Revenue rose 4%. Margins held at 8.8% [1].\n'), ['Margins held at 8.8%.']);
});

test('a line ending in a colon leads in to the line below: the claim starts there', () => {
  // A chat export's speaker line, and a blockquote's last line run on into it (a lazy continuation).
  assert.deepEqual(claims('> **Bayo**, 08:15: When is it? Mum wants to book flights lol\n**Tolu**, 08:32 (link at the bottom):\nThe call for papers was posted on October 14 [1].\n'), ['The call for papers was posted on October 14.']);
  assert.deepEqual(claims('Alice:\nThe vote was close [1].\n'), ['The vote was close.']);
  // A clause ending in a colon is the claim's own ("The minister said:", "The plan had three goals:"), and so is a speaker
  // before a quotation.
  assert.deepEqual(claims('The minister said:\n"We will rebuild the bridge by 2027" [1].\n'), ['The minister said: "We will rebuild the bridge by 2027".']);
  assert.deepEqual(claims('The plan had three goals:\nReduce emissions, protect forests and create jobs [1].\n'), ['The plan had three goals: Reduce emissions, protect forests and create jobs.']);
  // A colon inside a line, or before a line in lower case, leads in to nothing of its own.
  assert.deepEqual(claims('Short answer: harm from medicines leads to 1.3 million visits [1].\n'), ['Short answer: harm from medicines leads to 1.3 million visits.']);
  assert.deepEqual(claims('The report lists the causes:\nrain, neglect and age [1].\n'), ['The report lists the causes: rain, neglect and age.']);
});

test('a line that ends a sentence ends it, whatever the next line opens with', () => {
  // A margin comment's line under a quoted line of an essay: the next line opens with emphasis and a sign.
  assert.deepEqual(claims('Not quite: the rules simply never mentioned bears [1].\n*¶1, student:* "He kept the bear because he loved wild animals."\nYour source gives a different motive [1].\n'), ['Not quite: the rules simply never mentioned bears.', 'Your source gives a different motive.']);
  // A speaker's label in bold with its colon inside leads in to the line below.
  assert.deepEqual(claims('**FEMI:**\nResidual mountains are ones that erosion has worn away [2].\n'), ['Residual mountains are ones that erosion has worn away.']);
  // An abbreviation at a line's end, or a line going on in lower case, ends no sentence.
  assert.deepEqual(claims('The study by Dr.\nSmith found a link [1].\n'), ['The study by Dr. Smith found a link.']);
  assert.deepEqual(claims('Rates rose by 2 p.c.\nand then fell [1].\n'), ['Rates rose by 2 p.c. and then fell.']);
  // Nor a line going on with a number ("on p.\n12 of the report"), where the segmenter reads on as it did.
  assert.deepEqual(claims('See the figure on p.\n12 of the report [1].\n'), ['See the figure on p. 12 of the report.']);
  // Nor a pin cite after a short word's period ("Smith Decl.\n¶ 12", "Art.\n§ 3").
  assert.deepEqual(claims('He admitted it, see Smith Decl.\n¶ 12, but denied reading it [1].\n'), ['He admitted it, see Smith Decl. ¶ 12, but denied reading it.']);
  // A hook opening on an ellipsis under a line that ends its sentence starts one.
  assert.deepEqual(claims('*Article: a list of laureates (a 2017 capture).*\n… that Carol Greider holds the title [4].\n'), ['… that Carol Greider holds the title.']);
});

test('a line whose quotation after a colon closes at its end ends a sentence', () => {
  // A viewer's comment quoted under a label, with no period of its own, above the answer.
  assert.deepEqual(claims('REPLYING TO a viewer: "is the old bridge really closing, asking for my commute"\nThe council voted to close it in March [1].\n'), ['The council voted to close it in March.']);
  // A line that goes on in lower case runs on as before.
  assert.deepEqual(claims('She told them: "we will rebuild"\nand the crowd cheered [1].\n'), ['She told them: "we will rebuild" and the crowd cheered.']);
});

test("a letter's salutation opening a sentence is not part of its claim", () => {
  assert.deepEqual(claims('Dear Grounded: you are exempt, since firefighters are named among the three groups [1].\n'), ['you are exempt, since firefighters are named among the three groups.']);
  assert.deepEqual(claims("Dear Rockhound's Dad: obsidian is an extrusive igneous rock [1].\n"), ['obsidian is an extrusive igneous rock.']);
  assert.deepEqual(claims('*Dear Ms. Okafor,* the council voted 7 to 2 [1].\n'), ['the council voted 7 to 2.']);
  // "Dear" in a sentence's body, a salutation with nothing after it, or one of more than five words leave the sentence whole.
  assert.deepEqual(claims('The tickets were dear, at $90 each [1].\n'), ['The tickets were dear, at $90 each.']);
  assert.deepEqual(claims('Dear reader [1].\n'), ['Dear reader.']);
  assert.deepEqual(claims('Dear as the repairs were, the council approved all six of them in one vote [1].\n'), ['Dear as the repairs were, the council approved all six of them in one vote.']);
  // Nor a title that is the sentence's subject, with an apposition after it.
  assert.deepEqual(claims('Dear Evan Hansen, the musical, won six Tony Awards in 2017 [1].\n'), ['Dear Evan Hansen, the musical, won six Tony Awards in 2017.']);
});
