import { LspTestClient, uri } from './test/helpers/lspClient';
import { readFileSync } from 'node:fs';
(async () => {
  const c = new LspTestClient();
  const root = '/work/main/.bench/workspace';
  await c.initialize(root);
  const f = root + '/drafts/long-draft.md'; const text = readFileSync(f, 'utf8');
  let p = c.waitForDiagnostics(uri(f)); c.open(uri(f), text); await p;
  for (let i = 0; i < 3; i++) { p = c.waitForDiagnostics(uri(f)); const t = Date.now(); c.change(uri(f), i + 2, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'Word ' }]); await p; console.log('edit', Date.now() - t); }
  await c.stop(); console.log(c.stderr.split('\n').filter(l => l.startsWith('TIMING')).slice(-8).join('\n'));
})();
