/**
 * dist/server.js, dist/cli.js and dist/judgeWorker.js: each runs its bundle (dist/*.bundle.js,
 * named at build time) with the code V8 compiled for it in an earlier run (`node/codeCache.ts`).
 */
import { launch } from './node/codeCache';

declare const __CITED_BUNDLE__: string;
launch(module, __CITED_BUNDLE__);
