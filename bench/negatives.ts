/**
 * `npm run bench:negatives`: writes bench/data/negatives.json, claims that the cited page does
 * not back, made from the `supported` claims of the two development sets (../shared/citebench-dev
 * and ../shared/citebench-wice-dev, or `--dev PATH --wice PATH`). Deterministic: a seeded random
 * generator and sorted inputs, so the same sets give the same file. See bench/data/README.md.
 *
 * Kinds (one change each, checked against the page so that the answer is known):
 * - `other-page`: the claim as written, against the page of another claim of the same set that
 *   shares some of its words (not the same page, and the claim's rarest words not all on it);
 * - `figure`: a figure the page gives changed to a value the page does not give;
 * - `name`: a name the page gives replaced by a name from another claim that the page never mentions;
 * - `year`: a year the page gives moved by one to nine years to one the page does not give;
 * - `polarity`: "not" inserted after the first auxiliary ("is" → "is not"), or an existing "not"/"never" taken out.
 */
import * as path from 'node:path';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { extractFigures } from '../server/src/core/support/numbers';
import { evidenceFor } from '../server/src/core/support/evidence';
import { figureBacked } from '../server/src/core/support/features';
import { contentStems } from '../server/src/core/text';
import { parseDraft } from '../server/src/core/draft/parseDraft';
import { claimFor } from '../server/src/core/claims';
import type { ExtractedText } from '../server/src/core/sources/sourceTypes';
import { mulberry32 as rng } from '../test/helpers/rng';

export type NegativeKind = 'other-page' | 'figure' | 'name' | 'year' | 'polarity' | 'page-figure' | 'page-name' | 'opposite';

export interface Negative {
  /** Which development set the claim and page come from: `citebench-dev` or `citebench-wice-dev`. */
  set: string;
  kind: NegativeKind;
  /** Line of the original (supported) claim in the set's drafts/claims.md. */
  line: number;
  /** The claim as changed (marker removed). */
  claim: string;
  /** The page it is checked against, relative to the set's root. */
  source: string;
  /** What was changed. */
  change: string;
}

export interface SetClaim {
  line: number;
  text: string;
  source: string;
  label: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export const DEFAULT_SETS = {
  'citebench-dev': path.resolve(__dirname, '../../shared/citebench-dev'),
  'citebench-wice-dev': path.resolve(__dirname, '../../shared/citebench-wice-dev'),
};

/** The claims of a set's drafts/claims.md: text without its marker, the page its marker points at (relative to the set root), and the gold label. */
export function readSetClaims(root: string): SetClaim[] {
  const lines = readFileSync(path.join(root, 'drafts/claims.md'), 'utf8').split('\n');
  const labels = JSON.parse(readFileSync(path.join(root, 'labels.json'), 'utf8')) as Record<string, string>;
  const defs = new Map<string, string>();
  for (const l of lines) {
    const m = /^\[(\d+)\]:\s*(\S+)/.exec(l);
    if (m) defs.set(m[1], path.posix.normalize(path.posix.join('drafts', m[2])));
  }
  const out: SetClaim[] = [];
  lines.forEach((l, i) => {
    const label = labels[String(i + 1)];
    const m = /^(.*?)\s*\[(\d+)\]\s*([.!?]?)\s*$/.exec(l);
    if (!label || !m || !defs.has(m[2])) return;
    out.push({ line: i + 1, text: (m[1].trim() + m[3]).trim(), source: defs.get(m[2])!, label });
  });
  return out;
}

const AUX = /\b(is|are|was|were|has|have|had|can|could|will|would|should|may|might|must|does|do|did)\b(?! not\b| never\b|n't)/i;
const NEG = /\b(?:(is|are|was|were|has|have|had|can|could|will|would|should|does|do|did) (not|never)|(did|does|do) not (\w+)|never)\b ?/i;

/** A number's text changed to `value`, in the style of the original (thousands separators, decimals). */
function formatLike(original: string, value: number): string {
  const decimals = /\.(\d+)/.exec(original)?.[1].length ?? 0;
  const s = value.toFixed(decimals);
  if (!/\d,\d{3}/.test(original)) return s;
  const [int, frac] = s.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

/**
 * Where the sentence the checker judges starts in a claim written as one line ending in its
 * marker, as the benchmark writes it: the sentence the marker closes (claims.ts), not the whole
 * line. A change to another sentence of a claim of several would change nothing that is judged.
 */
export function judgedFrom(claim: string): number {
  return judged(claim).from;
}

/** The text of the sentence the checker judges for such a claim (what `--fit` scores a negative by). */
export function judgedSentence(claim: string): string {
  return judged(claim).text;
}

function judged(claim: string): { from: number; text: string } {
  const m = /^(.*?)([.!?]?)$/s.exec(claim)!;
  const draft = parseDraft(`${m[1]} [1]${m[2]}\n\n[1]: page.md\n`);
  // The marker the benchmark adds is the last one (a claim may hold a bracketed number of its own before it).
  const marker = draft.citations[draft.citations.length - 1];
  if (!marker) return { from: 0, text: claim };
  const c = claimFor(draft, marker);
  return { from: Math.min(c.range.start, claim.length), text: c.text };
}

export function makeNegatives(sets: Record<string, string>, seed = 15): Negative[] {
  const out: Negative[] = [];
  const random = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  for (const [set, root] of Object.entries(sets)) {
    const claims = readSetClaims(root);
    const pages = new Map<string, string>();
    const page = (p: string) => {
      if (!pages.has(p)) pages.set(p, existsSync(path.join(root, p)) ? readFileSync(path.join(root, p), 'utf8') : '');
      return pages.get(p)!;
    };
    const evs = new Map<string, ReturnType<typeof evidenceFor>>();
    const evidence = (p: string) => {
      if (!evs.has(p)) evs.set(p, evidenceFor({ text: page(p) } as ExtractedText));
      return evs.get(p)!;
    };
    const pageStems = new Map<string, Set<string>>();
    const stemsOf = (p: string) => {
      if (!pageStems.has(p)) pageStems.set(p, new Set(contentStems(page(p))));
      return pageStems.get(p)!;
    };
    const allPages = [...new Set(claims.map((c) => c.source))].sort();
    // Names of the set's claims, to swap in.
    // A name: capitalised inside the sentence, and written on its page only capitalised (so "Painting" or "American" in "American players" is not one).
    const NAME_RE = /(?<=[\p{L}\p{N},;:)] )\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}{2,})?(?![\p{L}'’])/gu;
    const isName = (name: string, pageText: string) =>
      pageText.includes(name) && !new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(pageText) && !/^(?:American|British|English|French|German|National|International|University|The)\b/.test(name);
    const allNames = [...new Set(claims.flatMap((c) => [...c.text.matchAll(NAME_RE)].map((m) => m[0]).filter((n) => isName(n, page(c.source)))))].sort();
    for (const c of claims.filter((x) => x.label === 'supported')) {
      const text = page(c.source);
      if (!text) continue;
      const lower = text.toLowerCase();
      const base = { set, line: c.line, source: c.source };
      // Figures, names and polarity are changed in the sentence the marker claims.
      const judged = judgedFrom(c.text);

      // Another claim's page on a related subject: among the five pages sharing most of the claim's words.
      const stems = [...new Set(contentStems(c.text))];
      const candidates = allPages
        .filter((p) => p !== c.source)
        .map((p) => ({ p, shared: stems.filter((s) => stemsOf(p).has(s)).length }))
        .filter((x) => x.shared < stems.length)
        .sort((a, b) => b.shared - a.shared || (a.p < b.p ? -1 : 1))
        .slice(0, 5);
      if (candidates.length) out.push({ ...base, kind: 'other-page', claim: c.text, source: pick(candidates).p, change: `page of another claim (was ${c.source})` });

      // A figure or year the page backs, changed to one it does not.
      const figures = extractFigures(c.text).filter((f) => f.range.start >= judged && figureBacked(f, [evidence(c.source)]));
      const years = figures.filter((f) => f.kind === 'year');
      const others = figures.filter((f) => f.kind !== 'year' && f.value > 0);
      if (others.length) {
        const f = pick(others);
        const digits = /\d[\d,]*(?:\.\d+)?/.exec(f.text);
        if (digits) {
          const number = Number(digits[0].replace(/,/g, ''));
          for (const factor of [pick([1.5, 2, 3, 0.5]), 4, 0.25, 7]) {
            let value = number * factor;
            if (Number.isInteger(number)) value = Math.round(value);
            if (value === number || value === 0) continue;
            const newText = f.text.replace(digits[0], formatLike(digits[0], value));
            const claim = c.text.slice(0, f.range.start) + newText + c.text.slice(f.range.end);
            const changed = extractFigures(claim).find((g) => g.range.start === f.range.start);
            if (!changed || figureBacked(changed, [evidence(c.source)]) || text.includes(formatLike(digits[0], value))) continue;
            out.push({ ...base, kind: 'figure', claim, change: `"${f.text}" → "${newText}"` });
            break;
          }
        }
      }
      if (years.length) {
        const f = pick(years);
        for (const shift of [1 + Math.floor(random() * 9), 3, 7, 11]) {
          const y = f.value + (random() < 0.5 ? -shift : shift);
          if (y > 2030 || text.includes(String(y))) continue;
          const claim = c.text.slice(0, f.range.start) + f.text.replace(String(f.value), String(y)) + c.text.slice(f.range.end);
          out.push({ ...base, kind: 'year', claim, change: `${f.value} → ${y}` });
          break;
        }
      }

      // A name the page gives, replaced with another claim's name the page never mentions (nor any of its words).
      const names = [...c.text.matchAll(NAME_RE)].filter((m) => m.index! >= judged && isName(m[0], text));
      if (names.length) {
        const m = pick(names);
        const words = m[0].split(' ').length;
        const pool = allNames.filter((n) => n.split(' ').length === words && n.split(' ').every((w) => !lower.includes(w.toLowerCase())) && !c.text.includes(n));
        if (pool.length) {
          const n = pick(pool);
          out.push({ ...base, kind: 'name', claim: c.text.slice(0, m.index!) + n + c.text.slice(m.index! + m[0].length), change: `"${m[0]}" → "${n}"` });
        }
      }

      // Polarity: an existing negation taken out, else "not" put after the first auxiliary.
      const neg = NEG.exec(c.text.slice(judged));
      const aux = AUX.exec(c.text.slice(judged));
      if (neg) neg.index += judged;
      if (aux) aux.index += judged;
      if (neg) {
        let replacement = '';
        if (neg[1]) replacement = neg[1] + ' ';
        else if (neg[3]) replacement = neg[4] + ' ';
        // "did not go" → "go" keeps the sense unclear: only the auxiliary forms and "never" are flipped.
        if (!neg[3]) out.push({ ...base, kind: 'polarity', claim: c.text.slice(0, neg.index) + replacement + c.text.slice(neg.index + neg[0].length), change: `"${neg[0].trim()}" taken out` });
      } else {
        if (aux) out.push({ ...base, kind: 'polarity', claim: c.text.slice(0, aux.index + aux[0].length) + ' not' + c.text.slice(aux.index + aux[0].length), change: `"${aux[0]}" → "${aux[0]} not"` });
      }
    }
  }
  return out;
}

/**
 * Mix-ups within one page (bench/data/mixups.json, `npm run bench:mixups`): a supported claim with
 * a figure or a name the page backs replaced by another of the same page, the mistake of a writer
 * (or a model) who read the right page and took the wrong detail from it.
 * - `page-figure`: a figure of the judged sentence (a year, an amount, a percentage, a count) the
 *   page backs, replaced by another figure of the same kind that the page gives and the claim does
 *   not have (written as the page writes it);
 * - `page-name`: a name of the judged sentence (as for `name`), replaced by another name the page
 *   gives, of as many words, sharing no word with it and not in the claim;
 * - `opposite`: the judged sentence's first word of change, comparison or decision ("rose",
 *   "higher", "won", "approved") turned to its opposite in the same form ("fell", "lower", "lost",
 *   "rejected").
 * (Opposites are not changes within the page, but belong with these: details a writer gets wrong
 * while the page is the right one.)
 * Kept apart from the negatives: the shipped model is not fitted on them, and they have their own
 * seed, so adding them changed no other negative. A page may, rarely, say the changed claim too (a
 * figure given for two things), as the README says.
 */
export function makeMixups(sets: Record<string, string>, seed = 18): Negative[] {
  const out: Negative[] = [];
  const random = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const NAME_RE = /(?<=[\p{L}\p{N},;:)] )\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}{2,})?(?![\p{L}'’])/gu;
  for (const [set, root] of Object.entries(sets)) {
    for (const c of readSetClaims(root).filter((x) => x.label === 'supported')) {
      const file = path.join(root, c.source);
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (!text) continue;
      const ev = evidenceFor({ text } as ExtractedText);
      const base = { set, line: c.line, source: c.source };
      const judged = judgedFrom(c.text);
      const figures = extractFigures(c.text).filter((f) => f.range.start >= judged && f.value > 0 && figureBacked(f, [ev]));
      if (figures.length) {
        const f = pick(figures);
        const inClaim = new Set(extractFigures(c.text).map((g) => g.value));
        // Another figure of the page of the same kind, once per value, as the page writes it (no qualifier: the claim's stays).
        const seen = new Set<number>();
        const pool = ev.figures.filter((g) => g.kind === f.kind && !inClaim.has(g.value) && !seen.has(g.value) && seen.add(g.value) && !/\s/.test(g.text.trim()) === !/\s/.test(f.text.trim()));
        if (pool.length) {
          const g = pick(pool);
          out.push({ ...base, kind: 'page-figure', claim: c.text.slice(0, f.range.start) + g.text.trim() + c.text.slice(f.range.end), change: `"${f.text}" → "${g.text.trim()}" (given on the page for something else)` });
        }
      }
      // A word of change, comparison or decision turned to its opposite ("rose" → "fell", "approved" → "rejected").
      const flipped = flipOpposite(c.text, judged);
      if (flipped) out.push({ ...base, kind: 'opposite', claim: flipped.claim, change: flipped.change });
      const isName = (name: string) => text.includes(name) && !new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(text) && !/^(?:American|British|English|French|German|National|International|University|The)\b/.test(name);
      const names = [...c.text.matchAll(NAME_RE)].filter((m) => m.index! >= judged && isName(m[0]));
      if (names.length) {
        const m = pick(names);
        const words = m[0].split(' ');
        const lowerClaim = c.text.toLowerCase();
        const pool = [...new Set([...text.matchAll(NAME_RE)].map((x) => x[0]))]
          .filter((n) => n.split(' ').length === words.length && isName(n) && n.split(' ').every((w) => !lowerClaim.includes(w.toLowerCase()) && !words.some((x) => x.slice(0, 4) === w.slice(0, 4))))
          .sort();
        if (pool.length) {
          const n = pick(pool);
          out.push({ ...base, kind: 'page-name', claim: c.text.slice(0, m.index!) + n + c.text.slice(m.index! + m[0].length), change: `"${m[0]}" → "${n}" (named on the page)` });
        }
      }
    }
  }
  return out;
}

/** Words of change, comparison and decision with their opposite in the same form (both ways), for `opposite` mix-ups. */
const OPPOSITE_FORMS: [string, string][] = [
  ['rose', 'fell'], ['rise', 'fall'], ['rises', 'falls'], ['risen', 'fallen'], ['rising', 'falling'],
  ['increased', 'decreased'], ['increase', 'decrease'], ['increases', 'decreases'], ['increasing', 'decreasing'],
  ['grew', 'shrank'], ['growing', 'shrinking'], ['expanded', 'contracted'], ['gained', 'lost'],
  ['higher', 'lower'], ['highest', 'lowest'], ['larger', 'smaller'], ['largest', 'smallest'], ['bigger', 'smaller'], ['biggest', 'smallest'],
  ['won', 'lost'], ['win', 'lose'], ['wins', 'loses'], ['winning', 'losing'],
  ['profit', 'loss'], ['surplus', 'deficit'], ['majority', 'minority'], ['maximum', 'minimum'],
  ['approved', 'rejected'], ['approve', 'reject'], ['accepted', 'rejected'], ['accept', 'reject'],
  ['allowed', 'banned'], ['allow', 'ban'], ['allows', 'bans'], ['supported', 'opposed'], ['supports', 'opposes'],
  ['raised', 'lowered'], ['improved', 'worsened'], ['improve', 'worsen'], ['improves', 'worsens'],
  ['succeeded', 'failed'], ['success', 'failure'], ['agreed', 'refused'], ['convicted', 'acquitted'], ['hired', 'fired'],
];
const OPPOSITE_OF = new Map<string, string>();
for (const [a, b] of OPPOSITE_FORMS) {
  if (!OPPOSITE_OF.has(a)) OPPOSITE_OF.set(a, b);
  if (!OPPOSITE_OF.has(b)) OPPOSITE_OF.set(b, a);
}

/**
 * The claim with its first word of change, comparison or decision after `from` (`OPPOSITE_FORMS`,
 * in lower case as written) turned to its opposite in the same form; undefined when it has none.
 */
function flipOpposite(claim: string, from: number): { claim: string; change: string } | undefined {
  for (const m of claim.slice(from).matchAll(/\b[a-z]+\b/g)) {
    const to = OPPOSITE_OF.get(m[0]);
    if (!to) continue;
    const at = from + m.index!;
    return { claim: claim.slice(0, at) + to + claim.slice(at + m[0].length), change: `"${m[0]}" → "${to}"` };
  }
  return undefined;
}

if (require.main === module) {
  const sets = { 'citebench-dev': arg('--dev') ?? DEFAULT_SETS['citebench-dev'], 'citebench-wice-dev': arg('--wice') ?? DEFAULT_SETS['citebench-wice-dev'] };
  // `--mixups` writes the page mix-ups; without it, the negatives.
  const mixups = process.argv.includes('--mixups');
  const made = mixups ? makeMixups(sets) : makeNegatives(sets);
  const file = path.resolve(__dirname, mixups ? 'data/mixups.json' : 'data/negatives.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(made, null, 1) + '\n');
  const count: Record<string, number> = {};
  for (const n of made) count[`${n.set} ${n.kind}`] = (count[`${n.set} ${n.kind}`] ?? 0) + 1;
  console.log(`${made.length} ${mixups ? 'mix-ups' : 'negatives'} written to ${path.relative(process.cwd(), file)}`);
  for (const [k, v] of Object.entries(count)) console.log(`  ${k}: ${v}`);
}
