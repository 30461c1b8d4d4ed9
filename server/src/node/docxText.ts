/**
 * The text of a Word file (.docx), paragraph by paragraph, through mammoth. Like PDFs, read here
 * from the file's bytes and handed to the core as an `ExtractedDocument` (one part per paragraph).
 * mammoth reads no metadata: the title, author and date come from the package's core properties
 * (docProps/core.xml), read with JSZip (the zip reader mammoth itself uses).
 * Never throws: a file that is no Word document comes back with the reason.
 */
import mammoth from 'mammoth';
import JSZip from 'jszip';
import type { ExtractedDocument } from '../core/sources/documentSource';
import type { SourceMeta } from '../core/sources/sourceTypes';

/** docProps/core.xml is a few hundred bytes; one larger than this is not read. */
const MAX_CORE_XML = 1 << 20;

/** Past this many characters of text, the rest is left out (and said so). */
export const MAX_DOCX_CHARS = 5_000_000;

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  // A .docx is a zip archive: it starts with "PK".
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { format: 'docx', parts: [], meta: {}, unreadable: 'The file is not a Word document (.docx is a zip archive; an old .doc must be saved as .docx).' };
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    return { format: 'docx', parts: [], meta: {}, unreadable: `The Word document cannot be read (${(e as Error).message.split(/\n| : /)[0].replace(/[.\s]+$/, '')}).` };
  }
  const cut = text.length > MAX_DOCX_CHARS;
  // mammoth ends every paragraph with a blank line.
  const parts = (cut ? text.slice(0, MAX_DOCX_CHARS) : text)
    .split(/\n\n/)
    .map((p) => p.replace(/\s+$/, ''))
    .filter((p) => p.trim());
  return { format: 'docx', parts, meta: await docxMeta(bytes), ...(cut ? { repaired: `Only the first ${MAX_DOCX_CHARS} characters of the document are read.` } : {}) };
}

/**
 * The title, author (dc:creator) and date created (as its day) from the core properties of a
 * .docx, as far as they are there. Never throws: a package without them, or with broken ones, has none.
 */
export async function docxMeta(bytes: Uint8Array): Promise<SourceMeta> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    // The core properties part is named by the package's relationships; Word always writes it here.
    const rels = await zip.file('_rels/.rels')?.async('string');
    const target = rels && /<Relationship\b[^>]*Type="[^"]*\/core-properties"[^>]*>/.exec(rels)?.[0].match(/Target="\/?([^"]+)"/)?.[1];
    const file = zip.file(target || 'docProps/core.xml');
    const size = (file as unknown as { _data?: { uncompressedSize?: number } } | null)?._data?.uncompressedSize ?? 0;
    if (!file || size > MAX_CORE_XML) return {};
    const xml = await file.async('string');
    if (xml.length > MAX_CORE_XML) return {};
    const field = (name: string): string | undefined => {
      const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`).exec(xml);
      const v = m && decodeXml(m[1]).replace(/\s+/g, ' ').trim();
      return v || undefined;
    };
    const meta: SourceMeta = {};
    const title = field('title');
    if (title) meta.title = title;
    const author = field('creator');
    if (author) meta.author = author;
    const created = /^(\d{4}-\d{2}-\d{2})/.exec(field('created') ?? '')?.[1];
    // Word writes 1601-01-01 (its zero date) when it has none.
    if (created && !created.startsWith('1601-')) meta.date = created;
    return meta;
  } catch {
    return {};
  }
}

function decodeXml(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (all, dec: string, hex: string, name: string) => {
      if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()] ?? all;
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    });
}
