/**
 * The launcher of the server's, the CLI's and the judging thread's bundles, with V8's compiled
 * code kept between runs. dist/server.js, dist/cli.js and dist/judgeWorker.js are this file built
 * with the name of their bundle (scripts/build.mjs). Compiling the server's 5.6 MB bundle takes
 * about a tenth of a second at every start, most of the time the server takes to come up from the
 * persistent cache; V8 can instead be handed the code it compiled in an earlier run
 * (`vm.Script`'s `cachedData`, what Node 22's `module.enableCompileCache` does).
 *
 * The compiled code is code: a file that replaced it would run as Cited. So it is kept only in a
 * folder of the user's own, the platform's cache folder (`code/`, made readable and writable by
 * the user alone, and not used when anyone else can write to it), never in a folder named to
 * move, share or restore the cache (`cited check --cache DIR`, which CI restores from its caches;
 * the `cited.cacheFolder` setting), and nowhere when the cache is off (`--no-cache`, `off`).
 * CITED_CODE_CACHE names the folder instead (empty: none): the VS Code client sets it from the
 * setting, and a launched bundle hands it to the threads it starts. The file is named after V8's
 * version and the bundle's size and CRC-32, and carries a checksum: one of another build or V8,
 * corrupt, or cut short is not used (V8 also refuses code compiled from another source or with
 * other flags), and a folder that cannot be written costs only the time saved. The bundle saves
 * the code when it has run for a while (`saveCompiledCode`, with the cache folder it uses: only
 * when that is the launcher's), once, and only when the code it started with was missing,
 * refused, or saved by a much shorter run (a `--help`'s holds little of the code).
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { defaultCacheFolder } from './cacheFolder';

/** The file's first bytes: this format. Then the data's CRC-32 and how long the run that saved it had run (ms), then V8's data. */
const MAGIC = 'CITEDV8\u0001';
const HEADER = 16;
/** The environment variable that hands the folder (empty: none) to the threads a launched bundle starts. */
const FOLDER_ENV = 'CITED_CODE_CACHE';
const CONTROL = Symbol.for('cited.codeCache');
/** How many files of other builds (or V8s) of a bundle are kept beside the one saved. */
const OTHER_BUILDS_KEPT = 2;

interface CodeCacheControl {
  save(cacheFolder: string | undefined): void;
}

/**
 * The folder the compiled code is read from and saved in: the parent's (`CITED_CODE_CACHE`), else
 * the platform's cache folder; undefined when the arguments turn the cache off or move it.
 */
export function codeCacheFolder(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: () => string = defaultCacheFolder): string | undefined {
  const given = env[FOLDER_ENV];
  if (given !== undefined) return given ? path.resolve(given) : undefined;
  if (argv.some((a) => a === '--no-cache' || a === '--cache' || a.startsWith('--cache='))) return undefined;
  return path.resolve(fallback());
}

/** Whether only this user can write to `dir` (where there are users and modes: not on Windows). */
function ownFolder(dir: string): boolean {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  const st = statSync(dir);
  return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** The code V8 saved for this bundle, when the file is whole and of this format; with how long the saving run had run. */
export function readCompiledCode(bytes: Buffer): { data: Buffer; madeInMs: number } | undefined {
  if (bytes.length <= HEADER || bytes.toString('latin1', 0, 8) !== MAGIC || typeof zlib.crc32 !== 'function') return undefined;
  const data = bytes.subarray(HEADER);
  if (zlib.crc32(data) !== bytes.readUInt32LE(8)) return undefined;
  return { data, madeInMs: bytes.readUInt32LE(12) };
}

/** The bytes of a code cache file: the header, then V8's data. */
export function compiledCodeFile(data: Buffer, runMs: number): Buffer {
  const header = Buffer.alloc(HEADER);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(zlib.crc32(data), 8);
  header.writeUInt32LE(Math.min(Math.max(0, Math.round(runMs)), 0xffffffff), 12);
  return Buffer.concat([header, data]);
}

/** Runs the bundle `bundleName` (next to the launcher `mod`) as `mod` itself, with the code compiled by an earlier run when there is some. */
export function launch(mod: NodeJS.Module, bundleName: string): void {
  const dir = path.dirname(mod.filename);
  const file = path.join(dir, bundleName);
  const bytes = readFileSync(file);
  // The bundles are ASCII only (scripts/build.mjs): read as Latin-1, which is the same text and far quicker to decode.
  let source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  // With --enable-source-maps, Node maps stack traces only for code it compiles itself: run the bundle as Node would.
  if (process.sourceMapsEnabled) {
    (mod as unknown as { _compile(content: string, filename: string): void })._compile(source, file);
    return;
  }
  // A "#!" line is Node's to skip (the lines keep their numbers for the source map).
  if (source.startsWith('#!')) source = source.replace(/^#![^\n]*/, '');
  const folder = codeCacheFolder(process.argv.slice(2), process.env);
  process.env[FOLDER_ENV] = folder ?? '';
  const zlibHasCrc = typeof zlib.crc32 === 'function';
  let name: string | undefined;
  let cached: { data: Buffer; madeInMs: number } | undefined;
  if (folder && zlibHasCrc) {
    try {
      // Named by the bundle's contents, not its size and time: V8 checks only the source's length, so code saved for another
      // build of the same size (npm's tarballs, Nix and reproducible builds give every release the same time) would run as this one.
      name = `${bundleName.replace(/\.js$/, '')}-${process.versions.v8}-${process.arch}-${bytes.length}-${zlib.crc32(bytes).toString(16)}.bin`;
      if (ownFolder(path.join(folder, 'code'))) cached = readCompiledCode(readFileSync(path.join(folder, 'code', name)));
    } catch {
      // None yet.
    }
  }
  // V8 takes code compiled under other flags for another's: the flag a bundle sets while it runs (`heapBound.ts`'s
  // --expose-gc, before code is saved) is set before compiling, so the code saved is for the flags it is loaded with.
  setFlagsFromString('--expose-gc');
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cached?.data });
  const accepted = cached !== undefined && !script.cachedDataRejected;
  const started = performance.now();
  let saved = false;
  const control: CodeCacheControl = {
    save(inUse) {
      // Only into the launcher's folder, and only when it is the cache folder the bundle uses (not when its settings moved the cache or turned it off).
      if (saved || !folder || !inUse || path.resolve(inUse) !== folder || !name || !zlibHasCrc) return;
      const ranMs = performance.now() - started;
      if (accepted && !(ranMs >= 1000 && ranMs >= 2 * cached!.madeInMs)) return;
      saved = true;
      try {
        const codeDir = path.join(folder, 'code');
        mkdirSync(codeDir, { recursive: true, mode: 0o700 });
        if (!ownFolder(codeDir)) return;
        const out = path.join(codeDir, name);
        const tmp = `${out}.${process.pid}-${threadId}.tmp`;
        try {
          writeFileSync(tmp, compiledCodeFile(script.createCachedData(), ranMs));
          renameSync(tmp, out);
        } catch (e) {
          rmSync(tmp, { force: true });
          throw e;
        }
        // The code of other builds of this bundle, or of another V8, is kept for the few saved last (a checkout and an
        // installed copy, or two editors, used in turn would otherwise replace each other's at every start); a .tmp left
        // a while ago by a run that was stopped goes (not one another process is writing now).
        const prefix = bundleName.replace(/\.js$/, '') + '-';
        const others: { file: string; mtimeMs: number }[] = [];
        for (const f of readdirSync(codeDir)) {
          if (!f.startsWith(prefix) || f === name) continue;
          const other = path.join(codeDir, f);
          const mtimeMs = statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? 0;
          if (f.endsWith('.tmp')) {
            if (Date.now() - mtimeMs >= 60_000) rmSync(other, { force: true });
          } else others.push({ file: other, mtimeMs });
        }
        others.sort((a, b) => b.mtimeMs - a.mtimeMs);
        for (const o of others.slice(OTHER_BUILDS_KEPT)) rmSync(o.file, { force: true });
      } catch {
        // A folder that cannot be written: the next start compiles again, nothing else.
      }
    },
  };
  (globalThis as Record<symbol, unknown>)[CONTROL] = control;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
  run.call(mod.exports, mod.exports, createRequire(mod.filename), mod, file, dir);
}

/**
 * Saves the compiled code of the running bundle, when it was launched by `launch`, has not saved it
 * yet, and `cacheFolder` (the cache folder it uses; undefined: the cache is off) is the launcher's.
 * Cheap to call often.
 */
export function saveCompiledCode(cacheFolder: string | undefined): void {
  ((globalThis as Record<symbol, unknown>)[CONTROL] as CodeCacheControl | undefined)?.save(cacheFolder);
}
