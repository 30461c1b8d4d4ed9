/**
 * Roles given to the wrong person: "the daughter of Andrew Hoover, a flight attendant, and Jean
 * Williams, a mining engineer" against a page that says "Jean (Williams), a flight attendant, and
 * Andrew Hoover, a mining engineer". Every word of the sentence is on the page, so it reads as
 * supported; what the writer (or a model) got wrong is who is what.
 *
 * Read only in appositives, a name followed by a comma and what it is ("X, a mining engineer", "X,
 * the club's captain", "X, head of the directorate"), and said only when the page is clear about
 * both: it gives the sentence's name a role of its own in an appositive, none of which has the
 * words of the role the sentence gives it, and it gives another name, of another surname, a role
 * of just those words; and no page sentence with the name has them outside an appositive. A page
 * that gives a person two roles ("Smith, a lawyer, …", later "Smith, the firm's founder") backs either.
 */
import { contentStems, escapeRegExp } from '../text';

/** Nouns of office that stand as a role without an article ("X, head of the directorate"). */
const ROLE_HEADS = 'head|chief|director|president|chairman|chairwoman|chair|founder|co-founder|editor|minister|secretary|leader|member|professor|spokesman|spokeswoman|spokesperson|governor|mayor|coach|captain|manager';
/** A word of a name: capitalised, with a full stop only as an initial or a title's ("J.", "Lt.", "Dr."; not "May." ending a sentence). */
const NAME_WORD = `(?:\\p{Lu}\\.|(?:Dr|Mr|Mrs|Ms|Lt|Gen|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|Gov|Sen|Rep|Maj|Adm|Cpl)\\.|\\p{Lu}[\\p{L}'’-]*)`;
/** A name (up to four capitalised words, initials and a name in parentheses among them), a comma, and a role up to the next comma, "and" before another name, or the sentence's end. */
const APPOSITIVE = new RegExp(
  `((?:${NAME_WORD}\\s+|\\(\\p{Lu}[\\p{L}'’-]*\\)\\s+){0,3}\\(?\\p{Lu}[\\p{L}'’-]*\\)?),\\s+((?:a|an|the|its|his|her|their)\\s+[^,;:.()"“”]{2,60}?|(?:${ROLE_HEADS})\\b[^,;:.()"“”]{0,60}?)(?=\\s*(?:[,;)]|\\.(?:\\s|$)|$|\\sand\\s+\\p{Lu}))`,
  'gu',
);
/** The longest text read: a page is read in full once per check, a sentence of a few hundred characters in its place. */
const MAX_TEXT = 400_000;

interface Appositive {
  name: string;
  /** The name's last word, lower case, without parentheses: names are told apart by it. */
  surname: string;
  role: string;
  stems: Set<string>;
}

function appositives(text: string): Appositive[] {
  if (text.length > MAX_TEXT) return [];
  const out: Appositive[] = [];
  for (const m of text.matchAll(APPOSITIVE)) {
    const words = m[1].split(/\s+/);
    const surname = words[words.length - 1].replace(/[()]/g, '').toLowerCase();
    // The role proper: not where the person is from or works ("a union leader from Leeds" is "a union leader").
    const stems = new Set(contentStems(m[2].replace(/\s(?:from|in|at|based|with)\b.*$/i, '')));
    // A name of one word that is only a sentence's first word ("Meanwhile, the …") is no name.
    if (words.length === 1 && (m.index === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index)))) continue;
    if (stems.size) out.push({ name: m[1], surname, role: m[2], stems });
  }
  return out;
}

const covers = (a: Set<string>, b: Set<string>) => [...b].every((x) => a.has(x));

/** Whether a sentence of the page has the surname and every word of the role outside an appositive ("Hoover later retrained as a flight attendant"). */
function saysRoleOf(page: string, surname: string, role: Set<string>): boolean {
  // (Read without the page's appositives, which give their roles to their own names.)
  const text = page.length > MAX_TEXT ? '' : page.replace(APPOSITIVE, (m, name: string) => name + ' '.repeat(m.length - name.length));
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(re)) {
    const from = Math.max(text.lastIndexOf('.', m.index!) + 1, m.index! - 300);
    const end = text.indexOf('.', m.index! + m[0].length);
    const stems = new Set(contentStems(text.slice(from, end < 0 ? m.index! + 300 : Math.min(end, m.index! + 300))));
    if (covers(stems, role)) return true;
  }
  return false;
}

/** Each page's appositives, read once: every sentence with one citing the page asks. */
const pageAppositives = new WeakMap<object, Appositive[]>();

/** The sentence's role given by the page to another name, when the page gives the sentence's name another role (see above); else undefined. */
export function roleSwap(sentence: string, pages: readonly { text: string }[]): { name: string; role: string; theirs: string; other: string } | undefined {
  const mine = appositives(sentence);
  if (!mine.length) return undefined;
  const theirs = pages.flatMap((p) => {
    let a = pageAppositives.get(p);
    if (!a) pageAppositives.set(p, (a = appositives(p.text)));
    return a;
  });
  for (const a of mine) {
    const own = theirs.filter((t) => t.surname === a.surname);
    if (!own.length || own.some((t) => covers(t.stems, a.stems))) continue;
    // (The very role: "a former employee" or "ranking member and a former chairman" is not "an employee", "chairman".)
    const other = theirs.find((t) => t.surname !== a.surname && covers(t.stems, a.stems) && covers(a.stems, t.stems));
    // Nor where a page sentence with the name has the role's words anyway ("Lopez has also worked as an activist").
    if (other && !pages.some((p) => saysRoleOf(p.text, a.surname, a.stems))) return { name: a.name, role: a.role, theirs: own[0].role, other: other.name };
  }
  return undefined;
}
