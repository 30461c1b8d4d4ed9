// The hostile input (e) of issue 14 through the core: see ../regressions.ts (its CLI and server runs are files of their own).
import { hostileTests } from '../regressions';

hostileTests('e', ['core']);
