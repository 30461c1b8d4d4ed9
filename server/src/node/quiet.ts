/**
 * When the server's background work (the search catalogue, the drafts read ahead) may take its next
 * step: once the writer's requests and edits have paused `quietMs`, or `everyMs` after the step asked,
 * whichever comes first; but while `busy` (claims are being judged) only once the writer pauses, or
 * at the latest `busyCapMs` after it asked, so that it is never put off for good.
 *
 * The step is let go from `setImmediate`, never from a timer. Node runs every timer that is due before
 * it reads what came in (a request, an edit), and a step of a few milliseconds makes the next step's
 * zero-delay timer due at once: two loops of such steps went on in one round of timers until both were
 * done, and the server read nothing meanwhile (an edit waited 300 to 700 ms on the benchmark; a
 * process with two such loops read a pipe only once they stopped). An immediate runs after the
 * reading; and the gate lets one step go at a time, the next no sooner than the loop's next turn
 * (after the reading again), so a request waits for one step at most, whatever the number of loops
 * (steps of the catalogue, the full-text words and the drafts read ahead let go in one turn held a
 * hover 6 to 10 ms on the benchmark).
 */
export function quietGate(lastActivity: () => number, quietMs: number, everyMs: number, busy: () => boolean = () => false, busyCapMs = 2000): () => Promise<void> {
  /** Settles once the last step let go has had its turn: the next is let go after it. */
  let turn: Promise<unknown> = Promise.resolve();
  return () => {
    const asked = performance.now();
    const mine = turn.then(
      () =>
        new Promise<void>((resolve) => {
          const wait = (): void => {
            const now = performance.now();
            const quietFor = now - lastActivity();
            const waited = now - asked;
            // (Not forced while `busy`: claims judged meanwhile, which a hover or an edit may be waiting for, get the cores.)
            const judging = busy();
            if (quietFor >= quietMs || (waited >= everyMs && !judging) || waited >= busyCapMs) return void setImmediate(resolve);
            // Checked again when the writer may have paused, or the step is due.
            const untilQuiet = quietMs - quietFor;
            const untilDue = judging ? busyCapMs - waited : everyMs - waited;
            setTimeout(wait, Math.max(1, Math.min(untilQuiet, untilDue)) + 1);
          };
          setImmediate(wait);
        }),
    );
    // (Queued while the step's immediate runs, this immediate waits for the loop's next turn.)
    turn = mine.then(() => new Promise((r) => setImmediate(r)));
    return mine;
  };
}
