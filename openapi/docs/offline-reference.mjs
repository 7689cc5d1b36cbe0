// Makes the reference page that `redocly build-docs --inlineBundle` wrote work without a network,
// checks that it does, and writes the result where it ships.
//
//   node openapi/docs/offline-reference.mjs <redoc-output.html> <page.html> [<page.html>...]
//
// build-docs --inlineBundle already puts the Redoc script into the page (without it the page
// imports it from cdn.redocly.com), and Redoc's fonts are data: URLs. What is left are
// absolute URLs inside the inlined Redoc script:
//   - the "API docs by Redocly" logo in the sidebar footer, an <img> from cdn.redoc.ly that is
//     loaded on every page view; it becomes an inline SVG of the same words, so the credit stays;
//   - the bases of Redoc's CDN icon sets (code-language and Font Awesome icons, used by code
//     sample tabs); they become data: URLs, so such an icon is blank instead of a request.
// Afterwards no CDN URL may remain and nothing may be loaded from http(s) by <script>, <link>,
// import or CSS url(); otherwise this script fails, naming what it found. A new Redoc version
// that moves these URLs therefore fails the build instead of shipping a page that phones out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const [page, ...targets] = process.argv.slice(2);
if (!page || targets.length === 0) {
  console.error('usage: node offline-reference.mjs <redoc-output.html> <page.html> [<page.html>...]');
  process.exit(2);
}

const LOGO = 'data:image/svg+xml,' + encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">'
  + '<text x="0" y="12.5" font-family="sans-serif" font-size="13" font-weight="600" fill="#0044d4">Redocly</text></svg>');
const ICONS = 'data:image/svg+xml,';

const replacements = [
  { what: 'Redocly logo (full)', from: 'https://cdn.redoc.ly/redoc/logo-mini-full.svg', to: LOGO },
  { what: 'Redocly logo (mini)', from: 'https://cdn.redoc.ly/redoc/logo-mini.svg', to: LOGO },
  { what: 'CDN icon sets', from: /https:\/\/cdn\.redocly\.com\/icons\/[a-z-]+\/[0-9.]+/g, to: ICONS },
];

let html = readFileSync(page, 'utf8');
for (const { what, from, to } of replacements) {
  const count = typeof from === 'string' ? html.split(from).length - 1 : (html.match(from) ?? []).length;
  if (count === 0) {
    fail(`expected to find the ${what} (${from}) in ${page}: was it built without --inlineBundle, or did Redoc change? Review this script`);
  }
  html = typeof from === 'string' ? html.split(from).join(to) : html.replace(from, to);
  console.log(`[reference] ${what}: ${count} URL(s) made local`);
}

const forbidden = [
  { what: 'a CDN host', pattern: /(?:cdn\.redoc\.ly|cdn\.redocly\.com|unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|fonts\.gstatic\.com)/g },
  { what: 'a remote <script src>', pattern: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//gi },
  { what: 'a remote <link href>', pattern: /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//gi },
  { what: 'a remote import', pattern: /\bimport\s*(?:\(\s*|[^;'"`]*?\bfrom\s*)["'`](?:https?:)?\/\//g },
  { what: 'a remote CSS url()', pattern: /url\(\s*["']?(?:https?:)?\/\/[^)]*\)/gi },
  { what: 'a remote CSS @import', pattern: /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//gi },
];
const problems = [];
for (const { what, pattern } of forbidden) {
  for (const match of html.matchAll(pattern)) {
    problems.push(`${what}: ...${html.slice(Math.max(0, match.index - 60), match.index + 80).replace(/\s+/g, ' ')}...`);
  }
}
if (problems.length > 0) {
  fail(`${page} would load from the network:\n  ${problems.slice(0, 20).join('\n  ')}`);
}

for (const target of targets) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, html);
}
console.log(`[reference] offline page written to ${targets.join(' and ')}`);

function fail(message) {
  console.error(`[reference] ${message}`);
  process.exit(1);
}
