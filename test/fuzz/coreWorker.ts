/**
 * Runs one hostile input (by id) through the core in a process of its own, so a stack overflow or a
 * draft that takes minutes fails one test instead of the runner: every request of the fuzz property,
 * then the slowdown against an ordinary draft of the same size. Prints one JSON line.
 */
import { HOSTILE, asText } from './hostile';
import { checkCore, slowdown } from './properties';
import type { FuzzCase } from './arbitraries';

const h = HOSTILE.find((x) => x.id === process.argv[2]);
if (!h) throw new Error(`no hostile input ${process.argv[2]}`);
const c: FuzzCase = { files: asText(h.files), settings: { citationStyle: 'auto', support: true, supportThreshold: 0.53 }, probes: [0, 0.5, 0.999], edit: { at: 0.5, remove: 3, insert: ' [2]' } };
// Above 200,000 characters (the 1 MB line) without the edit round, which judges the draft again: the time limit is the test runner's.
const huge = c.files['drafts/d.md'].length > 200_000;
const stats = checkCore(c, false, !huge);
// A megabyte's baseline alone is judging thousands of sentences: above 200,000 characters, one run of it, and the draft's time
// is that of its check above (the settings are the same, support on).
const r = slowdown(c, 'drafts/d.md', huge ? 1 : 2, huge ? stats.firstCheckMs : undefined);
process.stdout.write(JSON.stringify({ ...stats, ...r }) + '\n');
