// How often the excerpt a result list shows holds a query word, ours beside Pagefind, on the known-item queries.
//   node excerpts.mjs OURS_SITE PAGEFIND_SITE KNOWN.json OUT.json
// Ours: for each of the top 10 results, the search page's query-centred excerpt (search.js `excerpt` over the row's
// lead and the page's indexed body, as search-page.js builds it; the body read from the baked HTML here, not through a
// DOM) and, for comparison, the lead alone (what results showed before). Pagefind: its `excerpt` of each of its first
// 10 results. "Holds a query word": some word of it is a query word, marks, đ and case aside (search.js `matcher`,
// the same test for both engines, without type-ahead). Prints one line and writes OUT.json.
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { folderFetch } from "./folder-fetch.mjs";

const [oursArg, pagefindArg, knownPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node excerpts.mjs OURS_SITE PAGEFIND_SITE KNOWN.json OUT.json");
  process.exit(2);
}
const ours = resolve(oursArg);
const known = JSON.parse(await readFile(knownPath, "utf8")).queries;
const { createSearch, excerpt } = await import(pathToFileURL(join(ours, "assets/js/search.js")).href);
const client = createSearch({ baseUrl: "/", fetch: folderFetch(ours) });
const analysis = await client.analyze("");

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
/** The text of the page's `data-search="body"` element: blocks apart, inline tags joined, entities decoded. */
async function bodyText(url) {
  const html = await readFile(join(ours, decodeURIComponent(url).replace(/^\/+/, ""), "index.html"), "utf8");
  const open = html.search(/<(\w+)[^>]*data-search="body"/);
  if (open < 0) return "";
  const tag = /^<(\w+)/.exec(html.slice(open))[1];
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
  tags.lastIndex = open;
  let depth = 0;
  let end = html.length;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index;
      break;
    }
  }
  return html.slice(open, end).replace(/<\/?(p|li|h\d|td|th|div|blockquote|figcaption|pre|dt|dd|br|tr|ul|ol)\b[^>]*>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name) => (name[0] === "#"
      ? String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : ENTITIES[name] ?? all));
}

const holds = (text, wordOf) => [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].some(([word]) => wordOf(word) !== null);

const counts = { excerpt: 0, lead: 0, results: 0, pagefind: 0, pagefindResults: 0 };
for (const { q } of known) {
  const wordOf = analysis.matcher(q, false);
  for (const hit of await client.search(q, { limit: 10 })) {
    const lead = hit.excerpt.replace(/…$/u, "");
    const shown = excerpt(lead + " " + await bodyText(new URL(hit.url, "http://x/").pathname), wordOf) ?? hit.excerpt;
    counts.results++;
    counts.excerpt += holds(shown, wordOf) ? 1 : 0;
    counts.lead += holds(hit.excerpt, wordOf) ? 1 : 0;
  }
}
globalThis.fetch = folderFetch(resolve(pagefindArg));
const pagefind = await import(pathToFileURL(join(resolve(pagefindArg), "pagefind/pagefind.js")).href);
const instance = pagefind.createInstance({ basePath: "/pagefind/" });
for (const { q } of known) {
  const wordOf = analysis.matcher(q, false);
  const found = await instance.search(q);
  for (const page of await Promise.all(found.results.slice(0, 10).map((result) => result.data()))) {
    counts.pagefindResults++;
    counts.pagefind += holds(page.excerpt.replace(/<[^>]*>/g, ""), wordOf) ? 1 : 0;
  }
}
const pct = (part, whole) => (100 * part / whole).toFixed(1) + " %";
console.log(`Excerpts holding a query word (${known.length} known-item queries, top 10 each): ours ${pct(counts.excerpt, counts.results)}`
  + ` of ${counts.results} (the lead alone: ${pct(counts.lead, counts.results)}), Pagefind 1.6.0 ${pct(counts.pagefind, counts.pagefindResults)}`
  + ` of ${counts.pagefindResults}`);
await writeFile(outPath, JSON.stringify(counts) + "\n");
