/**
 * A name the page never mentions, where the page's sentence has another name in its place, is a wrong name
 * (`conflict` in conflicts.ts), unless the page's name there is the sentence's own said otherwise: spelled otherwise,
 * the long form of the sentence's short one, a forename where the sentence says whose the person is, or a longer name
 * ending in the kind of thing the sentence names by a place. Each is checked with a wrong name it must still catch.
 */
import { test } from 'node:test';
import { expectWarned } from '../helpers/oneSentence';

test('a name spelled otherwise is the same name; another vowel in a short name is another name', () => {
  expectWarned([
    ['Kiev / Kyiv', 'Missiles struck Kyiv, Kharkiv, Odesa and Lviv overnight, officials said.', 'Missiles struck Kiev, Kharkiv, Odesa and Lviv overnight.', false],
    ['Barca / Barcelona', 'Real Madrid, Barcelona, Atletico and Sevilla have qualified for the cup semi-finals.', 'Real Madrid, Barca, Atletico and Sevilla have qualified for the cup semi-finals.', false],
    ['Türkiye / Turkey', 'Greece, Turkey, Cyprus and Bulgaria agreed to share wildfire planes this summer.', 'Bulgaria, Cyprus, Greece and Türkiye agreed to share wildfire planes this summer.', false],
    ['another name in the list', 'Missiles struck Kyiv, Kharkiv, Odesa and Lviv overnight, officials said.', 'Missiles struck Dnipro, Kharkiv, Odesa and Lviv overnight.', true],
    ['Red / Reed', 'She studied at Reed College in Portland before moving to Chicago.', 'She studied at Red College in Portland.', true],
  ]);
});

test('the short form of the page’s name is the same name', () => {
  expectWarned([
    ['GOP / Republicans', 'Most rural counties voted for the Republicans in November, the count showed.', 'Most rural counties voted for the GOP in November.', false],
    ['GOP / Republican Party', 'Donald Trump and the Republican Party raised 76 million dollars in April.', 'In April Trump and the GOP raised 76 million dollars.', false],
    ['another party', 'Donald Trump and the Republican Party raised 76 million dollars in April.', 'In April Trump and the Greens raised 76 million dollars.', true],
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
    ['The Boston school', 'Harvard Business School will cut its MBA fees by a third from September.', 'The Boston school will cut its MBA fees by a third from September.', false],
    // A name that is no place, before the kind of thing ("the Meester antechinus" / "the Dusky Antechinus"), is another name.
    ['no place', 'It had been taken for a subspecies of the Dusky Antechinus, which lives in Tasmania.', 'It had been taken for a subspecies of the Meester antechinus, which lives in Tasmania.', true],
  ]);
});
