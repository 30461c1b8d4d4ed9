#!/usr/bin/env node
/**
 * `npm run screenshots`: copies the screenshots of the last real-editor run (`npm run test:e2e`
 * writes them to .e2e-out/screenshots/, which git ignores) into docs/, where the README shows them.
 * Run it when the UI changed and the new pictures should be committed.
 */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(repo, '.e2e-out', 'screenshots');
const shots = existsSync(from) ? readdirSync(from).filter((f) => f.endsWith('.png')).sort() : [];
if (shots.length === 0) {
  console.error('No screenshots in .e2e-out/screenshots/: run `npm run test:e2e` first.');
  process.exit(1);
}
for (const f of shots) copyFileSync(path.join(from, f), path.join(repo, 'docs', f));
console.log(`copied ${shots.join(', ')} to docs/`);
