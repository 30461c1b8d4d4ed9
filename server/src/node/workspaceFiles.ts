/**
 * File-system access for the server and the CLI: finding sources and drafts
 * under a root, and reading files into the language service. The core never
 * touches the disk; this module is the one place that does.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import { PathClassifier, type CitedSettings } from '../core/config';
import type { CitedLanguageService } from '../core/languageService';
import { formatOf, unsupportedReason, isSourceCandidate } from '../core/sources/readSource';

/** Sources larger than this are not read: a saved page is rarely over a few MB, and huge files would stall the index. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

export interface WorkspaceFiles {
  sources: string[];
  drafts: string[];
}

/** Lists the sources and drafts under `root` (absolute, forward slashes) as the settings classify them. */
export async function findWorkspaceFiles(root: string, settings: CitedSettings): Promise<WorkspaceFiles> {
  const classifier = new PathClassifier(settings);
  const entries = await fg('**/*', { cwd: root, ignore: settings.exclude, onlyFiles: true, dot: false, followSymbolicLinks: true, suppressErrors: true });
  const sources: string[] = [];
  const drafts: string[] = [];
  for (const rel of entries.sort()) {
    const kind = classifier.kind(rel);
    // Images, stylesheets and the like in a sources folder are not sources, nor worth a warning.
    if (kind === 'source') {
      if (isSourceCandidate(rel)) sources.push(root + '/' + rel);
    }
    else if (kind === 'draft') drafts.push(root + '/' + rel);
  }
  return { sources, drafts };
}

/** Reads one source into the service; a file that is gone, a folder, or unreadable is recorded as such. */
export async function loadSource(service: CitedLanguageService, file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') service.setSourceMissing(file);
    else service.setSourceUnreadable(file, `The file cannot be opened (${code ?? (e as Error).message}).`);
    return;
  }
  if (stat.isDirectory()) return service.setSourceMissing(file, 'It is a folder, not a file.');
  if (!formatOf(file)) return service.setSourceUnreadable(file, unsupportedReason(file)!);
  if (stat.size > MAX_SOURCE_BYTES) {
    return service.setSourceUnreadable(file, `The file is ${(stat.size / 1048576).toFixed(1)} MB; sources over ${MAX_SOURCE_BYTES / 1048576} MB are not read.`);
  }
  try {
    service.setSource(file, await fs.readFile(file, 'utf8'));
  } catch (e) {
    service.setSourceUnreadable(file, `The file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
}

/** Loads every file a draft's definitions point to that the service has not seen. */
export async function loadDraftTargets(service: CitedLanguageService, draftPath: string): Promise<boolean> {
  const targets = service.unknownTargets(draftPath);
  await mapLimit(targets, 16, (t) => loadSource(service, t));
  return targets.length > 0;
}

/** Runs `fn` over `items` with at most `limit` at once, reporting progress. */
export async function mapLimit<T>(items: T[], limit: number, fn: (item: T, index: number) => Promise<void>, onProgress?: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
      done++;
      onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export function absolutePosix(p: string, cwd = process.cwd()): string {
  return toPosix(path.resolve(cwd, p));
}
