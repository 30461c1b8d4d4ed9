/**
 * An effect the sources call not statistically significant, stated as significant: "Anxiety scores fell
 * significantly" where the page says "There were no statistically significant differences in … anxiety"; "Colchicine
 * also significantly reduced repeat heart attacks" where it says "The reduction in recurrent myocardial infarction did
 * not reach statistical significance". Science writing turns a result that missed significance into an effect more
 * often than any other way, and the page says so in a few fixed phrases.
 *
 * Said only where it is sure, precision first: the sentence says "significant" or "significantly" of its own (no
 * "not", "no" or "non-" before it in its clause, no "if", "whether" or "would"); of the page's sentences that call a
 * result significant or not, the ones holding the most of what the effect was of (the sentence's other content words
 * the page has in few sentences: "anxiety", not the study's "phone-free schools"; half of them at least) include one that
 * says the result was not significant (`NOT_SIGNIFICANT`), alone or with the next sentence of its paragraph ("…, an 8%
 * lower rate. This was not statistically significant."), and none that calls it significant.
 */
import { contentStems } from '../text';
import type { SourceEvidence } from './evidence';

/** The sentence says the effect was significant: the word, with no denial before it in its clause. */
const SIGNIFICANT = /\bsignificant(?:ly)?\b/i;
const DENIED_BEFORE = /\b(?:not|no|non|nor|never|without|lack\s+of|if|whether|would|could|might)\b[^,;.]*$|\black(?:s|ed|ing)?\s+(?:any\s+)?$/i;
/**
 * The sentence's "significant" is one of statistics: "significantly", "statistically" or "highly significant", said of a
 * result ("the fall was significant"), or before a word of a result, past two words at most ("a significant reduction",
 * "significant gains", "a significant 30 percent drop", "a significant treatment effect"). Not "any significant
 * atmosphere", "significant cracking", "a significant number": a page's "no significant atmosphere" denies no result.
 */
const STATISTICAL_CLAIM =
  /\bsignificantly\b|\b(?:statistically|highly)\s+significant\b|\b(?:was|were|is|are|be|been|proved|remained|appeared)\s+(?:also\s+|not\s+)?significant\b|\bsignificant\s+(?:\d[\d.]*\s*(?:%|per\s?cent|percent)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:difference|differences|effect|effects|reduction|reductions|increase|increases|association|associations|improvement|improvements|change|changes|decline|declines|rise|rises|fall|falls|benefit|benefits|result|results|gain|gains|decrease|decreases|drop|drops|slowing|correlation|correlations|relationship|relationships|link|links|impact|impacts|predictor|predictors|risk\s+reduction|interaction|relief|shrinkage|growth|loss|losses|response|responses|survival|protection|at|\()/iu;
/** The page's ways of saying a result missed significance. */
const NOT_SIGNIFICANT =
  /\b(?:not|no|nor|neither|non-?)\s+(?!only\b|just\b|merely\b|simply\b)(?:[\p{L}-]+\s+){0,3}?(?:statistically\s+)?significan(?:t|tly|ce)\b|\bnon-?significant\b|(?<!\b(?:not|no)\s+(?:\w+\s+)?)\binsignificant\b|\b(?:did\s+not|didn['’]t|failed\s+to|fell\s+short\s+of)\s+(?:reach|achieve|attain)\s+(?:statistical\s+)?significance\b|\bconfidence\s+interval\s+(?:included|includes|crossed|crosses)\s+(?:no\s+effect|zero|one|1|the\s+null)\b/iu;
/** Words of the claim that say how the effect went or that it was significant, not what it was of. */
const EFFECT_WORDS = new Set(
  contentStems(
    'significant significantly statistically significance significance reduce reduced reduces cut cuts raise raised raises lower lowered lowers increase increased increases decrease decreased decreases rise rose risen fall fell fallen improve improved improves worsen worsened higher lower more less fewer greater smaller effect effects also both found study showed shows trial',
  ),
);

/** The page's words saying the result was not significant, when the claim calls it significant (see above); else undefined. */
export function significanceDenied(claim: string, sources: SourceEvidence[]): string | undefined {
  const m = SIGNIFICANT.exec(claim);
  if (!m || !STATISTICAL_CLAIM.test(claim) || DENIED_BEFORE.test(claim.slice(0, m.index)) || NOT_SIGNIFICANT.test(claim)) return undefined;
  const words = [...new Set(contentStems(claim).filter((w) => !EFFECT_WORDS.has(w) && !/^\d/.test(w)))];
  const found: { held: number; denied?: string; significant: boolean }[] = [];
  let outcome = 0;
  for (const ev of sources) {
    // What the effect was of: the sentence's words the page has in few of its sentences ("anxiety"), not those of the
    // whole study's setting ("phone-free schools", in every other sentence).
    const few = Math.max(RARE_MIN, RARE_SHARE * ev.sentences.length);
    const rare = words.filter((w) => {
      const n = ev.sentencesWith(w)?.length ?? 0;
      return n > 0 && n <= few;
    });
    outcome = Math.max(outcome, rare.length);
    const held = new Map<number, number>();
    for (const w of rare) for (const k of ev.sentencesWith(w) ?? []) held.set(k, (held.get(k) ?? 0) + 1);
    for (const [k, n] of held) {
      const s = ev.sentences[k];
      const text = ev.text.slice(s.range.start, s.range.end);
      if (!/significan/i.test(text) && !/significan/i.test(ev.text.slice(s.range.end, s.range.end + 200))) continue;
      // The page's own verdict on it: in the sentence, or in the next of its paragraph ("This was not statistically significant.").
      const after = ev.sentences[k + 1];
      const next = after && !after.paragraphStart ? ev.text.slice(after.range.start, after.range.end) : '';
      const denied = NOT_SIGNIFICANT.test(text) ? text : REFERS_BACK.test(next) && NOT_SIGNIFICANT.test(next) ? `${text} ${next}` : undefined;
      // A sentence that calls one result significant and another not ("fell significantly, while depression did not
      // change significantly") is read as calling it significant: which is which is not read off the words.
      // (Only a statistical "significant": "significantly", "statistically significant", "a significant difference",
      // not "despite significant investment".)
      const plain = [...text.matchAll(STATISTICAL)].some((x) => !NOT_SIGNIFICANT.test(text.slice(Math.max(0, x.index! - 40), x.index! + x[0].length)));
      const significant = plain || (!denied && SIGNIFICANT.test(text));
      if (denied || significant) found.push({ held: n, denied: significant ? undefined : denied, significant });
    }
  }
  // The sentences holding the most of the outcome's words, half of them at least: one says it was not significant, and none that it was.
  const most = Math.max(0, ...found.map((x) => x.held));
  if (!outcome || most < Math.max(1, Math.ceil(outcome / 2))) return undefined;
  const top = found.filter((x) => x.held === most);
  if (top.some((x) => x.significant)) return undefined;
  return top.find((x) => x.denied)?.denied;
}

/** A word of the claim in at most this many of a page's sentences, or this share of them, names what the effect was of. */
const RARE_MIN = 2;
const RARE_SHARE = 0.08;

/** A "significant" of statistics. */
const STATISTICAL = /\bsignificantly\b|\bstatistically\s+significant\b|\bsignificant\s+(?:difference|differences|effect|effects|reduction|increase|association|improvement|change|decline|rise|fall|benefit|result|at|\()/gi;

/** A sentence that speaks of the one before: "This was not statistically significant." */
const REFERS_BACK = /^\W*(?:this|that|it|these|the\s+(?:difference|result|effect|association|reduction|increase|change|gap))\b/i;
