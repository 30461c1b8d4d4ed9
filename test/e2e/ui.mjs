#!/usr/bin/env node
/**
 * The packaged extension as a writer sees it: code-server with cited.vsix installed, driven
 * through Chromium with Playwright. Opens the example draft, hovers a marker and reads the
 * hover, runs "Cited: Check All Citations" from the command palette and reads the
 * notification and the Problems panel, opens the Insert Citation quick pick, the Sources view and the
 * markdown preview. Saves
 * screenshots to .e2e-out/screenshots/ (ignored by git); `npm run screenshots` copies them to docs/. Every wait is for something on screen, never a fixed sleep.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { CODE_SERVER, startCodeServer, launchBrowser } from './launcher.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const vsix = process.argv[2] ?? path.join(repo, 'cited.vsix');
/** Screenshots of this run; `npm run screenshots` copies them into docs/ for the README. */
const shots = path.join(repo, '.e2e-out', 'screenshots');
const checks = [];
/** Runs a command from the command palette, as a writer would. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title.replace(/^Cited: /, '') }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** A screenshot once the workbench's finite animations (a hover fading in, a list sliding open) have run to their end. */
async function screenshot(page, file) {
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))));
  await page.screenshot({ path: path.join(shots, file) });
}

const ok = (what) => {
  checks.push(what);
  console.log(`  ✔ ${what}`);
};

async function main() {
  const made = [];
  process.on('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true, maxRetries: 3 })));
  const tmp = (p) => {
    const d = realpathSync(mkdtempSync(path.join(os.tmpdir(), p)));
    made.push(d);
    return d;
  };
  // A stable folder name, so the screenshots (which show it) only change when the UI does.
  const ws = path.join(tmp('cited-ui-ws-'), 'newsroom');
  cpSync(path.join(repo, 'examples'), ws, { recursive: true });
  const userDataDir = tmp('cited-ui-user-');
  const extensionsDir = tmp('cited-ui-ext-');
  const install = spawnSync(CODE_SERVER, ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: userDataDir } });
  assert.equal(install.status, 0, install.stderr + install.stdout);
  ok(`installed ${path.basename(vsix)} into code-server`);

  const server = await startCodeServer({ userDataDir, extensionsDir });
  const browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    // Open the draft through Quick Open, as a writer would.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('fact-check.md');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.view-lines').filter({ hasText: 'Fact-check pass on the bridge story' }).waitFor({ timeout: 30_000 });
    ok('opened drafts/fact-check.md');

    // The server is ready when the status bar says so and the draft has squiggles.
    await page.locator('.statusbar-item').filter({ hasText: /Cited: 7 sources/ }).waitFor({ timeout: 60_000 });
    ok('status bar shows "Cited: 7 sources"');
    await page.locator('.view-overlays .squiggly-warning, .view-overlays .squiggly-error').first().waitFor({ timeout: 30_000 });
    ok('diagnostics are drawn in the editor');

    // Hover the [1] marker of the first sentence and read the hover widget. The line's text
    // spans are measured to find the marker's place (monospace, so characters are equal width).
    const line = page.locator('.editor-instance .view-lines .view-line').filter({ hasText: 'The council approved $52 million' }).first();
    await line.waitFor();
    // The editor re-renders lines as decorations arrive; poll until the line's text span has settled.
    let lineBox = null;
    let lineText = '';
    for (const until = Date.now() + 15_000; !lineBox && Date.now() < until; ) {
      const span = page.locator('.editor-instance .view-lines .view-line > span').filter({ hasText: 'The council approved $52 million' }).first();
      lineText = ((await span.textContent().catch(() => '')) ?? '').replace(/\u00a0/g, ' ');
      lineBox = lineText ? await span.boundingBox().catch(() => null) : null;
      if (!lineBox) await page.waitForTimeout(100);
    }
    assert.ok(lineBox, 'the sentence is on screen');
    const charWidth = lineBox.width / lineText.length;
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Minutes of the Port Alder City Council' });
    // The editor may still be laying out the line when the pointer first arrives: leave and come back, as a writer would.
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(5, 5);
      await page.mouse.move(lineBox.x + charWidth * (lineText.indexOf('[1]') + 1.5), lineBox.y + lineBox.height / 2, { steps: 4 });
      try {
        await hover.waitFor({ timeout: 6_000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    const hoverText = await hover.innerText();
    assert.match(hoverText, /Not supported|Partly supported/);
    assert.match(hoverText, /\$48 million/);
    ok('hover shows the verdict, the source title and the figure the source gives');
    await screenshot(page, 'hover.png');

    // Check All Citations from the command palette.
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await runCommand(page, 'Cited: Check All Citations');
    const toast = page.locator('.notification-toast').filter({ hasText: /Cited checked 3 drafts/ });
    await toast.waitFor({ timeout: 60_000 });
    const toastText = await toast.innerText();
    assert.match(toastText, /Cited checked 3 drafts \(\d+ citations, 7 sources\): \d+ errors?, \d+ warnings?/);
    ok(`notification: "${toastText.split('\n').find((l) => l.includes('Cited checked'))}"`);
    await toast.locator('.monaco-button, a.monaco-button').filter({ hasText: 'Open Problems' }).click();
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    const rowTexts = await rows.allInnerTexts();
    const visible = rowTexts.join('\n');
    for (const code of ['number-mismatch', 'quote-not-found', 'unsupported-claim']) assert.ok(visible.includes(code), `${code} in the Problems panel:\n${visible}`);
    ok('Problems panel rows show number-mismatch, quote-not-found and unsupported-claim with their messages');
    await page.locator('.notification-toast').filter({ hasText: /checking citations/ }).waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    await screenshot(page, 'problems.png');
    // Collapsed, the panel lists one row per file: the drafts that were never opened are there too.
    await page.locator('.part.panel .action-label[aria-label="Collapse All"]:visible').first().click();
    await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'pandoc-notes.md' }).first().waitFor({ timeout: 15_000 });
    const files = (await rows.allInnerTexts()).map((t) => t.split('\n')[0]);
    for (const f of ['fact-check.md', 'harbour-bridge.md', 'pandoc-notes.md']) assert.ok(files.some((t) => t.includes(f)), `${f} in ${files.join(' | ')}`);
    ok(`Problems panel lists the never-opened drafts too: ${files.join(' | ')}`);

    // Insert Citation: the quick pick of sources, best matches for the sentence first.
    // The cursor at the end of the uncited sentence, so the picker ranks sources for it.
    await page.locator('.editor-instance .view-lines .view-line').filter({ hasText: 'Officials expect the project' }).first().click();
    await page.keyboard.press('End');
    await runCommand(page, 'Cited: Insert Citation');
    await page.locator('.quick-input-widget').filter({ hasText: 'Cited: Insert Citation' }).waitFor({ timeout: 15_000 });
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Minutes of the Port Alder City Council' }).first().waitFor({ timeout: 15_000 });
    const picks = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
    assert.ok(picks.length >= 7, `quick pick lists the sources: ${picks.length}`);
    assert.ok(picks.join('\n').includes('Best matches for this sentence'), picks.join('\n'));
    ok(`Insert Citation quick pick lists ${picks.length} rows, best matches for the sentence first`);
    // The pointer off the list, so no row's tooltip covers it.
    await page.mouse.move(1300, 850);
    await screenshot(page, 'insert-citation.png');
    await page.keyboard.press('Escape');

    // Typing "[" at the end of the sentence: the suggest widget offers the sources as markers; Enter takes the first.
    await page.locator('.editor-instance .view-lines .view-line').filter({ hasText: 'Officials expect the project' }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' [');
    const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: /^\[\d+\] / });
    await suggestion.first().waitFor({ timeout: 15_000 });
    const offered = await page.locator('.suggest-widget .monaco-list-row').allInnerTexts();
    assert.ok(offered.length >= 7, `the suggest widget lists the sources: ${offered.join(' | ')}`);
    await screenshot(page, 'completion.png');
    const chosen = offered[0].split('\n')[0];
    const number = /^\[(\d+)\]/.exec(chosen)?.[1];
    assert.ok(number, `the first suggestion is a marker: ${chosen}`);
    await page.keyboard.press('Enter');
    const cited = page.locator('.editor-instance .view-lines .view-line').filter({ hasText: 'Officials expect the project' }).first();
    await page.waitForFunction(
      ([n]) => [...document.querySelectorAll('.editor-instance .view-lines .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes('Officials expect the project') && l.textContent.replace(/\u00a0/g, ' ').trimEnd().endsWith(`[${n}]`)),
      [number],
      { timeout: 15_000 },
    );
    ok(`typing "[" offered ${offered.length} sources; Enter wrote ${(await cited.innerText()).replace(/\u00a0/g, ' ').trim().slice(-12)}`);
    await page.keyboard.press('Control+Z');

    // The Sources view in the Explorer: each source with its format and how often it is cited.
    // The panel closed (Ctrl+J), so the view has the height of the side bar.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+J');
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 15_000 });
    await page.keyboard.press('Control+Shift+E');
    // The workspace folder collapsed, so the sources are in view.
    const folderHeader = page.locator('.pane-header').filter({ hasText: 'newsroom' }).first();
    if ((await folderHeader.getAttribute('aria-expanded')) === 'true') await folderHeader.click();
    const sourcesHeader = page.locator('.pane-header').filter({ hasText: 'Sources' }).first();
    await sourcesHeader.waitFor({ timeout: 15_000 });
    if ((await sourcesHeader.getAttribute('aria-expanded')) !== 'true') await sourcesHeader.click();
    const sourceRow = page.locator('.monaco-list-row').filter({ hasText: 'Minutes of the Port Alder City Council' }).filter({ hasText: /cited \d+×/ });
    await sourceRow.first().waitFor({ timeout: 30_000 });
    ok(`Sources view: "${(await sourceRow.first().innerText()).replace(/\s+/g, ' ').trim()}"`);
    await page.mouse.move(1300, 850);
    await screenshot(page, 'sources-view.png');

    // The markdown preview: markers as superscript links to their sources, and the list of sources at the end.
    await page.locator('.editor-instance .view-lines .view-line').filter({ hasText: 'The council approved $52 million' }).first().click();
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await preview.locator('sup.cited-marker a[title*="Minutes of the Port Alder City Council"]').first().waitFor({ timeout: 30_000 });
    await preview.locator('section.cited-references li').first().waitFor({ timeout: 15_000 });
    ok(`preview: markers are superscript links titled with their source, and ${await preview.locator('section.cited-references li').count()} sources are listed`);
    await screenshot(page, 'preview.png');
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
  console.log(`browser run: ${checks.length} checks passed; screenshots in .e2e-out/screenshots/ (npm run screenshots copies them to docs/)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
