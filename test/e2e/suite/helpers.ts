/** What the real-editor suite files share: the workspace, diagnostics by line and code, hover text. */
import * as path from 'node:path';
import * as vscode from 'vscode';

export const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
export const fileUri = (rel: string) => vscode.Uri.file(path.join(root(), rel));

/** "line:code" (1-based) of the cited diagnostics of a file. */
export function codes(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'cited')
    .map((d) => `${d.range.start.line + 1}:${typeof d.code === 'object' ? d.code.value : d.code}`);
}

/** Resolves when the file's diagnostics satisfy `ok`; fails after `ms`. */
export function diagnosticsWhere(uri: vscode.Uri, ok: (c: string[]) => boolean, ms = 30_000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    if (ok(codes(uri))) return resolve(codes(uri));
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics of ${uri.fsPath} never matched; last: ${codes(uri).join(' ')}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ok(codes(uri))) {
        clearTimeout(timer);
        sub.dispose();
        resolve(codes(uri));
      }
    });
  });
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}
