// Runs the site's real search client (assets/js/search.js) under Node against a baked site folder, for the Java
// parity test. Usage: node parity.mjs <search.js> <site folder> <requests.json>
// requests.json: {"queries": [{"q": "...", "type": null, "year": null, "typing": false}], "words": ["..."],
//                 "postings": [{"base64": "...", "df": 3, "docCount": 10, "base": {"docs": [...], "freqs": [...]} or null}]}
// Prints one JSON object: {"results": [[{url, title, score, excerpt, date, type}], ...], "analysis": [{exact, folded, pairs, plan}],
//                          "requests": [...], "postings": [{docs, freqs}]}
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [clientPath, site, requestsPath] = process.argv.slice(2);
const { createSearch, decodePostings } = await import(pathToFileURL(clientPath).href);
const requests = JSON.parse(await readFile(requestsPath, "utf8"));

let fetched = [];
// The requests the current query started: it is over when all are answered (the client may read ahead unawaited).
let inFlight = [];
function localFetch(url, options = {}) {
  const answered = answer(url, options, fetched);
  inFlight.push(answered);
  return answered;
}

// Answers like a static host: a "Range: bytes=a-b" request gets 206 and just those bytes. Logged in `fetched`, the
// list of the query that asked.
async function answer(url, options, fetched) {
  const path = join(site, decodeURIComponent(url.replace(/^\//, "")));
  try {
    let bytes = await readFile(path);
    let status = 200;
    const range = /^bytes=(\d+)-(\d+)$/.exec(options.headers?.Range ?? "");
    if (range) {
      bytes = bytes.subarray(Number(range[1]), Number(range[2]) + 1);
      status = 206;
    }
    fetched.push({ url, size: bytes.length, range: options.headers?.Range ?? null });
    return {
      ok: true,
      status,
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
  inFlight = [];
  try {
    results.push(await search.search(query.q, { limit: query.limit ?? 10, type: query.type ?? undefined, year: query.year ?? undefined,
      typing: query.typing ?? false }));
  } catch (error) {
    results.push({ error: error.name + ": " + error.message });
  }
  for (let waited = 0; waited < inFlight.length;) {
    waited = inFlight.length;
    await Promise.allSettled(inFlight);
  }
  requestsPerQuery.push(fetched);
}
const analysis = requests.words?.length ? await search.analyze("") : null;
const filters = requests.filters ? await search.filters() : null;
const words = (requests.words ?? []).map((word) => {
  const exact = analysis.exactTerms(word);
  return { exact, folded: analysis.foldedTerms(exact), pairs: analysis.phrasePairs(word),
    plan: analysis.plan(word).map((key) => key.id + (key.required ? " required" : "")) };
});
const postings = (requests.postings ?? []).map(({ base64, df, docCount, base }) => {
  const decodedBase = base ? [Int32Array.from(base.docs), Int32Array.from(base.freqs)] : undefined;
  const [docs, freqs] = decodePostings(Buffer.from(base64, "base64"), df, docCount, decodedBase);
  return { docs: Array.from(docs), freqs: Array.from(freqs) };
});
process.stdout.write(JSON.stringify({ results, analysis: words, requests: requestsPerQuery, postings, filters }));
