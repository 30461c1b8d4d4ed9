/**
 * `npm run bench:probe`: the checker on probes of writing about real pages (see bench/data/README.md):
 * - `bench/data/probe-wice`: drafts written for it against whole web pages of
 *   ../shared/citebench-wice-dev (`--wice PATH` names the set elsewhere);
 * - `bench/data/probe-dev`: drafts written against short passages of ../shared/citebench-dev
 *   (`--dev PATH`);
 * - any other `bench/data/probe-*` folder of the same shape, or only the folders named with `--data DIR`.
 * Each sentence is labelled `faithful` or `wrong` (with the kind of mistake). For each probe, builds
 * the workspace in a temporary folder (the drafts, and the pages copied from the set), runs the
 * built CLI (`npm run build` first) with no cache, and prints how many faithful sentences get a
 * warning (false alarms) and how many wrong ones do, by kind; `--list` prints each false alarm and
 * each wrong sentence let through.
 */
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { probeWorkspace } from './probeWorkspace';

const LIST = process.argv.includes('--list');
const setArg = (flag: string, fallback: string) => {
  const i = process.argv.indexOf(flag);
  return path.resolve(i >= 0 ? process.argv[i + 1] : path.resolve(__dirname, '../../shared', fallback));
};
// Every `bench/data/probe-*` folder, or those named with `--data DIR` (repeatable); a probe whose name has
// "wice" cites pages of citebench-wice-dev, any other short passages of citebench-dev.
const dataArgs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--data' ? [path.resolve(a)] : []));
const DATA = path.resolve(__dirname, 'data');
const PROBES = (dataArgs.length ? dataArgs : readdirSync(DATA).filter((f) => f.startsWith('probe-')).sort((a, b) => Number(/wice/.test(b)) - Number(/wice/.test(a)) || a.localeCompare(b)).map((f) => path.join(DATA, f))).map((data) => ({
  data,
  set: /wice/.test(path.basename(data)) ? setArg('--wice', 'citebench-wice-dev') : setArg('--dev', 'citebench-dev'),
}));

interface CliDiagnostic {
  line: number;
  severity: string;
  code: string;
  message: string;
}

function main(): void {
  for (const probe of PROBES) if (existsSync(probe.data)) runProbe(probe.data, probe.set);
}

function runProbe(dataDir: string, setRoot: string): void {
  const { ws, labels } = probeWorkspace(dataDir, setRoot, 'cited-probe-');
  try {
    const cli = path.resolve(__dirname, '../dist/cli.js');
    const r = spawnSync(process.execPath, [cli, 'check', ws, '--format', 'json', '--no-cache'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`cited check failed (${r.status}): ${r.stderr}`);
    const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: CliDiagnostic[] }[] };
    const byLine = new Map<string, CliDiagnostic[]>();
    for (const f of report.files) {
      // Paths in the report are relative to the folder checked (absolute ones are made so).
      const rel = (path.isAbsolute(f.path) ? path.relative(ws, f.path) : f.path).split(path.sep).join('/');
      for (const d of f.diagnostics) byLine.set(`${rel}:${d.line}`, [...(byLine.get(`${rel}:${d.line}`) ?? []), d]);
    }
    const warned = (k: string) => (byLine.get(k) ?? []).filter((d) => d.severity === 'warning' || d.severity === 'error');
    const entries = Object.entries(labels);
    const faithful = entries.filter(([, l]) => l.label === 'faithful');
    const wrong = entries.filter(([, l]) => l.label === 'wrong');
    const alarms = faithful.filter(([k]) => warned(k).length > 0);
    const caught = wrong.filter(([k]) => warned(k).length > 0);
    console.log(`\nprobe (${path.relative(process.cwd(), dataDir)}, pages from ${setRoot}): ${faithful.length} faithful sentences, ${wrong.length} wrong`);
    console.log(`false alarms:  ${alarms.length} of ${faithful.length} faithful sentences get a warning (${((100 * alarms.length) / faithful.length).toFixed(1)}%)`);
    // A note of the page saying otherwise (information, in a partial or weak support message): a figure, a name, an
    // opposite word or a wider word of the sentence's in the passage's place.
    const noted = (k: string) => (byLine.get(k) ?? []).some((d) => /where the sentence (?:has|says)|where the best passage says/.test(d.message));
    const kinds = [...new Set(wrong.map(([, l]) => l.kind))].sort();
    const byKind = kinds.map((k) => `${k} ${caught.filter(([, l]) => l.kind === k).length}/${wrong.filter(([, l]) => l.kind === k).length}`).join(', ');
    console.log(`wrong caught:  ${caught.length} of ${wrong.length} wrong sentences get a warning (${byKind})`);
    const notedWrong = wrong.filter(([k]) => !warned(k).length && noted(k));
    console.log(`notes:         ${faithful.filter(([k]) => noted(k)).length} faithful sentences and ${notedWrong.length} wrong ones not warned of get a note of the page saying otherwise (information: ${[...new Set(notedWrong.map(([, l]) => l.kind))].sort().map((x) => `${x} ${notedWrong.filter(([, l]) => l.kind === x).length}`).join(', ') || 'none'})`);
    if (LIST) {
      for (const [k, l] of alarms) console.log(`\nFALSE ALARM ${k} (${l.kind}): ${warned(k).map((d) => `${d.code}: ${d.message}`).join(' | ')}`);
      for (const [k, l] of faithful.filter(([k]) => noted(k))) console.log(`\nNOTE ON FAITHFUL ${k} (${l.kind}): ${(byLine.get(k) ?? []).map((d) => d.message).join(' | ')}`);
      for (const [k, l] of wrong.filter(([k]) => warned(k).length === 0)) console.log(`\nLET THROUGH ${k} (${l.kind}): ${l.evidence}`);
    }
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

main();
