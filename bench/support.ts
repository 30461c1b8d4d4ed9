/**
 * `npm run bench:support`: runs the support checker on shared/citebench-dev and prints
 * AUROC of the score and precision/recall/F1 of the "unsupported" verdict against the
 * gold "not_supported" label. With --features, prints per-feature AUROC; with --fit,
 * fits the logistic model by cross-validation and prints its weights.
 */
import * as path from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { CitedLanguageService } from '../server/src/core/languageService';
import { normalizeSettings } from '../server/src/core/config';
import { findWorkspaceFiles, loadSource, loadDraftTargets, mapLimit, toPosix } from '../server/src/node/workspaceFiles';
import { analyzeClaim } from '../server/src/core/support/features';
import { attributionStems, publicationYears } from '../server/src/core/support/supportChecker';
import { evidenceFor } from '../server/src/core/support/evidence';
import { sourceText } from '../server/src/core/sources/readSource';
import { claimFor } from '../server/src/core/claims';
import { Resolver } from '../server/src/core/resolve';
import { fitLogistic, predict } from '../server/src/core/support/logistic';
import { SUPPORT_MODEL, UNSUPPORTED_BELOW } from '../server/src/core/support/model';
import { contentStems } from '../server/src/core/text';
import type { ExtractedText } from '../server/src/core/sources/sourceTypes';
import { performance } from 'node:perf_hooks';
import type { DraftModel } from '../server/src/core/draft/parseDraft';

/**
 * The labelled set: `../shared/citebench-dev` unless another set in the same shape is named
 * (`npm run bench:support -- path/to/set`): drafts and sources, and a `labels.json` whose keys are
 * 1-based lines of the single draft (`"12"`) or a draft path and line (`"drafts/a.md:12"`), and whose
 * values are `supported` or `not_supported`.
 */
const DEV = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.resolve(__dirname, '../../shared/citebench-dev'));

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
async function loadDevSet() {
  const root = toPosix(DEV);
  const service = new CitedLanguageService([root], normalizeSettings({}));
  const files = await findWorkspaceFiles(root, normalizeSettings({}));
  await mapLimit(files.sources, 32, (f) => loadSource(service, f));
  const labels = JSON.parse(readFileSync(DEV + '/labels.json', 'utf8')) as Record<string, string>;
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
  supported: boolean;
  features: Record<string, number>;
  claim: string;
  /** The text of each readable cited source. */
  texts: string[];
  attribution: Set<string>;
  years: Set<number>;
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
    return { ...r, features: analyzeClaim(r.claim, evs, process.argv.includes('--features'), r.attribution, r.years).features };
  });
}

/** Copies per claim that the shipped model is fitted on: the claim as cited, and with its sources padded to long pages. */
const AUGMENT = Number(process.env.AUGMENT ?? 3);

/**
 * 10-fold cross-validation, folds by claim: every score is from a model that never saw that
 * claim (nor its long-page copy). Returns the held-out scores on `rows` and on each of `probes`.
 */
function crossValidate(use: string[], l2: number, rows: Row[], training: Row[][], probes: Row[][] = []): { cv: number[]; probes: number[][] } {
  const cv = new Array<number>(rows.length);
  const out = probes.map(() => new Array<number>(rows.length));
  for (let f = 0; f < 10; f++) {
    const train = training.flatMap((set) => set.filter((_, i) => i % 10 !== f));
    const m = fitLogistic(use, train.map((r) => r.features), train.map((r) => r.supported), l2);
    rows.forEach((r, i) => {
      if (i % 10 !== f) return;
      cv[i] = predict(m, r.features);
      probes.forEach((p, j) => (out[j][i] = predict(m, p[i].features)));
    });
  }
  return { cv, probes: out };
}

async function loadRows(): Promise<Row[]> {
  const { root, service, drafts } = await loadDevSet();
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
    const features = analyzeClaim(claim.text, texts.map(evidenceFor), process.argv.includes('--features'), attribution, years).features;
    rows.push({ line, supported: label === 'supported', features, claim: claim.text, texts: texts.map((t) => t.text), attribution, years });
  }
  }
  return rows;
}

async function main(): Promise<void> {
  if (!existsSync(DEV)) {
    console.error(`No dev set at ${DEV}`);
    process.exit(1);
  }
  const rows = await loadRows();
  console.log(`${rows.length} labelled claims (${rows.filter((r) => r.supported).length} supported)`);
  const names = Object.keys(rows[0].features);
  if (!process.argv.includes('--features') && !process.argv.includes('--fit')) return evaluateShipped();
  if (process.argv.includes('--features')) {
    for (const n of names) console.log(`${n.padEnd(12)} AUROC ${auroc(rows.map((r) => r.features[n]), rows.map((r) => r.supported)).toFixed(3)}`);
  }
  if (process.argv.includes('--fit')) {
    const use = (process.env.FEATURES ?? names.join(',')).split(',');
    const l2 = Number(process.env.L2 ?? 5);
    const gold = rows.map((r) => r.supported);
    const long = paddedRows(rows, 3);
    const training = AUGMENT > 0 ? [rows, paddedRows(rows, AUGMENT)] : [rows];
    const { cv, probes } = crossValidate(use, l2, rows, training, [long]);
    console.log(`cross-validated AUROC ${auroc(cv, gold).toFixed(3)}; on long pages ${auroc(probes[0], gold).toFixed(3)} (fitted on ${training.length === 1 ? 'the set as is' : `the set and its copy padded with ${AUGMENT} sources`})`);
    const all = training.flat();
    const full = fitLogistic(use, all.map((r) => r.features), all.map((r) => r.supported), l2);
    console.log(`in-sample AUROC ${auroc(rows.map((r) => predict(full, r.features)), gold).toFixed(3)}`);
    const round = (xs: number[]) => xs.map((x) => Number(x.toFixed(4)));
    console.log(JSON.stringify({ names: use, means: round(full.means), scales: round(full.scales), weights: round(full.weights), bias: Number(full.bias.toFixed(4)) }));
  }
}

function prf(predicted: boolean[], actual: boolean[]): { precision: number; recall: number; f1: number } {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

/** The real pipeline: the language service's claims on the dev draft, with the shipped model and thresholds. */
async function evaluateShipped(): Promise<void> {
  const { service, drafts, labels } = await loadDevSet();
  const t0 = performance.now();
  const entries = drafts.flatMap((d) => service.claims(d.path).map((e) => ({ e, d })));
  const ms = performance.now() - t0;
  const scores: number[] = [];
  const gold: boolean[] = [];
  const predicted: boolean[] = [];
  const verdicts: Record<string, number> = {};
  const judged = new Set<string>();
  for (const { e, d } of entries) {
    // A label names the claim's first line (as `cited claims` does) or its marker's line.
    const claimLine = d.model.lines.positionAt(e.claim.range.start).line + 1;
    const markerLine = d.model.lines.positionAt(e.markerRange.start).line + 1;
    const line = d.label(claimLine) ? claimLine : markerLine;
    const label = d.label(line);
    if (!label || !e.result || judged.has(d.path + ':' + line)) continue;
    judged.add(d.path + ':' + line);
    scores.push(e.result.score);
    gold.push(label === 'supported');
    verdicts[e.result.verdict] = (verdicts[e.result.verdict] ?? 0) + 1;
    predicted.push(e.result.verdict === 'unsupported');
  }
  const { precision, recall, f1 } = prf(predicted, gold.map((g) => !g));
  console.log(`set:              ${DEV}`);
  console.log(`claims judged:    ${scores.length} of ${Object.keys(labels).length} labelled (${ms.toFixed(0)} ms, cold)`);
  console.log(`verdicts:         ${Object.entries(verdicts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`AUROC (score):    ${auroc(scores, gold).toFixed(3)}   (target ≥ 0.85)`);
  console.log(`unsupported vs not_supported: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}   (target F1 ≥ 0.75)`);
  // The shipped model was fitted on this same set; the cross-validated figure is the honest estimate for unseen claims.
  const rows = await loadRows();
  const rowGold = rows.map((r) => r.supported);
  const long = paddedRows(rows, 3);
  const training = AUGMENT > 0 ? [rows, paddedRows(rows, AUGMENT)] : [rows];
  const { cv } = crossValidate(SUPPORT_MODEL.names, 10, rows, training);
  console.log(`AUROC, 10-fold cross-validated (model never saw the claim it scores): ${auroc(cv, rowGold).toFixed(3)}`);
  // Real web pages hold the backing passage among paragraphs on the same subject: the same claims with each source padded so.
  const longScores = long.map((r) => predict(SUPPORT_MODEL, r.features));
  const lp = prf(longScores.map((s) => s < UNSUPPORTED_BELOW), long.map((r) => !r.supported));
  console.log(`long pages (each source padded with the 3 most similar other sources): AUROC ${auroc(longScores, rowGold).toFixed(3)}, score < ${UNSUPPORTED_BELOW} vs not_supported F1 ${lp.f1.toFixed(3)} (precision ${lp.precision.toFixed(3)}, recall ${lp.recall.toFixed(3)})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
