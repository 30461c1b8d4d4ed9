/**
 * The claim of a marker: the sentence that holds it. In a table cell or a
 * heading the whole block is the claim (a cell read with its row's first
 * cell, which names what the cell's figure or words are about, unless that
 * cell is a question). In a list item it is the marker's sentence with the
 * item's sentences before it that have no marker of their own. A marker placed
 * just after a sentence's final period belongs to the sentence before it.
 */
import type { DraftModel, TextBlock } from './draft/parseDraft';
import type { Citation } from './draft/citationScanner';
import { endsWithAbbreviation, firstEndingAfter, firstStartingFrom, keptFor, type OffsetRange } from './text';

export interface Claim {
  range: OffsetRange;
  /** The sentence with markers and markdown punctuation removed. */
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** A "sentence" that is only a time opening one: "At 9 a.m. ", "By 10:30 p.m. ". */
const OPENING_TIME = /^\s*(?:At|By|Around|About|Before|After|Until|From|Since)\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.\s?m\.\s*$/;
/** Intl.Segmenter slows badly on long strings; longer blocks use a plain splitter. */
const SEGMENTER_LIMIT = 4000;

export function claimFor(draft: DraftModel, citation: Citation): Claim {
  const block = innermostBlock(draft.blocks, citation.range.start);
  const blockRange = block?.range ?? lineRange(draft.text, citation.range.start);
  const listItem = block?.kind === 'listItem';
  const sentences = block?.kind === 'paragraph' || listItem || !block ? cachedSentences(draft, blockRange) : [blockRange];
  let idx = sentenceIndex(sentences, citation.range.start);
  if (idx === -1) idx = sentences.length - 1;
  idx = ownerOf(draft, sentences, idx);
  // A list item's sentences before the marker's, back to the last one with a marker of its own, are the marker's claim
  // too: "- Revenue rose. Margins fell [1]." is one claim, "- Revenue rose [1]. Margins fell [2]." two.
  let own = sentences[idx];
  if (listItem) {
    let k = idx;
    while (k > 0 && !hasMarker(draft, sentences[k - 1])) k--;
    if (k < idx) own = { start: sentences[k].start, end: own.end };
  }
  // A letter's salutation opening the sentence ("Dear Grounded: you are exempt…") names whom it is written to, not
  // what the source says: the claim starts after it.
  const greeting = SALUTATION.exec(draft.text.slice(own.start, Math.min(own.end, own.start + 120)));
  // (Not a title that is the sentence's subject, named by an apposition after it: "Dear Evan Hansen, the musical, won …".)
  const after = greeting ? draft.text.slice(own.start + greeting[0].length, own.end) : '';
  if (greeting && hasWords(after) && !(greeting[0].trimEnd().endsWith(',') && APPOSITION.test(after))) own = { start: own.start + greeting[0].length, end: own.end };
  const whole = strippedText(draft, own);
  // A "sentence" longer than MAX_CLAIM (a page with no full stop) is cut around the marker.
  const range = whole.length > MAX_CLAIM ? clipped(draft.text, own, citation.range, neighbours(draft, citation)) : own;
  const text = range === own ? whole : stripMarkers(draft, range);
  // A table cell ("4.5 million [1]") states something about its row: the row's first cell gives it a subject.
  if (block?.kind === 'tableCell') {
    const label = rowLabel(draft, block);
    if (label) return { range, text: `${label}: ${text}` };
  }
  return { range, text };
}

/**
 * A salutation: "Dear", a name (capitalised, or "readers", "all"…) of up to five words, and a colon or comma ("Dear
 * Rockhound's Dad:", "Dear Ms. Okafor,"), emphasis around it. Not "Dear as the repairs were, …".
 */
const SALUTATION = /^[ \t]*[*_]{0,2}Dear\s+(?=\p{Lu}|(?:readers?|all|friends?|colleagues?|everyone|team|sirs?|madam)[\s,:])(?:[^\s,:;.!?\[\]]+\.?\s+){0,4}[^\s,:;.!?\[\]]+[*_]{0,2}[:,][*_]{0,2}\s+/u;

/** An apposition opening what follows a name and its comma ("the musical, won"): the name was the subject, not a greeting. */
const APPOSITION = /^(?:the|a|an)\s+[^,.;:!?]{1,40},/i;

/** Whether a marker (not an in-text citation) is within `range` of the draft. */
function hasMarker(draft: DraftModel, range: OffsetRange): boolean {
  const cs = draft.citations;
  for (let i = firstCitationFrom(cs, range.start); i < cs.length && cs[i].range.start < range.end; i++) if (cs[i].kind !== 'intext') return true;
  return false;
}

/** The longest claim, in characters: past it, a "sentence" (a page with no full stop) is cut around its marker. */
export const MAX_CLAIM = 4000;

/**
 * How much of such a "sentence" a marker claims: a passage of a few ordinary sentences. Every marker
 * of it is a claim of its own, so this also bounds the work per marker (a page of figures and
 * markers with no full stop was read 4,000 characters per marker, found by `npm run fuzz`).
 */
const CLIPPED_CLAIM = 1200;

/** How many markers next to each other (`[1][2][3]`) are stepped over to find the text a marker's group follows. */
const GROUP_LOOKBACK = 32;

/**
 * Where the text before a marker's group starts (the end of the marker before it), where the group
 * ends, and where the text after it ends (the start of the marker after it), markers with no words
 * between them making one group. A side with no such marker near is undefined; an in-text citation
 * (`@key`) is part of the text, not a marker, and one is given no bounds.
 */
function neighbours(draft: DraftModel, citation: Citation): { after?: number; groupEnd?: number; before?: number } {
  const cs = draft.citations;
  if (citation.kind === 'intext') return {};
  // The citations are sorted by start: found by binary search.
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid].range.start < citation.range.start) lo = mid + 1;
    else hi = mid;
  }
  const i = lo;
  if (cs[i]?.range.start !== citation.range.start) return {};
  const wordsBetween = (a: number, b: number) => a < b && hasWords(draft.text.slice(a, b));
  let after: number | undefined;
  for (let j = i - 1, edge = citation.range.start; j >= 0 && j >= i - GROUP_LOOKBACK; j--) {
    if (cs[j].kind === 'intext') continue;
    if (wordsBetween(cs[j].range.end, edge)) {
      after = cs[j].range.end;
      break;
    }
    edge = cs[j].range.start;
  }
  let before: number | undefined;
  let groupEnd = citation.range.end;
  for (let j = i + 1; j < cs.length && j <= i + GROUP_LOOKBACK; j++) {
    if (cs[j].kind === 'intext') continue;
    if (wordsBetween(groupEnd, cs[j].range.start)) {
      before = cs[j].range.start;
      break;
    }
    groupEnd = cs[j].range.end;
  }
  return { after, groupEnd, before };
}

/**
 * `range` cut to the CLIPPED_CLAIM characters around `marker` (most of them before it), at white space,
 * then to the text the marker's group backs (`bounds`): in a page of markers with no full stop, what was
 * written since the group before it, up to its own group (a marker follows what it backs); a group with
 * no words before it backs what follows, up to the next group.
 */
function clipped(text: string, range: OffsetRange, marker: OffsetRange, bounds: { after?: number; groupEnd?: number; before?: number } = {}): OffsetRange {
  if (range.end - range.start <= MAX_CLAIM) return range;
  const at = Math.min(Math.max(marker.start, range.start), range.end);
  let start = Math.max(range.start, at - (CLIPPED_CLAIM * 3) / 4);
  let end = Math.min(range.end, start + CLIPPED_CLAIM);
  if (start > range.start) {
    const ws = text.slice(start, start + 100).search(/\s/);
    if (ws !== -1) start += ws + 1;
  }
  if (end < range.end) {
    const ws = text.slice(Math.max(start, end - 100), end).search(/\s\S*$/);
    if (ws !== -1) end = Math.max(start, end - 100) + ws;
  }
  if (bounds.after !== undefined && bounds.after > start && bounds.after < at) start = bounds.after;
  if (bounds.groupEnd !== undefined && bounds.groupEnd >= marker.end && bounds.groupEnd < end && hasWords(text.slice(start, at))) {
    // With the punctuation that closes the sentence after the group: "… in its first year [1]."
    end = bounds.groupEnd + (/^[.!?…]+/.exec(text.slice(bounds.groupEnd, bounds.groupEnd + 8))?.[0].length ?? 0);
  }
  else if (bounds.before !== undefined && bounds.before < end && bounds.before > marker.end) end = bounds.before;
  return { start, end };
}

/** The text of the first cell of a table cell's row, when that is another cell with words in it. */
function rowLabel(draft: DraftModel, cell: TextBlock): string | undefined {
  const line = lineRange(draft.text, cell.range.start);
  let first: TextBlock | undefined;
  for (let i = firstBlockFrom(draft.blocks, line.start); i < draft.blocks.length && draft.blocks[i].range.start < line.end; i++) {
    if (draft.blocks[i].kind === 'tableCell') {
      first = draft.blocks[i];
      break;
    }
  }
  if (!first || first === cell || first.range.start >= cell.range.start) return undefined;
  const label = stripMarkers(draft, first.range).replace(/[.:]+$/, '');
  // A question ("When does work start?") asks; the cell's answer is the claim, so it stands alone.
  return hasWords(label) && !/\?\s*$/.test(label) ? label : undefined;
}

/** The index of the first block (sorted by start) that starts at or after `offset`, by binary search. */
const firstBlockFrom = (blocks: TextBlock[], offset: number): number => firstStartingFrom(blocks, offset);

/** How many blocks before an offset are looked at for one that holds it (blocks hardly nest). */
const BLOCK_LOOKBACK = 64;

function innermostBlock(blocks: TextBlock[], offset: number): TextBlock | undefined {
  // The last block starting at or before the offset that still runs past it; among blocks with
  // one start, the sort puts the longest first, so the last of them is the innermost.
  const from = firstBlockFrom(blocks, offset + 1) - 1;
  for (let i = from; i >= 0 && i > from - BLOCK_LOOKBACK; i--) if (offset < blocks[i].range.end) return blocks[i];
  return undefined;
}

/** The index of the sentence (sorted, not overlapping) that holds `offset`, or -1. */
function sentenceIndex(sentences: OffsetRange[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Per draft model: sentence texts without markers by range, and which sentence a marker-only sentence belongs to. */
const claimCache = new WeakMap<DraftModel, { texts: Map<string, string>; owners: WeakMap<OffsetRange[], Map<number, number>> }>();

function cacheOf(draft: DraftModel) {
  let c = claimCache.get(draft);
  if (!c) claimCache.set(draft, (c = { texts: new Map(), owners: new WeakMap() }));
  return c;
}

function strippedText(draft: DraftModel, range: OffsetRange): string {
  const texts = cacheOf(draft).texts;
  const key = range.start + ':' + range.end;
  let t = texts.get(key);
  if (t === undefined) texts.set(key, (t = strippedAcrossEdits(draft, range)));
  return t;
}

/**
 * What the edits of a draft leave alone is read once: a model per edit asks again for every sentence, so the
 * sentences of a paragraph (by its text with the markers blanked) and a sentence's text without its markers (by its
 * text and where the markers are in it) are kept across models, for the last few thousand asked.
 */
const ACROSS_EDITS = 4096;
const splitsKept = new Map<string, OffsetRange[]>();
const strippedKept = new Map<string, string>();

function strippedAcrossEdits(draft: DraftModel, range: OffsetRange): string {
  // The sentence's text and its markers' places in it: all stripMarkers reads.
  let key = draft.text.slice(range.start, range.end);
  const cs = draft.citations;
  for (let i = firstCitationFrom(cs, range.start); i < cs.length && cs[i].range.start < range.end; i++) key += '\u0000' + (cs[i].range.start - range.start) + ':' + (cs[i].range.end - range.start);
  return keptFor(strippedKept, key, ACROSS_EDITS, () => stripMarkers(draft, range));
}

/**
 * The sentence a marker in `sentences[idx]` belongs to: a sentence made only of markers and
 * punctuation belongs to the sentence before it. Remembered, so a run of such sentences is walked once.
 */
function ownerOf(draft: DraftModel, sentences: OffsetRange[], idx: number): number {
  const cache = cacheOf(draft).owners;
  let owners = cache.get(sentences);
  if (!owners) cache.set(sentences, (owners = new Map()));
  const walked: number[] = [];
  let i = idx;
  let found: number | undefined;
  while ((found = owners.get(i)) === undefined && i > 0 && !hasWords(strippedText(draft, sentences[i]))) walked.push(i--);
  const owner = found ?? i;
  owners.set(idx, owner);
  for (const w of walked) owners.set(w, owner);
  return owner;
}

/** Sentences of each block a draft model has been asked about: every marker of a paragraph shares one split. */
const sentenceCache = new WeakMap<DraftModel, Map<string, OffsetRange[]>>();

function cachedSentences(draft: DraftModel, block: OffsetRange): OffsetRange[] {
  let byBlock = sentenceCache.get(draft);
  if (!byBlock) sentenceCache.set(draft, (byBlock = new Map()));
  const key = block.start + ':' + block.end;
  let out = byBlock.get(key);
  if (!out) byBlock.set(key, (out = splitSentences(draft.text, block, draft)));
  return out;
}

/** The index of the first citation (sorted, not overlapping) that ends after `offset`, by binary search. */
export function firstCitationFrom(citations: readonly Citation[], offset: number): number {
  return firstEndingAfter(citations, offset, (c) => c.range);
}

function lineRange(text: string, offset: number): OffsetRange {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl === -1 ? text.length : nl };
}

function splitSentences(text: string, block: OffsetRange, draft: DraftModel): OffsetRange[] {
  const slice = text.slice(block.start, block.end);
  // Markers are blanked first so "terms [4]. Next" splits after the marker, not inside it; the
  // segmenter hangs trailing spaces on the sentence before, so "one. [1] Then" keeps [1] with "one.".
  const masked = maskMarkers(slice, block.start, draft);
  // The split depends on the blanked text alone: a paragraph an edit left alone is split once (kept from the block's start).
  const kept = keptFor(splitsKept, masked, ACROSS_EDITS, () => splitMasked(masked, { start: 0, end: masked.length }));
  return kept.map((r) => ({ start: r.start + block.start, end: r.end + block.start }));
}

/** The sentences of a block whose text with markers blanked (its line breaks kept) is `withBreaks`, as ranges from `block.start`. */
function splitMasked(withBreaks: string, block: OffsetRange): OffsetRange[] {
  const out: OffsetRange[] = [];
  // A line that ends a sentence ends it whatever the next line opens with ("… complain about [1].\n*¶1, student:* "He
  // kept …""), where the segmenter reads on past punctuation to a word in lower case.
  const lineBreaks: number[] = [];
  for (const m of withBreaks.matchAll(SENTENCE_LINE_END)) lineBreaks.push(m.index! + m[0].length);
  // So does a line whose quotation, after a colon, closes at its end ("REPLYING TO @poolboi: "my pool looks like milk"").
  for (const m of withBreaks.matchAll(QUOTED_LINE_END)) lineBreaks.push(m.index! + m[0].length);
  lineBreaks.sort((a, b) => a - b);
  const masked = withBreaks.replace(/\n/g, ' ');
  // A break right after "Mr." or "U.S." is no sentence end, nor is one inside a quotation
  // ("We will rebuild. It will take years," she said): that segment runs on into the next.
  const push = (start: number, end: number): void => {
    const last = out[out.length - 1];
    // Only the end of the sentence before matters: an abbreviation, or a quotation opened within QUOTE_SPAN.
    const prev = last ? masked.slice(Math.max(last.start, last.end - 2 * QUOTE_SPAN) - block.start, last.end - block.start) : '';
    // Nor is a break before a lower-case letter ("E!'s Fashion Police", "Yahoo! said"): no sentence starts so; nor one
    // after a time that opens the sentence ("At 9 a.m. Fox reported"; "The vote ended at 5 p.m. Officials agreed." ends one).
    const continues = /^\p{Ll}/u.test(masked.slice(start - block.start, start - block.start + 1)) || OPENING_TIME.test(masked.slice(last ? last.start - block.start : 0, start - block.start));
    if (last && (continues || endsWithAbbreviation(prev) || quoteRunsOn(prev, masked, start - block.start) || quotedExclamation(prev, masked, start - block.start) || timeZoneAfter(prev, masked, start - block.start))) last.end = end;
    else out.push({ start, end });
  };
  if (masked.length <= SEGMENTER_LIMIT) {
    let next = 0;
    for (const s of segmenter.segment(masked)) {
      let from = s.index;
      const to = s.index + s.segment.length;
      while (next < lineBreaks.length && lineBreaks[next] <= from) next++;
      for (; next < lineBreaks.length && lineBreaks[next] < to; next++) {
        push(block.start + from, block.start + lineBreaks[next]);
        from = lineBreaks[next];
      }
      push(block.start + from, block.start + to);
    }
  } else {
    let start = 0;
    for (const m of masked.matchAll(/(?<=[.!?])\s+(?=\S)/g)) {
      push(block.start + start, block.start + m.index! + m[0].length);
      start = m.index! + m[0].length;
    }
    push(block.start + start, block.end);
  }
  return out.length ? out : [block];
}

/**
 * True when `s` ends with a quotation closed after its "!" or "?" and the text goes on at `at` in
 * lower case, or with a speaker and a verb of saying: the sentence goes on past it ('Harry shouts
 * "Get out!" at his brother', '"Why now?" she asked', '"We won!" Smith told the crowd').
 */
function quotedExclamation(s: string, text: string, at: number): boolean {
  return /[!?]["”’]\s*$/u.test(s) && (/^\s*\p{Ll}/u.test(text.slice(at, at + 8)) || SPEAKER_AFTER.test(text.slice(at, at + 80)));
}

/** A speaker and a verb of saying after a quotation ending in "!" or "?": `"We won!" Smith told the crowd` is one sentence. */
const SPEAKER_AFTER = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|told|tells|asked|asks|shouted|yelled|added|adds|wrote|writes|replied|exclaimed|cried|declared|insisted|recalled|explained|tweeted|posted|warned|noted|joked|screamed|chanted)\b/u;

/** A time zone after a clock time: "7 p.m. Eastern on Friday" runs on. */
function timeZoneAfter(s: string, text: string, at: number): boolean {
  return /\d\s*[ap]\.\s?m\.\s*$/.test(s) && /^\s*(?:Eastern|Pacific|Central|Mountain|Atlantic|Greenwich|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|JST)\b/.test(text.slice(at, at + 12));
}

/** How far a quotation may run across sentence breaks: a few sentences, not a paragraph. */
const QUOTE_SPAN = 600;

/**
 * True when a quotation opened in `s` is not closed by its end, and closes in `text` after `at`
 * within QUOTE_SPAN of where it opened. A quotation never closed, or closed only far on (a pasted
 * fragment cut off inside its quote marks), holds no sentence together.
 */
function quoteRunsOn(s: string, text: string, at: number): boolean {
  let open = 0;
  let close = 0;
  let straight = 0;
  let opened = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '“') {
      if (open === close) opened = i;
      open++;
    } else if (ch === '”') close++;
    // A '"' right after a digit is an inch mark (a 12" pipe), not a quotation mark.
    else if (ch === '"' && !/\d/.test(s[i - 1] ?? '')) {
      if (straight % 2 === 0 && open === close) opened = i;
      straight++;
    }
  }
  if (!(open > close || straight % 2 === 1)) return false;
  const closing = open > close ? /”/ : /(?<!\d)"/;
  const m = closing.exec(text.slice(at, at + QUOTE_SPAN));
  return !!m && at + m.index - (at - s.length + opened) <= QUOTE_SPAN;
}

function maskMarkers(slice: string, base: number, draft: DraftModel): string {
  const parts: string[] = [];
  let at = 0;
  const cs = draft.citations;
  for (let i = firstCitationFrom(cs, base); i < cs.length && cs[i].range.start < base + slice.length; i++) {
    const c = cs[i];
    const s = Math.max(at, c.range.start - base);
    const e = Math.min(slice.length, c.range.end - base);
    if (e <= s) continue;
    // In-text "@key" is a word of the sentence ("@smith argues"): it becomes a capitalised word, so a
    // sentence may start with it; bracketed markers become spaces.
    parts.push(slice.slice(at, s), c.kind === 'intext' ? 'X' + 'x'.repeat(e - s - 1) : ' '.repeat(e - s));
    at = e;
  }
  parts.push(slice.slice(at));
  // A label ending in a colon above a line opening in capitals leads in to it ("**Tolu**, 19:21 (link at the bottom):" above
  // a chat message, "**JAS:**" above a speaker's line): a sentence ends there (`LEAD_IN_LINE`). Line breaks are kept for
  // `splitMasked`, which reads a line ending a sentence and then blanks them.
  return endLeadIns(parts.join(''));
}
/**
 * A line ending a sentence (its period and any closing marks), before a line opening in capitals, or with a sign that
 * opens a note or a hook ("¶", "§", "…"), after any emphasis, quotation mark or bracket (not a number: "on p.\n12"; nor
 * a "¶ 12" or "§ 3" after a short word's period, a citation's pin: "Smith Decl.\n¶ 12", "Art.\n§ 3 of the treaty").
 */
/**
 * A line that ends on a quotation opened after a colon on the same line ("REPLYING TO @x: "was it though"", "Caption:
 * "Harbour at dawn""), before a line opening in capitals: the quotation is whole, with or without its own period, and the
 * next line starts a sentence.
 */
const QUOTED_LINE_END = /:[ \t]*["“][^"”\n]{1,300}["”][ \t]*\n(?=[ \t>]*[*_"“'‘(\[]*\p{Lu})/gu;
const SENTENCE_LINE_END = /(?<!(?:^|[^\p{L}])\p{L}{1,5}(?=\.[ \t]*\n[ \t>]*[¶§][ \t]?\d))[.!?]["”’)\]*_]*[ \t]*\n(?=[ \t>]*[*_"“'‘(\[]*[\p{Lu}¶§…])/gu;
/**
 * A colon ending a line that is a label, before a line opening in capitals (after a quote's mark or emphasis): a line
 * opening in bold or italics ("**Tolu**, 19:21 (link at the bottom):", "**JAS:**", the colon inside the emphasis too), or
 * of three words at most ("Alice:", "Key finding:"). Not a clause ("The minister said:", "The plan had three goals:"),
 * whose words the claim below needs, nor before a quotation, whose speaker is the claim's.
 */
const COLON_AT_LINE_END = /:(?=[*_]*[ \t]*\r?\n[ \t>]*[*_]*\p{Lu})/gu;
/** The line before such a colon (and any emphasis marks right before it) when it is a label. */
const LABEL_BEFORE = /^[ \t>]*(?:[*_]{1,2}[^\n]{0,80}|[^\s*_][^\s:]*(?:[ \t]+[^\s:]+){0,2})$/u;

/**
 * Each lead-in's colon (with the emphasis marks right before it) made a period and spaces, as many characters as it had,
 * so offsets into the text stay. Found from each colon ending a line, and the line before it read then: as one pattern
 * with a lookbehind (`test/core/leadIn.test.ts` keeps it as the reference), it read back up to 80 characters from every
 * character of the text, most of an edit's time in a long draft, whose paragraphs are all masked again to find which changed.
 */
export function endLeadIns(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(COLON_AT_LINE_END)) {
    const colon = m.index!;
    let from = colon;
    while (from > at && (text[from - 1] === '*' || text[from - 1] === '_')) from--;
    // A long run of marks is no label's emphasis: at most a few of them are tried, so a hostile line is read a few times, not once per mark.
    from = Math.max(from, colon - 4);
    const lineStart = text.lastIndexOf('\n', colon - 1) + 1;
    for (let p = from; p <= colon; p++) {
      if (!LABEL_BEFORE.test(text.slice(lineStart, p))) continue;
      out += text.slice(at, p) + '.' + ' '.repeat(colon - p);
      at = colon + 1;
      break;
    }
  }
  return at === 0 ? text : out + text.slice(at);
}

function stripMarkers(draft: DraftModel, range: OffsetRange): string {
  let out = '';
  let at = range.start;
  const cs = draft.citations;
  for (let i = firstCitationFrom(cs, range.start); i < cs.length && cs[i].range.start < range.end; i++) {
    // In-text "@key" goes too: it names the source; it is not something the source must say.
    const c = cs[i];
    out += draft.text.slice(at, Math.max(at, c.range.start));
    at = Math.max(at, c.range.end);
  }
  out += draft.text.slice(at, Math.max(at, range.end));
  return out
    .replace(/[*_`|#>]+/g, ' ')
    .replace(/\[\s*$/, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)\]])/g, '$1')
    .trim()
    // After a marker split over lines the next line may start with the sentence's own period.
    .replace(/^[.,;:!?]+\s*/, '');
}

function hasWords(s: string): boolean {
  return /[\p{L}\p{N}]{2,}/u.test(s);
}

/**
 * Every sentence of the draft's paragraphs and every table cell, for finding claims that cite nothing: of the blocks
 * that start within `within` (all when not given), the first `max` sentences.
 */
export function sentencesOf(draft: DraftModel, within?: OffsetRange, max = Infinity): Claim[] {
  const out: Claim[] = [];
  let lastEnd = -1;
  const blocks = draft.blocks;
  for (let i = within ? firstBlockFrom(blocks, within.start) : 0; i < blocks.length && out.length < max; i++) {
    const block = blocks[i];
    if (within && block.range.start >= within.end) break;
    if (block.kind === 'heading' || block.range.start < lastEnd) continue;
    lastEnd = block.range.end;
    const ranges = block.kind === 'paragraph' ? cachedSentences(draft, block.range) : [block.range];
    for (const whole of ranges) {
      // A "sentence" longer than MAX_CLAIM is read in pieces of up to MAX_CLAIM characters, cut at white space.
      for (const r of whole.end - whole.start > MAX_CLAIM ? pieces(draft.text, whole) : [whole]) {
        const text = strippedText(draft, r);
        if (hasWords(text)) out.push({ range: trimRange(draft.text, r), text });
      }
    }
  }
  return out.length > max ? out.slice(0, max) : out;
}

function pieces(text: string, range: OffsetRange): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (let start = range.start; start < range.end; ) {
    let end = Math.min(range.end, start + MAX_CLAIM);
    if (end < range.end) {
      const ws = text.slice(end - 100, end).search(/\s\S*$/);
      if (ws !== -1) end = end - 100 + ws + 1;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

function trimRange(text: string, r: OffsetRange): OffsetRange {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
