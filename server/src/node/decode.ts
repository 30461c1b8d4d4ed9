/**
 * A source file's bytes as text: UTF-8, with invalid sequences replaced and the first of them
 * reported as a `repaired` problem (the file may be in another encoding). Shared by the server's
 * thread and its judging thread, which read sources alike.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import type { SourceProblem } from '../core/sources/sourceTypes';

/** The text of UTF-8 bytes; those all ASCII (most saved pages and the cache's JSON) are read as Latin-1, which is the same text and quicker to decode. */
export function decodeText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

export function decodeSource(bytes: Buffer): { text: string; problems: SourceProblem[] } {
  const text = decodeText(bytes);
  const problems: SourceProblem[] = [];
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes, text);
    if (bad) problems.push({ kind: 'repaired', message: `Invalid UTF-8 at byte ${bad.byte}; replaced with \uFFFD (the file may be in another encoding).`, range: { start: bad.offset, end: bad.offset + 1 } });
  }
  return { text, problems };
}

/** Where the first invalid UTF-8 sequence of `bytes` is: its byte offset, and its offset in `text` (decoded with replacement). */
export function firstInvalidUtf8(bytes: Uint8Array, text: string): { byte: number; offset: number } | undefined {
  // Byte offsets are counted on from the last replacement character, so the search stays linear.
  let byte = 0;
  let from = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    byte += Buffer.byteLength(text.slice(from, i), 'utf8');
    // A replacement character written in the file itself is valid UTF-8 (EF BF BD).
    if (!(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) return { byte, offset: i };
    byte += 3;
    from = i + 1;
  }
  return undefined;
}

