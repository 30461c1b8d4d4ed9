/**
 * The server's background steps (`node/quiet.ts`) let what comes in be read between them: two loops
 * of steps of a few milliseconds each, always quiet, and a file read meanwhile. The read's answer must
 * come after a few steps, not after all of them (with the steps let go from zero-delay timers, Node ran
 * every step of both loops before it read anything); and the loops take turns, one step a turn of the
 * event loop. Steps are counted, not timed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs';
import { quietGate } from '../../server/src/node/quiet';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

test('a read that comes while two loops of background steps run is answered between steps', async () => {
  const whenQuiet = quietGate(() => -Infinity, 20, 100);
  const STEPS = 300;
  let steps = 0;
  let stop = false;
  const loop = async () => {
    for (let i = 0; i < STEPS && !stop; i++) {
      await whenQuiet();
      busy(2);
      steps++;
    }
  };
  const loops = Promise.all([loop(), loop()]);
  const stepsAtRead = await new Promise<number>((resolve) => readFile(__filename, () => resolve(steps)));
  stop = true;
  await loops;
  assert.ok(stepsAtRead < 40, `the read was answered after ${stepsAtRead} of ${2 * STEPS} steps`);
});

test('two loops of background steps take turns: no two steps run in one turn of the event loop', async () => {
  const whenQuiet = quietGate(() => -Infinity, 20, 100);
  // A turn of the loop is counted by an immediate that queues itself again (it runs once a turn).
  let turn = 0;
  let stop = false;
  const tick = (): void => {
    turn++;
    if (!stop) setImmediate(tick);
  };
  setImmediate(tick);
  const turns: number[] = [];
  const loop = async () => {
    for (let i = 0; i < 20; i++) {
      await whenQuiet();
      busy(1);
      turns.push(turn);
    }
  };
  await Promise.all([loop(), loop()]);
  stop = true;
  assert.equal(turns.length, 40);
  assert.equal(new Set(turns).size, turns.length, `steps shared a turn: ${turns.join(' ')}`);
});

test('a step waits while the writer is active, and goes at the latest after everyMs', async () => {
  let last = performance.now();
  const whenQuiet = quietGate(() => last, 20, 60);
  // Active every 5 ms: never quiet for 20 ms, so the step goes once 60 ms have passed.
  const keepActive = setInterval(() => (last = performance.now()), 5);
  const asked = performance.now();
  await whenQuiet();
  clearInterval(keepActive);
  assert.ok(performance.now() - asked >= 59, 'not before everyMs while the writer is active');
  // Quiet: goes without waiting for everyMs.
  const patient = quietGate(() => -Infinity, 20, 10_000);
  const again = performance.now();
  await patient();
  assert.ok(performance.now() - again < 5_000, 'at once when quiet');
});

test('while claims are judged (busy), a step is not forced: it goes once the writer pauses', async () => {
  let last = performance.now();
  let judging = true;
  const whenQuiet = quietGate(() => last, 20, 30, () => judging);
  const keepActive = setInterval(() => (last = performance.now()), 5);
  let went = false;
  const step = whenQuiet().then(() => (went = true));
  // Well past everyMs, the writer still active and claims still judged: no step.
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(went, false, 'not forced while busy');
  judging = false;
  await step;
  clearInterval(keepActive);
  assert.equal(went, true, 'forced again once nothing is judged');
  // Busy, but the writer pauses: the step goes.
  judging = true;
  last = -Infinity;
  await whenQuiet();
});

test('a step put off while claims are judged goes at the latest after busyCapMs', async () => {
  let last = performance.now();
  const keepActive = setInterval(() => (last = performance.now()), 5);
  const whenQuiet = quietGate(() => last, 20, 30, () => true, 150);
  const asked = performance.now();
  await whenQuiet();
  clearInterval(keepActive);
  assert.ok(performance.now() - asked >= 149, 'not before the cap');
});
