/**
 * Reads article exports stored as JSON. Real exports are often invalid JSON
 * (HTML inside a string with unescaped quotes); such a file is repaired with
 * `jsonrepair`, read, and reported as repaired rather than rejected.
 */
import { plainTextWithTables } from './plainTables';
import { jsonrepair } from 'jsonrepair';
import { readHtml } from './htmlText';
import { TextBuilder, metaString, type ExtractedText, type SourceMeta, type SourceProblem } from './sourceTypes';

const TITLE = ['title', 'headline', 'name', 'heading'];
const BODY = ['content', 'body', 'text', 'articleBody', 'article_body', 'html', 'content_html', 'contentHtml', 'fullText', 'markdown'];
/** The summary under the title: newsrooms call it a standfirst, a dek or a subheadline. */
const SUMMARY = ['excerpt', 'metaDescription', 'description', 'summary', 'abstract', 'lead', 'subtitle', 'standfirst', 'dek', 'subheadline', 'subhead', 'strapline'];
const URL = ['url', 'link', 'canonical', 'canonicalUrl', 'canonical_url', 'permalink', 'source_url', 'sourceUrl'];
const AUTHOR = ['author', 'authors', 'byline', 'creator'];
const PUBLISHER = ['publisher', 'site', 'siteName', 'site_name', 'source', 'outlet', 'publication'];
/** Lists of an export's parts, each an object with its own text: a liveblog's entries, an FAQ's items, a story's blocks. */
const PARTS = ['content', 'body', 'blocks', 'entries', 'items', 'paragraphs', 'sections', 'updates', 'posts', 'faq', 'faqs', 'questions', 'qa'];
/**
 * A part's fields read as its text: its text or answer. (Not a part's title or question: a list of related stories'
 * titles, or an FAQ's "Will child benefit rise by 10%?", states nothing the page says.)
 */
const PART_FIELDS = ['text', 'body', 'content', 'html', 'markdown', 'answer', 'a', 'caption'];
const DATE = ['date', 'datePublished', 'published', 'publishedAt', 'published_at', 'pubDate', 'publicationDate', 'created'];

export interface JsonRead {
  meta: SourceMeta & { id?: string };
  extracted: ExtractedText;
  problems: SourceProblem[];
  readable: boolean;
}

/** Reads the JSON in `raw.slice(start, end)`; offsets in the result refer to `raw`. */
export function readJson(raw: string, start = 0, end = raw.length): JsonRead {
  const json = raw.slice(start, end);
  const problems: SourceProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const message = (e as Error).message;
    const at = errorOffset(message, json);
    try {
      data = repairJson(json);
      problems.push({
        kind: 'repaired',
        message: `Invalid JSON (${message}); read after repairing it, so the text may differ slightly from the original.`,
        range: errorRange(at, start, json.length),
      });
    } catch {
      problems.push({
        kind: 'unreadable',
        message: `Invalid JSON that could not be repaired: ${message}`,
        range: errorRange(at, start, json.length),
      });
      return { meta: {}, extracted: { text: '', segments: [] }, problems, readable: false };
    }
  }
  const article = findArticle(data);
  if (!article) {
    problems.push({ kind: 'unreadable', message: 'The JSON holds no article object (an object with a title or a text field).' });
    return { meta: {}, extracted: { text: '', segments: [] }, problems, readable: false };
  }
  const meta: JsonRead['meta'] = {
    title: pickString(article, TITLE),
    author: pickString(article, AUTHOR),
    publisher: pickString(article, PUBLISHER),
    date: pickString(article, DATE),
    url: pickString(article, URL),
    id: metaString(article.id),
  };
  const builder = new TextBuilder();
  let cursor = start;
  const addField = (value: string, fromStartToo = true): void => {
    // Locate the field in the file so the text maps back to where it was written.
    const probe = JSON.stringify(value.slice(0, 30)).slice(1, -1);
    // Fields are read in a fixed order (title, summary, body) that need not be the file's: look after the last one, then anywhere.
    // (Looked for near the last field, within a bounded stretch: a file whose text is escaped, "Caf\u00e9", holds no
    // probe, and a scan to its end for each of thousands of parts would be quadratic.)
    let found = indexNear(raw, probe.slice(0, 20), cursor, Math.max(50_000, 4 * value.length));
    // (A part not found after the last is not looked for from the start: 2,000 parts of an escaped file would each scan it.)
    if ((found === -1 || found >= end) && fromStartToo) found = raw.indexOf(probe.slice(0, 20), start);
    if (found >= end) found = -1;
    const fieldStart = found === -1 ? cursor : found;
    if (/<[a-z][\s\S]*>/i.test(value)) {
      const html = readHtml(value, 0, false);
      const text = html.extracted.text;
      let search = fieldStart;
      builder.breakBlock();
      for (let i = 0; i < html.extracted.segments.length; i++) {
        const seg = html.extracted.segments[i];
        const next = html.extracted.segments[i + 1]?.t ?? text.length;
        const piece = text.slice(seg.t, next);
        const head = piece.trim().slice(0, 16);
        const at = head ? indexNear(raw, head, search, 5000) : -1;
        if (at !== -1 && at - search < 5000) search = at;
        builder.push(piece, search);
      }
    } else {
      builder.breakBlock();
      // A table in the text, a row a line ("Market | Assets | Value ($m)"), read a row at a time as a text file's is.
      const tabled = plainTextWithTables(value);
      if (!tabled) builder.push(value, fieldStart);
      else
        tabled.segments.forEach((seg, i) => {
          builder.push(tabled.text.slice(seg.t, tabled.segments[i + 1]?.t ?? tabled.text.length), fieldStart + seg.s);
        });
    }
    if (found !== -1) cursor = found;
  };
  if (meta.title) addField(meta.title);
  // The byline a page shows under its title ("By Solenne Abernathy, Wayfarer Quarterly"): an export keeps it in fields of
  // its own, and a sentence may name who wrote it.
  if (meta.author || meta.publisher) addField([meta.author && (/^by\s/i.test(meta.author) ? meta.author : `By ${meta.author}`), meta.publisher].filter(Boolean).join(', '));
  const body = pickField(article, BODY);
  // (Or its parts, each read where the file has it: "content": [{"type": "paragraph", "text": …}], a liveblog's
  // "entries", an FAQ's "items" of questions and answers.)
  const parts = body ? [] : pickParts(article);
  const summary = pickField(article, SUMMARY);
  if (summary && (!body || !body.includes(summary.slice(0, 60)))) addField(summary);
  if (body) addField(body);
  for (const part of parts) addField(part, false);
  // The rest of the export's own text, after its body: a fact box, a data table, a timeline, footnotes, captions.
  for (const extra of extraFields(article, body ? undefined : parts.length ? 'parts' : undefined)) addField(extra, false);
  const extracted = builder.finish();
  if (!extracted.text.trim()) {
    problems.push({ kind: 'unreadable', message: 'The JSON article has no text field (content, body or text).' });
    return { meta, extracted, problems, readable: false };
  }
  return { meta, extracted, problems, readable: true };
}

/**
 * Words of a field's name that make it the export's chrome, not its text: links to other stories, tags, ids, dates,
 * sharing, paywall and newsletter settings, comments, corrections (which repeat the figure they correct).
 */
const CHROME_WORDS = new Set([
  'related', 'read', 'recommended', 'more', 'next', 'newsletter', 'newsletters', 'cta', 'share', 'sharing', 'social', 'seo', 'schema',
  'breadcrumb', 'breadcrumbs', 'tag', 'tags', 'keyword', 'keywords', 'category', 'categories', 'topic', 'topics', 'nav', 'navigation',
  'menu', 'comment', 'comments', 'syndication', 'export', 'exported', 'paywall', 'access', 'licence', 'license', 'rights', 'copyright',
  'embargo', 'status', 'slug', 'lang', 'language', 'locale', 'id', 'ids', 'uuid', 'guid', 'type', 'kind', 'format', 'version', 'url',
  'urls', 'uri', 'href', 'src', 'link', 'links', 'canonical', 'count', 'enabled', 'minutes', 'correction', 'corrections', 'promo',
  'ad', 'ads', 'advert', 'sponsor', 'sponsored', 'tracking', 'analytics', 'meta', 'metadata', 'updated', 'modified', 'published',
  'created', 'date', 'timestamp', 'slots', 'most', 'widget', 'widgets', 'subscribe', 'subscription', 'section', 'subsection',
]);
/** What the reader reads of an export's other fields at most: characters, and items of a list. */
const MAX_EXTRA = 200_000;
const MAX_ITEMS = 2_000;
/** The most fields a list of records may have between them to be read as a table (else each record is read alone). */
const MAX_COLUMNS = 24;
/** A string that is a link, a path or a timestamp, not text (and, up to an address's length, an e-mail address). */
const NOT_TEXT = /^(?:https?:|www\.|mailto:|\/|\d{4}-\d\d-\d\d(?:[T ][\d:.+Z-]*)?$)/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const notText = (s: string): boolean => NOT_TEXT.test(s) || (s.length <= 254 && EMAIL.test(s));

/** A file's name: "mpa_20250715_finish.jpg". */
const FILE_NAME = /^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|tiff?|pdf|mp[34]|mov|wav|docx?|xlsx?|csv)$/i;
/** Fields of a record inside a field that are an address or an id, not text (its other fields are its text: a timeline's "date"). */
const LINK_KEY = /^(?:url|href|link|uri|path|slug|src|id|uuid|guid)$/i;

/** Whether the field called `key` is chrome (`CHROME_WORDS`), by the words of its name ("related_articles", "mostRead"). */
function isChrome(key: string): boolean {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return !words.length || words.some((w) => CHROME_WORDS.has(w));
}

/** Lines read so far, and how many characters more may be read. */
interface Sink {
  lines: string[];
  left: number;
}
const put = (sink: Sink, line: string): void => {
  if (sink.left <= 0) return;
  sink.lines.push(line);
  sink.left -= line.length + 1;
};

/**
 * An export's fields that hold text beyond its title, byline, summary and body (and its parts when `used` says they were
 * read), each as one text: a string as it is; a list of strings a line each; a list of like records (a fact box's items, a
 * timeline's dates, a table's rows) as a table, a row a line with "|" between the cells; a list of lists with its
 * "columns" as a table; a record's own fields in turn. Chrome fields (`isChrome`, by the name of a field of the export
 * itself), links to other stories (records with a link) and addresses are left out, and so is what the reader reads as
 * the article's meta. At most MAX_EXTRA characters in all.
 */
function extraFields(article: Record<string, unknown>, used?: 'parts'): string[] {
  const known = new Set([...TITLE, ...BODY, ...SUMMARY, ...URL, ...AUTHOR, ...PUBLISHER, ...DATE, ...(used ? PARTS : [])]);
  const out: string[] = [];
  const sink: Sink = { lines: [], left: MAX_EXTRA };
  for (const [key, value] of Object.entries(article)) {
    if (sink.left <= 0) break;
    if (known.has(key) || isChrome(key)) continue;
    sink.lines = [];
    linesOf(value, sink, 0);
    const text = sink.lines.join('\n').trim();
    if (text) out.push(text);
  }
  return out;
}

const cellOf = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').replace(/\|/g, '/').trim() : typeof v === 'number' ? String(v) : '');
const isScalar = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A record that links to another page: a related story's title and its address. */
const isLink = (o: Record<string, unknown>): boolean => Object.keys(o).some((k) => /^(?:url|href|link|uri|path|slug)$/i.test(k));
/** A record's field that holds no text of its own: an address or an id, a file's name. */
const addressOnly = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && (notText(v) || FILE_NAME.test(v)));

/** Like records of plain values as a table: their fields' names as its header (unless `header` gives it), a record a row. */
function writeTable(records: Record<string, unknown>[], sink: Sink, header?: unknown[]): boolean {
  const keys = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) if (!LINK_KEY.test(k)) keys.add(k);
    if (keys.size > MAX_COLUMNS) return false;
  }
  // The columns named by the header, in its order, where it names the records' fields.
  const named = header?.filter((h): h is string => typeof h === 'string' && keys.has(h)) ?? [];
  if (!named.length) header = undefined;
  // (Not a column of file names or addresses: "photo_0715.jpg".)
  const columns = (named.length ? named : [...keys]).filter((k) => !records.every((r) => addressOnly(r[k])));
  if (columns.length === 1) {
    for (const r of records) put(sink, cellOf(r[columns[0]]));
    return true;
  }
  put(sink, header ? columns.map(cellOf).join(' | ') : columns.map((k) => k.replace(/[_-]+/g, ' ')).join(' | '));
  for (const r of records) {
    if (sink.left <= 0) break;
    put(sink, columns.map((k) => cellOf(r[k])).join(' | '));
  }
  return true;
}

/** The lines of text of an export's field (see `extraFields`), appended to `sink`. */
function linesOf(value: unknown, sink: Sink, depth: number): void {
  if (depth > 4 || sink.left <= 0) return;
  if (typeof value === 'string') {
    const s = value.trim();
    if (s && /\p{L}/u.test(s) && !notText(s)) put(sink, s);
    return;
  }
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS);
    if (items.every((x) => typeof x === 'string')) {
      for (const x of items) linesOf(x, sink, depth + 1);
      return;
    }
    const records = items.filter(isRecord);
    const allRecords = records.length === items.length && records.length > 0;
    if (allRecords && records.some(isLink)) return;
    // Like records of plain values: a table, with their fields' names as its header.
    if (allRecords && records.every((r) => Object.values(r).every(isScalar)) && writeTable(records, sink)) return;
    if (items.every((x) => Array.isArray(x) && x.every(isScalar))) {
      for (const row of items as unknown[][]) put(sink, row.map(cellOf).join(' | '));
      return;
    }
    for (const x of items) linesOf(x, sink, depth + 1);
    return;
  }
  if (isRecord(value)) {
    if (isLink(value) && !Object.keys(value).some((k) => /^(?:caption|text|body|description)$/i.test(k))) return;
    // A table given as its columns and its rows (of cells, or records under the columns' names).
    const columns = value.columns ?? value.headers ?? value.header;
    const header = Array.isArray(columns) && columns.every(isScalar) ? columns : undefined;
    for (const [k, v] of Object.entries(value)) {
      if (LINK_KEY.test(k)) continue;
      if (header && v === columns) {
        const rows = Object.values(value).find((x) => x !== columns && Array.isArray(x) && x.length > 0 && x.every(isRecord)) as Record<string, unknown>[] | undefined;
        // (Records under the columns' names print the header themselves.)
        if (!rows || !rows.every((r) => Object.values(r).every(isScalar))) put(sink, header.map(cellOf).join(' | '));
        continue;
      }
      if (header && Array.isArray(v) && v.length > 0 && v.every(isRecord) && v.every((r) => Object.values(r).every(isScalar))) {
        if (writeTable(v.slice(0, MAX_ITEMS), sink, header)) continue;
      }
      linesOf(v, sink, depth + 1);
    }
  }
}

function findArticle(data: unknown, depth = 0): Record<string, unknown> | undefined {
  if (depth > 4 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const a = findArticle(item, depth + 1);
      if (a) return a;
    }
    return undefined;
  }
  const o = data as Record<string, unknown>;
  if (pickField(o, BODY) || pickField(o, TITLE)) return o;
  for (const key of ['article', 'data', 'post', 'item', 'result', 'page', 'story']) {
    const a = findArticle(o[key], depth + 1);
    if (a) return a;
  }
  // (An object of parts only, an FAQ's items, when no article is nested in it.)
  return pickParts(o).length ? o : undefined;
}

function pickField(o: Record<string, unknown>, names: string[]): string | undefined {
  for (const n of names) {
    const v = o[n];
    if (typeof v === 'string' && v.trim()) return v;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('\n\n');
  }
  return undefined;
}

/** The texts of an object's list of parts (`PARTS`): each part's own fields (`PART_FIELDS`), at most 20,000 parts. */
function pickParts(o: Record<string, unknown>): string[] {
  for (const n of PARTS) {
    const v = o[n];
    if (!Array.isArray(v) || !v.length || !v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) continue;
    const out: string[] = [];
    for (const item of v.slice(0, 20000) as Record<string, unknown>[]) {
      for (const f of PART_FIELDS) {
        const s = item[f];
        if (typeof s === 'string' && s.trim()) out.push(s);
      }
    }
    if (out.length) return out;
  }
  return [];
}

function pickString(o: Record<string, unknown>, names: string[]): string | undefined {
  for (const n of names) {
    const s = metaString(o[n]);
    if (s) return s.replace(/\s+/g, ' ');
  }
  return undefined;
}

/** Where `needle` is in `text` from `from`, within `reach` characters after it; -1 when not there. */
function indexNear(text: string, needle: string, from: number, reach: number): number {
  const at = text.slice(from, from + reach + needle.length).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** Pulls the character position out of a JSON.parse error message, if it gives one. */
/** The character the parser stopped at, kept inside the JSON (an empty file has no character to mark: the range is empty). */
function errorRange(at: number | undefined, start: number, length: number): { start: number; end: number } | undefined {
  if (at === undefined) return undefined;
  const from = Math.min(Math.max(0, at), length);
  return { start: start + from, end: start + Math.min(from + 1, length) };
}

function errorOffset(message: string, json: string): number | undefined {
  if (/end of (JSON )?input/i.test(message)) return Math.max(0, json.trimEnd().length - 1);
  const m = /position (\d+)/.exec(message);
  if (m) return Math.min(Number(m[1]), json.length);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = json.split('\n');
    let off = 0;
    for (let i = 0; i < Number(lc[1]) - 1 && i < lines.length; i++) off += lines[i].length + 1;
    return off + Number(lc[2]) - 1;
  }
  return undefined;
}

/**
 * Repairs invalid JSON: first with jsonrepair; when that fails, by escaping
 * quotes that cannot end a string where they stand (the usual fault of HTML
 * pasted into a JSON string), then jsonrepair again for what remains.
 */
export function repairJson(json: string): unknown {
  try {
    return JSON.parse(jsonrepair(json));
  } catch {
    return JSON.parse(jsonrepair(escapeStrayQuotes(json)));
  }
}

/** Escapes each `"` inside a string that is not followed by what may come after a string in its container. */
function escapeStrayQuotes(json: string): string {
  const out: string[] = [];
  const stack: ('{' | '[')[] = [];
  let inString = false;
  let isKey = false;
  let last = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') {
        i++;
        continue;
      }
      if (c !== '"') continue;
      const rest = json.slice(i + 1, i + 200);
      const top = stack[stack.length - 1];
      const closes = isKey
        ? /^\s*:/.test(rest)
        : top === '['
          ? /^\s*[,\]]/.test(rest)
          : top === '{'
            ? /^\s*(,\s*"[^"\n]{1,100}"\s*:|\})/.test(rest) || /^\s*$/.test(rest)
            : true;
      if (closes) inString = false;
      else {
        out.push(json.slice(last, i), '\\"');
        last = i + 1;
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      // A string directly after `{` or `,` inside an object is a key.
      const before = json.slice(Math.max(0, i - 50), i).trimEnd();
      isKey = stack[stack.length - 1] === '{' && /[{,]$/.test(before);
    } else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') stack.pop();
  }
  out.push(json.slice(last));
  return out.join('');
}
