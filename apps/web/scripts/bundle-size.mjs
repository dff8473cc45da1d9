#!/usr/bin/env node
// Initial-JS budget (SPEC §7 / the web brief): the gzip size of the JavaScript that index.html
// loads before anything else runs, i.e. the entry chunk and everything it imports statically.
// Lazy chunks (areas, recharts, locale messages, the signed-in app) are not counted in the budget,
// but a second line reports what a signed-in first visit downloads, so the split cannot hide weight.
//
// Usage: node scripts/bundle-size.mjs [distDir]   (after `vite build`; needs build.manifest: true)
// Prints one JSON line per metric; exits 1 when the initial JS is above the limit.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const LIMIT_KB = 170;
const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'));
const manifestPath = path.join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run "vite build" first (build.manifest must be true).`);
  process.exit(2);
}
/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], src?: string}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gzipKb = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

/** A chunk and its static imports, transitively (what the browser must fetch before running it). */
function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}

const sum = (keys) => [...keys].reduce((total, key) => total + gzipKb(manifest[key].file), 0);
const round = (kb) => Math.round(kb * 10) / 10;

// The scripts index.html references: cross-check the manifest entry against the HTML itself.
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry).map(([key]) => key);
const initial = closure(entries);
const initialFiles = new Set([...initial].map((k) => manifest[k].file));
for (const file of [...scripts, ...preloads]) {
  if (!initialFiles.has(file)) {
    console.error(`index.html loads ${file}, which is not in the entry's static import graph`);
    process.exit(2);
  }
}
const initialKb = sum(initial);

// What a signed-in first visit to "My profile" in English downloads, for the report.
const byKey = (suffix) => Object.keys(manifest).find((key) => key.endsWith(suffix));
const signedInKeys = ['src/app/AuthenticatedApp.tsx', 'src/features/people/profile/ProfilePage.tsx', 'src/i18n/locales/en.ts']
  .map(byKey)
  .filter(Boolean);
const signedIn = closure([...entries, ...signedInKeys]);

console.log(JSON.stringify({ metric: 'web_initial_js_gzip_kb', value: round(initialKb), limit: LIMIT_KB }));
console.log(JSON.stringify({ metric: 'web_signed_in_first_visit_js_gzip_kb', value: round(sum(signedIn)), chunks: signedIn.size }));
const recharts = Object.entries(manifest).filter(([key]) => key.includes('WorkModeChart'));
if (recharts.some(([key]) => initial.has(key))) {
  console.error('recharts is in the initial bundle');
  process.exit(1);
}
if (initialKb > LIMIT_KB) {
  console.error(`Initial JS is ${round(initialKb)} KB gzip, above the ${LIMIT_KB} KB budget.`);
  process.exit(1);
}
