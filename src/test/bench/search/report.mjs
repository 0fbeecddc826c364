// Prints the side-by-side table of one corpus size and writes its raw numbers, from the files `run` left in WORK.
//   node report.mjs N WORK RESULTS.json
// WORK holds: out/ (our baked site), pf/ (the copy Pagefind indexed: pf/pagefind/, pf/pagefind-defaults/),
// bake.time, bake.out, bake.jfr, pagefind.time, pagefind.out, pagefind-defaults.time, pagefind-defaults.out,
// ours.json and pagefind.json (from measure.mjs), env.json (machine load and versions).
// Prints, does not assert: exit 0 whenever the figures could be read.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";

const [nArg, work, resultsPath] = process.argv.slice(2);
const N = Number(nArg);
const KB = 1000; // kB of 1000 bytes, the stricter reading of the targets
const read = (name) => readFileSync(join(work, name), "utf8");
const json = (name) => JSON.parse(read(name));

// ---- files and sizes

function walk(dir, keep = () => true, skip = () => false) {
  let bytes = 0;
  let files = 0;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (skip(path)) continue;
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && keep(path)) {
        bytes += statSync(path).size;
        files++;
      }
    }
  }
  return { bytes, files };
}

const out = join(work, "out");
const search = join(out, "search");
const lucene = join(search, "lucene");
const html = walk(out, (p) => p.endsWith(".html"));
const oursBundle = walk(search, () => true, (p) => p === lucene);
const oursParts = {};
for (const entry of readdirSync(search, { withFileTypes: true })) {
  if (entry.isDirectory() && entry.name !== "lucene") {
    for (const part of readdirSync(join(search, entry.name), { withFileTypes: true })) {
      const path = join(search, entry.name, part.name);
      oursParts[part.name] = part.isDirectory() ? walk(path) : { bytes: statSync(path).size, files: 1 };
    }
  } else if (entry.isFile()) {
    oursParts[entry.name] = { bytes: statSync(join(search, entry.name)).size, files: 1 };
  }
}
const luceneIndex = walk(lucene);
// The HTML of the pages the search covers (the url of each row of our d.bin), for a second reading of the bundle's share.
const manifest = JSON.parse(readFileSync(join(search, "manifest.json"), "utf8"));
const indexedHtml = { bytes: 0, files: 0 };
const documentRows = readFileSync(join(search, manifest.data, "d.bin"));
for (let at = 0; at < documentRows.length; at += manifest.rowBytes) {
  const [url] = JSON.parse(documentRows.subarray(at, at + manifest.rowBytes).toString("utf8"));
  const page = join(out, url, "index.html");
  if (existsSync(page)) {
    indexedHtml.bytes += statSync(page).size;
    indexedHtml.files++;
  }
}
const oursJs = statSync(join(out, "assets/js/search.js")).size;

function pagefindBundle(folder) {
  if (!existsSync(folder)) return null;
  const kinds = {};
  const total = walk(folder, (path) => {
    const rel = relative(folder, path);
    const kind = rel.includes("/") ? rel.split("/")[0] : /\.(js|css)$/.test(rel) ? "js+css" : rel.startsWith("wasm.") ? "wasm" : rel.endsWith(".pf_meta") ? "meta" : "other";
    kinds[kind] ??= { bytes: 0, files: 0 };
    kinds[kind].bytes += statSync(path).size;
    kinds[kind].files++;
    return true;
  });
  return { ...total, kinds };
}
const pfBundle = pagefindBundle(join(work, "pf/pagefind"));
const pfDefaultsBundle = pagefindBundle(join(work, "pf/pagefind-defaults"));

// ---- times

function gnuTime(name) {
  if (!existsSync(join(work, name))) return null;
  const text = read(name);
  const field = (label) => text.match(new RegExp(`${label}: (.*)`))?.[1]?.trim();
  const clock = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)");
  const wall = clock ? clock.split(":").reduce((sum, part) => sum * 60 + Number(part), 0) : null;
  const cpu = Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)"));
  const rssKb = Number(field("Maximum resident set size \\(kbytes\\)"));
  return { wallSeconds: wall, cpuSeconds: Math.round(cpu * 100) / 100, peakRssBytes: rssKb * 1024, exit: Number(field("Exit status")) };
}
const bakeTime = gnuTime("bake.time");
const bakeOut = read("bake.out");
const bakeSummary = bakeOut.split("\n").find((line) => line.startsWith("Baked ")) ?? null;
const builderSeconds = Number(bakeSummary?.match(/, ([\d.]+) s into/)?.[1] ?? NaN);
const pfTime = gnuTime("pagefind.time");
const pfDefaultsTime = gnuTime("pagefind-defaults.time");
const pagefindPages = (name) => Number(read(name).match(/Indexed (\d+) pages?/)?.[1] ?? NaN);
const pagefindWords = (name) => Number(read(name).match(/Indexed (\d+) words?/)?.[1] ?? NaN);

/** Stage times of our bake, read from the JFR recording: first to last sample with the stage's method on the stack. */
async function stages() {
  const marks = {
    "JBake bake (JBakeBaker.bake)": "vn.lmhtx.site.bake.JBakeBaker.bake(",
    "HTML passes and link check (HtmlPasses.run)": "vn.lmhtx.site.html.HtmlPasses.run(",
    "search stage (SearchBuild.run)": "vn.lmhtx.site.search.SearchBuild.run(",
    "search text of the pages (SearchDocument.of, during the HTML passes)": "vn.lmhtx.site.search.SearchDocument.of(",
    "  Lucene index (SearchIndex.write)": "vn.lmhtx.site.search.SearchIndex.write(",
    "  static export (StaticExport.write)": "vn.lmhtx.site.search.StaticExport.write(",
  };
  const jfr = join(work, "bake.jfr");
  if (!existsSync(jfr)) return { error: "no JFR recording" };
  const seen = {};
  const child = spawn("jfr", ["print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample", "--stack-depth", "1024", jfr], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let time = null;
  let day = 0;
  let previous = -1;
  let hits = new Set();
  const flush = () => {
    for (const name of hits) {
      seen[name] ??= { first: time, last: time, samples: 0 };
      seen[name].last = time;
      seen[name].samples++;
    }
    hits = new Set();
  };
  for await (const line of createInterface({ input: child.stdout })) {
    const start = line.match(/^\s*startTime = (\d+):(\d+):(\d+)\.(\d+)/);
    if (start) {
      let t = ((Number(start[1]) * 60 + Number(start[2])) * 60 + Number(start[3])) + Number(`0.${start[4]}`);
      if (previous >= 0 && t + day < previous - 3600) day += 86400; // past midnight
      time = t + day;
      previous = time;
    } else if (line.startsWith("}")) {
      flush();
    } else {
      for (const [name, mark] of Object.entries(marks)) if (line.includes(mark)) hits.add(name);
    }
  }
  const code = await new Promise((done) => child.on("close", done));
  if (code !== 0) return { error: `jfr print exited ${code}` };
  const result = {};
  for (const name of Object.keys(marks)) {
    result[name] = seen[name] ? { seconds: Math.round((seen[name].last - seen[name].first) * 100) / 100, samples: seen[name].samples } : null;
  }
  return result;
}
const stageTimes = await stages();

// ---- queries

const quantile = (values, q) => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] : NaN;
};
function queryFigures(measured) {
  const later = measured.warm.slice(1);
  const stats = (list, key) => ({
    median: quantile(list.map((q) => q[key]), 0.5),
    p95: quantile(list.map((q) => q[key]), 0.95),
    max: Math.max(...list.map((q) => q[key])),
  });
  const jsFiles = measured.js.length;
  // Known items come three to a title (title order, reordered, unaccented): the title-order one is the first query of
  // its title, the other two reformulate it (same words, mostly cached).
  const known = later.every((q) => q.kind);
  const firstForms = later.filter((q) => q.kind === "accented");
  const reformulations = later.filter((q) => q.kind !== "accented");
  return {
    queries: measured.warm.length,
    withResults: measured.warm.filter((q) => q.results > 0).length,
    js: measured.js,
    first: { query: measured.warm[0].query, bytes: measured.warm[0].bytes, wire: measured.warm[0].wire, requests: measured.warm[0].requests, dataRequests: measured.warm[0].requests - jsFiles,
      rounds: measured.warm[0].rounds },
    later: { bytes: stats(later, "bytes"), wire: stats(later, "wire"), requests: stats(later, "requests"), ms: stats(later, "ms"),
      rounds: later.every((q) => q.rounds !== undefined) ? stats(later, "rounds") : null,
      firstForms: known ? { queries: firstForms.length, requests: stats(firstForms, "requests"), rounds: stats(firstForms, "rounds") } : null,
      reformulations: known ? { queries: reformulations.length, requests: stats(reformulations, "requests"), rounds: stats(reformulations, "rounds") } : null },
    coldEach: { bytes: stats(measured.cold, "bytes"), wire: stats(measured.cold, "wire"), requests: stats(measured.cold, "requests"),
      dataRequests: stats(measured.cold.map((q) => ({ ...q, requests: q.requests - jsFiles })), "requests"),
      worst: measured.cold.reduce((a, b) => (b.bytes > a.bytes ? b : a)).query },
    heaviestLater: later.slice().sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((q) => ({ query: q.query, bytes: q.bytes, requests: q.requests })),
  };
}
const oursQueries = queryFigures(json("ours.json"));
const pfQueries = existsSync(join(work, "pagefind.json")) ? queryFigures(json("pagefind.json")) : null;

// ---- table

const kb = (bytes) => (bytes == null || Number.isNaN(bytes) ? "-" : `${(bytes / KB).toFixed(1)} kB`);
const mb = (bytes) => (bytes == null ? "-" : `${(bytes / 1e6).toFixed(2)} MB`);
const pct = (bytes) => `${((100 * bytes) / html.bytes).toFixed(1)} %`;
const pct2 = (bytes) => `${((100 * bytes) / indexedHtml.bytes).toFixed(1)} %`;
const sec = (s) => (s == null || Number.isNaN(s) ? "-" : `${s.toFixed(s < 10 ? 2 : 1)} s`);
const int = (n) => (n == null || Number.isNaN(n) ? "-" : n.toLocaleString("en-US"));
const targets = [];
function target(figure, value, limit, pass) {
  targets.push({ figure, value, limit, pass });
  return `${limit}  ${pass ? "PASS" : "MISS"}`;
}

const rows = [];
const row = (figure, ours, pagefind = "", goal = "") => rows.push([figure, ours, pagefind, goal]);
const gap = (title) => rows.push([title]);

gap("Indexing");
const searchStage = stageTimes.error ? null : stageTimes["search stage (SearchBuild.run)"];
row("index time: ours, search stage alone (JFR) | Pagefind, whole run", searchStage ? sec(searchStage.seconds) : `not measured (${stageTimes.error ?? "no samples"})`, sec(pfTime?.wallSeconds),
  searchStage && pfTime ? target("index time", searchStage.seconds, "<= Pagefind's", searchStage.seconds <= pfTime.wallSeconds) : "");
// JFR takes a stack sample of each running Java thread every 20 ms: the stage's samples estimate its CPU time (GC and
// JIT threads not included), beside Pagefind's user + system time; on a loaded machine wall times mostly measure the load.
row("  search stage, CPU estimate (its JFR samples × 20 ms) | Pagefind, user + system", searchStage ? sec(searchStage.samples * 0.02) : "-", sec(pfTime?.cpuSeconds));
row("whole build, wall (ours: load, JBake, HTML passes, search)", sec(bakeTime?.wallSeconds), sec(pfTime?.wallSeconds));
row("  the builder's own figure (no JVM start)", sec(builderSeconds), "");
row("  CPU time, user + system", sec(bakeTime?.cpuSeconds), sec(pfTime?.cpuSeconds));
row("  peak RSS", mb(bakeTime?.peakRssBytes), mb(pfTime?.peakRssBytes));
if (!stageTimes.error) {
  for (const [name, value] of Object.entries(stageTimes)) row(`  stage: ${name.trim()}${name.startsWith("  ") ? " (in search)" : ""}`, value ? sec(value.seconds) : "not found", "");
}
row("pages indexed", int(manifest.docs), int(pagefindPages("pagefind.out")));
gap("Bundle (what the browser may fetch)");
row("bundle bytes", `${mb(oursBundle.bytes)} = ${pct(oursBundle.bytes)} of HTML`, pfBundle ? `${mb(pfBundle.bytes)} = ${pct(pfBundle.bytes)} of HTML` : "-",
  target("bundle", pct(oursBundle.bytes), "<= 60 %", oursBundle.bytes <= 0.6 * html.bytes));
row(`  as % of the indexed pages' HTML only (${int(indexedHtml.files)} pages, ${mb(indexedHtml.bytes)})`, pct2(oursBundle.bytes), pfBundle ? pct2(pfBundle.bytes) : "-");
row("bundle files", int(oursBundle.files), pfBundle ? int(pfBundle.files) : "-", target("files", oursBundle.files, "<= 2,000", oursBundle.files <= 2000));
const part = (parts, name) => (parts?.[name] ? `${mb(parts[name].bytes)}, ${int(parts[name].files)} files` : "-");
const pfk = pfBundle?.kinds;
row("  dictionary k.bin | Pagefind index/", part(oursParts, "k.bin"), part(pfk, "index"));
row("  postings packs p/ | Pagefind fragment/", part(oursParts, "p"), part(pfk, "fragment"));
row("  document rows d.bin | Pagefind wasm", part(oursParts, "d.bin"), part(pfk, "wasm"));
row("  norms n/", part(oursParts, "n"), "");
row("  filters f/ | Pagefind meta", part(oursParts, "f"), part(pfk, "meta"));
row("  manifest.json | Pagefind JS + CSS (UI too)", part(oursParts, "manifest.json"), part(pfk, "js+css"));
const jsRaw = (list) => list.reduce((s, f) => s + f.bytes, 0);
const jsWire = (list) => list.reduce((s, f) => s + f.wire, 0);
row("search JS, raw (gzip)", `${kb(jsRaw(oursQueries.js))} (${kb(jsWire(oursQueries.js))})`,
  pfQueries ? `${kb(jsRaw(pfQueries.js))} (${kb(jsWire(pfQueries.js))}): ${pfQueries.js.map((f) => f.path.split("/").pop()).join(" + ")}` : "-");
row("server-side Lucene index (search/lucene, not fetched)", `${mb(luceneIndex.bytes)}, ${int(luceneIndex.files)} files`, "");
if (pfDefaultsBundle) {
  row("Pagefind, default settings (every page, whole <body>): time", "", `${sec(pfDefaultsTime?.wallSeconds)}, ${int(pagefindPages("pagefind-defaults.out"))} pages`);
  row("  its bundle", "", `${mb(pfDefaultsBundle.bytes)} = ${pct(pfDefaultsBundle.bytes)} of HTML, ${int(pfDefaultsBundle.files)} files`);
}

const q = oursQueries;
const p = pfQueries;
gap(`Queries (${q.queries} queries, top ${json("ours.json").limit} with title, URL and excerpt; raw bytes, gzip estimate in brackets)`);
row("queries with results", `${q.withResults}/${q.queries}`, p ? `${p.withResults}/${p.queries}` : "-");
const lc = json("ours.json").lucene;
if (lc) row(`same top 10 as Lucene (jar's search), first ${lc.checked} queries: URLs, scores`, `${lc.sameUrls}/${lc.checked}, ${lc.sameScores}/${lc.checked}`, "");
row(`first query, cold, JS included ("${q.first.query}")`, `${kb(q.first.bytes)} (${kb(q.first.wire)})`, p ? `${kb(p.first.bytes)} (${kb(p.first.wire)})` : "-",
  target("first query bytes", q.first.bytes, "<= 60 kB", q.first.bytes <= 60 * KB));
// Issue #17 names its byte figures "wire bytes": what a static host that compresses text sends (the bracketed figure).
row("  issue #17: first query on the wire (gzip estimate)", kb(q.first.wire), p ? kb(p.first.wire) : "-",
  target("first query wire bytes", q.first.wire, "<= 60 kB", q.first.wire <= 60 * KB));
row("  its requests: data (+ JS files)", `${q.first.dataRequests} (+${q.js.length})`, p ? `${p.first.dataRequests} (+${p.js.length})` : "-",
  target("first query requests", q.first.dataRequests, "<= 4", q.first.dataRequests <= 4));
row("later queries, bytes median", `${kb(q.later.bytes.median)} (${kb(q.later.wire.median)})`, p ? `${kb(p.later.bytes.median)} (${kb(p.later.wire.median)})` : "-",
  target("later median bytes", q.later.bytes.median, "<= 10 kB", q.later.bytes.median <= 10 * KB));
row("later queries, bytes p95", `${kb(q.later.bytes.p95)} (${kb(q.later.wire.p95)})`, p ? `${kb(p.later.bytes.p95)} (${kb(p.later.wire.p95)})` : "-",
  target("later p95 bytes", q.later.bytes.p95, "<= 50 kB", q.later.bytes.p95 <= 50 * KB));
row("later queries, bytes max", kb(q.later.bytes.max), p ? kb(p.later.bytes.max) : "-");
row("later queries, requests median / p95 / max", `${q.later.requests.median} / ${q.later.requests.p95} / ${q.later.requests.max}`,
  p ? `${p.later.requests.median} / ${p.later.requests.p95} / ${p.later.requests.max}` : "-",
  target("later requests max", q.later.requests.max, "<= 4", q.later.requests.max <= 4));
const mpm = (figure) => (figure ? `${figure.median} / ${figure.p95} / ${figure.max}` : "-");
if (q.later.rounds) {
  row("  issue #17: later requests median <= Pagefind's", `${q.later.requests.median}`, p ? `${p.later.requests.median}` : "-",
    p ? target("later requests median", q.later.requests.median, `<= ${p.later.requests.median}`, q.later.requests.median <= p.later.requests.median) : "");
  row("later queries, sequential rounds median / p95 / max", mpm(q.later.rounds), p ? mpm(p.later.rounds) : "-",
    target("later rounds max", q.later.rounds.max, "<= 3", q.later.rounds.max <= 3));
  row("  first query's rounds (data, after the JS)", `${q.first.rounds}`, p ? `${p.first.rounds}` : "-");
}
if (q.later.firstForms) {
  const forms = (f) => `${mpm(f.requests)} (${mpm(f.rounds)})`;
  row(`later queries, a title's first form only (${q.later.firstForms.queries}): requests (rounds) median / p95 / max`, forms(q.later.firstForms),
    p?.later.firstForms ? forms(p.later.firstForms) : "-");
  row(`  its reformulations only (${q.later.reformulations.queries}: reordered, unaccented)`, forms(q.later.reformulations),
    p?.later.reformulations ? forms(p.later.reformulations) : "-");
}
row("every query as the first (fresh client), bytes median / p95 / max", `${kb(q.coldEach.bytes.median)} / ${kb(q.coldEach.bytes.p95)} / ${kb(q.coldEach.bytes.max)}`,
  p ? `${kb(p.coldEach.bytes.median)} / ${kb(p.coldEach.bytes.p95)} / ${kb(p.coldEach.bytes.max)}` : "-",
  target("cold bytes, worst query", q.coldEach.bytes.max, "<= 60 kB", q.coldEach.bytes.max <= 60 * KB));
row("  its data requests median / p95 / max", `${q.coldEach.dataRequests.median} / ${q.coldEach.dataRequests.p95} / ${q.coldEach.dataRequests.max}`,
  p ? `${p.coldEach.dataRequests.median} / ${p.coldEach.dataRequests.p95} / ${p.coldEach.dataRequests.max}` : "-",
  target("cold requests, worst query", q.coldEach.dataRequests.max, "<= 4", q.coldEach.dataRequests.max <= 4));
row("later queries, time in Node (local files) median / p95", `${q.later.ms.median} / ${q.later.ms.p95} ms`, p ? `${p.later.ms.median} / ${p.later.ms.p95} ms` : "-");

const env = json("env.json");
const title = `Search benchmark, N = ${int(N)} real news articles (seed ${env.seed}): ${int(html.files)} HTML files, ${mb(html.bytes)} of HTML`;
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.filter((r) => r.length > 1).map((r) => String(r[i]).length), ["", "ours", "Pagefind 1.6.0", "target for ours (at 10,000 pages)"][i].length));
const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join("  ").trimEnd();
console.log("");
console.log(title);
console.log(`machine: ${env.cpus} CPUs, load average ${env.loadBefore} before the bake; ${env.java}; node ${env.node}; jar built ${env.jar?.built ?? "?"}`);
if (env.jar?.note) console.log(`warning: ${env.jar.note}`);
console.log("");
console.log(line(["", "ours", "Pagefind 1.6.0", "target for ours (at 10,000 pages)"]));
for (const r of rows) console.log(r.length === 1 ? `-- ${r[0]}` : line(r));
console.log("");
console.log(`heaviest later queries, ours:     ${q.heaviestLater.map((h) => `"${h.query}" ${kb(h.bytes)}/${h.requests} req`).join("; ")}`);
if (p) console.log(`heaviest later queries, Pagefind: ${p.heaviestLater.map((h) => `"${h.query}" ${kb(h.bytes)}/${h.requests} req`).join("; ")}`);
console.log(`targets for ours: ${targets.filter((t) => t.pass).length} PASS, ${targets.filter((t) => !t.pass).length} MISS`);

const results = {
  n: N,
  seed: env.seed,
  env,
  kB: KB,
  html,
  ours: {
    build: { ...bakeTime, builderSeconds, summary: bakeSummary, stages: stageTimes },
    bundle: { ...oursBundle, percentOfHtml: (100 * oursBundle.bytes) / html.bytes, percentOfIndexedHtml: (100 * oursBundle.bytes) / indexedHtml.bytes, parts: oursParts },
    indexedHtml,
    luceneCheck: lc ?? null,
    luceneIndex,
    jsBytes: oursJs,
    manifest: { docs: manifest.docs, termShards: manifest.termShards, rowBytes: manifest.rowBytes },
    queries: oursQueries,
  },
  pagefind: {
    version: "1.6.0",
    index: { ...pfTime, pages: pagefindPages("pagefind.out"), words: pagefindWords("pagefind.out"), command: env.pagefindArgs },
    bundle: pfBundle && { ...pfBundle, percentOfHtml: (100 * pfBundle.bytes) / html.bytes, percentOfIndexedHtml: (100 * pfBundle.bytes) / indexedHtml.bytes },
    queries: pfQueries,
    defaults: pfDefaultsBundle && { ...pfDefaultsTime, pages: pagefindPages("pagefind-defaults.out"), bundle: { ...pfDefaultsBundle, percentOfHtml: (100 * pfDefaultsBundle.bytes) / html.bytes } },
  },
  targets,
  perQuery: { ours: json("ours.json"), pagefind: p ? json("pagefind.json") : null },
};
writeFileSync(resultsPath, JSON.stringify(results, null, 1) + "\n");
console.log(`raw numbers: ${resultsPath}`);
