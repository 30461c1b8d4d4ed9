/**
 * `npm run bench:support`: the support checker on both development sets — ../shared/citebench-dev
 * (short passages, `supported`/`not_supported`) and ../shared/citebench-wice-dev (whole web pages,
 * `supported`/`partial`) — and on the negatives generated from them (bench/data/negatives.json,
 * see bench/data/README.md). Per set it prints AUROC of the score (and its cross-validated figure,
 * as the model is fitted on these sets), the share of supported claims a writer sees a warning on
 * (an `unsupported-claim` diagnostic at warning severity: a false alarm), the share of the rest
 * warned of (recall), and balanced accuracy. `--dev PATH` / `--wice PATH` name other copies of the
 * sets; a bare path runs that one set alone. With --features, prints per-feature AUROC; with
 * --fit, fits the logistic model by cross-validation and prints its weights, the share of each
 * set (and of each kind of generated negative) below the 10% threshold, and the AUROC across sets
 * (fitted on one, scored on the other). DUMP=file writes the rows' signals for exploring offline.
 */
import * as path from 'node:path';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { CitedLanguageService } from '../server/src/core/languageService';
import { normalizeSettings } from '../server/src/core/config';
import { findWorkspaceFiles, loadSource, loadDraftTargets, mapLimit, toPosix } from '../server/src/node/workspaceFiles';
import { analyzeClaim } from '../server/src/core/support/features';
import { attributionStems, publicationDates, publicationYears } from '../server/src/core/support/supportChecker';
import { evidenceFor } from '../server/src/core/support/evidence';
import { sourceText } from '../server/src/core/sources/readSource';
import { claimFor } from '../server/src/core/claims';
import { Resolver } from '../server/src/core/resolve';
import { fitLogistic, predict } from '../server/src/core/support/logistic';
import { SUPPORT_MODEL } from '../server/src/core/support/model';
import { contentStems } from '../server/src/core/text';
import type { ExtractedText } from '../server/src/core/sources/sourceTypes';
import { performance } from 'node:perf_hooks';
import type { DraftModel } from '../server/src/core/draft/parseDraft';
import type { ClaimEntry } from '../server/src/core/support/claimChecks';
import { judgedSentence, type Negative } from './negatives';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const FLAG_ARGS = new Set(['--dev', '--wice', '--negatives', '--mixups']);
const bare = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !FLAG_ARGS.has(all[i - 1]));

/**
 * The labelled sets: `../shared/citebench-dev` and `../shared/citebench-wice-dev` unless others in
 * the same shape are named (`--dev PATH`, `--wice PATH`, or one bare path to run that set alone):
 * drafts and sources, and a `labels.json` whose keys are 1-based lines of the single draft (`"12"`)
 * or a draft path and line (`"drafts/a.md:12"`), and whose values are `supported`, or
 * `not_supported` / `partial` (both "the rest": a claim the page does not fully back).
 */
const SETS: { name: string; root: string }[] = bare.length
  ? bare.map((b) => ({ name: path.basename(path.resolve(b)), root: path.resolve(b) }))
  : [
      { name: 'citebench-dev', root: path.resolve(arg('--dev') ?? path.resolve(__dirname, '../../shared/citebench-dev')) },
      { name: 'citebench-wice-dev', root: path.resolve(arg('--wice') ?? path.resolve(__dirname, '../../shared/citebench-wice-dev')) },
    ];
const NEGATIVES_FILE = path.resolve(arg('--negatives') ?? path.resolve(__dirname, 'data/negatives.json'));
const MIXUPS_FILE = path.resolve(arg('--mixups') ?? path.resolve(__dirname, 'data/mixups.json'));

export function auroc(scores: number[], positives: boolean[]): number {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  let sumPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (positives[idx[k]]) sumPos += avg;
    i = j + 1;
  }
  const nPos = positives.filter(Boolean).length;
  const nNeg = positives.length - nPos;
  return (sumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** The labelled set read into a language service: its sources, its drafts and the gold label of each claim. */
async function loadDevSet(dir: string) {
  const root = toPosix(dir);
  const service = new CitedLanguageService([root], normalizeSettings({}));
  const files = await findWorkspaceFiles(root, normalizeSettings({}));
  await mapLimit(files.sources, 32, (f) => loadSource(service, f));
  const labels = JSON.parse(readFileSync(dir + '/labels.json', 'utf8')) as Record<string, string>;
  const drafts: { path: string; model: DraftModel; label: (line: number) => string | undefined }[] = [];
  for (const draftPath of files.drafts.sort()) {
    const model = service.setDraft(draftPath, readFileSync(draftPath, 'utf8'));
    if (model.citations.length === 0) continue;
    await loadDraftTargets(service, draftPath);
    const rel = path.posix.relative(root, draftPath);
    drafts.push({ path: draftPath, model, label: (line) => labels[`${rel}:${line}`] });
  }
  // Keys that are bare line numbers belong to the set's one draft with citations.
  if (drafts.length === 1) {
    const rel = path.posix.relative(root, drafts[0].path);
    drafts[0].label = (line) => labels[`${rel}:${line}`] ?? labels[String(line)];
  }
  return { root, service, drafts, labels };
}

interface Row {
  line: number;
  /** Cross-validation fold: the claim's, and for a generated negative, the fold of the claim it was made from. */
  fold: number;
  supported: boolean;
  features: Record<string, number>;
  claim: string;
  /** The text of each readable cited source. */
  texts: string[];
  attribution: Set<string>;
  years: Set<number>;
  /** The sources' own dates ("2025-10-02"), which date what they say. */
  published: string[];
  /** A generated negative's kind (`other-page`, `name`…). */
  kind?: string;
}

/**
 * Long-page copies of the rows: every cited source with the `k` other sources of the set most
 * like the claim spliced in at fixed pseudo-random places, as a web page carries a passage among
 * paragraphs on the same subject. The label stays: text on another point neither adds nor
 * removes support. Used to fit a model whose scores hold on long pages, and to measure that.
 */
function paddedRows(rows: Row[], k: number): Row[] {
  const pool = [...new Set(rows.flatMap((r) => r.texts))];
  const poolStems = pool.map((t) => new Set(contentStems(t)));
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return rows.map((r) => {
    const claimStems = [...new Set(contentStems(r.claim))];
    const own = new Set(r.texts);
    const similar = pool
      .map((t, i) => ({ i, s: claimStems.filter((x) => poolStems[i].has(x)).length / Math.sqrt(1 + poolStems[i].size) }))
      .filter(({ i }) => !own.has(pool[i]))
      .sort((a, b) => b.s - a.s)
      .slice(0, k);
    const evs = r.texts.map((t) => {
      const parts = [t];
      for (const { i } of similar) parts.splice(Math.floor(rnd() * (parts.length + 1)), 0, pool[i]);
      return evidenceFor({ text: parts.join('\n\n') } as ExtractedText);
    });
    return { ...r, features: analyzeClaim(r.claim, evs, process.argv.includes('--features'), r.attribution, r.years, r.published).features };
  });
}

/** Copies per claim that the shipped model is fitted on: the claim as cited, and with its sources padded to long pages. */
const AUGMENT = Number(process.env.AUGMENT ?? 3);

async function loadRows(dir: string, negatives: Negative[] = []): Promise<{ rows: Row[]; negatives: Row[] }> {
  const { root, service, drafts } = await loadDevSet(dir);
  const rows: Row[] = [];
  for (const { path: draftPath, model, label: labelOf } of drafts) {
  const resolver = new Resolver(draftPath, model, service.sources, [root]);
  const judged = new Set<number>();
  for (const c of model.citations) {
    const claim = claimFor(model, c);
    const claimLine = model.lines.positionAt(claim.range.start).line + 1;
    const line = labelOf(claimLine) ? claimLine : model.lines.positionAt(c.range.start).line + 1;
    const label = labelOf(line);
    // One row per labelled line: the first marker of it.
    if (!label || judged.has(line)) continue;
    judged.add(line);
    const cited = c.refs.flatMap((r) => {
      const res = resolver.resolve(c, r);
      return res.status === 'ok' && res.source.readable ? [res.source] : [];
    });
    const texts = cited.map((s) => sourceText(s));
    const attribution = attributionStems(cited);
    const years = publicationYears(cited);
    const published = publicationDates(cited);
    const features = analyzeClaim(claim.text, texts.map(evidenceFor), process.argv.includes('--features'), attribution, years, published).features;
    rows.push({ line, fold: rows.length % 10, supported: label === 'supported', features, claim: claim.text, texts: texts.map((t) => t.text), attribution, years, published });
  }
  }
  const foldOf = new Map(rows.map((r) => [r.line, r.fold]));
  const negRows: Row[] = [];
  for (const n of negatives) {
    const source = service.sources.get(`${root}/${n.source}`);
    if (!source?.readable) continue;
    const attribution = attributionStems([source]);
    const years = publicationYears([source]);
    const published = publicationDates([source]);
    const text = sourceText(source);
    // Scored by the sentence the checker judges (the one the marker closes), as the real claims are.
    const features = analyzeClaim(judgedSentence(n.claim), [evidenceFor(text)], process.argv.includes('--features'), attribution, years, published).features;
    negRows.push({ line: n.line, fold: foldOf.get(n.line) ?? n.line % 10, supported: false, features, claim: n.claim, texts: [text.text], attribution, years, published, kind: n.kind });
  }
  return { rows, negatives: negRows };
}

/** Rows of every set, for --features and --fit. */
async function main(): Promise<void> {
  for (const set of SETS) if (!existsSync(set.root)) {
    console.error(`No dev set at ${set.root}`);
    process.exit(1);
  }
  if (!process.argv.includes('--features') && !process.argv.includes('--fit')) return evaluateShipped();
  const negatives = readNegatives();
  const sets = await Promise.all(SETS.map(async (set) => ({ ...set, ...(await loadRows(set.root, negatives.filter((n) => n.set === set.name))) })));
  for (const { name, rows, negatives: neg } of sets) console.log(`${name}: ${rows.length} labelled claims (${rows.filter((r) => r.supported).length} supported), ${neg.length} generated negatives`);
  const names = Object.keys(sets[0].rows[0].features);
  if (process.argv.includes('--features')) {
    for (const n of names) console.log(`${n.padEnd(14)} ${sets.map(({ name, rows, negatives: neg }) => `${name} AUROC ${auroc(rows.map((r) => r.features[n]), rows.map((r) => r.supported)).toFixed(3)}, vs negatives ${auroc([...rows.filter((r) => r.supported), ...neg].map((r) => r.features[n]), [...rows.filter((r) => r.supported), ...neg].map((r) => r.supported)).toFixed(3)}`).join('   ')}`);
  }
  // DUMP=file writes every row's features (with its fold, and the padded copies of the first set) for exploring models offline.
  if (process.env.DUMP) {
    const padded = SETS.length > 1 && AUGMENT > 0 ? paddedRows(sets[0].rows, AUGMENT) : [];
    const out = (set: string, group: string) => (r: Row) => ({ set, group, kind: r.kind, line: r.line, fold: r.fold, supported: r.supported, claim: r.claim, features: r.features });
    writeFileSync(process.env.DUMP, JSON.stringify(sets.flatMap((s, i) => [...s.rows.map(out(s.name, 'claim')), ...s.negatives.map(out(s.name, 'negative')), ...(i === 0 ? padded.map(out(s.name, 'padded')) : [])])));
  }
  if (process.argv.includes('--fit')) {
    const use = (process.env.FEATURES ?? SUPPORT_MODEL.names.join(',')).split(',');
    const l2 = Number(process.env.L2 ?? 10);
    const { cv, cvNegatives, training } = crossValidateSets(sets, use, l2);
    sets.forEach(({ name, rows, negatives: neg }, i) => {
      const sup = rows.filter((r) => r.supported);
      const supCv = cv[i].filter((_, k) => rows[k].supported);
      console.log(`${name}: cross-validated AUROC ${auroc(cv[i], rows.map((r) => r.supported)).toFixed(3)}; supported vs generated negatives ${auroc([...supCv, ...cvNegatives[i]], [...sup.map(() => true), ...neg.map(() => false)]).toFixed(3)}`);
    });
    // The warning threshold: the highest score below which at most 10% of every set's supported claims fall (cross-validated scores).
    const cut = Math.min(...sets.map((s, i) => {
      const sup = cv[i].filter((_, k) => s.rows[k].supported).sort((a, b) => a - b);
      return sup[Math.floor(0.1 * sup.length)];
    }));
    sets.forEach(({ name, rows, negatives: neg }, i) => {
      const below = (xs: number[]) => pc(share(xs.map((x) => x < cut)));
      const kinds = [...new Set(neg.map((n) => n.kind!))];
      console.log(`${name}: below ${cut.toFixed(3)} (cross-validated): supported ${below(cv[i].filter((_, k) => rows[k].supported))}, the rest ${below(cv[i].filter((_, k) => !rows[k].supported))}, generated negatives ${below(cvNegatives[i])} (${kinds.map((k) => `${k} ${below(cvNegatives[i].filter((_, j) => neg[j].kind === k))}`).join(', ')})`);
    });
    // Across sets: fitted on one set (with its negatives, and padded copies for the short-passage set), scored on the other.
    if (sets.length === 2) {
      sets.forEach((from, i) => {
        const to = sets[1 - i];
        const train = [...from.rows, ...(i === 0 && AUGMENT > 0 ? paddedRows(from.rows, AUGMENT) : []), ...(NO_NEGATIVES ? [] : from.negatives.filter((_, k) => k % NEGATIVES_EVERY === 0))];
        const m = fitLogistic(use, train.map((r) => r.features), train.map((r) => r.supported), l2);
        const sup = to.rows.filter((r) => r.supported);
        console.log(`across sets: fitted on ${from.name}, scored on ${to.name}: AUROC ${auroc(to.rows.map((r) => predict(m, r.features)), to.rows.map((r) => r.supported)).toFixed(3)}; supported vs its generated negatives ${auroc([...sup, ...to.negatives].map((r) => predict(m, r.features)), [...sup, ...to.negatives].map((r) => r.supported)).toFixed(3)}`);
      });
    }
    const all = training.flat();
    const full = fitLogistic(use, all.map((r) => r.features), all.map((r) => r.supported), l2);
    sets.forEach(({ name, rows }) => console.log(`${name}: in-sample AUROC ${auroc(rows.map((r) => predict(full, r.features)), rows.map((r) => r.supported)).toFixed(3)}`));
    const round = (xs: number[]) => xs.map((x) => Number(x.toFixed(4)));
    console.log(JSON.stringify({ names: use, means: round(full.means), scales: round(full.scales), weights: round(full.weights), bias: Number(full.bias.toFixed(4)) }));
  }
}

function readNegatives(): Negative[] {
  return existsSync(NEGATIVES_FILE) ? JSON.parse(readFileSync(NEGATIVES_FILE, 'utf8')) : [];
}

/**
 * The training data of the shipped model: every set's claims as cited, the short-passage set
 * (`citebench-dev`, the first) again with every source padded to a long page, and the generated
 * negatives of every set. Cross-validated in ten folds by claim: every held-out score is from a
 * model that saw neither the claim, nor its padded copy, nor the negatives made from it.
 */
function crossValidateSets(sets: { rows: Row[]; negatives: Row[] }[], use: string[], l2: number): { cv: number[][]; cvNegatives: number[][]; training: Row[] } {
  const training = sets.flatMap((s, i) => [...s.rows, ...(i === 0 && SETS.length > 1 && AUGMENT > 0 ? paddedRows(s.rows, AUGMENT) : []), ...(NO_NEGATIVES ? [] : s.negatives.filter((_, k) => k % NEGATIVES_EVERY === 0))]);
  const cv = sets.map((s) => new Array<number>(s.rows.length));
  const cvNegatives = sets.map((s) => new Array<number>(s.negatives.length));
  // Each set's rows carry folds of their own: fold f of every set is held out together.
  const setOf = new Map<Row, number>();
  sets.forEach((s, i) => [...s.rows, ...s.negatives].forEach((r) => setOf.set(r, i)));
  for (let f = 0; f < 10; f++) {
    const train = training.filter((r) => r.fold !== f);
    const m = fitLogistic(use, train.map((r) => r.features), train.map((r) => r.supported), l2);
    sets.forEach((s, i) => {
      s.rows.forEach((r, k) => r.fold === f && (cv[i][k] = predict(m, r.features)));
      s.negatives.forEach((r, k) => r.fold === f && (cvNegatives[i][k] = predict(m, r.features)));
    });
  }
  return { cv, cvNegatives, training };
}

/** NO_NEGATIVES=1 fits without the generated negatives (to see what they add). */
const NO_NEGATIVES = !!process.env.NO_NEGATIVES;
/** NEGATIVES_EVERY=k fits on every k-th generated negative only, to weigh them less (the shipped model: 3). */
const NEGATIVES_EVERY = Number(process.env.NEGATIVES_EVERY ?? 3);

interface Judged {
  score: number;
  supported: boolean;
  verdict: string;
  /** An `unsupported-claim` diagnostic at warning severity (what a writer sees as a warning). */
  warned: boolean;
  /** Any information-level support diagnostic instead (weakly supported, partly supported). */
  informed: boolean;
  /** Any warning or error on the claim's sentence: also a wrong figure or a misquote. */
  anyWarning: boolean;
  /** The result's note: a figure, a name or an opposite word of the page in the sentence's place, said as information. */
  noted?: boolean;
  sourceLen: number;
  kind?: string;
  line: number;
  features?: Record<string, number>;
  /** With DUMP: the claim's sentence and its (first) cited source's path. */
  text?: string;
  source?: string;
  /** The name no cited source mentions, when it made the verdict unsupported. */
  unmentioned?: string;
}

/** The language service's verdicts and diagnostics for the claims of one draft, by the line of each claim (its first marker's entry). */
function judgeDraft(service: CitedLanguageService, draftPath: string, model: DraftModel): Map<number, { e: ClaimEntry; warned: boolean; informed: boolean; anyWarning: boolean; claimLine: number }> {
  const entries = service.claims(draftPath);
  const diags = service.diagnostics(draftPath);
  const out = new Map<number, { e: ClaimEntry; warned: boolean; informed: boolean; anyWarning: boolean; claimLine: number }>();
  for (const e of entries) {
    const claimLine = model.lines.positionAt(e.claim.range.start).line + 1;
    const markerLine = model.lines.positionAt(e.markerRange.start).line + 1;
    const at = diags.filter((d) => d.range.start >= e.claim.range.start && d.range.end <= Math.max(e.claim.range.end, e.markerRange.end));
    const onMarker = at.filter((d) => d.range.start === e.markerRange.start);
    const rec = {
      e,
      claimLine,
      warned: onMarker.some((d) => d.code === 'unsupported-claim' && (d.severity === 'warning' || d.severity === 'error')),
      informed: onMarker.some((d) => (d.code === 'unsupported-claim' || d.code === 'weak-support' || d.code === 'partial-support') && d.severity === 'information'),
      anyWarning: at.some((d) => d.severity === 'warning' || d.severity === 'error'),
    };
    for (const line of [claimLine, markerLine]) if (!out.has(line)) out.set(line, rec);
  }
  return out;
}

/** The real pipeline on one set: the language service's claims on its drafts, on its generated negatives and on its page mix-ups, with the shipped model and thresholds. */
async function judgeSet(name: string, dir: string, negatives: Negative[], mixups: Negative[] = []): Promise<{ claims: Judged[]; negatives: Judged[]; mixups: Judged[]; ms: number; labelled: number }> {
  const { root, service, drafts, labels } = await loadDevSet(dir);
  const t0 = performance.now();
  const claims: Judged[] = [];
  const judged = new Set<string>();
  for (const d of drafts) {
    const byLine = judgeDraft(service, d.path, d.model);
    for (const [line, r] of byLine) {
      // A label names the claim's first line (as `cited claims` does) or its marker's line.
      const labelLine = d.label(r.claimLine) ? r.claimLine : line;
      const label = d.label(labelLine);
      if (!label || !r.e.result || judged.has(d.path + ':' + labelLine)) continue;
      judged.add(d.path + ':' + labelLine);
      claims.push({ score: r.e.result.score, supported: label === 'supported', verdict: r.e.result.verdict, warned: r.warned, informed: r.informed, anyWarning: r.anyWarning, noted: !!r.e.result.note, sourceLen: r.e.result.features.sourceLen ?? 0, line: labelLine, features: process.env.DUMP ? r.e.result.features : undefined, text: process.env.DUMP ? r.e.claim.text : undefined, source: process.env.DUMP ? r.e.sources[0]?.path : undefined, unmentioned: r.e.result.unmentioned });
    }
  }
  const ms = performance.now() - t0;
  return {
    claims,
    negatives: judgeGenerated(service, `${root}/drafts/negatives.generated.md`, negatives.filter((n) => n.set === name)),
    mixups: judgeGenerated(service, `${root}/drafts/mixups.generated.md`, mixups.filter((n) => n.set === name)),
    ms,
    labelled: Object.keys(labels).length,
  };
}

/** Generated claims judged in one draft of the set's drafts folder (`draftPath`), each claim citing its page. */
function judgeGenerated(service: CitedLanguageService, draftPath: string, mine: Negative[]): Judged[] {
  const out: Judged[] = [];
  if (!mine.length) return out;
  const lines = ['# Generated claims', ''];
  const lineOf: number[] = [];
  mine.forEach((n, i) => {
    const m = /^(.*?)([.!?]?)$/s.exec(n.claim.replace(/\s+/g, ' ').trim())!;
    lineOf.push(lines.length + 1);
    lines.push(`${m[1]} [${i + 1}]${m[2]}`, '');
  });
  mine.forEach((n, i) => lines.push(`[${i + 1}]: ../${n.source}`));
  const model = service.setDraft(draftPath, lines.join('\n') + '\n');
  const byLine = judgeDraft(service, draftPath, model);
  mine.forEach((n, i) => {
    const r = byLine.get(lineOf[i]);
    if (!r?.e.result) return;
    out.push({ score: r.e.result.score, supported: false, verdict: r.e.result.verdict, warned: r.warned, informed: r.informed, anyWarning: r.anyWarning, noted: !!r.e.result.note, sourceLen: r.e.result.features.sourceLen ?? 0, kind: n.kind, line: n.line, features: process.env.DUMP ? r.e.result.features : undefined, text: process.env.DUMP ? r.e.claim.text : undefined, source: process.env.DUMP ? r.e.sources[0]?.path : undefined, unmentioned: r.e.result.unmentioned });
  });
  service.removeDraft(draftPath);
  return out;
}

const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : NaN);
const pc = (x: number) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`);

async function evaluateShipped(): Promise<void> {
  const negatives = readNegatives();
  const mixups = existsSync(MIXUPS_FILE) ? (JSON.parse(readFileSync(MIXUPS_FILE, 'utf8')) as Negative[]) : [];
  const results = await Promise.all(SETS.map(async (set) => ({ ...set, ...(await judgeSet(set.name, set.root, negatives, mixups)) })));
  // The shipped model was fitted on these sets: the cross-validated figure is the honest estimate for unseen claims.
  const sets = await Promise.all(SETS.map(async (set) => loadRows(set.root, negatives.filter((n) => n.set === set.name))));
  const rows = sets.map((s) => s.rows);
  const { cv } = SETS.length > 1 ? crossValidateSets(sets, SUPPORT_MODEL.names, 10) : { cv: [] as number[][] };
  const dump: unknown[] = [];
  results.forEach((r, i) => {
    const sup = r.claims.filter((c) => c.supported);
    const rest = r.claims.filter((c) => !c.supported);
    const fa = share(sup.map((c) => c.warned));
    const recall = share(rest.map((c) => c.warned));
    const negRecall = share(r.negatives.map((c) => c.warned));
    const verdicts: Record<string, number> = {};
    for (const c of r.claims) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
    const restName = rest.some((c) => c.verdict) && r.name.includes('wice') ? 'partial' : 'not_supported';
    console.log(`\n== ${r.name} (${r.root})`);
    console.log(`claims judged:      ${r.claims.length} of ${r.labelled} labelled, ${sup.length} supported (${r.ms.toFixed(0)} ms, cold)`);
    console.log(`verdicts:           ${Object.entries(verdicts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`AUROC (score):      ${auroc(r.claims.map((c) => c.score), r.claims.map((c) => c.supported)).toFixed(3)}${cv[i] ? `   cross-validated ${auroc(cv[i], rows[i].map((x) => x.supported)).toFixed(3)}` : ''}`);
    console.log(`false alarms:       ${pc(fa)} of supported claims get an unsupported-claim warning (${sup.filter((c) => c.warned).length}/${sup.length}; target ≤ 10%)`);
    console.log(`recall (warning):   ${pc(recall)} of ${restName} claims get the warning; ${pc(share(rest.map((c) => c.warned || c.informed)))} a warning or a weak/partial note; ${pc(share(rest.map((c) => c.verdict !== 'supported')))} are not called supported`);
    console.log(`notes:              ${sup.filter((c) => c.noted).length} of the supported claims, ${rest.filter((c) => c.noted).length} of the rest (information: a figure, a name or an opposite word of the page in the sentence's place)`);
    console.log(`balanced accuracy:  ${(((1 - fa) + recall) / 2).toFixed(3)} (supported vs ${restName}, warning or not)`);
    if (r.negatives.length) {
      const kinds = [...new Set(r.negatives.map((n) => n.kind!))];
      console.log(`generated negatives: ${r.negatives.length}, recall ${pc(negRecall)} warned (${pc(share(r.negatives.map((c) => c.anyWarning)))} with any warning, a wrong figure included); AUROC vs the set's supported claims ${auroc([...sup, ...r.negatives].map((c) => c.score), [...sup, ...r.negatives].map((c) => c.supported)).toFixed(3)}; balanced accuracy ${(((1 - fa) + negRecall) / 2).toFixed(3)}`);
      console.log(`  by kind: ${kinds.map((k) => { const xs = r.negatives.filter((n) => n.kind === k); return `${k} ${pc(share(xs.map((c) => c.warned)))} (${pc(share(xs.map((c) => c.anyWarning)))} any) of ${xs.length}`; }).join('; ')}`);
    }
    if (r.mixups.length) {
      // Not part of the fit: the mistakes of a writer who read the right page and took the wrong figure or name from it.
      const kinds = [...new Set(r.mixups.map((n) => n.kind!))];
      console.log(`page mix-ups:       ${r.mixups.length}, ${pc(share(r.mixups.map((c) => c.anyWarning)))} get a warning (${pc(share(r.mixups.map((c) => c.warned)))} unsupported-claim); by kind: ${kinds.map((k) => { const xs = r.mixups.filter((n) => n.kind === k); return `${k} ${pc(share(xs.map((c) => c.anyWarning)))} of ${xs.length} (${pc(share(xs.map((c) => c.anyWarning || !!c.noted)))} with a note)`; }).join('; ')}`);
    }
    if (process.env.DUMP) for (const c of [...r.claims, ...r.negatives, ...r.mixups.map((m) => ({ ...m, mixup: true }))]) dump.push({ set: r.name, ...c });
  });
  if (process.env.DUMP) writeFileSync(process.env.DUMP, JSON.stringify(dump));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
