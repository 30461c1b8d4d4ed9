// ESLint (flat config) with typescript-eslint, run by `npm test` (`npm run lint`).
// The language core (server/src/core) must stay pure: no file system, network, process or
// editor APIs, as in vscode-markdown-languageservice. The host layers (server, node, CLI, client) may use them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_IO = ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'worker_threads', 'os', 'process', 'module', 'readline', 'tls', 'dgram', 'cluster'];

export default tseslint.config(
  { ignores: ['.bench/**', 'dist/**', 'out/**', 'node_modules/**', '.e2e-cache/**', '.e2e-out/**', 'test/fixtures/**', '**/*.data.ts', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-useless-escape': 'off', // '\\[' inside a character class is kept for readability
      'no-control-regex': 'off', // the scanners match control characters on purpose (hostile input, invalid UTF-8)
    },
  },
  {
    // Code that test/e2e/ui.mjs hands to page.evaluate() runs in the browser.
    files: ['test/e2e/ui.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_IO.flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'The language core is pure: hosts (server/src/node, server.ts, cli.ts) do I/O and hand it texts.' })),
            { name: 'vscode', message: 'The language core knows no editor API.' },
            { name: 'vscode-languageserver', message: 'The language core knows no LSP connection; server.ts converts to and from LSP.' },
            { name: 'vscode-languageserver/node', message: 'The language core knows no LSP connection; server.ts converts to and from LSP.' },
          ],
          patterns: [{ group: ['vscode-languageclient*', 'vscode-languageserver/*'], message: 'The language core knows no editor or LSP API.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The language core reads no environment; hosts pass settings in.' }, { name: 'require', message: 'Use import.' }],
    },
  },
);
