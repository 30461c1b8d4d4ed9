/**
 * Save Source from URL, the I/O: fetches a web page with the user's network
 * (Node's fetch), follows a few redirects, gives up past a time-out or a size
 * limit, extracts the article and its metadata with Mozilla's Readability (on
 * linkedom), turns it into markdown (turndown), and writes it beside the other
 * sources with front matter; a PDF is saved as it came. Nothing is written
 * unless everything succeeded, and no existing file is ever overwritten.
 */
import { promises as fs } from 'node:fs';
import * as posix from 'node:path/posix';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import { readSource } from '../core/sources/readSource';
import { freeFileName, savedSourceText, sourceSlug, type SavedMeta } from '../core/saveSource';

export interface FetchLimits {
  /** The whole fetch, redirects and body included (default 20 s). */
  timeoutMs?: number;
  /** The largest body read (default 20 MB). */
  maxBytes?: number;
  /** Redirects followed (default 5). */
  maxRedirects?: number;
}

export const DEFAULT_LIMITS: Required<FetchLimits> = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };

/** A fetch that did not give a page to save; the message says why, for the writer. */
export class FetchSourceError extends Error {}

export type FetchedPage = { kind: 'html'; url: string; finalUrl: string; html: string } | { kind: 'pdf'; url: string; finalUrl: string; bytes: Uint8Array; fileName?: string };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Fetches `url`: an HTML page (decoded) or a PDF (bytes), or throws a FetchSourceError saying why not. */
export async function fetchPage(url: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULT_LIMITS, ...limits };
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new FetchSourceError(`"${url}" is not a web address.`);
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new FetchSourceError(`Only http and https addresses can be saved, not ${current.protocol}`);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let res: Response;
    for (let redirects = 0; ; redirects++) {
      res = await fetch(current, { redirect: 'manual', signal: abort.signal, headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5' } });
      if (res.status < 300 || res.status >= 400 || res.status === 304) break;
      const location = res.headers.get('location');
      await res.body?.cancel().catch(() => undefined);
      if (!location) throw new FetchSourceError(`The server answered ${res.status} (a redirect) without saying where to.`);
      if (redirects >= maxRedirects) throw new FetchSourceError(`Too many redirects (more than ${maxRedirects}), last to ${location}.`);
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchSourceError(`The page redirects to ${next.protocol} address, which is not saved.`);
      current = next;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchSourceError(`The server answered ${res.status}${res.statusText ? ' ' + res.statusText : ''} for ${current.href}.`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchSourceError(`The page is too large (${sizeText(declared)}; the limit is ${sizeText(maxBytes)}).`);
    }
    const contentType = res.headers.get('content-type') ?? '';
    const mime = contentType.split(';')[0].trim();
    const bytes = await readLimited(res, maxBytes, abort);
    const isPdf = /^application\/(?:x-)?pdf$/i.test(mime) || (startsWith(bytes, '%PDF-') && (!mime || /octet-stream/i.test(mime)));
    if (isPdf) {
      if (!startsWith(bytes, '%PDF-')) throw new FetchSourceError('The address says it is a PDF, but what came is not one.');
      return { kind: 'pdf', url, finalUrl: current.href, bytes, fileName: dispositionName(res.headers.get('content-disposition')) };
    }
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
    if (!HTML_TYPES.test(mime) && !(mime === '' && (head.startsWith('<!doctype html') || head.startsWith('<html')))) {
      throw new FetchSourceError(`The address answered with ${mime || 'no content type'}, not a web page or a PDF.`);
    }
    return { kind: 'html', url, finalUrl: current.href, html: decode(bytes, contentType) };
  } catch (e) {
    if (e instanceof FetchSourceError) throw e;
    if (abort.signal.aborted) throw new FetchSourceError(`The page did not arrive within ${Math.round(timeoutMs / 1000)} s.`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchSourceError(`Could not fetch ${current.href}: ${cause?.code ?? cause?.message ?? (e as Error).message}.`);
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(res: Response, maxBytes: number, abort: AbortController): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      abort.abort();
      throw new FetchSourceError(`The page is too large (over ${sizeText(maxBytes)}, the limit).`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function dispositionName(header: string | null): string | undefined {
  const m = header && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

/** The page's text, in the charset the header or a <meta> names (UTF-8 otherwise). */
function decode(bytes: Uint8Array, contentType: string): string {
  const sniff = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(sniff)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** What this file uses of linkedom's DOM (the project is typed without the DOM library). */
interface El {
  tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  remove(): void;
}
interface Doc {
  querySelectorAll(selector: string): Iterable<El>;
  getElementById(id: string): El | null;
  body?: { innerHTML: string };
}
const parse = (html: string): Doc => (parseHTML(html) as unknown as { document: Doc }).document;

export interface Article {
  meta: Omit<SavedMeta, 'url' | 'retrieved'>;
  markdown: string;
}

/** The article of an HTML page as markdown, with its title, author, publisher and date. */
export function extractArticle(html: string, pageUrl: string): Article {
  const document = parse(html);
  // Links and images made absolute, so the saved copy's links still lead somewhere.
  for (const el of document.querySelectorAll('a[href], img[src]')) {
    const attr = el.tagName.toLowerCase() === 'a' ? 'href' : 'src';
    try {
      el.setAttribute(attr, new URL(el.getAttribute(attr) ?? '', pageUrl).href);
    } catch {
      // An address that does not parse is left as it is.
    }
  }
  // Cited's own reading of the page's metadata (meta tags, JSON-LD), before Readability changes the document.
  const own = readSource('page.html', html).meta;
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  let content = article?.content ?? '';
  if (!article?.textContent?.trim()) {
    const whole = parse(html);
    for (const el of whole.querySelectorAll('script, style, noscript, nav, header, footer, aside, form')) el.remove();
    content = whole.body?.innerHTML ?? '';
  }
  const holder = parse(`<!doctype html><html><body><div id="cited-article">${content}</div></body></html>`);
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  turndown.remove(['script', 'style', 'noscript', 'iframe', 'form', 'button']);
  const markdown = turndown.turndown(holder.getElementById('cited-article') as unknown as Parameters<TurndownService['turndown']>[0]).trim();
  if (!markdown) throw new FetchSourceError('No article text was found on the page.');
  const byline = article?.byline?.replace(/^\s*by\s+/i, '').trim();
  let host = '';
  try {
    host = new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    host = '';
  }
  return {
    meta: {
      title: own.title ?? article?.title ?? undefined,
      author: own.author ?? (byline || undefined),
      publisher: own.publisher ?? article?.siteName ?? (host || undefined),
      date: dayOf(own.date ?? article?.publishedTime ?? undefined),
    },
    markdown,
  };
}

function dayOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})T/.exec(date.trim());
  return m ? m[1] : date.trim();
}

export interface SavedSource {
  path: string;
  kind: 'html' | 'pdf';
  title?: string;
}

/**
 * Fetches `url` and writes it into `folder`: a page as `<slug>.md` with front matter, a PDF as
 * `<slug>.pdf`. Never overwrites a file (the name takes "-2", "-3"… instead); writes nothing when
 * the fetch or the extraction fails (the FetchSourceError says why).
 */
export async function saveSourceFromUrl(url: string, folder: string, limits: FetchLimits = {}, now = new Date()): Promise<SavedSource> {
  const page = await fetchPage(url, limits);
  let data: string | Uint8Array;
  let slug: string;
  let ext: string;
  let title: string | undefined;
  if (page.kind === 'pdf') {
    const name = page.fileName?.replace(/\.pdf$/i, '');
    slug = sourceSlug(name, page.finalUrl);
    ext = 'pdf';
    data = page.bytes;
  } else {
    const article = extractArticle(page.html, page.finalUrl);
    title = article.meta.title;
    slug = sourceSlug(title, page.finalUrl);
    ext = 'md';
    data = savedSourceText({ ...article.meta, url, retrieved: now.toISOString().replace(/\.\d{3}Z$/, 'Z') }, article.markdown);
  }
  await fs.mkdir(folder, { recursive: true });
  // "wx" fails on an existing file, so a file created meanwhile is not overwritten either.
  for (let attempt = 0; attempt < 5; attempt++) {
    const names = new Set(await fs.readdir(folder));
    const name = freeFileName(slug, ext, (n) => names.has(n));
    if (!name) throw new FetchSourceError(`Too many files named ${slug}.${ext} in ${folder}.`);
    const target = posix.join(folder, name);
    try {
      await fs.writeFile(target, data, { flag: 'wx' });
      return { path: target, kind: page.kind, title };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        // A file this call created and could not finish (a full disk) is removed: nothing half-written stays.
        await fs.rm(target, { force: true }).catch(() => undefined);
        throw new FetchSourceError(`Could not write ${target}: ${(e as Error).message}`);
      }
    }
  }
  throw new FetchSourceError(`Could not find a free file name for ${slug}.${ext} in ${folder}.`);
}
