/**
 * The yardstick for `npm run bench`: VS Code's markdown link validation
 * (`vscode-markdown-languageservice`, the structural check a writer already has) over the
 * drafts of a workspace. bench.ts bundles this file and runs it as its own process, as it runs
 * Cited's CLI, so each one's time and peak memory are measured alike.
 *
 * Usage: node mdLinks.js ROOT DRAFTS_FOLDER → prints {"drafts":…,"diagnostics":…} on stdout.
 *
 * The workspace adapter reads from the disk: drafts are opened (and kept, as the editor keeps
 * documents it has read) on first use, every link target is stat'ed; nothing is watched.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  githubSlugifier,
  DiagnosticLevel,
  LogLevel,
  type IMdParser,
  type ITextDocument,
  type IWorkspace,
  type FileStat,
  type ILogger,
} from 'vscode-markdown-languageservice';

type Listener<T> = (e: T) => void;
/** An event that never fires: the benchmark's files do not change while it runs. */
function never<T>(): (listener: Listener<T>) => { dispose(): void } {
  return () => ({ dispose() {} });
}

const isMarkdown = (p: string) => /\.(md|markdown)$/i.test(p);

/** Markdown files under `dir`, recursively. */
async function walk(dir: string, out: string[] = []): Promise<string[]> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && isMarkdown(e.name)) out.push(p);
  }
  return out;
}

/** An IWorkspace over the disk, as VS Code's markdown extension gives the language service. */
class FsWorkspace implements IWorkspace {
  private readonly docs = new Map<string, ITextDocument>();
  constructor(
    private readonly root: URI,
    private readonly markdownFiles: string[],
  ) {}
  get workspaceFolders(): readonly URI[] {
    return [this.root];
  }
  readonly onDidChangeMarkdownDocument = never<ITextDocument>();
  readonly onDidCreateMarkdownDocument = never<ITextDocument>();
  readonly onDidDeleteMarkdownDocument = never<URI>();
  async getAllMarkdownDocuments(): Promise<Iterable<ITextDocument>> {
    const out: ITextDocument[] = [];
    for (const f of this.markdownFiles) {
      const d = await this.openMarkdownDocument(URI.file(f));
      if (d) out.push(d);
    }
    return out;
  }
  hasMarkdownDocument(resource: URI): boolean {
    return this.docs.has(resource.toString());
  }
  async openMarkdownDocument(resource: URI): Promise<ITextDocument | undefined> {
    const key = resource.toString();
    const known = this.docs.get(key);
    if (known) return known;
    if (!isMarkdown(resource.fsPath)) return undefined;
    try {
      const text = await fs.readFile(resource.fsPath, 'utf8');
      const doc = TextDocument.create(key, 'markdown', 1, text);
      this.docs.set(key, doc);
      return doc;
    } catch {
      return undefined;
    }
  }
  async stat(resource: URI): Promise<FileStat | undefined> {
    try {
      const s = await fs.stat(resource.fsPath);
      return { isDirectory: s.isDirectory() };
    } catch {
      return undefined;
    }
  }
  async readDirectory(resource: URI): Promise<Iterable<readonly [string, FileStat]>> {
    const entries = await fs.readdir(resource.fsPath, { withFileTypes: true });
    return entries.map((e) => [e.name, { isDirectory: e.isDirectory() }] as const);
  }
}

/** markdown-it, as VS Code's markdown extension tokenises for the language service. */
class MarkdownItParser implements IMdParser {
  readonly slugifier = githubSlugifier;
  private readonly md = new MarkdownIt({ html: true });
  async tokenize(document: ITextDocument) {
    return this.md.parse(document.getText(), {}) as never;
  }
}

const logger: ILogger = { level: LogLevel.Off, log() {} };

async function main(): Promise<void> {
  const [rootArg, draftsArg] = process.argv.slice(2);
  if (!rootArg || !draftsArg) throw new Error('usage: mdLinks ROOT DRAFTS_FOLDER');
  // Absolute paths: URI.file of a relative path names another file, and the drafts would silently not open.
  const root = path.resolve(rootArg);
  const drafts = (await walk(path.resolve(draftsArg))).sort();
  const workspace = new FsWorkspace(URI.file(root), drafts);
  const service = createLanguageService({ workspace, parser: new MarkdownItParser(), logger });
  // VS Code's defaults for markdown.validate.*, with validation on.
  const options = {
    validateReferences: DiagnosticLevel.warning,
    validateFragmentLinks: DiagnosticLevel.warning,
    validateFileLinks: DiagnosticLevel.warning,
    validateMarkdownFileLinkFragments: DiagnosticLevel.warning,
    validateUnusedLinkDefinitions: DiagnosticLevel.hint,
    validateDuplicateLinkDefinitions: DiagnosticLevel.warning,
    ignoreLinks: [],
  };
  const token = { isCancellationRequested: false, onCancellationRequested: never<void>() };
  let diagnostics = 0;
  let checked = 0;
  for (const f of drafts) {
    const doc = await workspace.openMarkdownDocument(URI.file(f));
    if (!doc) throw new Error(`cannot open ${f}`);
    diagnostics += (await service.computeDiagnostics(doc, options, token)).length;
    checked++;
  }
  service.dispose();
  process.stdout.write(JSON.stringify({ drafts: checked, diagnostics }) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
