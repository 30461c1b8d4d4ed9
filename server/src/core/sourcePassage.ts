/**
 * The passage of a source that best matches a sentence (`findEvidence`), located in the source
 * file: what a hover quotes and Go to Definition opens. Kept per source for the sentences asked
 * about last, and seeded by a host that worked it out in another thread (`rememberEvidence`: the
 * server's judging thread works out each cited source's passage with the verdict), so a hover on
 * a judged sentence does not read the source on the server's thread.
 */
import { sourceText, textAtHand } from './sources/readSource';
import { sourceOffset, type SourceRecord } from './sources/sourceTypes';
import { bestPassages, type PassageMatch } from './passages';
import { evidenceFor, hasEvidence } from './support/evidence';
import { LineIndex, type OffsetRange } from './text';

export interface Evidence {
  source: SourceRecord;
  match: PassageMatch | undefined;
  /** Range of the passage in the source file. */
  fileRange: OffsetRange | undefined;
  /** Zero-based line of the passage in the source file. */
  line: number;
}

const lineIndexCache = new WeakMap<SourceRecord, LineIndex>();
export function sourceLines(source: SourceRecord): LineIndex {
  let li = lineIndexCache.get(source);
  if (!li) lineIndexCache.set(source, (li = new LineIndex(source.raw)));
  return li;
}

/** Per source, the passages found for the last sentences (a Map in insertion order: the oldest goes first). */
const known = new WeakMap<SourceRecord, Map<string, Evidence>>();
const KNOWN_PER_SOURCE = 64;

/** The passage of `source` that best matches `claim`, located in the source file. */
export function findEvidence(source: SourceRecord, claim: string): Evidence {
  const hit = known.get(source)?.get(claim);
  if (hit) return hit;
  const extracted = sourceText(source);
  const match = bestPassages(claim, evidenceFor(extracted), 1)[0];
  const ev: Evidence =
    !match || match.score === 0
      ? { source, match, fileRange: undefined, line: 0 }
      : (() => {
          const start = sourceOffset(extracted, match.range.start);
          const end = Math.max(start, sourceOffset(extracted, match.range.end));
          return { source, match, fileRange: { start, end }, line: sourceLines(source).positionAt(start).line };
        })();
  rememberEvidence(claim, ev);
  return ev;
}

/**
 * `findEvidence`, when it needs no new work on the source: the passage found for the sentence before, or found now
 * in the source's text and evidence as this thread keeps them (a search of a few hundredths of a millisecond). A
 * source whose text or evidence would have to be worked out (a markdown parse, the sentences' stems: a millisecond
 * or two each) gives nothing.
 */
export function evidenceAtHand(source: SourceRecord, claim: string): Evidence | undefined {
  const hit = known.get(source)?.get(claim);
  if (hit) return hit;
  const extracted = textAtHand(source);
  return extracted && hasEvidence(extracted) ? findEvidence(source, claim) : undefined;
}

/** Keeps `ev` as `findEvidence(ev.source, claim)`'s answer (worked out here, or by a host in another thread on a copy of the same source). */
export function rememberEvidence(claim: string, ev: Evidence): void {
  let m = known.get(ev.source);
  if (!m) known.set(ev.source, (m = new Map()));
  m.delete(claim);
  if (m.size >= KNOWN_PER_SOURCE) m.delete(m.keys().next().value!);
  m.set(claim, ev);
}
