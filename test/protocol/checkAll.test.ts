/** "Check All Citations" in the editor and `cited check` on the command line count the same problems. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { LspTestClient } from '../helpers/lspClient';
import { tempCopy, EXAMPLES } from '../helpers/tempWorkspace';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

test('checkWorkspace counts the same errors and warnings as the CLI, sources\' own problems included', async () => {
  const ws = tempCopy(EXAMPLES);
  const client = new LspTestClient();
  try {
    await client.initialize(ws.root);
    const result: { drafts: number; errors: number; warnings: number; citations: number } = await client.connection.sendRequest('cited/checkWorkspace', {});
    const cli = spawnSync(process.execPath, [CLI, 'check', ws.root, '--format', 'json'], { encoding: 'utf8' });
    const summary = JSON.parse(cli.stdout).summary as { drafts: number; errors: number; warnings: number; citations: number };
    // The example has a source that cannot be read (a warning on the source file itself).
    assert.ok(JSON.parse(cli.stdout).files.some((f: { path: string }) => f.path.endsWith('ferry-fares.json')));
    assert.deepEqual(
      { drafts: result.drafts, citations: result.citations, errors: result.errors, warnings: result.warnings },
      { drafts: summary.drafts, citations: summary.citations, errors: summary.errors, warnings: summary.warnings },
    );
  } finally {
    await client.stop();
    ws.dispose();
  }
});
