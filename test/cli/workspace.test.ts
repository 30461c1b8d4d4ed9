/**
 * The CLI on temporary workspaces built for each case: link loops, links and definitions that lead
 * outside the checked folder, unreadable folders, invalid UTF-8, library warnings, and errors with
 * --format json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { firstInvalidUtf8 } from '../../server/src/node/workspaceFiles';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

/**
 * The CLI where any user can run it: the checkout may sit in a folder only its owner can enter
 * (a CI clone under a private temporary folder), and the launcher needs only its bundle beside it.
 */
let sharedCli: string | undefined;
function cliForAnyone(): string {
  if (!sharedCli) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cited-cli-'));
    chmodSync(dir, 0o755);
    sharedCli = path.join(dir, 'cli.js');
    copyFileSync(CLI, sharedCli);
    // The launcher runs the bundle beside it (server/src/node/codeCache.ts).
    copyFileSync(CLI.replace(/\.js$/, '.bundle.js'), path.join(dir, 'cli.bundle.js'));
    chmodSync(sharedCli, 0o755);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return sharedCli;
}

function run(args: string[], cwd = os.tmpdir(), asUser?: string) {
  const cmd = asUser ? 'runuser' : process.execPath;
  const argv = asUser ? ['-u', asUser, '--', process.execPath, cliForAnyone(), ...args] : [CLI, ...args];
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

interface Report {
  files: { path: string; diagnostics: { code: string; message: string; line: number; column: number }[] }[];
  summary: { drafts: number; sources: number; citations: number; errors: number; warnings: number };
}

/** A fresh folder holding `files` (path → text or bytes); returns its real path. */
function scratch(files: Record<string, string | Buffer>): { dir: string; dispose: () => void } {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cited-ws-')));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), content);
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const SOURCE = '# Lighthouse keepers\n\nThe last keeper left the island lighthouse in 1987.\n';
const SECRET = '# Private notes\n\nThe spare key is under the blue flowerpot.\n';

test('a link loop in a sources folder is reported once and does not multiply the workspace', (t) => {
  const ws = scratch({
    'work/story.md': 'The last keeper left in 1987 [1].\n\n[1]: sources/keepers.md\n',
    'work/sources/keepers.md': SOURCE,
  });
  t.after(ws.dispose);
  symlinkSync('..', path.join(ws.dir, 'work/sources/up'));
  symlinkSync('../..', path.join(ws.dir, 'work/sources/keepers-up'));
  const r = run(['check', path.join(ws.dir, 'work'), '--format', 'json', '--no-support']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual([report.summary.drafts, report.summary.sources], [1, 1]);
  assert.deepEqual(report.files.map((f) => f.path), ['story.md']);
  const loops = r.stderr.split('\n').filter((l) => /loop/.test(l));
  assert.equal(loops.length, 1, r.stderr);
  assert.match(loops[0], /sources\/up is a link to .*, a folder that contains it/);
  // The link to the folder above the checked one leaves the workspace: left out, said once.
  assert.equal(r.stderr.split('\n').filter((l) => /keepers-up/.test(l)).length, 1, r.stderr);
});

test('folders linked to each other are walked a bounded number of times, and each link of the loop is named once', (t) => {
  const ws = scratch({
    'story.md': 'Plain words.\n',
    'sources/north/tides.md': '# Tides\n\nHigh water at six.\n',
    'sources/south/winds.md': '# Winds\n\nA westerly all week.\n',
  });
  t.after(ws.dispose);
  symlinkSync('../south', path.join(ws.dir, 'sources/north/to-south'));
  symlinkSync('../north', path.join(ws.dir, 'sources/south/to-north'));
  const r = run(['check', ws.dir, '--format', 'json', '--no-support']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  // Each file under its own name and, at most, under the one link that leads to its folder.
  assert.ok(report.summary.sources >= 2 && report.summary.sources <= 4, String(report.summary.sources));
  const loops = r.stderr.split('\n').filter((l) => /loop/.test(l));
  assert.equal(loops.length, 2, r.stderr);
  assert.ok(loops.some((l) => /north\/to-south is a link/.test(l)) && loops.some((l) => /south\/to-north is a link/.test(l)), r.stderr);
});

test('a link to a folder inside the workspace is followed: its files are sources under the link, and a second link to it adds nothing', (t) => {
  const ws = scratch({
    'story.md': 'The last keeper left in 1987 [@keepers].\n',
    'library/keepers.md': SOURCE,
  });
  t.after(ws.dispose);
  symlinkSync('../library', path.join(ws.dir, 'sources'));
  mkdirSync(path.join(ws.dir, 'more/sources'), { recursive: true });
  symlinkSync('../../library', path.join(ws.dir, 'more/sources/again'));
  const r = run(['check', ws.dir, '--format', 'json', '--no-support']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  // library/keepers.md is itself a draft by the default globs; through the first link it is a source, and the second link adds nothing.
  assert.equal(report.summary.sources, 1);
  assert.equal(report.summary.errors, 0, JSON.stringify(report.files));
});

test('definitions and links that lead outside the checked folder are reported and never read', (t) => {
  const ws = scratch({ 'elsewhere/notes.md': SECRET, 'elsewhere/notes.txt': SECRET });
  t.after(ws.dispose);
  const draft = [
    'Keepers left in 1987 [1]. The key is hidden [2]. The flowerpot is blue [3]. So is the door [4].',
    '',
    '[1]: sources/keepers.md',
    `[2]: file://${ws.dir}/elsewhere/notes.txt`,
    '[3]: ../elsewhere/notes.md',
    '[4]: sources/linked.md',
    '',
  ].join('\n');
  mkdirSync(path.join(ws.dir, 'work/sources'), { recursive: true });
  writeFileSync(path.join(ws.dir, 'work/story.md'), draft);
  writeFileSync(path.join(ws.dir, 'work/sources/keepers.md'), SOURCE);
  symlinkSync(path.join(ws.dir, 'elsewhere/notes.md'), path.join(ws.dir, 'work/sources/linked.md'));

  for (const command of ['check', 'claims']) {
    const r = run([command, path.join(ws.dir, 'work'), '--format', 'json']);
    assert.doesNotMatch(r.stdout + r.stderr, /spare key/, `${command} shows no text of the files outside`);
  }
  const r = run(['check', path.join(ws.dir, 'work'), '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;
  const story = report.files.find((f) => f.path === 'story.md')!;
  const outside = story.diagnostics.filter((d) => d.code === 'outside-workspace');
  assert.deepEqual(outside.map((d) => d.line), [4, 5, 6]);
  assert.match(outside[2].message, /a link to .*elsewhere\/notes\.md/);
  assert.equal(report.summary.sources, 1, 'the linked file is not counted as a source');

  // Allowed on the command line, they are read like any source.
  const allowed = JSON.parse(run(['check', path.join(ws.dir, 'work'), '--format', 'json', '--allow-outside']).stdout) as Report;
  assert.ok(!allowed.files.some((f) => f.diagnostics.some((d) => d.code === 'outside-workspace')));
  const claims = run(['claims', path.join(ws.dir, 'work'), '--format', 'json', '--allow-outside']);
  assert.match(claims.stdout, /spare key/);
});

test('invalid UTF-8 in a source is reported with its byte offset, and the rest of the file is read', (t) => {
  const bytes = Buffer.concat([Buffer.from('# Harbour log\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' opened in 1987 by the harbour master.\n')]);
  const ws = scratch({ 'story.md': 'The café opened in 1987 [1].\n\n[1]: sources/log.md\n', 'sources/log.md': bytes, 'sources/clean.md': '# Fine\n\nAll good \uFFFD here.\n' });
  t.after(ws.dispose);
  const report = JSON.parse(run(['check', ws.dir, '--format', 'json']).stdout) as Report;
  const log = report.files.find((f) => f.path === 'sources/log.md');
  assert.ok(log, JSON.stringify(report.files));
  const d = log.diagnostics.find((x) => x.code === 'repaired-source')!;
  assert.match(d.message, new RegExp(`Invalid UTF-8 at byte ${'# Harbour log\n\nCaf'.length}\\b`));
  assert.deepEqual([d.line, d.column], [3, 4]);
  assert.ok(!report.files.some((f) => f.path === 'sources/clean.md'), 'a replacement character written in the file is valid UTF-8');
  assert.ok(!report.files.some((f) => f.diagnostics.some((x) => x.code === 'unreadable-source')));
});

test('YAML warnings in front matter are not printed', (t) => {
  const ws = scratch({
    'story.md': '---\ntitle: !fancy Harbour\n---\n\nKeepers left in 1987 [1].\n\n[1]: sources/keepers.md\n',
    'sources/keepers.md': '---\ntitle: !odd Keepers\n---\n' + SOURCE,
  });
  t.after(ws.dispose);
  const r = run(['check', ws.dir, '--no-support']);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.stderr, '');
});

test('with --format json, bad usage and paths that do not exist print a JSON error and exit 2', (t) => {
  const ws = scratch({ 'story.md': 'Plain.\n' });
  t.after(ws.dispose);
  for (const args of [
    ['check', ws.dir, '--format', 'json', '--frobnicate'],
    ['check', ws.dir, '--format=json', '--severity'],
    ['check', path.join(ws.dir, 'no-such-folder'), '--format', 'json'],
    ['claims', '--format', 'json', '--threshold', 'high'],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    const out = JSON.parse(r.stdout) as { error: string };
    assert.equal(typeof out.error, 'string', args.join(' '));
    assert.ok(out.error.length > 0);
  }
  assert.match((JSON.parse(run(['check', path.join(ws.dir, 'nope'), '--format', 'json']).stdout) as { error: string }).error, /No such file or folder/);
  // Other formats keep stdout empty and say it on stderr.
  const plain = run(['check', ws.dir, '--frobnicate']);
  assert.equal(plain.stdout, '');
  assert.match(plain.stderr, /Unknown option --frobnicate/);
});

/** Runs the CLI as a user who cannot read `dir`: ourselves after chmod, or "nobody" when we are root. */
function unreadableRun(t: { skip: (m: string) => void }, dir: string, args: string[]) {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o000);
    try {
      return run(args);
    } finally {
      chmodSync(dir, 0o755);
    }
  }
  chmodSync(dir, 0o700);
  const r = run(args, '/', 'nobody');
  chmodSync(dir, 0o755);
  if (r.error || /runuser: /.test(r.stderr)) {
    t.skip('cannot drop privileges to test an unreadable folder');
    return undefined;
  }
  return r;
}

test('a checked folder that cannot be read is an error (exit 2), not a clean pass', (t) => {
  const ws = scratch({ 'work/story.md': 'Keepers left in 1987 [1].\n\n[1]: sources/keepers.md\n' });
  t.after(ws.dispose);
  chmodSync(ws.dir, 0o755);
  const work = path.join(ws.dir, 'work');
  const r = unreadableRun(t, work, ['check', work, '--format', 'json']);
  if (!r) return;
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match((JSON.parse(r.stdout) as { error: string }).error, /Cannot read the folder .*work/);
  assert.match(r.stderr, /Cannot read the folder/);
});

test('a folder inside the workspace that cannot be read is named on stderr', (t) => {
  const ws = scratch({ 'story.md': 'Plain words.\n', 'locked/inner.md': 'Hidden.\n' });
  t.after(ws.dispose);
  chmodSync(ws.dir, 0o755);
  const r = unreadableRun(t, path.join(ws.dir, 'locked'), ['check', ws.dir, '--format', 'json', '--no-support']);
  if (!r) return;
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as Report).summary.drafts, 1);
  assert.match(r.stderr, /Cannot read the folder .*locked/);
});

test('firstInvalidUtf8 finds the first invalid byte after replacement characters written in the file', () => {
  // "é", a literal U+FFFD (EF BF BD), then a lone continuation byte 0x80, then "x".
  const bytes = Buffer.concat([Buffer.from('é\uFFFDab', 'utf8'), Buffer.from([0x80]), Buffer.from('x\uFFFD', 'utf8')]);
  const text = new TextDecoder().decode(bytes);
  assert.deepEqual(firstInvalidUtf8(bytes, text), { byte: 7, offset: 4 });
  assert.equal(firstInvalidUtf8(Buffer.from('plain \uFFFD text', 'utf8'), 'plain \uFFFD text'), undefined);
});
