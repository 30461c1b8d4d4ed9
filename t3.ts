import { readFileSync, readdirSync } from 'node:fs';
import { CitedLanguageService } from './server/src/core/languageService';
import { normalizeSettings } from './server/src/core/config';
import { findWorkspaceFiles, loadSource, loadDraftTargets, mapLimit } from './server/src/node/workspaceFiles';
(async () => {
  const root = '/work/main/.bench/workspace';
  const s = new CitedLanguageService([root], normalizeSettings({}));
  await mapLimit((await findWorkspaceFiles(root, normalizeSettings({ drafts: ['none'] }))).sources, 64, (f) => loadSource(s, f));
  const drafts = readdirSync(root + '/drafts/small').slice(0, 40);
  const { Session } = await import('node:inspector');
  const session = new Session(); session.connect();
  await new Promise(r => session.post('Profiler.enable', r)); await new Promise(r => session.post('Profiler.start', r));
  const t = performance.now();
  for (const f of drafts) { const p = root + '/drafts/small/' + f; s.setDraft(p, readFileSync(p, 'utf8')); await loadDraftTargets(s, p); s.diagnostics(p); }
  console.log('40 drafts ms', (performance.now() - t).toFixed(0));
  session.post('Profiler.stop', (err, { profile }: any) => {
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) { const n: any = byId.get(profile.samples[i]); const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').slice(-2).join('/') + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) ?? 0) + profile.timeDeltas[i] / 1000); }
    console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => v.toFixed(0).padStart(7) + ' ' + k).join('\n'));
  });
})();
