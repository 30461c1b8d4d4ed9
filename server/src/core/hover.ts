/**
 * Hover text for a citation marker: what each cited source is, and the
 * passage of it that best backs the sentence, with the shared words in bold.
 * Everything taken from a source is escaped, so nothing in a source can
 * become a link, command or HTML in the hover.
 */
import { URI } from 'vscode-uri';
import type { DraftModel } from './draft/parseDraft';
import type { Citation, CitationRef } from './draft/citationScanner';
import { Resolver, type Resolution } from './resolve';
import type { SourceIndex } from './sources/sourceIndex';
import { fileOf, unitAt, unitName, type SourceRecord } from './sources/sourceTypes';
import { textAtHand } from './sources/readSource';
import { markShared, type PassageMatch } from './passages';
import { evidenceAtHand, findEvidence, type Evidence } from './sourcePassage';
import { claimFor } from './claims';
import { capitalize, clip, escapeMarkdown, squash, type OffsetRange } from './text';
import { relativeName } from './names';
import { checkedSources, isJudgeable, neverMentioned, type ClaimEntry } from './support/claimChecks';
import { sourceGives, type SupportResult } from './support/supportChecker';
import { workedHow } from './support/worked';

export interface HoverResult {
  markdown: string;
  range: OffsetRange;
}

/** The run of markers around `citation` written together, like `[4][8][9]`. */
export function citationGroup(draft: DraftModel, citation: Citation): Citation[] {
  const cs = draft.citations.filter((c) => c.kind !== 'intext');
  let i = cs.indexOf(citation);
  if (i === -1) return [citation];
  let j = i;
  while (i > 0 && /^\s*$/.test(draft.text.slice(cs[i - 1].range.end, cs[i].range.start))) i--;
  while (j < cs.length - 1 && /^\s*$/.test(draft.text.slice(cs[j].range.end, cs[j + 1].range.start))) j++;
  return cs.slice(i, j + 1);
}

export function citationAt(draft: DraftModel, offset: number): Citation | undefined {
  return draft.citations.find((c) => offset >= c.range.start && offset < c.range.end);
}

export function hoverAt(
  draftPath: string,
  draft: DraftModel,
  offset: number,
  sources: SourceIndex,
  roots: string[],
  claims: ClaimEntry[] = [],
): HoverResult | undefined {
  const citation = citationAt(draft, offset);
  if (!citation) return undefined;
  const group = citationGroup(draft, citation);
  const claim = claimFor(draft, citation);
  const resolver = new Resolver(draftPath, draft, sources, roots);
  const entry = claims.find((e) => e.citations.includes(citation));
  // A sentence being checked elsewhere (its verdict brings each source's passage) in a long draft being judged (more
  // than PENDING_MANY sentences to go): a passage is looked up here in a source whose evidence this thread keeps, and
  // else only in one whose text it has (a markdown file's is parsed on first use) and is short enough to index at once
  // (PENDING_INDEX_MAX), while PENDING_LOOKUP_MS last, so that the hover stays quick whatever the number and size of
  // the sources not read yet. In a shorter draft, whose judging ends within a moment, every passage is looked up.
  const waiting = (e: ClaimEntry) => !e.result && isJudgeable(e);
  const pending = !!entry && waiting(entry) && claims.filter(waiting).length > PENDING_MANY;
  const until = performance.now() + PENDING_LOOKUP_MS;
  const quick = (source: SourceRecord): boolean => (textAtHand(source)?.text.length ?? Infinity) <= PENDING_INDEX_MAX && performance.now() < until;
  const lookUp = (source: SourceRecord): Evidence | undefined =>
    !pending ? findEvidence(source, claim.text) : (evidenceAtHand(source, claim.text) ?? (quick(source) ? findEvidence(source, claim.text) : undefined));
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const c of group) {
    for (const ref of c.refs) {
      const key = c.kind + ':' + ref.label;
      if (seen.has(key)) continue;
      seen.add(key);
      parts.push(describeRef(c, ref, resolver.resolve(c, ref), claim.text, draftPath, entry?.passages, lookUp));
    }
  }
  const range = { start: group[0].range.start, end: group[group.length - 1].range.end };
  const verdict = entry?.result ? verdictMarkdown(entry, entry.result, draftPath) : entry && isJudgeable(entry) ? PENDING : undefined;
  return { markdown: (verdict ? [verdict, ...parts] : parts).join('\n\n---\n\n'), range };
}

const VERDICT_TEXT: Record<string, string> = {
  supported: '✓ Supported',
  partial: '◐ Partly supported',
  weak: '◔ Weakly supported',
  unsupported: '✗ Not supported',
  unverifiable: '? Cannot be checked',
};

/** A sentence whose verdict is still being worked out (in another thread). */
const PENDING = '*Being checked against its sources: the verdict shows here once it is known.*';
/**
 * How long a hover on a sentence being checked elsewhere may go on looking for its sources' passages (a lookup begun
 * before is finished), and how long a text it may index for it (characters): the evidence of a source not used on
 * this thread before costs about 0.1 ms a thousand characters, 3 ms at most so.
 */
const PENDING_LOOKUP_MS = 3;
const PENDING_INDEX_MAX = 30_000;
/** More sentences than this still to judge make a long draft being judged, where a hover does no long lookups. */
const PENDING_MANY = 30;

/** The claim's verdict, score and what the sources do not back. */
export function verdictMarkdown(entry: ClaimEntry, r: SupportResult, draftPath: string): string {
  const { phrase: cited, plural, partly } = checkedSources(entry);
  const withFigures = r.scoreWithSourceFigures !== undefined ? ` (${r.scoreWithSourceFigures.toFixed(2)} with the source's figures)` : '';
  const lines = [`**${VERDICT_TEXT[r.verdict]}** by ${cited} · score ${r.score.toFixed(2)}${withFigures}`];
  const figures = r.figures.filter((f) => !f.found);
  for (const f of figures) {
    lines.push(
      // A figure is named as the source's only when it is the one for the sentence's subject (the quick fix's).
      f.nearest && sourceGives(f)
        ? `The sentence says ${escapeMarkdown(f.figure.text)}; ${escapeMarkdown(relativeName(f.nearest.source.path, draftPath))} gives **${escapeMarkdown(sourceGives(f)!)}**.`
        : f.worked
          ? `${escapeMarkdown(f.figure.text)} is not in ${cited} as written; it may be worked out as ${workedHow(f.worked.op, f.worked.of.map((x) => escapeMarkdown(x)))}. Check the arithmetic.`
          : `${escapeMarkdown(f.figure.text)} is not in ${cited}.`,
    );
  }
  // What the sources state against it, and what they may state otherwise (a name in its place): their words, escaped.
  if (r.contradiction) lines.push(`${escapeMarkdown(capitalize(r.contradiction))}.`);
  if (r.note) lines.push(escapeMarkdown(r.note));
  if (r.unmentioned) lines.push(neverMentioned({ phrase: cited, plural }, escapeMarkdown(r.unmentioned)));
  for (const q of r.quotes.filter((x) => !x.found)) lines.push(`The quotation "${escapeMarkdown(clip(q.text, 80))}" is not in ${cited} word for word.`);
  if (r.verdict !== 'supported' && r.missingTerms.length) lines.push(`Not found in ${cited}: ${r.missingTerms.slice(0, 8).map((t) => escapeMarkdown(t)).join(', ')}.`);
  if (r.parts) {
    // Each part of the sentence with the passage that backs it best, or ✗ when none does.
    lines.push('Parts of the sentence:');
    for (const p of r.parts) {
      const where = p.passage ? `${escapeMarkdown(relativeName(p.passage.source.path, draftPath))}: “${escapeMarkdown(clip(p.passage.text, 140))}”` : '';
      const said = p.backed ? ` — ${where}` : where ? ` — not backed (closest, ${where})` : ' — not backed';
      lines.push(`${p.backed ? '✓' : '✗'} “${escapeMarkdown(clip(squash(p.text), 80))}”${said}`);
    }
  } else if (r.weakPart) lines.push(`Least backed part: “${escapeMarkdown(r.weakPart)}”.`);
  if (partly) lines.push('Markers of this sentence that do not resolve, or whose source cannot be read, were not checked.');
  return lines.join('  \n');
}

function describeRef(
  c: Citation,
  ref: CitationRef,
  r: Resolution,
  claim: string,
  draftPath: string,
  known: Evidence[] | undefined,
  lookUp: (source: SourceRecord) => Evidence | undefined,
): string {
  const name = c.kind === 'numeric' ? `\\[${ref.label}\\]` : `@${escapeMarkdown(ref.label)}`;
  switch (r.status) {
    case 'undefined':
      return c.kind === 'numeric' ? `**${name}** has no reference definition in this draft.` : `**${name}**: no source has this id.`;
    case 'missing':
      return `**${name}** points to \`${codeSafe(relativeName(r.path, draftPath))}\`, which does not exist.`;
    case 'outside':
      return `**${name}** points to \`${codeSafe(relativeName(r.path, draftPath))}\`, outside the workspace; it is not read.`;
    case 'pending':
      return `**${name}** → \`${codeSafe(relativeName(r.path, draftPath))}\` (still being read).`;
    case 'no-saved-copy':
      return `**${name}** links to \`${codeSafe(r.url)}\`; no saved copy of that page is in the sources.`;
    case 'unreadable': {
      const why = r.source.problems.find((p) => p.kind === 'unreadable')?.message ?? 'no text found';
      return `**${name}** ${heading(r.source)}\n\nThis source cannot be read: ${escapeMarkdown(why)}`;
    }
    case 'ok': {
      const lines = [`**${name}** ${heading(r.source)}`];
      const meta = [r.source.meta.publisher, r.source.meta.author, r.source.meta.date].filter(Boolean).map((s) => escapeMarkdown(s!));
      if (meta.length) lines.push(meta.join(' · '));
      if (r.source.meta.url) lines.push(`\`${codeSafe(r.source.meta.url)}\``);
      // The passage worked out with the verdict (in the judging thread), else found here.
      const ev = known?.find((e) => e.source === r.source) ?? lookUp(r.source);
      // A PDF or Word file opens in its own viewer, where a line means nothing: the hover names the page or paragraph.
      const unit = ev?.fileRange ? unitAt(r.source, ev.fileRange.start) : undefined;
      const where = unit ? unitName(unit) : `line ${(ev?.line ?? 0) + 1}`;
      const open = `[Open ${escapeMarkdown(relativeName(fileOf(r.source), draftPath))}](${URI.file(fileOf(r.source)).toString()}${r.source.units || !ev ? '' : `#L${ev.line + 1}`})`;
      lines.push(open);
      const repaired = r.source.problems.find((p) => p.kind === 'repaired');
      if (repaired) lines.push(`*Note: ${escapeMarkdown(repaired.message)}*`);
      if (r.alternatives > 0) lines.push(`*${r.alternatives + 1} sources match this ${c.kind === 'numeric' ? 'url' : 'id'}; the first is shown.*`);
      let text = lines.join('  \n');
      if (r.source.metadataOnly) {
        text += `\n\n*Metadata only: the entry has no abstract, notes or attached file, so no sentence can be checked against it.*`;
      } else if (!ev) {
        text += `\n\n*Its passage shows here once the sentence is checked.*`;
      } else if (ev.match && ev.match.score > 0) {
        text += `\n\n> ${passageMarkdown(ev.match)}\n\n*Best-matching passage, ${where}: ${Math.round(ev.match.score * 100)}% of the sentence's key words.*`;
      } else if (claim) {
        text += `\n\n*No passage of this source shares the sentence's key words.*`;
      }
      return text;
    }
  }
}

function heading(source: SourceRecord): string {
  return escapeMarkdown(source.meta.title ?? source.id);
}

/** The passage, squashed to one line and clipped, with shared words in bold. */
export function passageMarkdown(match: PassageMatch, max = 500): string {
  const text = clip(squash(match.text), max);
  return markShared(text, match.matched)
    .map((p) => (p.shared ? `**${escapeMarkdown(p.text)}**` : escapeMarkdown(p.text)))
    .join('');
}

/** Text safe inside a markdown code span: no backticks, no line breaks. */
function codeSafe(s: string): string {
  return s.replace(/`/g, "'").replace(/\s+/g, ' ');
}
