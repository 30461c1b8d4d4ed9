/**
 * A probe's workspace (see bench/data/README.md): a temporary folder with the probe's drafts and, from the set the probe
 * was written against, the pages its labels name. The caller removes it.
 */
import * as path from 'node:path';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

export interface ProbeLabel {
  label: 'faithful' | 'wrong';
  kind: string;
  source: string;
  /** Every page a sentence citing several pages cites (`source` is the one backing most of it). */
  sources?: string[];
  evidence: string;
}

export function probeWorkspace(dataDir: string, setRoot: string, prefix: string): { ws: string; labels: Record<string, ProbeLabel> } {
  const labels = JSON.parse(readFileSync(path.join(dataDir, 'labels.json'), 'utf8')) as Record<string, ProbeLabel>;
  const ws = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(ws, 'drafts'));
  mkdirSync(path.join(ws, 'sources'));
  for (const f of readdirSync(path.join(dataDir, 'drafts'))) copyFileSync(path.join(dataDir, 'drafts', f), path.join(ws, 'drafts', f));
  for (const page of new Set(Object.values(labels).flatMap((l) => [l.source, ...(l.sources ?? [])]))) copyFileSync(path.join(setRoot, 'sources', page), path.join(ws, 'sources', page));
  return { ws, labels };
}
