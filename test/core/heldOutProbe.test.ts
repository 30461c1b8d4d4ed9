/**
 * What a probe written as unseen data (bench/data/probe-wice3, probe-dev3) found: five faithful
 * sentences warned, each from something true of pages and English rather than of that probe. Pages
 * here are in our own words. Wrong sentences next to them must stay warned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warnings, judgedSentence } from '../helpers/oneSentence';
import { withoutInvisibles } from '../../server/src/core/sources/readSource';
import { sourceOffset } from '../../server/src/core/sources/sourceTypes';
import { siteInTitle } from '../../server/src/core/support/supportChecker';
import { foldDiacritics, stem } from '../../server/src/core/text';

test('a soft hyphen inside a word of the page leaves one word, and the text still maps to the file', () => {
  const page = 'Under the 14th Charter Amend\u00adment, the city council may have no more than 25 members.\n\nThe Cham\u00adber meets on Mondays.';
  assert.deepEqual(warnings('Under the 14th Amendment the city council may have no more than 25 members.', page), []);
  assert.ok(warnings('Under the 14th Amendment the city council may have no more than 52 members.', page).some((w) => w.startsWith('number-mismatch')));
  // Each character of the text maps back to the same character of the file.
  const file = `<p>${page}\u200b</p>`;
  const extracted = withoutInvisibles({ text: file.slice(3, -4), segments: [{ t: 0, s: 3 }], fileLength: file.length });
  assert.ok(!/[\u00ad\u200b]/.test(extracted.text));
  for (let i = 0; i < extracted.text.length; i++) assert.equal(file[sourceOffset(extracted, i)], extracted.text[i], `offset ${i}`);
  // Text with none is returned as it is.
  const plain = { text: 'No marks here.', segments: [{ t: 0, s: 0 }] };
  assert.equal(withoutInvisibles(plain), plain);
});

test('the site a page title names after a bar or a dash is the source a sentence may be attributed to', () => {
  assert.equal(siteInTitle('Foxes in the Valley | State of Avalon, Wildlife Resources Agency'), 'State of Avalon, Wildlife Resources Agency');
  assert.equal(siteInTitle('Budget passes – The Harbour Herald'), 'The Harbour Herald');
  assert.equal(siteInTitle('COVID-19 vaccines explained'), undefined);
  const page = '---\ntitle: "Foxes in the Valley | State of Avalon, Wildlife Resources Agency"\n---\n\nMenu\n\nWildlife Habitat\n\nThe red fox is the most widespread wild canid in the valley.\n';
  assert.deepEqual(warnings('The red fox is the most widespread wild canid in the valley, according to the Avalon Wildlife Resources Agency.', page), []);
  // Another body's name is not credited: the sentence is told it is not backed (information: its facts are the page's).
  const other = judgedSentence('The red fox is the most widespread wild canid in the valley, according to the Avalon Forestry Service.', page).diagnostics;
  assert.ok(other.some((d) => /Not backed: “Avalon Forestry Service”/.test(d.message)), other.map((d) => d.message).join('\n'));
});

test('a curly apostrophe is the straight one in names and words', () => {
  assert.equal(foldDiacritics('O’Brien'), "O'Brien");
  assert.equal(stem('don’t'), stem("don't"));
  const page = 'At first, according to Dr. Maeve O’Brien, breathing becomes irregular and unusually shallow.';
  assert.deepEqual(warnings("According to Dr. Maeve O'Brien, breathing first becomes irregular and unusually shallow.", page), []);
  assert.ok(warnings("According to Dr. Maeve O'Malley, breathing first becomes irregular and unusually shallow.", page).length > 0);
});

test('a page that denies what the sentence denies, of the body the window names, is no contradiction', () => {
  const page =
    'The parks service has never, nor has it any plans to release or otherwise bring wolves into the northern forest.\n\nThe parks service plans to monitor the natural spread of the wolf from the western ranges.';
  assert.deepEqual(warnings("The agency has never released wolves and has no plans to, but it will monitor the animal's natural spread from the western ranges.", page), []);
  // A sentence stating what the page denies is still the opposite.
  assert.ok(warnings('The parks service plans to release wolves into the northern forest.', page).some((w) => /opposite/.test(w)));
});

test('"not enough" is the page\'s "requires more than"', () => {
  const page = 'But clean water requires more than new pipes.\n\nThe city will also train staff and test every well.';
  assert.deepEqual(warnings('New pipes alone are not enough to deliver clean water.', page).filter((w) => /opposite/.test(w)), []);
  // A page that says the pipes suffice is still the opposite of "not enough".
  assert.ok(warnings('New pipes alone are not enough to deliver clean water.', 'New pipes alone are enough to deliver clean water, the engineer said.').some((w) => /opposite/.test(w)));
});

test('a name set off by commas has its place between the words beside them; a name no source mentions is never "supported"', () => {
  const page = 'The harbour master, Ines Okafor, a member of the port board, was among those who signed the letter.\n\nThe letter asked for a new breakwater.';
  const swapped = warnings('The harbour master, Tomas Lindqvist, a member of the port board, was among those who signed the letter.', page);
  assert.ok(swapped.some((w) => /has "Tomas Lindqvist" where the source has "Ines/.test(w)), swapped.join('\n'));
  assert.deepEqual(warnings('The harbour master, Ines Okafor, a member of the port board, was among those who signed the letter.', page), []);
  // A name the page never gives, however well the rest is backed, is not backed: the sentence is unsupported, and says so.
  const named = warnings('The harbour master, Ines Okafor, a member of the port board, was among those who signed the letter with Tomas Lindqvist.', page);
  assert.ok(named.some((w) => /^unsupported-claim: .*never mentions "Tomas Lindqvist"/.test(w)), named.join('\n'));
  // Not a name the sentence credits the statement to, or the outlet it appeared in, which a saved page often leaves out.
  assert.deepEqual(warnings('The harbour master, Ines Okafor, a member of the port board, was among those who signed the letter, Tomas Lindqvist reported in The Harbour Times.', page), []);
  // Who said it is a claim like any other: a speaker the page never names is not backed.
  assert.ok(warnings('The harbour master, Ines Okafor, a member of the port board, was among those who signed the letter, Tomas Lindqvist said.', page).some((w) => /never mentions "Tomas Lindqvist"/.test(w)));
  // Nor an acronym the sentence spells out itself.
  const drugs = 'Adverse drug events cause about 1.3 million emergency visits each year in the United States.';
  assert.deepEqual(warnings('Adverse drug events (ADEs) cause about 1.3 million emergency visits each year in the United States.', drugs), []);
});

test('"without exception" and "with no exceptions" say "always": no negation, and the page\'s "predominantly" is narrower', () => {
  const page = 'Landfills in the region are predominantly located in low-income districts, the survey found.';
  const d = judgedSentence('Landfills in the region are without exception located in low-income districts, the survey found.', page).diagnostics;
  assert.ok(!d.some((x) => /opposite/.test(x.message)), d.map((x) => x.message).join('\n'));
  assert.ok(d.some((x) => x.severity === 'information' && /says "without exception" where the best passage says "predominantly"/.test(x.message)), d.map((x) => x.message).join('\n'));
  // A real negation is still one.
  assert.ok(warnings('Landfills in the region are not located in low-income districts, the survey found.', page).some((w) => /opposite/.test(w)));
});

test('a role the page gives another person, in appositives on both sides, is a contradiction', () => {
  const page = 'Okafor grew up in Leeds, the son of Mary (Shaw), a school nurse, and Peter Okafor, a bus driver. He studied at Hull.';
  const swapped = warnings('Raised in Leeds, he is the son of Peter Okafor, a school nurse, and Mary Shaw, a bus driver.', page);
  assert.ok(swapped.some((w) => /calls Peter Okafor "a bus driver" and gives "a school nurse" to Mary \(Shaw\)/.test(w)), swapped.join('\n'));
  assert.deepEqual(warnings('Raised in Leeds, he is the son of Mary Shaw, a school nurse, and Peter Okafor, a bus driver.', page), []);
  // A person the page gives no role of their own is not read as given another's.
  const club = 'The club named Ana Ruiz, the club captain, to lead the tour. Lena Park also travels.';
  assert.ok(!warnings('Lena Park, the club captain, will lead the tour.', club).some((w) => /gives "/.test(w)));
});

// What the fourth probe (bench/data/probe-wice4, probe-dev4) found warned, each in our own words.

test('a title that opens on "Don\'t", a contrast the page denies too, "ruled out" and "barred from" are no opposites', () => {
  const single = 'Their first single peaked at number 28 in 1965, and they had a Top 10 hit with Don\'t Let Me Go that winter.';
  assert.deepEqual(warnings('Their first single peaked at number 28 in 1965, and Don\'t Let Me Go gave them a Top 10 hit that winter.', single), []);
  const boots = 'Most hikers do not replace their boots because of torn laces, but rather because the soles wear thin.';
  assert.deepEqual(warnings('Worn soles, not torn laces, are why most hikers replace their boots.', boots), []);
  assert.ok(warnings('Torn laces are why most hikers replace their boots.', boots).length > 0);
  const coach = 'While Ruiz has said she will not formally return to coaching, she has advised the new staff.';
  assert.deepEqual(warnings('She has ruled out a formal return to coaching.', coach), []);
  const jury = 'Persons employed full-time as firefighters are barred from serving on county juries, even if they wish to.';
  assert.deepEqual(warnings('Full-time firefighters may not sit on county juries even if they want to.', jury), []);
  // What the page states plainly is still the opposite of a denial.
  assert.ok(warnings('Full-time firefighters may not sit on county juries.', 'Full-time firefighters may sit on county juries.').some((w) => /opposite/.test(w)));
});

test('a year with a note glued after its stop, a share as a decimal fraction, a name in the plural of the page\'s', () => {
  const bio = 'Succeeded his father 1571.\nKnighted 1580.3\nDied 1601.';
  assert.deepEqual(warnings('He succeeded his father in 1571 and was knighted in 1580.', bio), []);
  assert.ok(warnings('He succeeded his father in 1571 and was knighted in 1590.', bio).some((w) => w.startsWith('number-mismatch')));
  const stats = 'In four games with the Hawks he averaged 17.0 points on .587 shooting and 4.1 rebounds.';
  assert.deepEqual(warnings('In four games with the Hawks he averaged 17 points on nearly 59 percent shooting and 4.1 rebounds.', stats), []);
  assert.ok(warnings('In four games with the Hawks he averaged 17 points on 68 percent shooting and 4.1 rebounds.', stats).some((w) => w.startsWith('number-mismatch')));
  const games = 'The stadium was rebuilt for the Commonwealth Games held in the city the next year, and it hosted the athletics finals.';
  assert.deepEqual(warnings('The stadium was rebuilt for the Commonwealths held in the city, and it hosted the athletics finals.', games).filter((w) => /where the source has/.test(w)), []);
});

test('areas and the Indian scales are units: "square miles" is not the page\'s "square kilometres", "lakh" not "crore"', () => {
  const page = 'The island has an area of 1,250 square kilometres. The state released Rs 40 crore for the harbour.';
  assert.ok(warnings('The island has an area of 1,250 square miles.', page).some((w) => w.startsWith('number-mismatch: The sentence says "1,250 square miles"')));
  assert.deepEqual(warnings('The island has an area of 1,250 sq km.', page), []);
  assert.ok(warnings('The state released Rs 40 lakh for the harbour.', page).some((w) => w.startsWith('number-mismatch')));
  assert.deepEqual(warnings('The state released 40 crore rupees for the harbour.', page), []);
});

// What the fifth probe (bench/data/probe-wice5, probe-dev5) found warned, each in our own words.

test('a share of a count of a count, metres glued as "30m", a number after the page\'s capitalised word', () => {
  const weeks = 'She rose to No. 4 in May and has spent 31 of the 46 weeks since then at that ranking.';
  assert.deepEqual(warnings('She has spent about two-thirds of the weeks since May (31 of 46) at No. 4.', weeks), []);
  assert.ok(warnings('She has spent about 90 percent of the weeks since May at No. 4.', weeks).some((w) => w.startsWith('number-mismatch')));
  const trench = 'He carried the wounded soldier to a shelter located at a distance of 40m, where he radioed the commander.';
  assert.deepEqual(warnings('He carried the wounded soldier 40 metres to a shelter, where he radioed the commander.', trench), []);
  assert.ok(warnings('He carried the wounded soldier 60 metres to a shelter, where he radioed the commander.', trench).some((w) => w.startsWith('number-mismatch')));
  const show = '"Mirrors" Season 3, Episode 14. The crew finds a ship that is almost, but not quite, their own.';
  assert.deepEqual(warnings('In "Mirrors" (season three, episode 14), the crew finds a ship that is almost their own.', show).filter((w) => w.startsWith('number-mismatch')), []);
  assert.ok(warnings('In "Mirrors" (season three, episode 15), the crew finds a ship that is almost their own.', show).some((w) => w.startsWith('number-mismatch')));
});

test('"cannot … unless" is the page\'s "can … only when", "not … until" its "only in", and "nor X" an item of a denial', () => {
  const chem = 'A solvent can harm workers only when it is inhaled or touches the skin.';
  assert.deepEqual(warnings('A solvent cannot harm workers unless it is inhaled or touches the skin.', chem), []);
  assert.ok(warnings('A solvent cannot harm workers.', 'A solvent can harm workers, the report found.').some((w) => /opposite/.test(w)));
  const theory = 'Only in the 1850s, thanks to the work of a small society, did the new method become accepted in France.';
  assert.deepEqual(warnings('The new method was not accepted in France until the 1850s, thanks to the work of a small society.', theory), []);
  const squad = 'The coach, Ana Ruiz, and her deputy, Li Wei, were not given new contracts. Instead, both received short extensions. A former deputy, Sam Cole, left.';
  assert.deepEqual(warnings('Neither the coach, Ana Ruiz, nor the deputy, Li Wei, received a new contract; both got short extensions instead.', squad), []);
});

test('a name no source mentions is warned of past the weak band only when it reads as a person\'s (a review of that rule)', () => {
  // Warned: a person the page never names, however much of the rest it backs.
  const minister = 'The finance minister presented the budget to parliament on Thursday, promising lower fuel duty.';
  assert.ok(warnings('The finance minister, Imogen Tavistock-Reyes, presented the budget to parliament on Thursday, promising lower fuel duty.', minister).length > 0);
  // Left to the weak band: a place a writer adds, a club or a body named otherwise, a name in the page's title only, a
  // source credited at the end.
  const warehouse = 'The retailer will open a new warehouse in Lyon next spring, creating 400 jobs, the company said.';
  assert.deepEqual(warnings('The retailer will open a new warehouse in Lyon, France, next spring, creating 400 jobs, the company said.', warehouse), []);
  const cup = 'Barça won the cup for the 31st time after beating Bilbao 4-0 in the final on Saturday.';
  assert.deepEqual(warnings('FC Barcelona won the cup for the 31st time after beating Bilbao 4-0 in the final on Saturday.', cup), []);
  const storm = '---\ntitle: "Storm Ada batters the west coast"\n---\n\nThe storm brought winds of 90 mph to the west coast overnight, cutting power to 20,000 homes.';
  assert.deepEqual(warnings('Storm Ada brought winds of 90 mph to the west coast overnight, cutting power to 20,000 homes.', storm), []);
  const ranking = 'The actor is the highest-paid in Hollywood for a second year, the magazine said, with earnings of $89 million.';
  assert.deepEqual(warnings('The actor is the highest-paid in Hollywood for a second year, with earnings of $89 million, according to Forbes Magazine.', ranking), []);
});

test('"all but N" is what the page\'s count of a count leaves out', () => {
  const page = 'The agency found the chemical is likely to harm 1,402 of the 1,450 species it assessed, including the gray wolf.';
  assert.deepEqual(warnings('The agency found the chemical is likely to harm all but 48 of the species it assessed.', page), []);
  assert.ok(warnings('The agency found the chemical is likely to harm all but 58 of the species it assessed.', page).some((w) => w.startsWith('number-mismatch')));
});

// What the seventh probe (bench/data/probe-wice7, probe-dev7) found warned.

test('"less common" is the page\'s "not as common as"; a name glued after a heading in capitals is on the page', () => {
  const beds = 'Benches come in oak, pine, or a mix of the two. You can also find them in cane, although these are not as common as oak or pine.';
  assert.deepEqual(warnings('Benches come in oak, pine or a mix of the two, and you can also find cane ones, although these are less common.', beds), []);
  // A real "not" is still read.
  assert.ok(warnings('Benches do not come in oak.', 'Benches come in oak, pine, or a mix of the two.').some((w) => /opposite/.test(w)));
  const rail = 'THE NARROW GAUGE RAILROADHenry Bell Foster chose a three-foot gauge for the line because of the steep mountain passes.';
  assert.deepEqual(warnings('Because of the steep mountain passes, Henry Bell Foster chose a three-foot gauge for the line.', rail), []);
});

test('"declined to comment" is "did not comment"', () => {
  const page = 'The mayor did not answer questions on Monday, and her office declined to comment.';
  assert.deepEqual(warnings('The mayor did not answer questions on Monday, nor did her office comment.', page), []);
  // The first part stated plainly is still the page's opposite.
  assert.ok(warnings('The mayor answered questions on Monday.', page).some((w) => /opposite/.test(w)));
});
