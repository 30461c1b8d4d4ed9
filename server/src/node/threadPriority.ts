/**
 * Lowers the priority of the calling thread only (Linux: a thread's nice value is its own; its id is
 * read from /proc/thread-self). A background thread (claims judged for the server) then yields the
 * CPU to the server's thread whenever both want it, so hovers and edits are answered at once on a
 * machine with few cores. It is only ever lowered, never raised (a process run with "nice -n 19" keeps
 * its threads there). Elsewhere, or when it cannot, nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value given to a background thread (0 is normal, 19 the lowest). */
export const BACKGROUND_NICE = 10;

export function lowerThreadPriority(nice = BACKGROUND_NICE): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return false;
    // Only ever lowered: a thread started by a process already at a lower priority ("nice -n 19") keeps that.
    if (getPriority(tid) >= nice) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
