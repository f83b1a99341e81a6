// Drives the explorer in headless Chromium (puppeteer-core is ESM-only, so Jest runs this as a child process).
// Usage: node explorer-driver.mjs <chromium> <explorer url> <query> <headers JSON>
// Prints one JSON line: { opened: { tabs, query, response } (what the explorer showed on load), shown: <the response
// pane after running>, offHost: [<requests to other hosts, blocked>] };
// on a failure, what the page showed and a screenshot path on stderr.
import { tmpdir } from 'node:os';
import path from 'node:path';

import puppeteer from 'puppeteer-core';

const [chromium, explorerUrl, query, headers] = process.argv.slice(2);
const home = new URL(explorerUrl);
const offHost = [];
const responseText = () => document.querySelector('.graphiql-response')?.textContent ?? '';

/** Replaces the text of the Monaco editor inside `selector`, as a paste would (no auto-closed brackets). */
async function replaceEditorText(page, selector, text) {
  await page.waitForSelector(`${selector} .monaco-editor .view-line`, { visible: true });
  await page.click(`${selector} .monaco-editor .view-lines`);
  await page.waitForSelector(`${selector} .monaco-editor.focused`, { timeout: 10_000 });
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Delete');
  await page.keyboard.sendCharacter(text);
}

const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
const page = await browser.newPage();
try {
  await page.setViewport({ width: 1400, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === home.host) {
      void request.continue();
    } else {
      offHost.push(request.url());
      void request.abort('blockedbyclient');
    }
  });
  await page.goto(explorerUrl, { waitUntil: 'networkidle0', timeout: 60_000 });
  await page.waitForSelector('.graphiql-query-editor .monaco-editor .view-line', { visible: true });
  const opened = await page.evaluate(() => ({
    tabs: [...document.querySelectorAll('.graphiql-tab .graphiql-tab-button')].map((t) => t.textContent),
    query: document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ') ?? '',
    response: document.querySelector('.graphiql-response')?.textContent?.replace(/\u00a0/g, ' ') ?? '',
  }));
  await replaceEditorText(page, '.graphiql-query-editor', query);
  const headerEditor = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
  if (!(await page.$(`${headerEditor} .monaco-editor`))) {
    await page.click('button[data-name="headers"]');
  }
  await replaceEditorText(page, headerEditor, headers);
  const before = await page.evaluate(responseText);
  await page.click('.graphiql-execute-button');
  const shown = await page.waitForFunction(
    (previous) => {
      // Monaco renders spaces as non-breaking spaces
      const text = (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\u00a0/g, ' ');
      return text && text !== previous.replace(/\u00a0/g, ' ') ? text : false;
    },
    { timeout: 30_000 },
    before,
  );
  process.stdout.write(`${JSON.stringify({ opened, shown: await shown.jsonValue(), offHost })}\n`);
} catch (err) {
  const file = path.join(tmpdir(), `explorer-failure-${process.pid}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  process.stderr.write(`explorer driver failed: ${err.message}\nresponse pane: ${await page.evaluate(responseText).catch(() => '?')}\nscreenshot: ${file}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
