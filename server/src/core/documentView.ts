/**
 * The text view of a PDF or Word source: what Cited reads from the file, laid out to be read in an
 * editor that cannot show the file itself (VS Code has no PDF viewer, and a location cannot point
 * inside a binary file). A heading before each page names it as printed ("Page 245", its label,
 * when the PDF has labels), so a passage found by Go to Definition is shown where it is. Plain
 * data: the text, where each section starts, and a map from offsets in the extracted text (those
 * of `sourceText`, which definitions and hovers speak) to offsets in the view.
 */
import { sourceText } from './sources/readSource';
import type { SourceRecord } from './sources/sourceTypes';
import { relativeName } from './names';

export interface DocumentView {
  text: string;
  /** Each page (or, for a Word file, the document), in order: the name shown and where its heading starts in `text`. */
  sections: { name: string; start: number }[];
  /** Runs of the extracted text copied into the view: `from` in the extracted text, `to` in the view, `length` characters. */
  runs: { from: number; to: number; length: number }[];
}

const RULE = '────';

/**
 * The view of a PDF or Word source, or undefined for other sources (they open as themselves).
 * `shownFrom` is the path the file's name is given relative to (the draft's), when there is one.
 */
export function documentView(record: SourceRecord, shownFrom?: string): DocumentView | undefined {
  if (record.format !== 'pdf' && record.format !== 'docx') return undefined;
  const units = record.units;
  const name = shownFrom ? relativeName(record.path, shownFrom) : (record.path.split('/').pop() ?? record.path);
  const kind = record.format === 'pdf' ? 'PDF' : 'Word document';
  const pages = units?.kind === 'page' ? units.starts.length : 0;
  const head: string[] = [];
  if (record.meta.title) head.push(oneLine(record.meta.title));
  const meta = [record.meta.author, record.meta.publisher, record.meta.date].filter(Boolean).map((s) => oneLine(s!));
  if (meta.length) head.push(meta.join(' · '));
  const unreadable = record.problems.find((p) => p.kind === 'unreadable');
  if (!record.readable || unreadable) {
    head.push(`${kind} ${name}: Cited can read no text from it. ${oneLine(unreadable?.message ?? '')}`.trim());
    return { text: head.join('\n') + '\n', sections: [], runs: [] };
  }
  head.push(`The text Cited reads from the ${kind} ${name}${pages ? `, ${pages} page${pages === 1 ? '' : 's'}` : ''}.`);
  const repaired = record.problems.find((p) => p.kind === 'repaired');
  if (repaired) head.push(`Note: ${oneLine(repaired.message)}`);
  let text = head.join('\n') + '\n';
  const sections: DocumentView['sections'] = [];
  const runs: DocumentView['runs'] = [];
  const raw = sourceText(record).text;
  const starts = units?.starts.length ? units.starts : [0];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    // A part ends where the blank line joining it to the next begins (documentSource.ts joins them so).
    const end = i + 1 < starts.length ? Math.max(from, starts[i + 1] - 2) : raw.length;
    let section: string;
    if (units?.kind === 'page') {
      const label = units.labels?.[i];
      // Named as printed; a page with no label in a PDF that has labels (a cover), by its place in the file.
      section = label ? `Page ${label}` : units.labels ? `Page ${i + 1} of the file` : `Page ${i + 1}`;
      const heading = label && label !== String(i + 1) ? `${section} (page ${i + 1} of ${pages} in the file)` : section;
      text += '\n';
      sections.push({ name: section, start: text.length });
      text += `${RULE} ${heading} ${RULE}\n`;
    } else if (i === 0) {
      section = 'Text';
      text += '\n';
      sections.push({ name: section, start: text.length });
      text += `${RULE} ${section} ${RULE}\n`;
    } else {
      text += '\n\n';
    }
    runs.push({ from, to: text.length, length: end - from });
    text += raw.slice(from, end);
    if (units?.kind === 'page') text += '\n';
  }
  if (!text.endsWith('\n')) text += '\n';
  return { text, sections, runs };
}

/** Where an offset of the extracted text is in the view (the end of the run before it, when it falls between runs). */
export function viewOffset(view: DocumentView, offset: number): number {
  let lo = 0;
  let hi = view.runs.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.runs[mid].from <= offset) lo = mid;
    else hi = mid - 1;
  }
  const run = view.runs[lo];
  return run.to + Math.max(0, Math.min(offset - run.from, run.length));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
