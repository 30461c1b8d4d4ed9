/**
 * Renumber a draft's numeric citations in order of first appearance: markers (`[4]`), groups
 * (`[4][8]`, each marker on its own), lists (`[4, 8]`), ranges (`[4-6]`, kept a range while its new
 * numbers follow each other, else written as a list) and reference definitions, together.
 * Definitions no marker cites take the numbers after the cited ones. When the numbered definitions
 * stand on consecutive lines, their lines are put in the new order; elsewhere each keeps its place.
 *
 * A number no definition backs keeps its number (it may name an entry of a source list that was
 * cut off, as in drafts pasted from an AI tool); the others are numbered around it.
 *
 * Only the digits change, so a marker split across lines stays split (its own quick fix joins it),
 * and running it again changes nothing. Markers glued to a word that may be ordinary text (`item[2]`
 * in a draft that cites no numbered source) are left alone.
 */
import type { DraftModel } from './draft/parseDraft';
import type { Citation } from './draft/citationScanner';
import type { TextEditOffsets } from './insertCitation';

export interface RenumberPlan {
  /** Non-overlapping edits in document order; empty when the draft is already in order. */
  edits: TextEditOffsets[];
  /** Each label that changes, with its new number. */
  changes: { from: string; to: string }[];
}

export function planRenumber(draft: DraftModel): RenumberPlan {
  const text = draft.text;
  const citations = draft.citations.filter((c) => c.kind === 'numeric' && !c.ambiguous);
  const numericDefs = draft.definitions.filter((d) => /^\d+$/.test(d.identifier));
  // Labels in order of first appearance, then those only defined. A label with no definition keeps
  // its number (it may name an entry of a list that was cut off), and the others are numbered around it.
  const defined = new Set(numericDefs.map((d) => String(Number(d.identifier))));
  const kept = new Set(citations.flatMap((c) => c.refs.map((r) => r.label)).filter((l) => !defined.has(l)).map(Number));
  const next = new Map<string, number>();
  let n = 0;
  const add = (label: string) => {
    if (next.has(label) || !defined.has(label)) return;
    do n++;
    while (kept.has(n));
    next.set(label, n);
  };
  for (const c of citations) for (const r of c.refs) add(r.label);
  for (const d of numericDefs) add(String(Number(d.identifier)));
  const to = (label: string) => next.get(label) ?? Number(label);

  const edits: TextEditOffsets[] = [];
  for (const c of citations) edits.push(...markerEdits(text, c, to));
  edits.push(...definitionEdits(text, numericDefs, to));
  edits.sort((a, b) => a.start - b.start);
  const changes = [...next].filter(([from, n]) => String(n) !== from).map(([from, n]) => ({ from, to: String(n) }));
  return { edits: edits.filter((e) => text.slice(e.start, e.end) !== e.newText), changes };
}

/** The edits of one marker: each number, or a range's two ends, or a range that no longer runs as a list. */
function markerEdits(text: string, c: Citation, to: (label: string) => number): TextEditOffsets[] {
  const out: TextEditOffsets[] = [];
  // The refs of a range share its range; a lone number has its own.
  const groups = new Map<number, { start: number; end: number; labels: string[] }>();
  for (const r of c.refs) {
    const g = groups.get(r.range.start);
    if (g) g.labels.push(r.label);
    else groups.set(r.range.start, { start: r.range.start, end: r.range.end, labels: [r.label] });
  }
  for (const g of groups.values()) {
    const token = text.slice(g.start, g.end);
    const runs = [...token.matchAll(/\d{1,4}/g)].map((m) => ({ start: g.start + m.index!, end: g.start + m.index! + m[0].length }));
    if (runs.length === 0) continue;
    const nums = g.labels.map(to);
    if (g.labels.length === 1) {
      // A number; or a backwards range ("6-4"), which the scanner reads as its first number.
      out.push({ ...runs[0], newText: String(nums[0]) });
      continue;
    }
    const consecutive = nums.every((n, i) => n === nums[0] + i);
    if (consecutive && runs.length >= 2) {
      out.push({ ...runs[0], newText: String(nums[0]) }, { ...runs[runs.length - 1], newText: String(nums[nums.length - 1]) });
    } else {
      out.push({ start: g.start, end: g.end, newText: [...new Set(nums)].sort((a, b) => a - b).join(', ') });
    }
  }
  return out;
}

/** The definitions' labels; the block of definition lines in the new order when they stand together. */
function definitionEdits(text: string, defs: DraftModel['definitions'], to: (label: string) => number): TextEditOffsets[] {
  const labelled = defs.flatMap((d) => {
    const m = /^(\s*\[\s*)(\d+)\s*\]/.exec(text.slice(d.range.start, d.range.end));
    if (!m) return [];
    const start = d.range.start + m[1].length;
    return [{ def: d, label: { start, end: start + m[2].length, newText: String(to(String(Number(d.identifier)))) } }];
  });
  if (labelled.length === 0) return [];
  const lineStart = (o: number) => text.lastIndexOf('\n', o - 1) + 1;
  const lineEnd = (o: number) => {
    const e = text.indexOf('\n', o);
    return e === -1 ? text.length : e;
  };
  // Consecutive lines holding one numbered definition each, and nothing else?
  const lines = labelled.map((l) => ({ ...l, from: lineStart(l.def.range.start), to: lineEnd(l.def.range.start) }));
  const together = lines.every(
    (l, i) =>
      lineEnd(l.def.range.end === l.def.range.start ? l.def.range.end : l.def.range.end - 1) === l.to &&
      text.slice(l.from, l.def.range.start).trim() === '' &&
      text.slice(l.def.range.end, l.to).trim() === '' &&
      (i === 0 || lines[i - 1].to + 1 === l.from || text.slice(lines[i - 1].to + 1, l.from) === '\r'),
  );
  if (!together || lines.length < 2) return labelled.map((l) => l.label);
  const rewritten = lines.map((l) => ({
    n: Number(l.label.newText),
    line: (text.slice(l.from, l.label.start) + l.label.newText + text.slice(l.label.end, l.to)).replace(/\r$/, ''),
  }));
  const eol = text.slice(lines[0].to - 1, lines[0].to) === '\r' ? '\r\n' : '\n';
  const block = rewritten
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => a.n - b.n || a.i - b.i)
    .map((r) => r.line)
    .join(eol);
  const end = lines[lines.length - 1].to - (eol === '\r\n' ? 1 : 0);
  return [{ start: lines[0].from, end, newText: block }];
}
