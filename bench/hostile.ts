/**
 * Timings of `cited check` on hostile drafts (deep nesting, thousands of markers, huge tables and
 * lines), each at size n and 2n, with and without the support checks: the whole CLI process, as a
 * user runs it. The ratio 2n/n shows how the time scales (about 2 is linear).
 *
 *   node --import tsx bench/hostile.ts [--cli path/to/cli.js] [--timeout SECONDS] [--only NAME]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const CLI = path.resolve(opt('--cli') ?? path.join(__dirname, '../dist/cli.js'));
const TIMEOUT = Number(opt('--timeout') ?? 60) * 1000;
const ONLY = opt('--only');

const SOURCE = `---
title: Harbour report
---

The harbour authority said the new pier opened in March and cost 4.2 million pounds.
Traffic through the harbour rose by 12 percent in the first year.
`;

const words = ['harbour', 'pier', 'traffic', 'council', 'the', 'rose', 'year', 'opened', 'cost', 'and'];

/** Each input at size n: a draft's text. */
const INPUTS: { name: string; n: number; make: (n: number) => string }[] = [
  { name: 'blockquotes', n: 3000, make: (n) => '> '.repeat(n) + 'The pier opened in March [1].\n\n[1]: ../sources/harbour.md\n' },
  { name: 'list-markers', n: 3000, make: (n) => '- '.repeat(n) + 'The pier opened in March [1].\n\n[1]: ../sources/harbour.md\n' },
  { name: 'markers-one-line', n: 4000, make: (n) => 'A claim ' + '[1]'.repeat(n) + '\n\n[1]: ../sources/harbour.md\n' },
  { name: 'repeated-sentence', n: 5000, make: (n) => 'The pier opened in March and cost 4.2 million pounds [1]. '.repeat(n) + '\n\n[1]: ../sources/harbour.md\n' },
  {
    name: 'table-rows',
    n: 20000,
    make: (n) => {
      let s = '| Year | Traffic |\n|---|---|\n';
      for (let i = 0; i < n; i++) s += `| ${1900 + (i % 100)} | rose by ${i % 50} percent [1] |\n`;
      return s + '\n[1]: ../sources/harbour.md\n';
    },
  },
  {
    name: 'one-line-1MB',
    n: 1_000_000,
    make: (n) => {
      const parts: string[] = [];
      let len = 0;
      for (let i = 0; len < n; i++) {
        const w = words[(i * 7) % words.length];
        parts.push(w);
        len += w.length + 1;
      }
      return parts.join(' ') + ' [1].\n\n[1]: ../sources/harbour.md\n';
    },
  },
];

function runOnce(draft: string, support: boolean): { ms: number; status: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-hostile-'));
  try {
    mkdirSync(path.join(dir, 'sources'));
    mkdirSync(path.join(dir, 'drafts'));
    writeFileSync(path.join(dir, 'sources', 'harbour.md'), SOURCE);
    writeFileSync(path.join(dir, 'drafts', 'draft.md'), draft);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json', ...(support ? [] : ['--no-support'])], {
      encoding: 'utf8',
      timeout: TIMEOUT,
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    let status: string;
    if (r.error || r.signal) status = `timeout>${TIMEOUT / 1000}s`;
    else if (r.status === 0 || r.status === 1) {
      try {
        JSON.parse(r.stdout);
        status = `exit ${r.status}`;
      } catch {
        status = `exit ${r.status}, bad JSON`;
      }
    } else status = `exit ${r.status}${/RangeError: Maximum call stack/.test(r.stderr) ? ' (stack overflow)' : ''}`;
    return { ms, status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`CLI: ${CLI}`);
console.log('input'.padEnd(20) + 'support'.padEnd(9) + 'n'.padStart(9) + '  time n'.padStart(10) + '  time 2n'.padStart(10) + '  2n/n'.padStart(7) + '  status');
for (const input of INPUTS) {
  if (ONLY && input.name !== ONLY) continue;
  for (const support of [false, true]) {
    const a = runOnce(input.make(input.n), support);
    const b = runOnce(input.make(input.n * 2), support);
    const fmt = (ms: number) => (ms / 1000).toFixed(2) + ' s';
    console.log(
      input.name.padEnd(20) +
        (support ? 'on' : 'off').padEnd(9) +
        String(input.n).padStart(9) +
        fmt(a.ms).padStart(10) +
        fmt(b.ms).padStart(10) +
        (b.ms / a.ms).toFixed(1).padStart(7) +
        `  ${a.status}; 2n: ${b.status}`,
    );
  }
}
