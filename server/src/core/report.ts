/**
 * The citation report: every claim of a draft with its markers, verdict, score
 * and evidence. Plain records for the CLI's JSON, and a readable markdown page
 * for the editor's report command and the CLI's markdown output.
 */
import { URI } from 'vscode-uri';
import type { CitedLanguageService } from './languageService';
import { sourceLines } from './sourcePassage';
import { relativeName } from './names';
import { fileOf, unitAt, type SourceRecord } from './sources/sourceTypes';
import { sourceGives } from './support/supportChecker';
import { workedHow } from './support/worked';

/** `{ page: n }` (and `pageLabel`, the printed page, when the PDF has labels) or `{ paragraph: n }` for a passage of a PDF or Word file; nothing for other sources. */
function unitOf(source: SourceRecord, offset: number): { page?: number; pageLabel?: string; paragraph?: number } {
  const u = unitAt(source, offset);
  const label = u && source.units?.labels?.[u.n - 1];
  return u ? { [u.kind]: u.n, ...(label ? { pageLabel: label } : {}) } : {};
}
import { clip, escapeMarkdown, squash } from './text';
import { passageMarkdown } from './hover';

export interface ClaimRecord {
  /** 1-based line and column of the claim's first marker. */
  line: number;
  column: number;
  claim: string;
  markers: string[];
  verdict: string;
  score: number | null;
  /** `page` for a PDF, `paragraph` for a Word file: where the passage is (its `line` is in the extracted text). */
  evidence: { source: string; line: number; page?: number; pageLabel?: string; paragraph?: number; text: string } | null;
  /** What the sources do not back: what contradicts it, the note, missing words, wrong figures, quotes not found. */
  problems: string[];
  /**
   * For a sentence of two or more parts: each part, whether it is backed, and its best passage
   * (source, 1-based line, text; null when no cited source shares a word with it). Absent otherwise.
   */
  parts?: { text: string; backed: boolean; source: string | null; line: number | null; passage: string | null }[];
}

/** The claims of one draft as records; `relativeTo` is the folder source paths are shown relative to. */
export function claimRecords(service: CitedLanguageService, draftPath: string, sourcePath: (abs: string) => string): ClaimRecord[] {
  const model = service.draftModel(draftPath);
  if (!model) return [];
  return service.claims(draftPath).map((e) => {
    const pos = model.lines.positionAt(e.markerRange.start);
    const r = e.result;
    const problems: string[] = [];
    if (e.unresolved) problems.push('a marker does not resolve to a source');
    if (r) {
      // What a source states against it, and what the sources may state otherwise (the note).
      if (r.contradiction) problems.push(r.contradiction);
      if (r.note) problems.push(r.note);
      if (r.unmentioned) problems.push(`"${r.unmentioned}" is named in no cited source`);
      for (const f of r.figures.filter((x) => !x.found)) problems.push(sourceGives(f) ? `"${f.figure.text}" (the source gives "${sourceGives(f)}")` : f.worked ? `"${f.figure.text}" not in the sources as written (maybe ${workedHow(f.worked.op, f.worked.of.map((x) => `"${x}"`))})` : `"${f.figure.text}" not in the sources`);
      if (r.scoreWithSourceFigures !== undefined) problems.push(`with the source's figures the score would be ${r.scoreWithSourceFigures.toFixed(2)}`);
      for (const q of r.quotes.filter((x) => !x.found)) problems.push(`quotation not found: "${clip(q.text, 80)}"`);
      if (r.verdict !== 'supported' && r.missingTerms.length) problems.push(`not found: ${r.missingTerms.slice(0, 8).join(', ')}`);
      const unbacked = r.parts?.filter((p) => !p.backed);
      if (unbacked?.length) problems.push(`not backed: ${unbacked.map((p) => `“${p.text}”`).join('; ')}`);
      else if (r.weakPart && !r.parts) problems.push(`least backed part: “${r.weakPart}”`);
    }
    if (e.disagreement) problems.push(`sources disagree on "${e.disagreement.term}"`);
    const ev = r?.evidence;
    return {
      line: pos.line + 1,
      column: pos.character + 1,
      claim: e.claim.text,
      // Markers as they should read: "[8]" for one split over lines, "[@key, p. 2]" with its spacing.
      markers: e.citations.map((c) => (c.kind === 'numeric' ? model.text.slice(c.range.start, c.range.end).replace(/\s+/g, '') : squash(model.text.slice(c.range.start, c.range.end)))),
      verdict: r?.verdict ?? (e.sources.length ? 'unverifiable' : 'unresolved'),
      score: r && r.verdict !== 'unverifiable' ? Number(r.score.toFixed(3)) : null,
      evidence: ev ? { source: sourcePath(fileOf(ev.source)), line: sourceLines(ev.source).positionAt(ev.fileRange.start).line + 1, ...unitOf(ev.source, ev.fileRange.start), text: squash(ev.text) } : null,
      problems,
      ...(r?.parts && r.verdict !== 'unverifiable'
        ? {
            parts: r.parts.map((p) => ({
              text: p.text,
              backed: p.backed,
              source: p.passage ? sourcePath(fileOf(p.passage.source)) : null,
              line: p.passage ? sourceLines(p.passage.source).positionAt(p.passage.fileRange.start).line + 1 : null,
              passage: p.passage ? p.passage.text : null,
            })),
          }
        : {}),
    };
  });
}

const ICON: Record<string, string> = { supported: '✓', partial: '◐', weak: '◔', unsupported: '✗', unverifiable: '?', unresolved: '?' };

/** A markdown page for one draft: a summary, then each claim with its evidence and a link to it in the source. */
export function reportMarkdown(service: CitedLanguageService, draftPath: string): string {
  const model = service.draftModel(draftPath);
  if (!model) return '';
  const entries = service.claims(draftPath);
  const records = claimRecords(service, draftPath, (p) => relativeName(p, draftPath));
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  const name = draftPath.slice(draftPath.lastIndexOf('/') + 1);
  const out: string[] = [`# Citation report: ${escapeMarkdown(name)}`, ''];
  out.push(`${records.length} claims with citations: ${['supported', 'partial', 'weak', 'unsupported', 'unverifiable', 'unresolved'].filter((k) => counts[k]).map((k) => `${counts[k]} ${k}`).join(', ') || 'none'}.`, '');
  out.push('| Line | Verdict | Score | Markers |', '|---|---|---|---|');
  records.forEach((r) => out.push(`| [${r.line}](${URI.file(draftPath).toString()}#L${r.line}) | ${ICON[r.verdict]} ${r.verdict} | ${r.score ?? '–'} | ${r.markers.map((m) => escapeMarkdown(m)).join(' ')} |`));
  out.push('');
  records.forEach((r, i) => {
    const e = entries[i];
    out.push(`## ${ICON[r.verdict]} Line ${r.line}: ${r.verdict}${r.score !== null ? ` (${r.score.toFixed(2)})` : ''}`, '');
    out.push(`> ${escapeMarkdown(clip(r.claim, 400))}`, '');
    out.push(`Markers: ${r.markers.map((m) => '`' + m.replace(/`/g, "'") + '`').join(' ')}`, '');
    for (const p of r.problems) out.push(`- ${escapeMarkdown(p)}`);
    if (r.problems.length) out.push('');
    const parts = e.result?.parts;
    if (parts && r.parts) {
      out.push('Parts:', '');
      parts.forEach((p, k) => {
        const rec = r.parts![k];
        const where = p.passage && rec.line !== null
          ? ` — [${escapeMarkdown(relativeName(p.passage.source.path, draftPath))} line ${rec.line}](${URI.file(fileOf(p.passage.source)).toString()}#L${rec.line}): “${escapeMarkdown(clip(p.passage.text, 300))}”`
          : '';
        out.push(`- ${p.backed ? '✓' : '✗'} “${escapeMarkdown(clip(p.text, 200))}”${p.backed ? '' : ' (not backed)'}${where}`);
      });
      out.push('');
    }
    const ev = e.result?.evidence;
    if (ev && r.evidence) {
      const link = `${URI.file(fileOf(ev.source)).toString()}#L${r.evidence.line}`;
      const where = r.evidence.page ? `page ${r.evidence.pageLabel ?? r.evidence.page}` : r.evidence.paragraph ? `paragraph ${r.evidence.paragraph}` : `line ${r.evidence.line}`;
      out.push(`Evidence, [${escapeMarkdown(relativeName(ev.source.path, draftPath))} ${where}](${link}):`, '');
      out.push(`> ${passageMarkdown({ range: ev.textRange, text: ev.text, score: e.result!.score, matched: ev.matched, missing: [] }, 600)}`, '');
    }
  });
  return out.join('\n');
}
