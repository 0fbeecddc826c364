// Top 10 of every known-item query for one engine, with one client for all queries (as a reader searching on one page).
//   node rank.mjs ours     SITE KNOWN.json OUT.json   # the site's assets/js/search.js over SITE/search/ (urls and scores)
//   node rank.mjs pagefind SITE KNOWN.json OUT.json   # Pagefind's SITE/pagefind/pagefind.js (urls of its first 10)
// Reads files straight from SITE (no transfer counted: measure.mjs does that on the fixed queries). Writes OUT.json:
// { engine, results: [{ q, kind, target, top: [[url, score?], ...] }] }.
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { folderFetch } from "./folder-fetch.mjs";

const [engine, siteArg, knownPath, outPath] = process.argv.slice(2);
if (!["ours", "pagefind"].includes(engine) || !outPath) {
  console.error("usage: node rank.mjs ours|pagefind SITE KNOWN.json OUT.json");
  process.exit(2);
}
const site = resolve(siteArg);
const known = JSON.parse(await readFile(knownPath, "utf8")).queries;
const fileFetch = folderFetch(site);

let search;
if (engine === "ours") {
  const { createSearch } = await import(pathToFileURL(join(site, "assets/js/search.js")).href);
  const client = createSearch({ baseUrl: "/", fetch: fileFetch });
  search = async (q) => (await client.search(q, { limit: 10 })).map((hit) => [hit.url, hit.score]);
} else {
  globalThis.fetch = fileFetch;
  const pagefind = await import(pathToFileURL(join(site, "pagefind/pagefind.js")).href);
  const instance = pagefind.createInstance({ basePath: "/pagefind/" });
  search = async (q) => {
    const found = await instance.search(q);
    const data = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
    return data.map((page) => [page.url]);
  };
}
const results = [];
for (const { q, kind, target } of known) results.push({ q, kind, target, top: await search(q) });
await writeFile(outPath, JSON.stringify({ engine, results }) + "\n");
