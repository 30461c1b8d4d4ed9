/**
 * Who said it: a sentence that gives a statement to one speaker ("Smith said …", "…, said Smith",
 * "according to Smith") where the page gives the same statement to another, named in the same
 * way ("…, Jones said"), and the sentence's speaker is nowhere near. The speaker is often the
 * first word of the sentence, where `conflicts.ts` reads no name (a sentence's first word is
 * capitalised whatever it is); here a verb of saying marks it as a name.
 */
import { contentTokens, escapeRegExp, foldDiacritics, isStopword, stem, type Token } from '../text';
import type { SourceEvidence } from './evidence';
import { extractQuotes, quoteInText } from './quotes';
import { CALENDAR, TITLES, nearEachOther, sameThing, type NameConflict } from './conflicts';

/** Verbs of saying that take what was said, whatever follows ("Smith said the plan …", "Smith told Reuters …"). */
const SAYING = 'said|says|told|tells|argued|argues|warned|warns|explained|explains|insisted|insists|stated|testified|asserted|contended|stressed|cautioned|tweeted';
/** Verbs that are of saying only before "that", a colon, a comma or a quotation ("added that", not "added 300,000 jobs"; "wrote:", not "wrote a book"). */
const SAYING_THAT = 'added|adds|announced|announces|noted|notes|claimed|claims|recalled|recalls|acknowledged|admitted|admits|predicted|declared|confirmed|maintained|wrote|writes';
const SPEECH = `${SAYING}|${SAYING_THAT}`;
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3}`;
/** "Smith said", "Jane Smith, the mayor, told", "Smith has said", "Smith added that". */
const NAME_THEN_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(${NAME})(?:,[^,.;:"“”]{1,60},)?\\s+(?:(?:has|had|have|also|later|then|previously|recently|repeatedly|once|earlier|often|publicly)\\s+){0,2}(?:(?:${SAYING})(?![\\p{L}])|(?:${SAYING_THAT})(?=\\s*(?:that\\b|[,:"“])))`,
  'gu',
);
/**
 * "…, said Smith.", "according to Smith," (not "told Reuters": who was told; nor "said New York would
 * spend", "according to Census Bureau figures": the name must end the phrase).
 */
const VERB_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:said|says|added|adds|wrote|writes|[Aa]ccording\\s+to)\\s+(${NAME})(?=\\s*(?:[,.;:!?)]|$))`, 'gu');
/** Words before a name that make it no speaker of the sentence: "As Lincoln said", "hours after Blake announced", "the Prince of Wales said". */
const NOT_SPEAKING_AFTER = /^(?:as|after|before|when|while|since|until|once|because|if|though|although|unless|whether|of|the|a|an)$/i;
/** A verb that says someone spoke whatever follows it, to count them in a sentence ("as predicted" is none). */
const SPEECH_ANY = new RegExp(`(?<![\\p{L}])(?:${SAYING})(?![\\p{L}])`, 'gu');
/** A speaker given as a pronoun: the page's sentence is not read for another name, which may be whom the speaker talks about. */
const PRONOUN_SPEAKER = new RegExp(`(?<![\\p{L}])(?:he|she|they|we|I)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${SPEECH})(?![\\p{L}])|(?:said|says|added|adds)\\s+(?:he|she|they)(?=\\s*[,.;:!?])`, 'iu');
/** A speaker given as "he" or "she" and no other pronoun: one person, named in the sentence before. */
const ONE_PERSON_SPEAKS = new RegExp(`^(?![^]*(?<![\\p{L}])(?:they|we|I)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${SPEECH})(?![\\p{L}]))[^]*(?:(?<![\\p{L}])(?:he|she)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${SPEECH})(?![\\p{L}])|(?:said|says|added|adds)\\s+(?:he|she)(?=\\s*[,.;:!?]))`, 'iu');
/** Words of an office or a role: a sentence naming the speaker's body with one of these and the other's name relates the two. */
const ROLE = /\b(?:spokes(?:man|woman|person|people)|minister|secretary|editor|director|chief|executive|ceo|chair(?:man|woman)?|president|official|aide|adviser|advisor|publicist|representative|press|lawyer|attorney|founder|head|heads|leader|leads|led|manager|commander|ambassador|envoy|owner|coach|staff|member|counsel)\b/i;

/** Words a speaker stands for someone else with: a spokesman speaks for a body the claim may name. */
const FOR_SOMEONE = /\b(?:spokes(?:man|woman|person|people)|representative|aide|adviser|advisor|lawyer|attorney|statement|on behalf|press secretary|publicist)\b/i;

const bare = (w: string) => foldDiacritics(w.toLowerCase()).replace(/['’]s$/u, '').replace(/\.$/, '');

/** The words of a speaker's name, titles and stop words left out ("Senator Jane Smith": jane, smith). */
function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map(bare)
    .filter((w) => w.length > 1 && !TITLES.has(w) && !CALENDAR.has(w) && !isStopword(w));
}

/**
 * The speakers a text names with a verb of saying, each with the words of its name and where it is.
 * `describing`: a one-word name after a word that describes it ("the conservative Christian tells") is left out too.
 */
export function speakers(text: string, describing = false): { name: string; words: string[]; start: number; end: number }[] {
  const out: { name: string; words: string[]; start: number; end: number }[] = [];
  for (const re of [NAME_THEN_VERB, VERB_THEN_NAME]) {
    for (const m of text.matchAll(re)) {
      const words = nameWords(m[1]);
      const start = m.index! + m[0].indexOf(m[1]);
      // "the conservative Christian tells", "a Democrat said": a description, not a name; "As Lincoln said", "hours after
      // Blake announced", "the Prince of Wales said": no speaker of this sentence.
      const before = /^([\p{L}'’]+)[ \t]/u.test(m[1]) && NOT_SPEAKING_AFTER.test(m[1].split(/[ \t]/)[0]) ? m[1].split(/[ \t]/)[0] : /([\p{L}'’]+)[ \t]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
      if (before && (NOT_SPEAKING_AFTER.test(before) || (describing && words.length === 1 && /^\p{Ll}/u.test(before) && !isStopword(before)))) continue;
      if (words.length) out.push({ name: m[1].replace(/['’]s$|\.$/u, ''), words, start, end: start + m[1].length });
    }
  }
  return out;
}

/** Whether a source writes the word capitalised inside a sentence (after a lower-case word or a comma): a name's, not a sentence's first word. */
function writtenAsName(word: string, sources: SourceEvidence[]): boolean {
  const re = new RegExp(`[\\p{Ll},] ${capitalised(word)}(?![\\p{L}])`, 'u');
  return sources.some((s) => re.test(foldedWithCase(s)));
}

/** Each page's text without diacritics, its case kept (read once). */
const foldedKept = new WeakMap<SourceEvidence, string>();
function foldedWithCase(s: SourceEvidence): string {
  let t = foldedKept.get(s);
  if (t === undefined) foldedKept.set(s, (t = foldDiacritics(s.text)));
  return t;
}

/** A pattern for a word of a name as the page may write it: its first letter capitalised, the rest in either case ("Marco-Llorente", "OKAFOR"). */
function capitalised(word: string): string {
  return word[0].toUpperCase() + [...word.slice(1)].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegExp(c))).join('');
}

/** Two capitalised words or more are a name; one is when the page writes it capitalised inside a sentence ("Police said" is no name). */
const isName = (words: string[], sources: SourceEvidence[]) => words.length > 1 || writtenAsName(words[0], sources);

/** The share of the claim's other content words the source sentence must hold to state the same thing. */
const SAME_STATEMENT = 0.7;
/** A sentence this close to the best (in share of the claim's words) may be the one the claim states. */
const AS_CLOSE = 0.15;
/** How far into the sentence after those read the claim's speaker is looked for ("Smith agreed", "Lopez: Yes."). */
const NEXT_REACH = 60;
/** How many content words, besides the speaker's name and the verb, a statement needs to be told apart from others. */
const MIN_WORDS = 4;
/** How many words a quotation the page holds word for word needs to tell a shorter statement apart. */
const QUOTED_WORDS = 6;

/**
 * The claim's speaker and the page's for the same statement, when they differ: the claim names a
 * speaker with a verb of saying (a name the page writes as one, not the cited source's own name:
 * "The Times wrote" of a Times page), the one page sentence stating SAME_STATEMENT of the claim's
 * other words names another with a verb of saying and no speaker given as a pronoun, the claim's
 * speaker is in no sentence about as close nor near them (NEAR sentences on either side, in the
 * same paragraph), both names are people's (`isPerson`), and the page never
 * relates the two: written together or side by side ("Apple chief executive Tim Cook"), in one
 * sentence with a word of office ("Jane Roe, a spokeswoman for Acme"), or one "known as" the other.
 * `attribution`: the stems of the cited sources' own names (publisher, site, author).
 */
export function speakerSwap(claim: string, sources: SourceEvidence[], attribution: ReadonlySet<string> = new Set()): NameConflict | undefined {
  const mine = speakers(claim);
  // One speaker: a sentence that quotes two is read as it is.
  if (mine.length !== 1) return undefined;
  const speaker = mine[0];
  if (!isName(speaker.words, sources) || speaker.words.some((w) => attribution.has(stem(w)))) return undefined;
  const own = new Set(speaker.words.map(stem));
  const verbs = new Set(SPEECH.split('|').map(stem));
  const notSpeaking = (x: string) => !own.has(x) && !verbs.has(x) && !TITLES.has(x) && x !== 'accord';
  let words = [...new Set(contentTokens(claim).map((t: Token) => t.stem).filter(notSpeaking))];
  if (words.length < MIN_WORDS) {
    // A short statement is told apart by a quotation the page holds word for word ("'Anybody who tells you they do is
    // overselling,' Brannigan said"): its words are the statement's.
    const quoted = extractQuotes(claim).find((q) => q.text.trim().split(/\s+/).length >= QUOTED_WORDS && sources.some((ev) => quoteInText(q.text, ev.normalized)));
    words = quoted ? [...new Set(contentTokens(quoted.text).map((t: Token) => t.stem).filter(notSpeaking))] : [];
    if (words.length < 2) return undefined;
  }
  // Each source sentence's share of the words, read off the postings.
  const shares: { ev: SourceEvidence; k: number; share: number }[] = [];
  for (const ev of sources) {
    const count = new Map<number, number>();
    for (const w of words) for (const k of ev.sentencesWith(w) ?? []) count.set(k, (count.get(k) ?? 0) + 1);
    for (const [k, n] of count) if (n / words.length >= SAME_STATEMENT - AS_CLOSE) shares.push({ ev, k, share: n / words.length });
  }
  if (!shares.length) return undefined;
  shares.sort((a, b) => b.share - a.share);
  const best = shares[0];
  if (best.share < SAME_STATEMENT) return undefined;
  const nameRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${speaker.words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  // The claim's speaker near any sentence about as close: the page may give it to them ("Daly confirmed the account").
  if (shares.some((x) => x.share >= best.share - AS_CLOSE && nameRe.test(foldDiacritics(near(x.ev, x.k).toLowerCase())))) return undefined;
  const sentence = best.ev.text.slice(best.ev.sentences[best.k].range.start, best.ev.sentences[best.k].range.end);
  // A spokesman's words, in the page or as the claim tells it ("through her publicist"); a speaker given as a pronoun, or
  // speech reported within speech ("Reyes said the governor had told voters"): who said it is not read off the words.
  if (FOR_SOMEONE.test(sentence) || FOR_SOMEONE.test(claim) || (sentence.match(SPEECH_ANY) ?? []).length > 1) return undefined;
  const named = speakers(sentence, true);
  let theirs: ReturnType<typeof speakers>;
  if (PRONOUN_SPEAKER.test(sentence)) {
    // "Marcó-Llorente cautioned that … . 'We need to follow these children,' she said.": "he" or "she" is the one speaker
    // the sentence before names, in the same paragraph. Any other pronoun, or a name in the sentence too: not read.
    if (named.length || !ONE_PERSON_SPEAKS.test(sentence)) return undefined;
    const s = best.ev.sentences;
    if (best.k === 0 || s[best.k].paragraphStart) return undefined;
    const before = best.ev.text.slice(s[best.k - 1].range.start, s[best.k - 1].range.end);
    if (PRONOUN_SPEAKER.test(before)) return undefined;
    theirs = speakers(before, true);
  } else {
    // In a transcript or an interview, a sentence that names no speaker is its turn's: "OKAFOR: … anybody who tells you …".
    theirs = named.length ? named : turnSpeakers(best.ev, best.k);
  }
  theirs = theirs.filter((t) => isName(t.words, sources));
  if (theirs.length !== 1) return undefined;
  const other = theirs[0];
  // Two names of one speaker: a word in common, forms of one word, or written together or side by side on the page.
  if (other.words.some((w) => speaker.words.some((x) => x === w || x.startsWith(w) || w.startsWith(x)))) return undefined;
  const a = speaker.words.join(' ');
  const b = other.words.join(' ');
  for (const [x, y] of [[a, b], ...speaker.words.flatMap((x) => other.words.map((y) => [x, y]))]) {
    if (sameThing(x, y, sources) || nearEachOther(x, y, sources)) return undefined;
  }
  if (related(speaker.words, other.words, sources) || !isPerson(speaker.words, sources) || !isPerson(other.words, sources)) return undefined;
  return { name: speaker.name, theirs: other.name };
}

/** How many sentences on each side of one stating the claim are read for the claim's speaker (within its paragraph). */
const NEAR = 2;

/** The sentence and up to NEAR sentences on either side, not past a paragraph's start. */
function near(ev: SourceEvidence, k: number): string {
  const s = ev.sentences;
  let a = k;
  while (a > 0 && k - a < NEAR && !s[a].paragraphStart) a--;
  let b = k;
  while (b + 1 < s.length && b - k < NEAR && !s[b + 1].paragraphStart) b++;
  // Past the paragraph, the start of the next: an answer in an interview ("Lopez: Yes."), "Smith agreed". In a transcript
  // the next turn is someone else's unless it agrees ("Lopez: Yes."): "BRANNIGAN: Can I jump in" takes up no statement.
  const next = b + 1 < s.length ? ev.text.slice(s[b + 1].range.start, Math.min(s[b + 1].range.end, s[b + 1].range.start + NEXT_REACH)) : '';
  const turn = transcriptTurns(ev) ? TURN_LABEL_AT.exec(next) : null;
  const end = next && (!turn || AGREEING.test(next.slice(turn[0].length))) ? s[b + 1].range.start + next.length : s[b].range.end;
  return ev.text.slice(s[a].range.start, end);
}

/**
 * A speaker's label at the start of a line of a transcript or an interview, after a time if any:
 * "[00:02:55] DR. OKAFOR: …", "**Lena Voss:** …", "Senator Hale: …". Up to four capitalised words.
 */
const TURN_LABEL = /^[ \t]*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?(?:\*\*)?((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’.-]*)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+(?=\S)/gmu;
const TURN_LABEL_AT = new RegExp(TURN_LABEL.source, 'u');
/** What a turn that takes up the last one's statement starts with. */
const AGREEING = /^\W*(?:yes|yeah|yep|exactly|absolutely|right|that's right|that’s right|agreed|indeed|true|correct|sure|definitely|precisely|quite)\b/i;
/** How many lines a page must start with a speaker's label, by two speakers or more, to be read as a transcript. */
const MIN_TURNS = 4;

/** The start of each line of a page that is a transcript (a speaker's label at MIN_TURNS lines, two speakers or more), with its label; else undefined. */
const turnsOf = new WeakMap<SourceEvidence, { start: number; name: string }[] | null>();
function transcriptTurns(ev: SourceEvidence): { start: number; name: string }[] | undefined {
  let turns = turnsOf.get(ev);
  if (turns === undefined) {
    const found = [...ev.text.matchAll(TURN_LABEL)].map((m) => ({ start: m.index!, name: m[1] }));
    const names = new Set(found.map((t) => t.name.toLowerCase()));
    turns = found.length >= MIN_TURNS && names.size >= 2 && names.size < found.length ? found : null;
    turnsOf.set(ev, turns);
  }
  return turns ?? undefined;
}

/** The speaker of the turn sentence `k` of a transcript is in (the last label before it, in its paragraph), as `speakers` gives one; else none. */
function turnSpeakers(ev: SourceEvidence, k: number): ReturnType<typeof speakers> {
  const turns = transcriptTurns(ev);
  if (!turns) return [];
  const s = ev.sentences;
  let p = k;
  while (p > 0 && !s[p].paragraphStart) p--;
  const from = s[p].range.start;
  const at = s[k].range.start;
  let turn: { start: number; name: string } | undefined;
  for (const t of turns) {
    if (t.start > at) break;
    // A label starts the turn's line: the line may begin a little before the paragraph's first sentence (its spaces).
    if (t.start >= from - 2) turn = t;
  }
  if (!turn) return [];
  const words = nameWords(turn.name);
  if (!words.length) return [];
  const start = ev.text.indexOf(turn.name, turn.start);
  return [{ name: turn.name, words, start, end: start + turn.name.length }];
}

/**
 * Whether a page relates the two speakers: one sentence names both with a word of an office or a
 * role ("Jane Roe, a spokeswoman for Acme Motors"; "Acme's chief executive, who …, Tom Blake"), or
 * with a possessive; or one is "known as", "called" or "formerly" the other.
 */
function related(a: string[], b: string[], sources: SourceEvidence[]): boolean {
  const re = (ws: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${ws.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const [ra, rb] = [re(a), re(b)];
  const alias = new RegExp(`(?:${ra.source})[^.!?\\n]{0,80}\\b(?:known|call|calls|called|nicknamed|aka|formerly|renamed|dubbed|also)\\b[^.!?\\n]{0,40}(?:${rb.source})|(?:${rb.source})[^.!?\\n]{0,80}\\b(?:known|call|calls|called|nicknamed|aka|formerly|renamed|dubbed|also)\\b[^.!?\\n]{0,40}(?:${ra.source})`, 'u');
  for (const ev of sources) {
    if (alias.test(ev.folded)) return true;
    const first = stem(a[a.length - 1]);
    for (const k of ev.sentencesWith(first) ?? []) {
      const r = ev.sentences[k].range;
      const text = ev.folded.slice(r.start, r.end);
      if (ra.test(text) && rb.test(text) && (ROLE.test(text) || /['’]s\b/.test(text))) return true;
    }
  }
  return false;
}

/** Words of a body's or a place's name ("Northwind Energy", "Downing Street", "the White House"): no person's. */
const BODY_WORDS = new Set(
  'street house energy ministry department office council committee party bank group inc corp corporation company co ltd llc plc agency association university college school institute foundation fund board court commission authority government administration police army navy force forces union league club team times post news journal press network service services motors airlines systems technologies labs media partners capital holdings trust society center centre church city county state states republic kingdom nations parliament congress senate assembly embassy kremlin hall palace'.split(' '),
);

/**
 * Whether the name is a person's, as far as the page tells: no word of a body's or a place's name,
 * and a name of one word written somewhere after a first name or a title ("Agnes Porter", "Mr.
 * Porter"). A body speaks through people, and a capital for its country ("Beijing said" of China):
 * who said it is then not a question of names.
 */
function isPerson(words: string[], sources: SourceEvidence[]): boolean {
  if (words.some((w) => BODY_WORDS.has(w))) return false;
  if (words.length > 1) return true;
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}'’.-]*)[ \\t]+${capitalised(words[0])}(?![\\p{L}])`, 'gu');
  for (const src of sources) {
    for (const m of foldedWithCase(src).matchAll(re)) {
      const first = bare(m[1]);
      if (!isStopword(first) && !BODY_WORDS.has(first) && !CALENDAR.has(first) && !NOT_SPEAKING_AFTER.test(first)) return true;
    }
  }
  return false;
}
