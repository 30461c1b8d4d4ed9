/**
 * The fuzz suite's bounded run in `npm test` (the long one is `npm run fuzz`, test/fuzz/run.ts):
 * generated and mutated workspaces (test/fuzz/arbitraries.ts) through the core, the CLI in process
 * and spawned, and the time bound against an ordinary draft of the same size. The seed is fixed so
 * a failure reproduces; FUZZ_SEED=n runs other cases. On failure fast-check prints the seed and the
 * shrunk counterexample.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { property, type Kind } from './cases';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const only = (kind: Kind): Record<Kind, number> => ({ core: 0, full: 0, cli: 0, spawn: 0, time: 0, [kind]: 1 });
const run = (kind: Kind, numRuns: number) => fc.assert(property(only(kind)), { numRuns, seed: SEED });

test('fuzz: 250 small generated or mutated workspaces through the core requests', () => run('core', 250));
test('fuzz: 20 workspaces through every core request, code-action suggestions and the report included', () => run('full', 20));
test('fuzz: 8 workspaces through the CLI in process (check and claims as JSON)', () => run('cli', 8));
test('fuzz: 2 workspaces through the built CLI (exit status 0 or 1, JSON on stdout)', () => run('spawn', 2));
test('fuzz: 3 large drafts check in at most 20 times the time of an ordinary draft of the same size', () => run('time', 3));
