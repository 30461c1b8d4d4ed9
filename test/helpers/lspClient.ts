/**
 * A minimal LSP client over stdio for protocol tests and benchmarks: it spawns
 * the built server (dist/server.js --stdio) and speaks JSON-RPC to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code: string; severity: number; message: string; source: string; relatedInformation?: unknown[] }[];
}

export interface ProgressValue {
  kind: 'begin' | 'report' | 'end';
  title?: string;
  message?: string;
  percentage?: number;
}

export class LspTestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  private readonly waiters: { match: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  readonly latest = new Map<string, PublishedDiagnostics>();
  private statusWaiters: { resolve: (s: { state: string; sources: number }) => void }[] = [];
  lastStatus: { state: string; sources: number } | undefined;
  /** Every cited/status notification, in order. */
  readonly statusLog: { state: string; sources: number; done?: number; total?: number; thread?: boolean }[] = [];
  stderr = '';

  /** `env`: variables added to the server's environment. */
  constructor(extraArgs: string[] = [], env: Record<string, string> = {}) {
    this.process = spawn(process.execPath, [...extraArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.process.stderr!.on('data', (d) => (this.stderr += d));
    const reader = new StreamMessageReader(this.process.stdout!);
    // No partial-message timer: vscode-jsonrpc re-arms it forever when a server killed mid-message leaves half of one behind.
    reader.partialMessageTimeout = 0;
    this.connection = createMessageConnection(reader, new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.latest.set(p.uri, p);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (this.waiters[i].match(p)) {
          this.waiters[i].resolve(p);
          this.waiters.splice(i, 1);
        }
      }
    });
    this.connection.onNotification('cited/status', (s: { state: string; sources: number; done?: number; total?: number }) => {
      this.lastStatus = s;
      this.statusLog.push(s);
      if (s.state === 'ready') {
        for (const w of this.statusWaiters) w.resolve(s);
        this.statusWaiters = [];
      }
    });
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => void this.logs.push(p.message));
    this.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.progressTokens.add(p.token);
      return null;
    });
    this.connection.onNotification('$/progress', (p: { token: string | number; value: ProgressValue }) => {
      this.progress.push(p);
      for (let i = this.progressWaiters.length - 1; i >= 0; i--) {
        if (this.progressWaiters[i].match(p.value)) {
          this.progressWaiters[i].resolve(p.value);
          this.progressWaiters.splice(i, 1);
        }
      }
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.listen();
  }

  settings: unknown = {};
  /** Every message the server logged (window/logMessage), in order. */
  readonly logs: string[] = [];
  /** Work-done progress the server created, and every $/progress it sent. */
  readonly progressTokens = new Set<string | number>();
  readonly progress: { token: string | number; value: ProgressValue }[] = [];
  private readonly progressWaiters: { match: (v: ProgressValue) => boolean; resolve: (v: ProgressValue) => void }[] = [];

  /** Resolves with the next $/progress value that satisfies `match`. */
  waitForProgress(match: (v: ProgressValue) => boolean): Promise<ProgressValue> {
    return new Promise((resolve) => this.progressWaiters.push({ match, resolve }));
  }

  /** What the server answered to `initialize` (its capabilities). */
  initializeResult: { capabilities: Record<string, unknown> } | undefined;

  /** Initializes on `root` and resolves when the first index is done. */
  async initialize(root: string, settings: unknown = {}, initializationOptions?: unknown): Promise<{ state: string; sources: number }> {
    this.settings = settings;
    const ready = this.nextReady();
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri(root),
      workspaceFolders: [{ uri: uri(root), name: path.basename(root) }],
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return ready;
  }

  nextReady(): Promise<{ state: string; sources: number }> {
    return new Promise((resolve) => this.statusWaiters.push({ resolve }));
  }

  /** Resolves with the next diagnostics published for `fileUri` that satisfy `match`. */
  waitForDiagnostics(fileUri: string, match: (p: PublishedDiagnostics) => boolean = () => true): Promise<PublishedDiagnostics> {
    return new Promise((resolve) => this.waiters.push({ match: (p) => p.uri === fileUri && match(p), resolve }));
  }

  open(fileUri: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri, languageId: 'markdown', version, text } });
  }

  change(fileUri: string, version: number, changes: unknown[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri, version }, contentChanges: changes });
  }

  hover(fileUri: string, line: number, character: number): Promise<{ contents: { kind: string; value: string }; range: unknown } | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri }, position: { line, character } });
  }

  async stop(): Promise<void> {
    const exited = new Promise((r) => this.process.once('exit', r));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    this.connection.dispose();
    this.process.kill('SIGKILL');
    // A server killed in the middle of writing leaves its pipes open on this side: close them, so the test process can end.
    for (const s of [this.process.stdin, this.process.stdout, this.process.stderr]) s?.destroy();
  }
}

export function uri(p: string): string {
  return pathToFileURL(p).toString();
}
