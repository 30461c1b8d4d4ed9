/**
 * A sentence wider than its passage: "always" where the page says "often", "every variety" where it
 * says "most varieties", "would prevent all firearm suicides" where it says "could help prevent".
 * Writers, and AI-written text above all, turn a page's hedged statement into a general one; the
 * words of both are nearly the same, so the sentence reads as supported.
 *
 * Said as a note (`checkSupport`), never a warning: "all" and "every" are often faithful shorthand.
 * Only where (`widerThan`) the sentence has a word of all or always (not negated: "not every", "did
 * not have any"), the passage has none, and the passage limits the same statement with a word of
 * some or sometimes, within a few words of the passage's words that are within a few words of the
 * sentence's word.
 */
import { tokenize, isStopword, type Token } from '../text';

/** Words that say all, every time or everywhere. ("Never" and "no" are negations, read by the polarity check.) */
const UNIVERSAL = new Set(['all', 'always', 'every', 'everyone', 'everybody', 'everything', 'everywhere', 'any', 'invariably', 'universally', 'whatever', 'whichever']);
/** Phrases that say it too ("no matter", "without exception", "regardless of"). */
const UNIVERSAL_PHRASE = /\b(?:no\s+matter|without\s+(?:any\s+)?exception|with\s+no\s+exceptions?|regardless\s+of|in\s+every\s+case|in\s+all\s+cases)\b/i;
/** Words that say some, sometimes or possibly: a limit the sentence's universal word drops. */
const LIMITING = new Set(['often', 'usually', 'generally', 'typically', 'sometimes', 'frequently', 'mostly', 'most', 'many', 'some', 'several', 'may', 'might', 'could', 'tend', 'tends', 'largely', 'partly', 'somewhat', 'occasionally', 'certain', 'especially', 'mainly', 'commonly', 'overwhelmingly', 'predominantly']);
/** "Almost all", "nearly every": a limit, where the passage's word of all is not its own. */
const ALMOST = new Set(['almost', 'nearly', 'virtually', 'practically']);
/** "Some" and "most" that do not limit: "some 200 people" (about), "at most" (a bound), "most recently", "the most". */
const NOT_LIMITING_AFTER = /^\s+(?:\d|recent|likely|of\s+all)/i;
const NOT_LIMITING_BEFORE = /(?:\b(?:at|the|its|his|her|their|our|my|your)|['’]s?)\s+$/i;
/** Negations before a universal word within its clause: "not every", "did not have any", "never all". */
const NEGATION_BEFORE = /\b(?:not|no|never|n['’]t|without|hardly|nor)\b[^,;.]{0,40}$|\black(?:s|ed|ing)?\s+$/i;
/** Universal words in idioms that say no "all": "every so often", "all-time", "above all", "at all", "all but". */
const IDIOM_AFTER = /^(?:\s+(?:so\s+often|now\s+and\s+then|once\s+in\s+a\s+while|but)\b|-)/i;
const IDIOM_BEFORE = /\b(?:above|at|after|of)\s+$/i;
/** How many words on each side of a word are its place. */
const REACH = 6;
/** The longest texts read (a sentence of thousands of words is no statement to widen). */
const MAX_CHARS = 1000;

/** The content stems within REACH words of token `i`, inside its sentence. */
function around(text: string, tokens: Token[], i: number): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, i - REACH); k <= Math.min(tokens.length - 1, i + REACH); k++) {
    if (k === i || isStopword(tokens[k].word)) continue;
    const [a, b] = k < i ? [k, i] : [i, k];
    if (/[.;!?]\s/.test(text.slice(tokens[a].end, tokens[b].start))) continue;
    out.add(tokens[k].stem);
  }
  return out;
}

/** The sentence's universal word, and the passage's limiting word in its place, when the sentence is wider than the passage; else undefined. */
export function widerThan(sentence: string, passage: string): { mine: string; theirs: string } | undefined {
  if (sentence.length > MAX_CHARS || passage.length > 4 * MAX_CHARS || /\?/.test(sentence)) return undefined;
  const pt = tokenize(passage);
  // The passage says all too, in a word or a phrase: it is as wide.
  if (pt.some((t, k) => (UNIVERSAL.has(t.word) && !ALMOST.has(pt[k - 1]?.word ?? '')) || t.word === 'each') || UNIVERSAL_PHRASE.test(passage)) return undefined;
  const st = tokenize(sentence);
  const phrase = UNIVERSAL_PHRASE.exec(sentence);
  for (let i = 0; i < st.length; i++) {
    const universal = (UNIVERSAL.has(st[i].word) || (phrase !== null && st[i].start === phrase.index)) && !IDIOM_AFTER.test(sentence.slice(st[i].end, st[i].end + 16)) && !IDIOM_BEFORE.test(sentence.slice(Math.max(0, st[i].start - 8), st[i].start));
    if (!universal || NEGATION_BEFORE.test(sentence.slice(Math.max(0, st[i].start - 60), st[i].start))) continue;
    // "Any" reads as "every" only in a statement ("can recover any file"), not in a condition or a question of its clause.
    if (st[i].word === 'any' && /\b(?:if|whether|unless)\b[^,;.]{0,40}$/i.test(sentence.slice(Math.max(0, st[i].start - 60), st[i].start))) continue;
    const mine = around(sentence, st, i);
    for (let j = 0; j < pt.length; j++) {
      if (!LIMITING.has(pt[j].word) && !(ALMOST.has(pt[j].word) && UNIVERSAL.has(pt[j + 1]?.word ?? ''))) continue;
      // A month ("In May"), a modal denied ("could not pay") or one the sentence keeps too ("can apply" / "may apply"), a limit the sentence has itself ("many tourists").
      if (pt[j].word === 'may' && /^M/.test(passage.slice(pt[j].start, pt[j].end))) continue;
      if (/^(?:may|might|could)$/.test(pt[j].word) && /^\s+not\b|^n['’]t/i.test(passage.slice(pt[j].end, pt[j].end + 6))) continue;
      if (/^(?:may|might|could)$/.test(pt[j].word) && st.some((t) => /^(?:can|could|may|might)$/.test(t.word))) continue;
      if (st.some((t) => t.word === pt[j].word)) continue;
      if (NOT_LIMITING_AFTER.test(passage.slice(pt[j].end, pt[j].end + 16)) || NOT_LIMITING_BEFORE.test(passage.slice(Math.max(0, pt[j].start - 8), pt[j].start))) continue;
      const theirs = around(passage, pt, j);
      if (![...theirs].some((x) => mine.has(x))) continue;
      const end = phrase !== null && st[i].start === phrase.index ? phrase.index + phrase[0].length : st[i].end;
      return { mine: sentence.slice(st[i].start, end), theirs: passage.slice(pt[j].start, pt[j].end) };
    }
  }
  return undefined;
}
