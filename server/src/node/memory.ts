/**
 * Keeps the peak memory of `cited check` near what it holds (the index, the evidence kept, one
 * draft), not growing with the number of drafts judged: V8 lets garbage pile up to several times
 * the live heap before collecting it when collecting is cheap (measured: 1 GB of heap for 260 MB
 * live at 50 drafts, 1.95 GB of peak memory at 1,000). Between drafts, once the heap has grown
 * `headroom` past what the last full collection left, a full collection is run (V8's `gc`,
 * exposed for this; without it, nothing is done). A collection costs some 40 to 150 ms at 10,000
 * sources, and comes every few dozen drafts. Each thread (the CLI's, its judging thread) bounds its own heap.
 */
import * as v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

export const HEAP_HEADROOM = 256 * 1024 * 1024;
let collect: (() => void) | undefined | false;
let heapLimit = 0;
export function boundMemory(headroom = HEAP_HEADROOM): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
      if (typeof collect !== 'function') collect = false;
    } catch {
      collect = false;
    }
  }
  if (!collect || v8.getHeapStatistics().used_heap_size < Math.max(heapLimit, headroom)) return;
  collect();
  heapLimit = v8.getHeapStatistics().used_heap_size + headroom;
}
