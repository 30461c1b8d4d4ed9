/**
 * `npm run bench:fixes`: every quick fix that writes source text into a draft ("Replace with the source's figure",
 * "Replace with the exact quote from the source"), offered anywhere the project can label, applied and checked:
 * - on the claims of the two development sets (../shared/citebench-dev and ../shared/citebench-wice-dev, or `--dev
 *   PATH --wice PATH`), and on their generated negatives and page mix-ups (bench/data/negatives.json and mixups.json),
 *   where a changed figure's original is known: a fix should write the original back;
 * - on the probes (bench/data/probe-*), whose sentences are labelled faithful or wrong with the page's passage.
 * A fix is wrong when what it writes is in none of the sentence's cited sources (up to spacing, quote marks and a
 * quotation's first letter's case), when it is offered on a sentence labelled supported or faithful, or when it writes
 * another figure than the one the negative changed (`--list` prints each such fix, and those judged by hand: a figure
 * written in the page's words, "almost four billion" for "4 billion", counts as the original). A wrong figure told as
 * what the source gives ("the cited source gives …") where no fix writes it (a date, a quantity in another unit, a table
 * cell) is checked the same way. Prints figures; asserts nothing. Uses the language service in this process (no build
 * needed).
 */
import * as path from 'node:path';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { probeWorkspace } from './probeWorkspace';
import { CitedLanguageService } from '../server/src/core/languageService';
import { normalizeSettings } from '../server/src/core/config';
import { findWorkspaceFiles, loadSource, loadDraftTargets, mapLimit, toPosix } from '../server/src/node/workspaceFiles';
import { sourceText } from '../server/src/core/sources/readSource';
import { extractFigures } from '../server/src/core/support/numbers';
import type { Negative } from './negatives';

const LIST = process.argv.includes('--list');
/** `--all`: every fix offered, one line each (to compare two builds). */
const ALL = process.argv.includes('--all');
const setArg = (flag: string, fallback: string) => {
  const i = process.argv.indexOf(flag);
  return path.resolve(i >= 0 ? process.argv[i + 1] : path.resolve(__dirname, '../../shared', fallback));
};
const SETS: Record<string, string> = { 'citebench-dev': setArg('--dev', 'citebench-dev'), 'citebench-wice-dev': setArg('--wice', 'citebench-wice-dev') };
const DATA = path.resolve(__dirname, 'data');

interface Label {
  label: string;
  evidence?: string;
}
interface Tally {
  offered: number;
  /** Fixes whose text is in none of the sentence's cited sources. */
  notInSource: string[];
  /** Fixes offered on a sentence labelled supported (a set's) or faithful (a probe's). */
  onGood: string[];
  /** On a generated negative whose original figure is known: wrote it back, or another. */
  restored: number;
  other: string[];
  /** On a probe's wrong sentence: its text is in the passage the label gives. */
  inEvidence: number;
  /** Wrong figures told as what the source gives ("the cited source gives …") with no fix (a date, a quantity in another unit, a table cell): how many, and those not as they should be. */
  gives: number;
  givesAsExpected: number;
  givesOther: string[];
}
const tally = (): Tally => ({ offered: 0, notInSource: [], onGood: [], restored: 0, other: [], inEvidence: 0, gives: 0, givesAsExpected: 0, givesOther: [] });

/** Text compared as a reader would: spacing, curly quotes, soft hyphens and a leading or trailing quote mark aside, in lower case. */
const plain = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const bare = (s: string) => plain(s).replace(/^["']+|["'.,;:]+$/g, '');

/** The values of a figure's text ("almost four billion", "4 billion": 4e9), to compare a fix with the original. */
const values = (text: string) => extractFigures(text).map((f) => f.value);
/** Whether `text` (a fix's, or a figure a message names) is the negative's original figure, as written or by value. */
function isOriginal(text: string, original: string): boolean {
  const a = values(original);
  const b = values(text);
  return bare(text).includes(bare(original)) || bare(original).includes(bare(text)) || (a.length > 0 && a.every((v, i) => b[i] === v));
}

async function auditWorkspace(
  name: string,
  root: string,
  t: Tally,
  options: { extraDraft?: { path: string; text: string; negativeAt: Map<number, Negative> }; labelOf?: (draftRel: string, line: number) => Label | undefined },
): Promise<void> {
  const service = new CitedLanguageService([root], normalizeSettings({}));
  const files = await findWorkspaceFiles(root, normalizeSettings({}));
  await mapLimit(files.sources, 32, (f) => loadSource(service, f));
  const drafts = files.drafts.sort().map((p) => ({ path: p, text: readFileSync(p, 'utf8'), negativeAt: undefined as Map<number, Negative> | undefined }));
  if (options.extraDraft) drafts.push(options.extraDraft);
  for (const d of drafts) {
    const model = service.setDraft(d.path, d.text);
    if (!model.citations.length) continue;
    await loadDraftTargets(service, d.path);
    const rel = path.posix.relative(root, d.path);
    const fixable = service.diagnostics(d.path).filter((x) => x.code === 'number-mismatch' || x.code === 'quote-not-found');
    for (const diag of fixable) {
      // What the message says the source gives, where no fix writes it.
      const gives = diag.code === 'number-mismatch' && !diag.data?.replacement ? /the cited source gives "(.*?)" \(/.exec(diag.message)?.[1] : undefined;
      if (gives !== undefined) {
        t.gives++;
        const line = model.lines.positionAt(diag.range.start).line + 1;
        const label = options.labelOf?.(rel, line);
        const n = d.negativeAt?.get(line);
        const original = n && /^"(.*?)" →/.exec(n.change)?.[1];
        const at = `${name} ${rel}:${line} ${JSON.stringify(d.text.slice(diag.range.start, diag.range.end))}: the source gives ${JSON.stringify(gives)}${n ? ` (the negative changed ${n.change})` : ''}`;
        if (label && (label.label === 'faithful' || label.label === 'supported')) t.givesOther.push(`on a good sentence: ${at}`);
        else if (original) {
          if (isOriginal(gives, original)) t.givesAsExpected++;
          else t.givesOther.push(at);
        } else if (label?.evidence && plain(label.evidence).includes(bare(gives))) t.givesAsExpected++;
        else if (label?.evidence) t.givesOther.push(`not in the label's passage: ${at}`);
      }
      for (const a of service.codeActions(d.path, [diag]).filter((x) => x.kind === 'quickfix' && /^Replace with the (?:source's figure|exact quote)/.test(x.title))) {
        t.offered++;
        const claim = service.claims(d.path).find((c) => c.claim.range.start <= a.edits[0].start && a.edits[0].end <= Math.max(c.claim.range.end, c.markerRange.end));
        const line = model.lines.positionAt(claim?.claim.range.start ?? a.edits[0].start).line + 1;
        const markerLine = model.lines.positionAt(claim?.markerRange.start ?? a.edits[0].start).line + 1;
        const was = d.text.slice(a.edits[0].start, a.edits[a.edits.length - 1].end);
        const wrote = a.edits.map((e) => e.newText).join(' ');
        const at = `${name} ${rel}:${line} ${JSON.stringify(was)} → ${JSON.stringify(wrote)}\n    ${(claim?.claim.text ?? '').replace(/\s+/g, ' ').slice(0, 240)}`;
        const label = options.labelOf?.(rel, line) ?? options.labelOf?.(rel, markerLine);
        if (ALL) console.log(`fix: ${name} ${rel}:${line} ${JSON.stringify(was)} → ${JSON.stringify(wrote)}`);
        if (!(claim?.sources ?? []).some((s) => s.readable && plain(sourceText(s).text).includes(bare(wrote)))) t.notInSource.push(at);
        else if (label && (label.label === 'faithful' || label.label === 'supported')) t.onGood.push(at);
        else {
          const n = d.negativeAt?.get(line);
          const original = n && /^"(.*?)" →/.exec(n.change)?.[1];
          if (original) {
            if (isOriginal(wrote, original)) t.restored++;
            else t.other.push(`${at}\n    (the negative changed ${n!.change})`);
          } else if (label?.evidence) {
            if (plain(label.evidence).includes(bare(wrote))) t.inEvidence++;
            else t.other.push(`not in the label's passage: ${at}`);
          }
        }
      }
    }
    service.removeDraft(d.path);
  }
}

/** The generated negatives and mix-ups of a set that change a figure, as one draft citing their pages, with each one's line. */
function generatedDraft(root: string, set: string): { path: string; text: string; negativeAt: Map<number, Negative> } | undefined {
  const read = (f: string) => (existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Negative[]) : []);
  const mine = [...read(path.join(DATA, 'negatives.json')), ...read(path.join(DATA, 'mixups.json'))].filter((n) => n.set === set && (n.kind === 'figure' || n.kind === 'year' || n.kind === 'page-figure'));
  if (!mine.length) return undefined;
  const lines = ['# Generated claims', ''];
  const negativeAt = new Map<number, Negative>();
  mine.forEach((n, i) => {
    const m = /^(.*?)([.!?]?)$/s.exec(n.claim.replace(/\s+/g, ' ').trim())!;
    negativeAt.set(lines.length + 1, n);
    lines.push(`${m[1]} [${i + 1}]${m[2]}`, '');
  });
  mine.forEach((n, i) => lines.push(`[${i + 1}]: ../${n.source}`));
  return { path: `${root}/drafts/fixes.generated.md`, text: lines.join('\n') + '\n', negativeAt };
}

function print(title: string, t: Tally, generated: boolean): void {
  console.log(`\n== ${title}`);
  console.log(`fixes offered:              ${t.offered}`);
  console.log(`text in no cited source:    ${t.notInSource.length}`);
  console.log(`on a sentence labelled good: ${t.onGood.length}`);
  if (generated) console.log(`on a changed figure:        ${t.restored} write the original back, ${t.other.length} another figure`);
  else console.log(`on a wrong sentence:        ${t.inEvidence} write text of the label's passage, ${t.other.length} not`);
  console.log(`"the source gives", no fix: ${t.gives}; ${t.givesAsExpected} name ${generated ? 'the original' : "text of the label's passage"}, ${t.givesOther.length} not`);
  if (LIST) for (const [what, xs] of [['in no cited source', t.notInSource], ['on a good sentence', t.onGood], ['another figure, or not the passage', t.other], ['the source gives', t.givesOther]] as const) for (const x of xs) console.log(`  ${what}: ${x}`);
}

async function main(): Promise<void> {
  for (const [set, dir] of Object.entries(SETS)) {
    if (!existsSync(dir)) continue;
    const root = toPosix(dir);
    const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, string>;
    const t = tally();
    await auditWorkspace(set, root, t, {
      extraDraft: generatedDraft(root, set),
      labelOf: (rel, line) => {
        const l = labels[`${rel}:${line}`] ?? (rel === 'drafts/claims.md' ? labels[String(line)] : undefined);
        return l ? { label: l } : undefined;
      },
    });
    print(`${set} (${dir}): its claims, and its negatives and mix-ups that change a figure`, t, true);
  }
  const probes = tally();
  const dirs = readdirSync(DATA).filter((f) => f.startsWith('probe-')).sort();
  for (const f of dirs) {
    const setRoot = /wice/.test(f) ? SETS['citebench-wice-dev'] : SETS['citebench-dev'];
    const { ws, labels } = probeWorkspace(path.join(DATA, f), setRoot, 'cited-fixes-');
    try {
      await auditWorkspace(f, toPosix(ws), probes, { labelOf: (rel, line) => labels[`${rel}:${line}`] });
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }
  print(`the probes (${dirs.length} folders in bench/data)`, probes, false);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
