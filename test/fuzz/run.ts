/**
 * `npm run fuzz`: the long fuzz run. 100,000 cases by default (`npm run fuzz -- 20000`, or
 * FUZZ_CASES), in batches of 500 split over worker processes (FUZZ_WORKERS, default 2), with a seed
 * per batch so every failure reproduces (`npm run fuzz -- --seed S --batch 1`). A failing batch is
 * shrunk to its smallest counterexample, printed with its seed and path; the run goes on with the
 * next batch, so one known bug does not hide the others (a batch, shrinking included, is cut off after 150 s). FUZZ_MINUTES stops the run early, and
 * what ran is reported. Prints the count, the failures and the time.
 */
import { fork } from 'node:child_process';
import fc from 'fast-check';
import { describeCase, MIX, property } from './cases';

const BATCH = 500;

interface BatchResult {
  seed: number;
  runs: number;
  failure?: { message: string; counterexample: string; path: string };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function runBatch(seed: number, runs: number): Promise<BatchResult> {
  const d = await fc.check(property(), { numRuns: runs, seed, verbose: 0, interruptAfterTimeLimit: 150_000 });
  if (!d.failed) return { seed, runs: d.numRuns };
  const error = d.errorInstance as Error | undefined;
  const message = (error?.message ?? String(d.errorInstance)).split('\n').slice(0, 3).join('\n');
  const counterexample = d.counterexample ? describeCase(d.counterexample[0]) : '(none)';
  return { seed, runs: d.numRuns, failure: { message, counterexample, path: d.counterexamplePath ?? '' } };
}

async function worker(): Promise<void> {
  process.on('message', async (m: { seed: number; runs: number } | 'stop') => {
    if (m === 'stop') process.exit(0);
    process.send!(await runBatch(m.seed, m.runs));
  });
}

/** The first line of a message without its numbers: failures of one kind counted once. */
const kindOf = (message: string) => message.split('\n')[0].replace(/\d+(\.\d+)?/g, 'N').slice(0, 160);

async function main(): Promise<void> {
  const total = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? process.env.FUZZ_CASES ?? 100_000);
  const seed0 = Number(arg('--seed') ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const onlyBatch = arg('--batch');
  const workers = Number(process.env.FUZZ_WORKERS ?? 2);
  const deadline = Date.now() + Number(process.env.FUZZ_MINUTES ?? Infinity) * 60_000;
  const batches = Array.from({ length: Math.ceil(total / BATCH) }, (_, i) => ({ seed: seed0 + i, runs: Math.min(BATCH, total - i * BATCH) })).filter((_, i) => onlyBatch === undefined || i === Number(onlyBatch));
  console.log(`cited fuzz: ${total} cases (${Object.entries(MIX).map(([k, v]) => `${k} ${(v / 10).toFixed(1)}%`).join(', ')}), batches of ${BATCH} from seed ${seed0}, ${workers} workers`);
  const start = Date.now();
  let ran = 0;
  const failures: BatchResult[] = [];
  const kinds = new Map<string, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, batches.length) }, () =>
      new Promise<void>((resolve) => {
        const child = fork(__filename, ['--worker'], { execArgv: ['--import', 'tsx'] });
        const send = () => {
          if (next < batches.length && Date.now() < deadline) child.send(batches[next++]);
          else {
            child.send('stop');
            resolve();
          }
        };
        child.on('message', (r: BatchResult) => {
          ran += r.runs;
          if (r.failure) {
            failures.push(r);
            const k = kindOf(r.failure.message);
            kinds.set(k, (kinds.get(k) ?? 0) + 1);
            console.log(`\nFAILED batch seed ${r.seed} after ${r.runs} cases: ${r.failure.message}\n  reproduce: npm run fuzz -- ${BATCH} --seed ${r.seed}\n  path: ${r.failure.path}\n  shrunk counterexample: ${r.failure.counterexample}\n`);
          }
          const s = (Date.now() - start) / 1000;
          console.log(`${ran} cases, ${failures.length} failing batches, ${s.toFixed(0)} s`);
          send();
        });
        child.on('exit', (code) => {
          if (code) console.log(`worker exited with ${code} (a crash the property could not catch, e.g. a stack overflow in native code)`);
          resolve();
        });
        send();
      }),
    ),
  );
  const secs = (Date.now() - start) / 1000;
  console.log(`\n${ran} of ${total} cases in ${secs.toFixed(0)} s (${((secs * 1000) / Math.max(ran, 1)).toFixed(1)} ms a case); ${failures.length} failing batches`);
  for (const [k, n] of kinds) console.log(`  ${n}× ${k}`);
  process.exitCode = failures.length || ran < total ? 1 : 0;
}

if (process.argv.includes('--worker')) void worker();
else void main();
