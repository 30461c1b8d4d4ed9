/**
 * Found by a review of session 39 that wrote three workspaces of long pages (news articles, a press release, a
 * transcript, an FAQ, a study summary) and drafts paraphrasing them as a journalist would: faithful sentences that were
 * warned as stating the opposite of their page. Each case is a sentence and the passage of its page, in the
 * review's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgedSentence, warnings } from '../helpers/oneSentence';
import { workspace, ROOT } from '../helpers/memoryWorkspace';
import { claimClauses } from '../../server/src/core/support/features';

test('"not … until": it happens then, as a sentence of the page says with the same words; not at another time', () => {
  const timeline = 'The city published its schedule on Tuesday.\n\n- **2032–2033:** Pump station upgrades and testing\n- **Late 2033:** Tunnel in service\n';
  assert.deepEqual(warnings('The tunnel will not be in service until late 2033.', timeline), []);
  const faq = 'About 1,900 volunteers have been trained. Volunteers complete a three-hour training session, and they pass a police background check before they are assigned anyone to call.';
  assert.deepEqual(warnings('Volunteers are not assigned anyone to call until they pass a police background check.', faq), []);
  const interview = 'LINDQVIST: We will pick a contractor by the end of this year. Shaft work starts in 2027. The machine takes a year to build, and we expect it to start digging in 2028.';
  assert.deepEqual(warnings('Digging will not start until 2028, Lindqvist said.', interview), []);
  // Digging is said of 2028, not of 2027 (the shaft work's year).
  assert.ok(warnings('Digging will not start until 2027, Lindqvist said.', interview).length > 0);
});

test('what follows "whether" is neither stated nor denied; a question answered as the claim says is no opposite; another speaker\'s line of a transcript is not the claim\'s statement', () => {
  const summary = 'The program cut emergency visits by 23%. Randomized evaluations would help establish whether such programs reduce heat-related deaths.';
  assert.deepEqual(warnings('The program did not clearly reduce deaths, the study found.', summary), []);
  // A question states nothing: its answer, in the sentence after it, says yes or no. One that negates what the claim does
  // agrees with it; one that states it plainly is the opposite.
  const call = 'FERREIRA: Kestrel has sued Vantro. Have you set aside a reserve for the case?\n\nADEBAYO: We have not recorded a loss contingency, because we do not believe a loss is probable.';
  assert.deepEqual(warnings('Adebayo said Vantro has not set aside a reserve for the case because it does not consider a loss probable.', call), []);
  const asked = 'REPORTER: Will the city cut bus routes?\n\nMAYOR RUIZ: The city will cut four routes in June.';
  assert.ok(warnings('Ruiz said the city will not cut bus routes.', asked).length > 0);
  const radio = 'DELAHAYE: People living along the route are worried about noise, vibration, cracked foundations.\n\nLINDQVIST: At 150 feet, you will not feel the machine.';
  assert.deepEqual(warnings('Lindqvist said the boring machine would not be felt by people living along the route.', radio), []);
});

test('"not big enough" is the page\'s "too small"; "no longer supplies" its "supplied … until 2025"', () => {
  const release = 'Raman said the study may have been too small to detect an effect on mortality, because deaths during heat waves are rare.';
  assert.deepEqual(warnings('The study was not big enough to detect an effect on deaths, Raman said.', release), []);
  assert.deepEqual(warnings('Raman said the study may not have been large enough to detect an effect on deaths.', release), []);
  const suit = 'Kestrel Motion, a company that supplied Vantro\'s motor controllers until 2025, sued Vantro last month.';
  assert.deepEqual(warnings('Kestrel no longer supplies Vantro\'s controllers.', suit), []);
});

test('a range of percentages with its sign written once ("75 to 85 percent") is the page\'s "between 75% and 85%"; not another first end', () => {
  const wire = 'Independent engineers were more cautious, putting the likely reduction at between 75% and 85% depending on rainfall.';
  assert.deepEqual(warnings('Independent reviewers put the likely reduction at 75 to 85 percent.', wire), []);
  assert.deepEqual(warnings('Independent reviewers put the likely reduction at 75-85%.', wire), []);
  assert.ok(warnings('Independent reviewers put the likely reduction at 70 to 85 percent.', wire).some((w) => w.startsWith('number-mismatch')));
  // The same where the page writes the sign once ("75 to 85%") or at both ends with a dash ("80%-90%").
  assert.deepEqual(warnings('Recovery ranged between 75 and 85 percent in the trial.', 'Recovery ranged from 75 to 85% in the trial.'), []);
  assert.deepEqual(warnings('Support stood at 80-90 percent in the poll.', 'Support stood at 80%-90% in the poll.'), []);
  assert.ok(warnings('Support stood at 70-90 percent in the poll.', 'Support stood at 80%-90% in the poll.').length > 0);
});

test('a name no source holds, with another in its place in a passage that backs the rest well, is said as a note (never passed as supported)', () => {
  const page = 'The James Webb Space Telescope orbits the Sun, 1.5 million kilometers (1 million miles) away from Earth at what is called the second Lagrange point or L2. It launched in December 2021.';
  const { diagnostics } = judgedSentence('The Spanish Grand Space Telescope orbits the Sun, 1.5 million kilometers away from Earth at what is called the second Lagrange point.', page);
  const note = diagnostics.find((d) => d.code === 'partial-support');
  assert.ok(note && /has "James Webb" where the sentence has "Spanish Grand"/.test(note.message), diagnostics.map((d) => d.message).join('\n'));
  assert.equal(judgedSentence('The James Webb Space Telescope orbits the Sun, 1.5 million kilometers away from Earth at what is called the second Lagrange point.', page).diagnostics.length, 0);
});

test('a quotation broken off by its speaker\'s tag and cited after its second sentence is cited: no uncited-claim on its first', () => {
  const draft = 'Groups wanted green projects. "A tunnel treats the symptom," she said. "Trees and soil treat the cause." [1]\n\nShe added: "We will keep pressing." The mayor said "this is a turning point for all of us."\n\n"We won the vote tonight," he said.\n\n"And that is what counts," he added [1].\n\n[1]: ../sources/p.md\n';
  const service = workspace({ 'sources/p.md': 'Talia Brennan said: "A tunnel treats the symptom. Trees and soil treat the cause."', 'drafts/d.md': draft });
  const path = `${ROOT}/drafts/d.md`;
  while (!service.judge(path, 1000).complete);
  const uncited = service.diagnostics(path).filter((d) => d.code === 'uncited-claim').map((d) => draft.slice(d.range.start, d.range.end));
  // (A quotation followed by a sentence that is none, or by one in another paragraph, is still uncited.)
  assert.deepEqual(uncited, ['She added: "We will keep pressing."', 'The mayor said "this is a turning point for all of us."', '"We won the vote tonight," he said.']);
});

test('a sentence is not cut into parts at the "and" of "a year and a half"', () => {
  assert.deepEqual(
    claimClauses('Vantro took a year and a half before signing the deal.').map((c) => c.text),
    ['Vantro took a year and a half before signing the deal'],
  );
  assert.deepEqual(claimClauses('Vantro signed the deal and a rival sued.').map((c) => c.text), ['Vantro signed the deal', 'a rival sued']);
});
