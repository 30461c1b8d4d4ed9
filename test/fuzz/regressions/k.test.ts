// The hostile input (k), found by `npm run fuzz` (seed 823910939), through the core, the CLI and the server: see ../regressions.ts.
import { hostileTests } from '../regressions';

hostileTests('k');
