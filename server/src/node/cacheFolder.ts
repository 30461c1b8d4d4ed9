/**
 * The platform's cache folder for Cited, on its own so that the bundles' launcher
 * (`codeCache.ts`) has it without the persistent cache's code.
 */
import * as os from 'node:os';
import * as path from 'node:path';

/** The platform's cache folder for Cited. */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'cited', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'cited');
  return path.join(env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache'), 'cited');
}
