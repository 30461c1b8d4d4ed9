/**
 * Indexing with the judging thread reading HTML and JSON files (`loadSource` with the pool as its
 * `SourceReader`): every record is the one reading here gives (metadata, problems, lead, text and
 * its map to the file), a CSL-JSON bibliography and a file that cannot be read are left to this
 * thread, and with a cache the content key and the pack are recorded as reading here does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CitedLanguageService } from '../../server/src/core/languageService';
import { normalizeSettings } from '../../server/src/core/config';
import { sourceText } from '../../server/src/core/sources/readSource';
import { loadSource, toPosix, type SourceReader } from '../../server/src/node/workspaceFiles';
import { JudgePool } from '../../server/src/node/judgePool';
import { CitedCache } from '../../server/src/node/cache';
import { EXAMPLES } from '../helpers/tempWorkspace';

const SEEDS = path.join(__dirname, '../fixtures/seeds-workspace/sources');

/** A folder with the example and seed sources, a CSL-JSON bibliography, and an HTML page with invalid UTF-8. */
function sourcesFolder(): string {
  const dir = toPosix(mkdtempSync(path.join(os.tmpdir(), 'cited-read-')));
  for (const from of [path.join(EXAMPLES, 'sources'), SEEDS]) for (const f of readdirSync(from)) copyFileSync(path.join(from, f), path.join(dir, f));
  writeFileSync(path.join(dir, 'library.json'), JSON.stringify([{ id: 'lee2019', type: 'report', title: 'Transit Report 2019', issued: { 'date-parts': [[2019]] } }]));
  writeFileSync(path.join(dir, 'latin1.html'), Buffer.concat([Buffer.from('<html><head><title>Caf'), Buffer.from([0xe9]), Buffer.from('</title></head><body><p>Ferries ran late.</p></body></html>')]));
  return dir;
}

const view = (s: CitedLanguageService) =>
  s.sources
    .all()
    .map((r) => ({ path: r.path, format: r.format, id: r.id, meta: r.meta, problems: r.problems, lead: r.lead, readable: r.readable, raw: r.raw, text: sourceText(r) }))
    .sort((a, b) => a.path.localeCompare(b.path));

test('sources read by the judging thread are the records reading here gives; bibliographies stay here', async () => {
  const dir = sourcesFolder();
  const pool = new JudgePool(() => undefined);
  try {
    const files = readdirSync(dir).map((f) => `${dir}/${f}`);
    const here = new CitedLanguageService([dir], normalizeSettings({}));
    for (const f of files) await loadSource(here, f);
    let asked = 0;
    let read = 0;
    const reader: SourceReader = {
      canRead: true,
      read: async (file, withKey) => {
        asked++;
        const got = await pool.read(file, withKey);
        if (got) read++;
        return got;
      },
    };
    const there = new CitedLanguageService([dir], normalizeSettings({}));
    for (const f of files) await loadSource(there, f, undefined, reader);
    // Every HTML and JSON file was offered; all but the bibliography were read there.
    assert.equal(asked, files.filter((f) => /\.(html|json)$/.test(f)).length);
    assert.equal(read, asked - 1);
    assert.deepEqual(view(there), view(here));
    assert.ok(there.sources.getById('lee2019').length === 1, 'the bibliography entry is indexed');
    assert.match(view(there).find((r) => r.path.endsWith('latin1.html'))!.problems[0].message, /Invalid UTF-8 at byte 22/);
  } finally {
    pool.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with a cache, a source read by the thread is recorded by its content key and in the pack, as reading here records it', async () => {
  const dir = sourcesFolder();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cited-read-cache-'));
  const pool = new JudgePool(() => undefined);
  try {
    const file = `${dir}/harbor-gazette.html`;
    // A file changed less than two seconds before it is read is not recorded in the pack (cache.ts): wait that out.
    await new Promise((r) => setTimeout(r, 2100));
    const cacheHere = new CitedCache(folder, () => undefined, undefined, 'at once', false);
    const here = new CitedLanguageService([dir], normalizeSettings({}));
    await loadSource(here, file, cacheHere);
    const cacheThere = new CitedCache(folder, () => undefined, undefined, 'at once', false);
    const there = new CitedLanguageService([dir], normalizeSettings({}));
    await loadSource(there, file, cacheThere, pool);
    const a = here.sources.get(file)!;
    const b = there.sources.get(file)!;
    assert.ok(cacheHere.keyOf(a));
    assert.equal(cacheThere.keyOf(b), cacheHere.keyOf(a));
    assert.deepEqual(cacheThere.sourceKeys, cacheHere.sourceKeys);
    const status = statSync(file);
    assert.deepEqual(cacheThere.packed(file, status), cacheHere.packed(file, status));
    assert.equal(cacheThere.packed(file, status)?.key, cacheHere.keyOf(a));
  } finally {
    pool.dispose();
    rmSync(dir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
});
