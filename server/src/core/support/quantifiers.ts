/**
 * "All" where the page says "most": a sentence that says something of all or every one of a group ("All 16 analysts
 * covering Harlow rate the stock a buy", "Every venue is step-free") where the page says it of part of that group
 * ("Twelve of the 16 analysts covering the stock rate it a buy", "Four of our five venues are fully step-free", "all but
 * 212 of approximately 48,000 records", "on 71% of school days"). Writers, and more often assistants, round a part up to
 * the whole; the page's count shows it.
 *
 * Said only where it is sure, precision first: the sentence's "all", "every" or "each" is its own (not "almost all",
 * "not every", "all but"); the page sentence states the rest of the sentence (two-thirds of its other content words, and a
 * word of the group right after the quantifier), gives a part of the group right before the group's word ("Twelve of
 * the 16 analysts", "three of the region's five water companies", "all but two songs", "71% of school days"), a part
 * smaller than the whole (the sentence's number, or the page's), and says no "all" or "every" of the group itself.
 */
import { contentStems } from '../text';
import type { SourceEvidence } from './evidence';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})*|\\d+|(?:${Object.keys(WORD_NUMBERS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
const numberOf = (s: string): number => {
  const t = s.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  const [a, b] = t.split('-');
  return (WORD_NUMBERS[a] ?? NaN) + (b ? WORD_NUMBERS[b] ?? NaN : 0);
};

/** The sentence's quantifier of the whole: "all 16", "every one of the roughly 48,000", "each of the". */
const ALL = new RegExp(`(?<![\\p{L}-])(all|every|each)(?:\\s+one)?(?:\\s+of)?(?:\\s+(?:the|its|their|our|his|her|these|those))?(?:\\s+(?:about|around|roughly|some|nearly|approximately))?(?:\\s+(${NUMBER}))?(?![\\p{L}\\p{N}])`, 'iu');
/** Words before "all" that make it less than all, or deny it. */
const NOT_ALL_BEFORE = /\b(?:almost|nearly|virtually|practically|not|nor|never|hardly|if|whether|of|at|above|after|for|once\s+and\s+for)\s+$/i;
/** The page's part of a group: "Twelve of the 16", "three of the region's five", "35 out of". */
const PART_OF = new RegExp(`(?<![\\p{L}\\p{N}.,-])(${NUMBER})\\s+(?:of|out\\s+of)\\s+(?:(?:the|our|its|their|these|those|all)\\s+)?(?:[\\p{L}'’-]+['’]s?\\s+)?(?:(?:about|around|roughly|some|approximately)\\s+)?(?:(${NUMBER})\\s+)?`, 'giu');
const ALL_BUT = new RegExp(`\\ball\\s+but\\s+(${NUMBER})\\s+(?:of\\s+)?(?:(?:the|our|its|their|approximately|about|around|roughly|some)\\s+)*(?:${NUMBER}\\s+)?`, 'giu');
const PERCENT_OF = /(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+of\s+(?:(?:the|our|its|their)\s+)?/giu;
/** How many characters after the page's part its group's word may come. */
const GROUP_REACH = 40;
/** The share of the sentence's other content words the page sentence must hold. */
const SAME_STATEMENT = 0.65;

/** The page's part of the group the sentence says all of, and the sentence's words of the whole, when they differ (see above); else undefined. */
export function allOverstated(claim: string, sources: SourceEvidence[]): { mine: string; theirs: string } | undefined {
  const m = ALL.exec(claim);
  if (!m || NOT_ALL_BEFORE.test(claim.slice(0, m.index)) || /^(?:\s+but\b|\s*,|\s+in\s+all\b)/i.test(claim.slice(m.index + m[0].length))) return undefined;
  // A sentence that gives a part itself ("the council draws on seven of the eight, though the list names all eight")
  // tells the two apart.
  // (Not the quantifier's own "every one of the …".)
  PART_OF.lastIndex = 0;
  if (PART_OF.test(claim.slice(0, m.index) + ' '.repeat(m[0].length) + claim.slice(m.index + m[0].length))) return undefined;
  const whole = m[2] ? numberOf(m[2]) : undefined;
  // The group: the content words right after the quantifier (up to four), before the verb.
  const after = claim.slice(m.index + m[0].length, m.index + m[0].length + 60);
  // (Up to its verb: "every venue is step-free" is of venues, "every one of the 48,000 records had been restored" of records.)
  const phrase = after.split(/\s+/).slice(0, 5).join(' ').split(/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|do|does|been|being|be|got|get|gets)\b/i)[0];
  const group = new Set(contentStems(phrase).filter((w) => !/^\d/.test(w)));
  if (!group.size) return undefined;
  const rest = [...new Set(contentStems(claim.slice(0, m.index) + ' ' + claim.slice(m.index + m[0].length)).filter((w) => !/^\d/.test(w)))];
  const ownPercents = new Set([...claim.matchAll(/(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)/gi)].map((x) => Number(x[1])));
  if (rest.length < 2) return undefined;
  // The sentences stating the rest of the claim, in each source.
  const stating = sources.map((ev) => {
    const held = new Map<number, number>();
    for (const w of rest) for (const k of ev.sentencesWith(w) ?? []) held.set(k, (held.get(k) ?? 0) + 1);
    return [...held].filter(([, n]) => n / rest.length >= SAME_STATEMENT).map(([k]) => k);
  });
  // One of them says all of the group ("Virel is the only district where all displaced households have received an
  // ESK"): a part another gives ("83 per cent of displaced households" in Meeral) is of another statement.
  const saysAll = (ev: SourceEvidence, k: number) => {
    const text = ev.text.slice(ev.sentences[k].range.start, ev.sentences[k].range.end);
    const pageAll = ALL.exec(text);
    return !!pageAll && !/^\s+but\b/i.test(text.slice(pageAll.index + pageAll[0].length)) && contentStems(text.slice(pageAll.index + pageAll[0].length, pageAll.index + pageAll[0].length + GROUP_REACH)).slice(0, 3).some((w) => group.has(w));
  };
  // (Of the claim's own names: "All displaced households in Virel" is no "all" of Meeral's.)
  // (The names of the quantifier's own clause: "Each new mast is built by a lead operator…, and Tessaline is …" has none.)
  const from = Math.max(claim.lastIndexOf(',', m.index), claim.lastIndexOf(';', m.index)) + 1;
  const ends = [claim.indexOf(',', m.index), claim.indexOf(';', m.index)].filter((x) => x >= 0);
  const clause = claim.slice(from, ends.length ? Math.min(...ends) : claim.length);
  // (A name's possessive is the name, "Virel’s"; a month or a day is a time, no group's name.)
  const names = [...clause.matchAll(/(?<!^\s*)\b\p{Lu}[\p{L}'’-]+/gu)].map((x) => x[0].toLowerCase().replace(/['’]s?$/, '')).filter((n) => !/^(?:each|every|all|the|only|in|of|a|an|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(n));
  const namesIn = (ev: SourceEvidence, k: number) => names.every((n) => ev.text.slice(ev.sentences[k].range.start, ev.sentences[k].range.end).toLowerCase().includes(n));
  if (sources.some((ev, i) => stating[i].some((k) => saysAll(ev, k) && namesIn(ev, k)))) return undefined;
  for (const [i, ev] of sources.entries()) {
    for (const k of stating[i]) {
      const s = ev.sentences[k];
      const text = ev.text.slice(s.range.start, s.range.end);
      const groupAt = (end: number) => contentStems(text.slice(end, end + GROUP_REACH)).slice(0, 3).some((w) => group.has(w));
      // What the page says of its part is what the claim says of all: a word of the claim's, not of the group, after it in its clause.
      const predicate = rest.filter((w) => !group.has(w));
      const BOUNDARY = /[;:]|,\s+(?:and|but|while|whereas)\b|\.\s/g;
      const saysOfPart = (start: number, end: number) => {
        // The part's clause, before it and after it ("throttled in two of its three runs"; "Twelve of the 16 analysts … rate it a buy").
        let from = 0;
        for (const b of text.slice(0, start).matchAll(BOUNDARY)) from = b.index! + b[0].length;
        const after = text.slice(end).split(BOUNDARY)[0];
        const stems = new Set(contentStems(text.slice(from, start) + ' ' + after));
        return predicate.some((w) => stems.has(w));
      };
      // The page names the whole group itself ("The 30 passengers were rescued, and four of the passengers …"): its part
      // is of another statement.
      if (whole !== undefined && new RegExp(`(?<!\\bof\\s+(?:(?:the|approximately|about|around|roughly|some|nearly|almost)\\s+)?)(?<![\\d,.])${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',?')}(?![\\d,.]?\\d)\\s+(?:[\\p{L}-]+\\s+){0,2}`, 'u').test(text)) continue;
      // The page says all of the group itself somewhere in the sentence: no part of it is the whole statement.
      const pageAll = ALL.exec(text);
      if (pageAll && !/^\s+but\b/i.test(text.slice(pageAll.index + pageAll[0].length)) && groupAt(pageAll.index + pageAll[0].length)) continue;
      for (const p of text.matchAll(ALL_BUT)) if (groupAt(p.index! + p[0].length) && saysOfPart(p.index!, p.index! + p[0].length)) return { mine: m[0].trim(), theirs: p[0].trim() };
      for (const p of text.matchAll(PART_OF)) {
        // (The part of "all but 212 of 48,000" is what is left out, said above.)
        if (/\ball\s+but\s+$/i.test(text.slice(Math.max(0, p.index! - 10), p.index!))) continue;
        const part = numberOf(p[1]);
        const of = p[2] ? numberOf(p[2]) : whole;
        if (!Number.isFinite(part) || of === undefined || !Number.isFinite(of) || part >= of || (whole !== undefined && p[2] && of !== whole)) continue;
        if (groupAt(p.index! + p[0].length) && saysOfPart(p.index!, p.index! + p[0].length)) return { mine: m[0].trim(), theirs: p[0].trim() };
      }
      // (Not a percentage the claim gives itself: "Every household will pay 2% of its income".)
      for (const p of text.matchAll(PERCENT_OF)) if (Number(p[1]) < 100 && !ownPercents.has(Number(p[1])) && groupAt(p.index! + p[0].length) && saysOfPart(p.index!, p.index! + p[0].length)) return { mine: m[0].trim(), theirs: p[0].trim() };
    }
  }
  return undefined;
}
