/**
 * A name the page never mentions, where the page's sentence has another name in its place, is a wrong name
 * (`conflict` in conflicts.ts), unless the page's name there is the sentence's own said otherwise: the long form of the
 * sentence's short one, a forename where the sentence says whose the person is, or a longer name
 * ending in the kind of thing the sentence names by a place. Each is checked with a wrong name it must still catch.
 */
import { test } from 'node:test';
import { expectWarned } from '../helpers/oneSentence';

test('names spelled alike are still two names: no spelling makes one the other', () => {
  // A rule that took the same consonants, or a name cut short, for one name was tried and taken out: it passed Ghana
  // for Guinea, Smyth for Smith, Columbia for Colombia, Tunis for Tunisia (a review found 13 such).
  expectWarned([
    ['Ghana / Guinea', 'Missiles struck Kyiv, Kharkiv, Odesa and Lviv overnight. Leaders of Guinea, Mali and Niger met in Conakry.', 'Leaders of Ghana, Mali and Niger met in Conakry.', true],
    ['Red / Reed', 'She studied at Reed College in Portland before moving to Chicago.', 'She studied at Red College in Portland.', true],
  ]);
});

test('the short form of the page’s name is the same name', () => {
  expectWarned([
    ['GOP / Republicans', 'Most rural counties voted for the Republicans in November, the count showed.', 'Most rural counties voted for the GOP in November.', false],
    ['GOP / Republican Party', 'Donald Trump and the Republican Party raised 76 million dollars in April.', 'In April Trump and the GOP raised 76 million dollars.', false],
    ['another party', 'Donald Trump and the Republican Party raised 76 million dollars in April.', 'In April Trump and the Greens raised 76 million dollars.', true],
    // One word of the long form is not it: the UK is not the United States.
    ['UK / United States', 'The treaty was signed by Japan and the United States in Tokyo on Monday.', 'The treaty was signed by Japan and the UK in Tokyo on Monday.', true],
  ]);
});

test('a forename where the sentence says whose the person is names the same person', () => {
  expectWarned([
    ['France’s Macron', 'The meeting was attended by Joe Biden, Emmanuel Macron, Olaf Scholz and Rishi Sunak. They discussed aid for Ukraine.', 'The meeting was attended by Biden, France\'s Macron, Scholz and Sunak, who discussed aid for Ukraine.', false],
    // Not a forename for a forename: another man of the same surname.
    ['another forename', 'The meeting was attended by Joe Biden, Emmanuel Macron and Olaf Scholz.', 'The meeting was attended by Biden, Pierre Macron and Scholz.', true],
  ]);
});

test('a longer name ending in the kind of thing the sentence names by a place is the same thing', () => {
  expectWarned([
    ['In Devon the trust', 'The National Trust has bought the Killerton estate near Exeter for 12 million pounds.', 'In Devon the trust has bought the Killerton estate for 12 million pounds.', false],
    ['In Washington the court', 'The Supreme Court ruled on Friday that the state law was unconstitutional. The vote was six to three.', 'In Washington the court ruled six to three on Friday that the state law was unconstitutional.', false],
    // A place before the kind is no sign: "The Boston school" for the page's Yale Law School is another school.
    ['The Boston school', 'Yale Law School will cut its fees by a third from September.', 'The Boston school will cut its fees by a third from September.', true],
    // A name that is no place, before the kind of thing ("the Meester antechinus" / "the Dusky Antechinus"), is another name.
    ['no place', 'It had been taken for a subspecies of the Dusky Antechinus, which lives in Tasmania.', 'It had been taken for a subspecies of the Meester antechinus, which lives in Tasmania.', true],
  ]);
});
