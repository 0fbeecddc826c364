// Per-query transfer of a search client over a baked site, with a file-backed fetch that counts every file read.
//   node measure.mjs ours     SITE QUERIES.json OUT.json   # the site's assets/js/search.js over SITE/search/
//   node measure.mjs pagefind SITE QUERIES.json OUT.json   # Pagefind's SITE/pagefind/pagefind.js (its JS API, no UI)
//   node measure.mjs ours SITE QUERIES.json OUT.json JAR    # also checks the first 10 queries against `JAR search`
// Two runs over the fixed query list, each query asking for the top 10 results with what a result list shows
// (ours: url, title, excerpt; Pagefind: search() then data() of the first 10 results):
//   warm: one client for all queries, as a reader searching several times on one page: query 1 is the cold query
//         and its total includes the client's own JS, as a browser downloads it; queries 2..n are the later queries;
//   cold: a fresh client for every query (JS included each time): what each query would cost as the first one;
//   paced: the warm run again, each answer held back PACE_MS, to count each query's sequential rounds (below).
// Bytes are file sizes as fetched (raw); `wire` estimates a static host's compression: gzip -6 for text types
// (.js, .json, .css, .html), the bytes as they are for the rest (our .bin packs; Pagefind's .pf_* and wasm files are
// gzip-compressed already). Prints nothing but errors; writes OUT.json.
import { readFile, writeFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const [engine, siteArg, queriesPath, outPath, jar] = process.argv.slice(2);
if (!["ours", "pagefind"].includes(engine) || !siteArg || !queriesPath || !outPath) {
  console.error("usage: node measure.mjs ours|pagefind SITE QUERIES.json OUT.json");
  process.exit(2);
}
const site = resolve(siteArg);
// Plain strings (queries.json) or known items ({ q, kind, target }, known-items.mjs).
const items = JSON.parse(await readFile(queriesPath, "utf8")).queries;
const queries = items.map((query) => (typeof query === "string" ? query : query.q));
// "accented" (title order), "reordered", "unaccented" for known items; null for plain strings.
const kinds = items.map((query) => (typeof query === "string" ? null : query.kind ?? null));
const LIMIT = 10;

const TEXT = new Set([".js", ".mjs", ".json", ".css", ".html", ".svg", ".txt"]);
const sizes = new Map();
async function sizeOf(path) {
  if (!sizes.has(path)) {
    const bytes = await readFile(join(site, path));
    const gzip = gzipSync(bytes, { level: 6 }).length;
    sizes.set(path, { bytes: bytes.length, wire: TEXT.has(extname(path)) ? Math.min(gzip, bytes.length) : bytes.length });
  }
  return sizes.get(path);
}

const TYPES = { ".json": "application/json", ".js": "text/javascript", ".wasm": "application/wasm" };
let log = [];
// The requests the current query started, answered or not.
let inFlight = [];
// How long the paced run holds back each answer: far longer than reading a local file, so that requests of one wave
// (all started before any answers) and requests that waited for an answer are told apart by their times alone.
const PACE_MS = 25;
let pace = 0;
/** The byte range of a request ("bytes=10-19"), from a plain object or a Headers, as [start, end] inclusive; or null. */
function rangeOf(init) {
  const headers = init?.headers;
  const value = headers && (typeof headers.get === "function" ? headers.get("range") : Object.entries(headers).find(([k]) => k.toLowerCase() === "range")?.[1]);
  const match = value && /^bytes=(\d+)-(\d+)$/.exec(String(value).trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * fetch over the site folder: "/search/x.json", "http://h/pagefind/y?ts=1" → SITE/…; every answered request is logged.
 * A Range header is honoured as a static host does (206 with the slice; the slice's bytes are counted, uncompressed).
 */
function fileFetch(input, init) {
  // A request counts for the query that made it, even when answered after that query's results (a client may read
  // ahead without waiting): `run` waits for every request its query started.
  const into = log;
  const answered = (async () => {
    const start = performance.now();
    if (pace > 0) await new Promise((resolve) => setTimeout(resolve, pace));
    const entry = await answer(input, init);
    // Logged when answered (end): the time the caller may start what depends on it.
    into.push({ ...entry.logged, start, end: performance.now() });
    return entry.response;
  })();
  inFlight.push(answered);
  return answered;
}

/** The file (or range) a request asks for: the response and what to log of it. */
async function answer(input, init) {
  const url = new URL(typeof input === "string" ? input : input.url, "http://bench.invalid/");
  const path = decodeURIComponent(url.pathname).replace(/^\/+/, "");
  const file = resolve(site, path);
  if (!file.startsWith(site + sep)) return { logged: { path, bytes: 0, wire: 0, status: 403 }, response: new Response(null, { status: 403 }) };
  let bytes;
  try {
    bytes = await readFile(file);
  } catch {
    return { logged: { path, bytes: 0, wire: 0, status: 404 }, response: new Response(null, { status: 404 }) };
  }
  const range = rangeOf(init);
  if (range && range[0] <= range[1] && range[0] < bytes.length) {
    const slice = bytes.subarray(range[0], Math.min(range[1], bytes.length - 1) + 1);
    return { logged: { path: `${path} bytes=${range[0]}-${range[0] + slice.length - 1}`, bytes: slice.length, wire: slice.length },
      response: new Response(slice, { status: 206, headers: { "content-type": "application/octet-stream",
        "content-range": `bytes ${range[0]}-${range[0] + slice.length - 1}/${bytes.length}` } }) };
  }
  return { logged: { path, ...(await sizeOf(path)) },
    response: new Response(bytes, { status: 200, headers: { "content-type": TYPES[extname(path)] ?? "application/octet-stream" } }) };
}

/** The engine's client: its JS files (downloaded before the first query) and a factory of fresh clients. */
async function engineClient() {
  if (engine === "ours") {
    const jsPath = "assets/js/search.js";
    const { createSearch } = await import(pathToFileURL(join(site, jsPath)).href);
    return {
      js: [{ path: jsPath, ...(await sizeOf(jsPath)) }],
      fresh() {
        const client = createSearch({ baseUrl: "/", fetch: fileFetch });
        return async (query, withScores) => {
          const hits = await client.search(query, { limit: LIMIT });
          return withScores ? hits.map((hit) => [hit.url, hit.score]) : hits.map((hit) => hit.url);
        };
      },
    };
  }
  // Pagefind calls the global fetch; it runs on the main thread here (no window, no Worker). In a browser it starts a
  // web worker (pagefind-worker.js, a second copy of its JS) that makes the same fetches, so the worker file is counted
  // as downloaded with pagefind.js before the first query.
  globalThis.fetch = fileFetch;
  const pagefind = await import(pathToFileURL(join(site, "pagefind/pagefind.js")).href);
  const js = [{ path: "pagefind/pagefind.js", ...(await sizeOf("pagefind/pagefind.js")) }];
  try {
    js.push({ path: "pagefind/pagefind-worker.js", ...(await sizeOf("pagefind/pagefind-worker.js")) });
  } catch {
    // no worker file in this version: nothing more to count
  }
  return {
    js,
    fresh() {
      let instance;
      return async (query) => {
        instance ??= pagefind.createInstance({ basePath: "/pagefind/" });
        const found = await instance.search(query);
        const data = await Promise.all(found.results.slice(0, LIMIT).map((result) => result.data()));
        return data.map((page) => page.url);
      };
    },
  };
}

/**
 * The sequential rounds of one query's requests: a request's round is one more than the highest round of the requests
 * answered before it started (1 when none was), and the query's rounds are the highest of them (0 without requests).
 * A request answered before another started also started before it, so taking them in order of start suffices.
 */
function roundsOf(requests) {
  const sorted = requests.slice().sort((a, b) => a.start - b.start);
  const round = [];
  sorted.forEach((request, i) => {
    round.push(1 + Math.max(0, ...sorted.slice(0, i).map((other, j) => (other.end <= request.start ? round[j] : 0))));
  });
  return Math.max(0, ...round);
}

async function run(search, query, withJs, js) {
  log = [];
  inFlight = [];
  const start = performance.now();
  const urls = await search(query);
  const ms = performance.now() - start;
  for (let waited = 0; waited < inFlight.length;) {
    waited = inFlight.length;
    await Promise.allSettled(inFlight);
  }
  const files = (withJs ? js : []).concat(log);
  const failed = log.filter((file) => file.status === 404);
  if (failed.length) throw new Error(`${engine}: "${query}" fetched missing files: ${failed.map((f) => f.path).join(", ")}`);
  return {
    query,
    results: urls.length,
    top: urls.slice(0, 3),
    requests: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    wire: files.reduce((sum, file) => sum + file.wire, 0),
    ms: Math.round(ms * 10) / 10,
    // Data requests only (the client's JS is loaded before the first query); only answers held back tell rounds apart.
    ...(pace > 0 ? { rounds: roundsOf(log) } : {}),
    files: files.map((file) => [file.path, file.bytes]),
  };
}

const client = await engineClient();
const warm = [];
const search = client.fresh();
for (let i = 0; i < queries.length; i++) warm.push({ ...(await run(search, queries[i], i === 0, client.js)), kind: kinds[i] });
const cold = [];
for (const query of queries) cold.push(await run(client.fresh(), query, true, client.js));
// Rounds need answers that take time: the warm run again with a fresh client, each answer held back PACE_MS. It makes
// the same requests as the warm run (same queries, same order, same cache); its rounds are copied to the warm run.
pace = PACE_MS;
const paced = client.fresh();
for (let i = 0; i < queries.length; i++) {
  const { rounds, requests } = await run(paced, queries[i], i === 0, client.js);
  if (requests !== warm[i].requests) throw new Error(`${engine}: "${queries[i]}" made ${requests} requests paced, ${warm[i].requests} not`);
  warm[i].rounds = rounds;
}
pace = 0;

// Sanity check of ours: the same top 10 (URLs, and scores to float precision) as the Lucene index in the site, queried
// through the jar's `search` command (one JVM per query, so only the first 10 queries).
let lucene = null;
if (engine === "ours" && jar) {
  lucene = { checked: 0, sameUrls: 0, sameScores: 0, differing: [] };
  for (const query of queries.slice(0, 10)) {
    const ours = await client.fresh()(query, true);
    const theirs = JSON.parse(execFileSync("java", ["-jar", jar, "search", "--json", "--limit", String(LIMIT), "--site", site, query], { encoding: "utf8" }))
      .map((hit) => [hit.url.startsWith("/") ? hit.url : "/" + hit.url, hit.score]);
    const sameUrls = ours.length === theirs.length && ours.every((hit, i) => hit[0] === theirs[i][0]);
    const sameScores = ours.length === theirs.length && ours.every((hit, i) => Math.fround(hit[1]) === Math.fround(theirs[i][1]));
    lucene.checked++;
    if (sameUrls) lucene.sameUrls++;
    if (sameScores) lucene.sameScores++;
    if (!sameUrls || !sameScores) lucene.differing.push({ query, ours: ours.slice(0, 3), lucene: theirs.slice(0, 3) });
  }
}

await writeFile(outPath, JSON.stringify({ engine, site, limit: LIMIT, js: client.js, lucene, warm, cold }, null, 1) + "\n");
