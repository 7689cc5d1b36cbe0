// Opens the API reference that the emulator serves at / in a real browser and checks that it
// works: Redoc renders, every operation is in the side menu and renders in the body with its rate
// limit, its error codes and its recorded examples, the error-code table is there, and the page
// logs no console error, throws nothing and makes no request besides the page itself (it must
// work offline). Saves a full-page screenshot either way.
//
//   node emulator-tests/src/test/js/reference-page.mjs <url> <screenshot.png> <operationId,operationId,...>
//
// Run from the repository root (so that playwright-core resolves from its node_modules). The
// operationIds are what the page must show; the details to look for (summaries, tags, examples,
// error codes) come from the spec the same server serves at /openapi.json. Exit code 0 when every
// check passes, 1 when one fails (all problems are printed), 2 on wrong usage.
//
// Uses the system Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) through playwright-core; it
// never downloads a browser. Waits only for conditions, each with a timeout; no sleeps.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const STEP_TIMEOUT_MS = 20_000;
const TOTAL_TIMEOUT_MS = 150_000;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// --disable-background-networking and friends keep Chromium from calling Google services, which
// on a closed network would only fail (and slow everything down).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const [url, screenshotPath, operationIdList] = process.argv.slice(2);
if (!url || !screenshotPath || !operationIdList) {
  console.error('usage: node reference-page.mjs <url> <screenshot.png> <operationId,operationId,...>');
  process.exit(2);
}
const expectedIds = operationIdList.split(',').map((id) => id.trim()).filter(Boolean);
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}; install it (apt-get install chromium) or set CHROMIUM_PATH`);
  process.exit(2);
}

const log = (message) => console.log(`[reference-page] ${message}`);
const problems = [];
const problem = (message) => {
  problems.push(message);
  console.log(`[reference-page] PROBLEM: ${message}`);
};
setTimeout(() => {
  console.error(`[reference-page] gave up after ${TOTAL_TIMEOUT_MS / 1000} s; problems so far:\n  ${problems.join('\n  ') || 'none'}`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS).unref();

const pageUrl = new URL(url);
const spec = await fetchSpec(new URL('/openapi.json', pageUrl));
const operations = operationsById(spec);

const userDataDir = mkdtempSync(join(tmpdir(), 'reference-page-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1920, height: 1080 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  watch(page);
  try {
    await checkPage(page);
  } catch (error) {
    problem(`check aborted: ${error.message.split('\n')[0]}`);
  }
  // best effort: if the first tag cannot be shown, the checks above have said why
  await showFirstTag(page).catch(() => {});
  try {
    // Redoc marks its sections content-visibility: auto, so Chromium paints only those near the
    // viewport and a full-page capture would come out blank below the first screen.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true, timeout: 60_000 });
    log(`screenshot ${screenshotPath}`);
  } catch (error) {
    problem(`screenshot failed: ${error.message.split('\n')[0]}`);
  }
} finally {
  await context?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.log(`[reference-page] FAILED, ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
log(`OK: ${expectedIds.length} operation(s) listed and rendered, error-code table shown, no errors, no other requests`);
process.exit(0);

// --- the checks ------------------------------------------------------------------------------------

/** Everything that goes wrong on the page while the checks run counts as a problem. */
function watch(page) {
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problem(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problem(`uncaught error in the page: ${error.message}`));
  page.on('requestfailed', (request) => problem(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problem(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  // the page is self-contained: the document is the only request it may make (data: and blob:
  // URLs are Redoc's own inlined resources and never reach the network)
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol === 'data:' || target.protocol === 'blob:') {
      return;
    }
    if (target.origin !== pageUrl.origin) {
      problem(`request to the network: ${request.url()} (the page must work offline)`);
    } else if (target.pathname !== pageUrl.pathname) {
      problem(`unexpected request: ${request.url()} (the page needs no other resource)`);
    }
  });
}

async function checkPage(page) {
  await page.goto(pageUrl.href, { waitUntil: 'load' });
  // The page arrives pre-rendered, so the menu is there before Redoc's script runs; it reacts to
  // clicks only once React has hydrated it, which marks each hydrated element with __reactProps$.
  await page.waitForFunction(() => {
    const menu = document.querySelector('[data-component-name="Menu/Menu"]');
    return menu !== null && Object.keys(menu).some((key) => key.startsWith('__reactProps$'));
  });
  log(`Redoc rendered ${await page.title()}`);

  await checkErrorCodeTable(page);

  const byTag = new Map();
  for (const id of expectedIds) {
    const operation = operations.get(id);
    if (operation === undefined) {
      problem(`operation ${id} is not in ${new URL('/openapi.json', pageUrl)}`);
      continue;
    }
    byTag.set(operation.tag, [...(byTag.get(operation.tag) ?? []), operation]);
  }
  const seenInMenu = new Set();
  for (const [tag, tagOperations] of byTag) {
    const group = tagEntry(page, tag);
    if (await group.count() !== 1) {
      problem(`the side menu has no entry for tag ${tagLabel(tag)}`);
      continue;
    }
    // the tag's entry links to /<tag>; once chosen, the group unfolds into links to #/<tag>/<operation>
    const operationLinks = menu(page).locator(`a[href^="#${await group.getAttribute('href')}/"]`);
    await group.click();
    try {
      await operationLinks.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS / 2 });
    } catch {
      problem(`the side menu lists no operation under ${tagLabel(tag)}`);
    }
    for (const href of await operationLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      seenInMenu.add(href.slice(href.lastIndexOf('/') + 1));
    }
    for (const operation of tagOperations) {
      await checkOperation(page, operation);
    }
  }
  const expectedSlugs = new Set(expectedIds.map((id) => id.toLowerCase()));
  for (const slug of seenInMenu) {
    if (!expectedSlugs.has(slug)) {
      problem(`the side menu lists an operation that is not expected: ${slug}`);
    }
  }
}

/** For the screenshot: the first tag's operations, opened at its first one (Redoc shows one tag at a time). */
async function showFirstTag(page) {
  const first = operations.get(expectedIds.find((id) => operations.has(id)));
  if (first === undefined) {
    return;
  }
  const group = tagEntry(page, first.tag);
  if (await group.count() === 1) {
    await group.click();
    const link = menu(page).locator(`a[href$="/${first.id.toLowerCase()}"]`);
    await link.click({ timeout: STEP_TIMEOUT_MS / 2 });
    await heading(page.locator(`[data-section-id$="/${first.id.toLowerCase()}"]`), first.summary).waitFor({ state: 'visible' });
  }
}

/** The API description carries the table of every error code; all of its rows must be shown. */
async function checkErrorCodeTable(page) {
  const section = page.locator('[data-section-id="/section/error-codes"]');
  await heading(section, 'Error codes').waitFor({ state: 'visible' });
  const table = section.locator('table').first();
  await table.waitFor({ state: 'visible' });
  const shown = new Set((await table.locator('tbody tr td:first-child').allInnerTexts()).map((text) => text.trim()));
  const codes = (spec.components?.schemas?.ErrorCode?.['x-error-codes'] ?? []).map((row) => String(row.code));
  if (codes.length === 0) {
    problem('the spec has no error-code table (components.schemas.ErrorCode.x-error-codes)');
  }
  const missing = codes.filter((code) => !shown.has(code));
  if (missing.length > 0) {
    problem(`the error-code table lacks ${missing.length} of ${codes.length} codes: ${missing.slice(0, 10).join(', ')}`);
  } else {
    log(`error-code table shows all ${codes.length} codes`);
  }
}

/** Listed in the menu, and once chosen rendered in the body with its limit, codes and examples. */
async function checkOperation(page, operation) {
  const slug = operation.id.toLowerCase();
  const link = menu(page).locator(`a[href$="/${slug}"]`);
  if (await link.count() !== 1) {
    problem(`${operation.id}: not in the side menu (no link ending in /${slug} under ${tagLabel(operation.tag)})`);
    return;
  }
  const label = (await link.innerText()).replace(/\s+/g, ' ');
  if (!label.includes(operation.summary)) {
    problem(`${operation.id}: the menu entry reads "${label}", not the summary "${operation.summary}"`);
  }
  await link.click();
  const section = page.locator(`[data-section-id$="/${slug}"]`);
  await heading(section, operation.summary).waitFor({ state: 'visible' });
  const text = await section.innerText();

  if (!text.includes('Rate limit:')) {
    problem(`${operation.id}: the rate limit is not shown`);
  }
  // the description's table of the operation's own error codes (written by the bundler)
  const codeCells = section.locator('table').first().locator('tbody tr td:first-child');
  const shownCodes = new Set((await codeCells.allInnerTexts()).map((cell) => cell.trim()));
  const missingCodes = operation.errorCodes.filter((code) => !shownCodes.has(String(code)));
  if (missingCodes.length > 0) {
    problem(`${operation.id}: error codes not shown: ${missingCodes.join(', ')}`);
  }
  // the sample panels show the first request and the first response example
  const samples = section.locator('[data-component-name="JsonViewer/JsonViewer"]');
  await samples.first().waitFor({ state: 'visible' });
  const shownPanels = await samples.allInnerTexts();
  const shownSamples = shownPanels.join('\n');
  for (const [what, example] of [['request', operation.requestExample], ['response', operation.responseExample]]) {
    if (example === undefined) {
      problem(`${operation.id}: the spec has no ${what} example`);
      continue;
    }
    const keys = Object.keys(example.value ?? {});
    if (keys.length === 0) {
      // a body without fields (copy_default_gift_config sends {}) has no key to look for: its panel shows the braces alone
      if (!shownPanels.some((panel) => panel.replace(/\s+/g, '') === '{}')) {
        problem(`${operation.id}: the recorded ${what} example "${example.name}", an empty object, is not shown`);
      }
      continue;
    }
    const missing = keys.filter((key) => !shownSamples.includes(`"${key}"`));
    if (missing.length > 0) {
      problem(`${operation.id}: the recorded ${what} example "${example.name}" is not shown (missing ${missing.join(', ')})`);
    }
  }
  if (operation.responseExampleCount > 1 && !text.includes(operation.responseExample.summary)) {
    problem(`${operation.id}: the response example picker does not show "${operation.responseExample.summary}"`);
  }
  log(`${operation.id}: listed and rendered ("${operation.summary}", ${operation.errorCodes.length} error codes, examples shown)`);
}

// --- helpers --------------------------------------------------------------------------------------

/** A heading with this text (Redoc puts a "link to ..." anchor in front, so the name ends with it). */
/** The heading showing {@code text}; Redoc adds a "Deprecated" badge to the heading of a deprecated operation. */
function heading(scope, text) {
  return scope.getByRole('heading', { name: new RegExp(`(^|\\s)${escape(text)}(\\W|$)`) }).first();
}

function menu(page) {
  return page.locator('[data-component-name="Menu/Menu"]');
}

/** The side-menu entry of a tag (shown by its x-displayName when it has one). */
function tagEntry(page, tag) {
  return menu(page).locator('a').filter({ hasText: new RegExp(`^\\s*${escape(tagLabel(tag))}\\s*$`) });
}

function tagLabel(tag) {
  const declared = (spec.tags ?? []).find((t) => t.name === tag);
  return declared?.['x-displayName'] ?? tag;
}

async function fetchSpec(specUrl) {
  const response = await fetch(specUrl);
  if (!response.ok) {
    console.error(`[reference-page] cannot read the spec at ${specUrl}: HTTP ${response.status}`);
    process.exit(1);
  }
  return response.json();
}

function operationsById(document) {
  const found = new Map();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation !== 'object' || operation === null || !operation.operationId) {
        continue;
      }
      const request = pickExample(operation.requestBody?.content);
      const success = operation.responses?.['200'] ?? Object.values(operation.responses ?? {})[0];
      const response = pickExample(success?.content);
      found.set(operation.operationId, {
        id: operation.operationId,
        path,
        method,
        summary: operation.summary ?? '',
        tag: (operation.tags ?? [])[0] ?? '',
        errorCodes: operation['x-error-codes'] ?? [],
        requestExample: request?.example,
        responseExample: response?.example,
        responseExampleCount: response?.count ?? 0,
      });
    }
  }
  return found;
}

/** The example Redoc shows until another is picked: the first (in this spec, "recorded", the vendor's payload). */
function pickExample(content) {
  const media = Object.values(content ?? {})[0];
  const examples = Object.entries(media?.examples ?? {});
  if (examples.length === 0) {
    return undefined;
  }
  const [name, example] = examples[0];
  return { example: { name, summary: example.summary ?? name, value: example.value }, count: examples.length };
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
