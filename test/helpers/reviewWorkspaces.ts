/**
 * The reviews' workspaces (`test/fixtures/reviews<N>/<review>/ws*`, with `labels.json`) judged by the language
 * service in memory: each labelled sentence with the warnings and errors that fall on it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ReviewLabel } from './reviewLabels';
import { workspace, ROOT } from './memoryWorkspace';
import { escapeRegExp } from '../../server/src/core/text';

/** Each labelled sentence of a review, with whether a warning or an error falls on it: `review/ws:line`. */
export function judged(fixtures: string, review: string): { id: string; label: ReviewLabel; warned: string[] }[] {
  const dir = path.join(fixtures, review);
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as ReviewLabel[];
  const out: { id: string; label: ReviewLabel; warned: string[] }[] = [];
  for (const ws of [...new Set(labels.map((l) => l.workspace))]) {
    const files: Record<string, string> = {};
    for (const sub of ['sources', 'drafts']) for (const f of readdirSync(path.join(dir, ws, sub))) files[`${sub}/${f}`] = readFileSync(path.join(dir, ws, sub, f), 'utf8');
    const service = workspace(files);
    for (const l of labels.filter((x) => x.workspace === ws)) {
      const draft = `${ROOT}/drafts/${path.basename(l.draft)}`;
      while (!service.judge(draft, 1000).complete);
      const text = files[`drafts/${path.basename(l.draft)}`];
      const lineStart = text.split('\n').slice(0, l.line - 1).join('\n').length + (l.line > 1 ? 1 : 0);
      // The sentence as written from its line on, whatever its line breaks (a paragraph may wrap it).
      const written = new RegExp(l.sentence.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).exec(text.slice(lineStart));
      assert.ok(written, `${review}/${ws}:${l.line} not found: ${l.sentence}`);
      const from = lineStart + written.index;
      const to = from + written[0].length;
      const warned = service
        .diagnostics(draft)
        .filter((d) => (d.severity === 'warning' || d.severity === 'error') && d.range.start < to && d.range.end > from)
        .map((d) => `${d.code}: ${d.message}`);
      out.push({ id: `${review}/${ws}:${l.line}`, label: l, warned });
    }
  }
  return out;
}

/**
 * One test per review of a session (`CAUGHT`'s keys): no faithful sentence warned but those of `KNOWN` (each still
 * warned, or the test says to take it out), and exactly the wrong sentences of `CAUGHT` caught.
 */
export function reviewTests(session: number, fixtures: string, caught: Record<string, string[]>, known: Record<string, string>): void {
  for (const review of Object.keys(caught)) {
    test(`session ${session}'s review ${review}: no faithful sentence warned; the wrong sentences caught as before`, () => {
      const all = judged(fixtures, review);
      assert.ok(all.length >= 80, `${all.length} labelled sentences`);
      const falseAlarms = all.filter((x) => x.label.label === 'faithful' && x.warned.length && !known[x.id]).map((x) => `${x.id} (${x.label.kind}): ${x.label.sentence}\n  ${x.warned.join('\n  ')}`);
      assert.deepEqual(falseAlarms, []);
      for (const id of Object.keys(known).filter((k) => k.startsWith(`${review}/`))) assert.ok(all.some((x) => x.id === id && x.label.label === 'faithful' && x.warned.length), `${id} is no longer warned: take it out of KNOWN`);
      assert.deepEqual(all.filter((x) => x.label.label === 'wrong' && x.warned.length).map((x) => x.id).sort(), [...caught[review]].sort());
    });
  }
}
