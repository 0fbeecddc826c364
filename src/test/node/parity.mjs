// Runs the site's real search client (assets/js/search.js) under Node against a baked site folder, for the Java
// parity test. Usage: node parity.mjs <search.js> <site folder> <requests.json>
// requests.json: {"queries": [{"q": "...", "type": null, "year": null}], "words": ["..."]}
// Prints one JSON object: {"results": [[{url, title, score, excerpt, date, type}], ...], "analysis": [{exact, folded}], "bytes": [...]}
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [clientPath, site, requestsPath] = process.argv.slice(2);
const { createSearch } = await import(pathToFileURL(clientPath).href);
const requests = JSON.parse(await readFile(requestsPath, "utf8"));

let fetched = [];
async function localFetch(url) {
  const path = join(site, decodeURIComponent(url.replace(/^\//, "")));
  try {
    const bytes = await readFile(path);
    fetched.push({ url, size: bytes.length });
    return {
      ok: true,
      status: 200,
      json: async () => JSON.parse(bytes.toString("utf8")),
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    };
  } catch {
    return { ok: false, status: 404 };
  }
}

const search = createSearch({ baseUrl: "/", fetch: localFetch });
const results = [];
const requestsPerQuery = [];
for (const query of requests.queries) {
  fetched = [];
  results.push(await search.search(query.q, { limit: query.limit ?? 10, type: query.type ?? undefined, year: query.year ?? undefined }));
  requestsPerQuery.push(fetched);
}
const analysis = await search.analyze("");
const words = (requests.words ?? []).map((word) => {
  const exact = analysis.exactTerms(word);
  return { exact, folded: analysis.foldedTerms(exact) };
});
process.stdout.write(JSON.stringify({ results, analysis: words, requests: requestsPerQuery }));
