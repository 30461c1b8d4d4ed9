// The hostile input (e) of issue 14 through the server: see ../regressions.ts.
import { hostileTests } from '../regressions';

hostileTests('e', ['server']);
