/**
 * An in-memory workspace for core tests: files are a map of path to text.
 * Files under a `sources/` folder are sources; definitions that point at a
 * path not in the map are recorded as missing, as the real host would.
 */
import { CitedLanguageService } from '../../server/src/core/languageService';
import { normalizeSettings } from '../../server/src/core/config';

export const ROOT = '/ws';

export function workspace(files: Record<string, string>, settings: Record<string, unknown> = {}): CitedLanguageService {
  const service = new CitedLanguageService([ROOT], normalizeSettings(settings));
  for (const [p, text] of Object.entries(files)) if (('/' + p).includes('/sources/')) service.setSource(ROOT + '/' + p, text);
  for (const [p, text] of Object.entries(files)) {
    if (('/' + p).includes('/sources/') || !p.endsWith('.md')) continue;
    const path = ROOT + '/' + p;
    service.setDraft(path, text);
    for (const t of service.unknownTargets(path)) {
      const rel = t.slice(ROOT.length + 1);
      if (rel in files) service.setSource(t, files[rel]);
      else service.setSourceMissing(t);
    }
  }
  return service;
}

/** The text a range covers, for readable assertions. */
export function slice(text: string, r: { start: number; end: number }): string {
  return text.slice(r.start, r.end);
}

/** Splits "text with a | cursor" into the text and the cursor offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset === -1) throw new Error('no | cursor in fixture');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
