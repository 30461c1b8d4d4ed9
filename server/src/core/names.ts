/** Short, readable names for files in messages. */
import * as posix from 'node:path/posix';

/** The path of `target` relative to the folder of `from`, as a writer would type it in a definition. */
export function relativeName(target: string, from: string): string {
  const rel = posix.relative(posix.dirname(from), target);
  return rel.startsWith('.') ? rel : rel === '' ? posix.basename(target) : rel;
}
