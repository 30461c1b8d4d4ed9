/** The @vscode/test-electron contract: VS Code loads this module in the extension host and awaits run(). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // extension.test.js first (it waits for the extension to be ready), then the other suite files by name.
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && f !== 'extension.test.js').sort();
  for (const f of ['extension.test.js', ...files]) mocha.addFile(path.resolve(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
