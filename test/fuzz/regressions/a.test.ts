// The hostile input (a) of issue 14 through the core, the CLI and the server: see ../regressions.ts.
import { hostileTests } from '../regressions';

hostileTests('a');
