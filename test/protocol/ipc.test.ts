/** The server also runs over Node IPC, the transport the VS Code client uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER, uri } from '../helpers/lspClient';
import { EXAMPLES } from '../helpers/tempWorkspace';

test('initialize over --node-ipc indexes the workspace and answers hover', async () => {
  const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const ready = new Promise<{ sources: number }>((resolve) =>
    conn.onNotification('cited/status', (s: { state: string; sources: number }) => {
      if (s.state === 'ready') resolve(s);
    }),
  );
  conn.listen();
  try {
    const init: { capabilities: { hoverProvider: boolean } } = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri(EXAMPLES),
      workspaceFolders: [{ uri: uri(EXAMPLES), name: 'examples' }],
      capabilities: {},
    });
    assert.equal(init.capabilities.hoverProvider, true);
    await conn.sendNotification('initialized', {});
    assert.equal((await ready).sources, 7);
    const draft = uri(EXAMPLES + '/drafts/pandoc-notes.md');
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: draft, languageId: 'markdown', version: 1, text: 'Approved [@council-minutes].\n' },
    });
    const h: { contents: { value: string } } = await conn.sendRequest('textDocument/hover', { textDocument: { uri: draft }, position: { line: 0, character: 12 } });
    assert.match(h.contents.value, /Minutes of the Port Alder City Council/);
  } finally {
    conn.dispose();
    child.kill();
  }
});
