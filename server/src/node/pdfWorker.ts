/**
 * The text of a PDF, page by page, through pdf.js (`pdfjs-dist`'s legacy build, made for Node),
 * in a worker thread started by `pdfText.ts` (bundled on its own as dist/pdfWorker.js): the legacy
 * build polyfills built-ins for its whole realm (it replaces Array.prototype.push, three times
 * slower), which must not touch the server's own thread, and parsing is CPU-bound.
 * pdf.js's own worker module is imported and registered as `globalThis.pdfjsWorker`, so nothing
 * is fetched or spawned, and no fonts, character maps or WebAssembly are loaded (text extraction
 * needs none of them). Its messages go nowhere.
 *
 * Never throws: an encrypted, broken or image-only PDF comes back with the reason it has no text.
 */
import { parentPort } from 'node:worker_threads';
import type { ExtractedDocument } from '../core/sources/documentSource';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Past this many pages, or characters of text, the rest of a PDF is left out (and said so). */
export const MAX_PDF_PAGES = 2000;
export const MAX_PDF_CHARS = 5_000_000;

let loading: Promise<PdfJs> | undefined;

/** Stands in for the browser's DOMMatrix where pdf.js's drawing code builds one at load time. */
class IdentityMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    // pdf.js warns on import that it has no canvas (which only drawing pages needs): muted.
    const { log, warn } = console;
    console.log = console.warn = () => undefined;
    // Its drawing code builds one DOMMatrix when loaded (Node has none, and the canvas package that
    // would give one is not shipped); reading text never uses it, so an identity matrix will do.
    (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= IdentityMatrix;
    // core-js in the legacy build replaces these natives for corner cases pdf.js does not meet (an
    // array length past 2^53, JSON.parse's source text); the natives are put back, as they are faster.
    const { push } = Array.prototype;
    const { parse } = JSON;
    try {
      const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      lib.GlobalWorkerOptions.workerSrc ||= 'pdf.worker.mjs'; // never loaded: the worker above is used in process
      return lib;
    } finally {
      console.log = log;
      console.warn = warn;
      Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      JSON.parse = parse;
    }
  })();
  return loading;
}

/** Extracts the text of each page, and the title, author and date of the document. */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const fail = (why: string): ExtractedDocument => ({ format: 'pdf', parts: [], meta: {}, unreadable: why });
  if (!startsWithPdfHeader(bytes)) return fail('The file is not a PDF (it does not start with "%PDF-").');
  let lib: PdfJs;
  try {
    lib = await pdfjs();
  } catch (e) {
    return fail(`The PDF reader could not be loaded: ${(e as Error).message}`);
  }
  const task = lib.getDocument({
    // pdf.js takes the buffer over; the caller's stays whole.
    data: new Uint8Array(bytes),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    useWorkerFetch: false,
    useWasm: false,
  });
  // A password is asked for once: with none to give, the load fails with a PasswordException.
  task.onPassword = () => void task.destroy();
  try {
    return await read(task);
  } catch (e) {
    const err = e as Error & { name?: string };
    if (err?.name === 'PasswordException' || /password/i.test(err?.message ?? '')) return fail('The PDF is encrypted with a password, so its text cannot be read. Save an unencrypted copy.');
    if (err?.name === 'InvalidPDFException') return fail(`The PDF is broken and cannot be read (${clean(err.message)}).`);
    return fail(`The PDF cannot be read (${clean(err?.message ?? String(e))}).`);
  } finally {
    void task.destroy().catch(() => undefined);
  }
}

type LoadingTask = ReturnType<PdfJs['getDocument']>;

async function read(task: LoadingTask): Promise<ExtractedDocument> {
  const doc = await task.promise;
  const parts: string[] = [];
  const failed: number[] = [];
  let chars = 0;
  const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
  for (let n = 1; n <= pages && chars < MAX_PDF_CHARS; n++) {
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        // A space between runs of text that do not already leave one; a line break where pdf.js sees one.
        if (item.str && text && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      page.cleanup();
      // Words hyphenated at a line's end are joined; runs of spaces squashed.
      text = text.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
      parts.push(text);
      chars += text.length;
    } catch {
      failed.push(n); // one bad page: reported below, the others are read
      parts.push('');
    }
  }
  // Page labels, the numbers printed on the pages ("xii", "245"), when the PDF has them.
  let labels: string[] | undefined;
  try {
    const all = await doc.getPageLabels();
    if (all && all.length) labels = all.slice(0, parts.length).map((l) => (typeof l === 'string' ? l : ''));
  } catch {
    // Broken labels: the pages go by their numbers.
  }
  const meta: ExtractedDocument['meta'] = {};
  try {
    const info = (await doc.getMetadata()).info as Record<string, unknown> | undefined;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);
    const title = str(info?.Title);
    // Many PDFs carry a file name or a template's "Untitled" as their title: the first line reads better.
    if (title && !/^(untitled|microsoft word|document\d*)\b|\.(docx?|pdf|indd|tex)$/i.test(title)) meta.title = title;
    const author = str(info?.Author);
    if (author) meta.author = author;
    const date = pdfDate(str(info?.CreationDate));
    if (date) meta.date = date;
  } catch {
    // No metadata: the title comes from the first page.
  }
  const notes: string[] = [];
  if (failed.length) notes.push(`page${failed.length > 1 ? 's' : ''} ${failed.slice(0, 10).join(', ')}${failed.length > 10 ? '…' : ''} could not be read`);
  if (doc.numPages > parts.length) notes.push(`only the first ${parts.length} of ${doc.numPages} pages are read`);
  await doc.destroy();
  return { format: 'pdf', parts, meta, ...(labels ? { labels } : {}), ...(notes.length ? { repaired: `The PDF was read in part: ${notes.join('; ')}.` } : {}) };
}

/** A library's message as a clause: its first line, without a closing period. */
function clean(message: string): string {
  return message.split('\n')[0].replace(/[.\s]+$/, '');
}

/** "D:20190314093000+01'00'" → "2019-03-14". */
function pdfDate(v: string | undefined): string | undefined {
  const m = v && /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(v);
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a little junk, as readers allow.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

// Jobs from pdfText.ts: { id, bytes } in, { id, doc } out, one at a time.
parentPort?.on('message', (job: { id: number; bytes: Uint8Array }) => {
  void extractPdf(job.bytes).then((doc) => parentPort!.postMessage({ id: job.id, doc }));
});
