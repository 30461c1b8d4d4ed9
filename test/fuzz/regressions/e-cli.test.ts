// The hostile input (e) of issue 14 through the CLI: see ../regressions.ts.
import { hostileTests } from '../regressions';

hostileTests('e', ['cli']);
