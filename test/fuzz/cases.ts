/**
 * The fuzz cases `npm test` and `npm run fuzz` run: one tagged arbitrary, so one seed reproduces a
 * mixed run, and one property that checks a case by its kind.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzzCase, largeCase, smallCase, type FuzzCase } from './arbitraries';
import { checkCliInProcess, checkCliSpawned, checkCore, MAX_SLOWDOWN, slowdown } from './properties';

export type Kind = 'core' | 'full' | 'cli' | 'spawn' | 'time';
export type TaggedCase = { kind: Kind; c: FuzzCase };

/** How many of each kind in every 1,000 cases: mostly small workspaces through the core; the CLI in process and spawned, and the time bound, on a small share (they take 10 to 1,000 times as long). */
export const MIX: Record<Kind, number> = { core: 940, full: 50, cli: 6, spawn: 1, time: 3 };

export function taggedCase(mix: Record<Kind, number> = MIX): fc.Arbitrary<TaggedCase> {
  const arb: Record<Kind, fc.Arbitrary<FuzzCase>> = { core: smallCase, full: fuzzCase, cli: fuzzCase, spawn: smallCase, time: largeCase };
  return fc.oneof(...(Object.keys(mix) as Kind[]).filter((k) => mix[k] > 0).map((kind) => ({ weight: mix[kind], arbitrary: arb[kind].map((c) => ({ kind, c })) })));
}

export async function checkCase({ kind, c }: TaggedCase): Promise<void> {
  if (kind === 'core' || kind === 'full') checkCore(c, kind === 'full');
  else if (kind === 'cli') await checkCliInProcess(c);
  else if (kind === 'spawn') checkCliSpawned(c);
  else {
    const r = slowdown(c);
    assert.ok(r.ratio < MAX_SLOWDOWN, `checking a draft of ${c.files['drafts/d.md'].length} characters took ${r.ratio.toFixed(1)} times as long as an ordinary draft of that size (${r.ms.toFixed(0)} ms against ${r.baselineMs.toFixed(0)} ms)`);
  }
}

export const property = (mix: Record<Kind, number> = MIX) => fc.asyncProperty(taggedCase(mix), checkCase);

/** A counterexample short enough to print: long texts cut in the middle. */
export function describeCase(t: TaggedCase): string {
  const cut = (s: string) => (s.length > 600 ? `${s.slice(0, 300)}…[${s.length - 600} characters]…${s.slice(-300)}` : s);
  return JSON.stringify({ ...t, c: { ...t.c, files: Object.fromEntries(Object.entries(t.c.files).map(([p, s]) => [p, cut(s)])) } }, null, 1);
}
