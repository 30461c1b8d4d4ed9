/** Copies a fixture folder to a fresh temporary folder, so tests can change files freely. */
import { cpSync, mkdtempSync, rmSync, realpathSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const EXAMPLES = path.resolve(__dirname, '../../examples');
export const FIXTURES = path.resolve(__dirname, '../fixtures');

export function tempCopy(from: string): { root: string; dispose: () => void } {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-test-')));
  cpSync(from, root, { recursive: true });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
