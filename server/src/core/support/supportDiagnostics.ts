/** Turns claim checks into diagnostics: unsupported (a warning), weakly or partly supported (information), wrong figures, missing quotes, uncited claims, disagreements. */
import * as posix from 'node:path/posix';
import { makeDiagnostic, type CitedDiagnostic } from '../diagnostics';
import { capitalize, clip, keptFor, type OffsetRange } from '../text';
import { fileOf } from '../sources/sourceTypes';
import { checkedSources, isJudgeable, neverMentioned, standInFor, type ClaimEntry, type Disagreement, type UncitedClaim } from './claimChecks';
import type { SupportResult } from './supportChecker';
import { sourceGives } from './supportChecker';
import { workedHow } from './worked';

const pct = (x: number) => x.toFixed(2);
const name = (p: string) => posix.basename(p);

export function supportDiagnostics(entries: ClaimEntry[], uncited: UncitedClaim[], opts: { standIns?: boolean } = {}): CitedDiagnostic[] {
  const out: CitedDiagnostic[] = [];
  for (const e of entries) {
    // A claim an edit changed, not judged yet (`standInFor`): the verdict of the one it was, at its markers, meanwhile.
    // (Not its figures' or quotations': where they are in the edited sentence is not known.)
    const was = opts.standIns && !e.result && isJudgeable(e) ? standInFor(e) : undefined;
    if (was) {
      let kept = shown.get(was);
      if (!kept || kept.result !== was.result || kept.disagreement !== was.disagreement) shown.set(was, (kept = { result: was.result, disagreement: was.disagreement, list: claimDiagnostics(was) }));
      for (const d of kept.list) if (d.range.start === was.markerRange.start && d.range.end === was.markerRange.end) out.push({ ...d, range: { ...e.markerRange } });
      continue;
    }
    // Said once per verdict: every publish of a draft, and every edit of it, asks again for the claims it left alone.
    let kept = shown.get(e);
    if (!kept || kept.result !== e.result || kept.disagreement !== e.disagreement) shown.set(e, (kept = { result: e.result, disagreement: e.disagreement, list: claimDiagnostics(e) }));
    for (const d of kept.list) out.push(d);
  }
  for (const u of uncited) {
    const why = u.reason === 'quotation' ? 'a quotation' : u.reason === 'figure' ? 'a figure' : 'an attribution';
    out.push(makeDiagnostic('uncited-claim', firstLine(u.range, u.text), `This sentence states ${why} but cites no source.`));
  }
  return out;
}

/** The diagnostics `supportDiagnostics` gave each claim, with the verdict they say. */
const shown = new WeakMap<ClaimEntry, { result?: SupportResult; disagreement?: Disagreement; list: CitedDiagnostic[] }>();

/**
 * Takes over what was said of a claim for the same claim moved `by` characters by an edit above it
 * (`carryClaims`), its verdict moved with it: said again only if the verdict changes.
 */
export function carryDiagnostics(from: ClaimEntry, to: ClaimEntry, by: number): void {
  const kept = shown.get(from);
  if (!kept || kept.result !== from.result || kept.disagreement !== from.disagreement || !to.result) return;
  const list = by ? kept.list.map((d) => ({ ...d, range: { start: d.range.start + by, end: d.range.end + by } })) : kept.list;
  shown.set(to, { result: to.result, disagreement: to.disagreement, list });
}

/** What is said of one claim: its verdict, wrong figures, quotations not found, sources that disagree. */
function claimDiagnostics(e: ClaimEntry): CitedDiagnostic[] {
  const out: CitedDiagnostic[] = [];
  const r = e.result;
  if (!r || r.verdict === 'unverifiable') return out;
  const ev = r.evidence;
  let related = ev ? [{ path: fileOf(ev.source), range: ev.fileRange, message: `Best passage in ${name(ev.source.path)}` }] : [];
  let passage = ev ? ` Best passage (${name(ev.source.path)}): "${plain(ev.text, 160)}"` : '';
  let weak = r.weakPart ? ` Least backed part: "${plain(r.weakPart, 80)}".` : '';
  // A sentence of several parts: the parts no passage backs are named, and the passages that back the others shown.
  const unbacked = r.parts?.filter((p) => !p.backed) ?? [];
  // Every part has a passage that backs it: no part is named, whatever the single best sentence backs least.
  if (r.parts && !unbacked.length) weak = '';
  if (r.parts && unbacked.length) {
    const backed = r.parts.filter((p) => p.backed && p.passage);
    weak = ` Not backed: ${unbacked.map((p) => `“${plain(p.text, 80)}”`).join('; ')}.`;
    if (backed.length) {
      // A passage that backs two parts is shown (and linked) once.
      const key = (p: (typeof backed)[number]) => p.passage!.source.path + '\u0000' + p.passage!.fileRange.start + ':' + p.passage!.fileRange.end;
      const first = new Map<string, number>();
      backed.forEach((p, i) => first.has(key(p)) || first.set(key(p), i));
      passage = ` Backed: ${backed.map((p, i) => `“${plain(p.text, 80)}” (${first.get(key(p)) === i ? `${name(p.passage!.source.path)}: "${plain(p.passage!.text, 120)}"` : 'the same passage'})`).join('; ')}.`;
      related = backed.filter((p, i) => first.get(key(p)) === i).map((p) => ({ path: fileOf(p.passage!.source), range: p.passage!.fileRange, message: `Backs “${plain(p.text, 60)}” (${name(p.passage!.source.path)})` }));
    }
  }
  // When some marker does not resolve, or its source cannot be read, only the rest were checked: say so.
  const { phrase: cited, plural, partly } = checkedSources(e);
  const unchecked = partly ? ' Markers of this sentence that do not resolve, or whose source cannot be read, were not checked.' : '';
  const withFigures = r.scoreWithSourceFigures !== undefined ? `; ${pct(r.scoreWithSourceFigures)} with the source's figures` : '';
  const note = r.note ? ` ${r.note}` : '';
  if (r.verdict === 'unsupported') {
    out.push(makeDiagnostic('unsupported-claim', e.markerRange, `${capitalize(cited)} ${plural ? 'do' : 'does'} not appear to support this sentence (score ${pct(r.score)}${withFigures}).${r.contradiction ? ` ${capitalize(r.contradiction)}.` : ''}${r.unmentioned ? ` ${neverMentioned({ phrase: cited, plural }, r.unmentioned)}` : ''}${note}${weak}${passage}${unchecked}`, related));
  } else if (r.verdict === 'weak') {
    // Not confident enough to warn: information, with what would help the writer check it.
    const missing = [...r.figures.filter((f) => !f.found).map((f) => `"${f.figure.text}"`), ...r.missingTerms.slice(0, 6).map((t) => `"${t}"`)];
    const what = missing.length ? ` Not found in ${cited}: ${missing.join(', ')}.` : '';
    const how = missing.length ? `${cited} ${plural ? 'share' : 'shares'} only part of this sentence.` : `${cited} ${plural ? 'back' : 'backs'} this sentence only weakly.`;
    out.push(makeDiagnostic('weak-support', e.markerRange, `Weakly supported (score ${pct(r.score)}): ${how}${what}${note}${weak}${passage}${unchecked}`, related));
  } else if (r.verdict === 'partial') {
    const missing = [...r.figures.filter((f) => !f.found).map((f) => `"${f.figure.text}"`), ...r.missingTerms.slice(0, 6).map((t) => `"${t}"`)];
    const what = missing.length ? ` Not found in ${cited}: ${missing.join(', ')}.` : '';
    out.push(makeDiagnostic('partial-support', e.markerRange, `Partly supported (score ${pct(r.score)}).${what}${note}${weak}${passage}${unchecked}`, related));
  }
  // Wrong figures and misquotes carry the quick fix's replacement: only text verified against the source (verifiedFixes.ts).
  const withFix = (d: CitedDiagnostic, replacement: string | undefined): void => {
    if (replacement) d.data = { replacement };
    out.push(d);
  };
  for (const f of r.figures) {
    if (f.found) continue;
    // Worked out of the page's figures, maybe: how, as information (no fix: the arithmetic is the writer's to check).
    if (f.worked && f.nearest) {
      const how = workedHow(f.worked.op, f.worked.of.map((x) => `"${plain(x, 40)}"`));
      out.push(makeDiagnostic('worked-figure', f.range, `"${plain(f.figure.text, 60)}" is not in ${cited} as written; it may be worked out as ${how} ("${clip(f.nearest.context, 160)}", ${name(f.nearest.source.path)}). Check the arithmetic.`, [{ path: fileOf(f.nearest.source), range: f.nearest.fileRange, message: `${name(f.nearest.source.path)} gives ${f.worked.of.join(' and ')}` }]));
      continue;
    }
    // The source's figure is named as what it gives only when it is the one figure on the claim's subject (the fix's); else the passage is shown.
    const theirs = sourceGives(f);
    const message = f.nearest && theirs
      ? `The sentence says "${f.figure.text}"; the cited source gives "${theirs}" ("${clip(f.nearest.context, 160)}", ${name(f.nearest.source.path)}).`
      : f.nearest
        ? `The sentence says "${f.figure.text}", which is not in ${cited}. Nearest passage (${name(f.nearest.source.path)}): "${clip(f.nearest.context, 160)}"`
        : `"${f.figure.text}" is not in ${cited}.`;
    const at = f.nearest ? [{ path: fileOf(f.nearest.source), range: f.nearest.fileRange, message: `${name(f.nearest.source.path)} gives ${f.nearest.text}` }] : related;
    withFix(makeDiagnostic('number-mismatch', f.range, message, at), f.replacement);
  }
  for (const q of r.quotes) {
    if (q.found) continue;
    const message = q.replacement
      ? `This quotation is not in ${cited} word for word. The source's quotation: "${clip(q.replacement, 200)}"`
      : q.closest
      ? `This quotation is not in ${cited} word for word. Closest passage (${name(q.closest.source.path)}): "${clip(squashed(q.closest.text), 200)}"`
      : `This quotation is not in ${cited}, and nothing there comes close.`;
    const at = q.closest ? [{ path: fileOf(q.closest.source), range: q.closest.fileRange, message: 'Closest passage' }] : [];
    withFix(makeDiagnostic('quote-not-found', q.range, message, at), q.replacement);
  }
  if (e.disagreement) {
    const g = e.disagreement;
    out.push(
      makeDiagnostic(
        'sources-disagree',
        e.markerRange,
        `Sources disagree on "${g.term}": ${name(g.negative.source.path)} says "${around(g.negative.text, g.term, 140)}" but ${name(g.positive.source.path)} says "${around(g.positive.text, g.term, 140)}".`,
        [
          { path: fileOf(g.negative.source), range: g.negative.fileRange, message: name(g.negative.source.path) },
          { path: fileOf(g.positive.source), range: g.positive.fileRange, message: name(g.positive.source.path) },
        ],
      ),
    );
  }
  return out;
}

/** About `max` characters of `text` centred on the first word that starts like `term`, with ellipses where cut. */
function around(text: string, term: string, max: number): string {
  const t = squashed(text);
  if (t.length <= max) return t;
  const at = t.toLowerCase().search(new RegExp(`\\b(?:non-?)?${term.slice(0, 5).toLowerCase().replace(/[^a-z0-9]/g, '')}`));
  if (at === -1) return clip(t, max);
  const start = Math.max(0, Math.min(at - Math.floor(max / 2), t.length - max));
  const cut = t.slice(start, start + max);
  return (start > 0 ? '…' : '') + cut.slice(start > 0 ? cut.indexOf(' ') + 1 : 0) + (start + max < t.length ? '…' : '');
}

/**
 * Source or draft text for a plain-text message: one line, no control or bidirectional-override characters, clipped.
 * Kept for the last few thousand texts: every publish of a draft says its passages again.
 */
function plain(s: string, max: number): string {
  return keptFor(plainKept, max + '\u0000' + s, 4096, () => clip(squashed(s.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')), max));
}
const plainKept = new Map<string, string>();

function squashed(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Long uncited sentences are marked on their first 80 characters, so the squiggle stays readable. */
function firstLine(range: OffsetRange, _text: string): OffsetRange {
  return { start: range.start, end: Math.min(range.end, range.start + 80) };
}
