// Prints every budget figure against its budget, from the Lighthouse JSON reports written by `run`.
//   node report.mjs REPORT_DIR
// REPORT_DIR holds home.json, article.json, history.json, congress.json, search.json and photos.json (the 5-photo
// fixture article) (Lighthouse 12 `--output json`).
// Exit status: 0 when every figure was measured (whether or not it is within budget),
// 3 when one could not be measured (missing report, Lighthouse runtime error, missing audit or score).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node report.mjs REPORT_DIR');
  process.exit(2);
}

const KB = 1000; // budgets are in kB of 1000 bytes (the stricter reading)
const PAGES = [
  ['home', 'Home'],
  ['article', 'Article'],
  ['history', 'History'],
  ['congress', 'Congress'],
  ['search', 'Search results'],
  ['photos', 'Photo fixture (5 photos)'],
];
const CATEGORIES = [
  ['performance', 'performance', 95],
  ['accessibility', 'accessibility', 100],
  ['best-practices', 'best practices', 100],
  ['seo', 'SEO', 100],
];

const unmeasured = [];
function cannot(what) {
  unmeasured.push(what);
  return null;
}

function load(name) {
  const file = join(dir, `${name}.json`);
  let lhr;
  try {
    lhr = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return cannot(`${file}: ${e.message}`);
  }
  if (lhr.runtimeError) return cannot(`${file}: Lighthouse runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return lhr;
}

const reports = Object.fromEntries(PAGES.map(([name]) => [name, load(name)]));

const rows = [];
function row(name, measured, budget, pass) {
  rows.push([name, measured ?? 'not measured', budget, measured == null ? 'ERROR' : pass ? 'PASS' : 'MISS']);
}
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

// Article weights and requests, from the network-requests audit of the article's first (cold-cache) load.
const article = reports.article;
if (article) {
  const items = article.audits['network-requests']?.details?.items;
  if (!Array.isArray(items) || items.length === 0) {
    cannot('article: no network-requests audit items');
  } else {
    const ofType = (type) => items.filter((r) => r.resourceType === type);
    const sum = (list, key) => list.reduce((total, r) => total + (r[key] ?? 0), 0);

    const documents = ofType('Document').filter((r) => r.url === article.finalDisplayedUrl);
    const html = documents.length === 1 ? documents[0] : cannot('article: its document request is not in network-requests');
    if (html && !(html.transferSize > 0)) cannot('article: no transfer size for the document');
    row('Article HTML, gzipped (bytes on the wire)',
      html ? `${kb(html.transferSize)} (${kb(html.resourceSize)} raw)` : null,
      '<= 30 kB', html && html.transferSize <= 30 * KB);

    const css = ofType('Stylesheet');
    row(`Article CSS, gzipped (${css.length} file${css.length === 1 ? '' : 's'})`,
      `${kb(sum(css, 'transferSize'))} (${kb(sum(css, 'resourceSize'))} raw)`,
      '<= 15 kB', sum(css, 'transferSize') <= 15 * KB);

    // External scripts come from network-requests; inline scripts (not JSON-LD data) are counted from the HTML.
    const js = ofType('Script');
    let inline = 0;
    try {
      const page = await (await fetch(article.finalDisplayedUrl)).text();
      for (const [, attrs, body] of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
        const isJs = !type || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
        if (isJs && !/\bsrc\s*=/i.test(attrs)) inline += Buffer.byteLength(body, 'utf8');
      }
    } catch (e) {
      cannot(`article: could not read its HTML for inline scripts: ${e.message}`);
    }
    const jsRaw = sum(js, 'resourceSize') + inline;
    row(`Article JS, uncompressed (${js.length} file${js.length === 1 ? '' : 's'} + inline)`,
      `${kb(jsRaw)} (${kb(sum(js, 'resourceSize'))} files, ${kb(inline)} inline; files ${kb(sum(js, 'transferSize'))} gzipped)`,
      '<= 5 kB', jsRaw <= 5 * KB);

    const byType = Object.entries(items.reduce((acc, r) => ({ ...acc, [r.resourceType ?? 'Other']: (acc[r.resourceType ?? 'Other'] ?? 0) + 1 }), {}))
      .map(([type, n]) => `${type} ${n}`).join(', ');
    row('Article requests on first load', `${items.length} (${byType})`, '<= 6', items.length <= 6);
  }
}

// The photo fixture (issue #14): layout shift and the largest paint, which its lead image should be.
const photos = reports.photos;
if (photos) {
  const cls = photos.audits['cumulative-layout-shift']?.numericValue;
  row('Photo fixture: cumulative layout shift', typeof cls === 'number' ? cls.toFixed(3) : cannot('photos: no CLS'),
    '<= 0.05', cls <= 0.05);
  const lcp = photos.audits['largest-contentful-paint'];
  const element = photos.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector;
  row('Photo fixture: largest contentful paint (simulated)',
    lcp ? `${lcp.displayValue}${element ? ` (${element})` : ''}` : cannot('photos: no LCP'), '<= 2.5 s', lcp?.numericValue <= 2500);
  const images = (photos.audits['network-requests']?.details?.items ?? []).filter((r) => r.resourceType === 'Image');
  row(`Photo fixture: images on first load (${images.length})`,
    `${kb(images.reduce((t, r) => t + (r.transferSize ?? 0), 0))}: ${images.map((r) => `${r.url.split('/').pop()} ${kb(r.transferSize ?? 0)}`).join(', ')}`,
    'lead <= 60 kB', (images.find((r) => /\/anh-1-\d+\./.test(r.url))?.transferSize ?? Infinity) <= 60 * KB);
}

// Lighthouse category scores, mobile.
const notes = [];
for (const [name, label] of PAGES) {
  const lhr = reports[name];
  for (const [id, catLabel, min] of CATEGORIES) {
    const category = lhr?.categories?.[id];
    const score = category && typeof category.score === 'number' ? Math.round(category.score * 100) : null;
    if (lhr && score == null) cannot(`${name}: no ${id} score`);
    row(`${label}: Lighthouse ${catLabel}`, score, min === 100 ? '= 100' : `>= ${min}`, score != null && score >= min);
    if (category && score != null && score < 100) {
      // The weighted audits that cost points, to say where a score below 100 comes from.
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) {
          notes.push(`${label} ${catLabel}: ${ref.id} = ${Math.round(audit.score * 100)}` +
            (audit.displayValue ? ` (${audit.displayValue})` : '') + ` – ${audit.title}`);
          for (const item of (audit.details?.items ?? []).slice(0, 3)) {
            const where = item.sourceLocation?.url ?? item.url ?? item.node?.selector;
            const what = item.description ?? item.node?.explanation ?? item.node?.snippet;
            if (where || what) notes.push(`    ${[where, what].filter(Boolean).join(': ')}`);
          }
        }
      }
    }
  }
}

const header = ['figure', 'measured', 'budget', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));

const missed = rows.filter((r) => r[3] === 'MISS').length;
const passed = rows.filter((r) => r[3] === 'PASS').length;
console.log();
console.log(`${passed} within budget, ${missed} over budget, ${unmeasured.length} not measured` +
  ` (reports: ${dir}; budgets are printed, not enforced)`);
if (notes.length) {
  console.log();
  console.log('Audits costing points:');
  for (const n of notes) console.log(`  ${n}`);
}
if (unmeasured.length) {
  console.error();
  for (const u of unmeasured) console.error(`could not measure: ${u}`);
  process.exit(3);
}
