/**
 * The text of a Word file (.docx), paragraph by paragraph, through mammoth. Like PDFs, read here
 * from the file's bytes and handed to the core as an `ExtractedDocument` (one part per paragraph).
 * Never throws: a file that is no Word document comes back with the reason.
 */
import mammoth from 'mammoth';
import type { ExtractedDocument } from '../core/sources/documentSource';

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
  return { format: 'docx', parts, meta: {}, ...(cut ? { repaired: `Only the first ${MAX_DOCX_CHARS} characters of the document are read.` } : {}) };
}
