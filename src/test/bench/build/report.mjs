// Prints the build benchmark's table and writes every figure to results.json.
//   node report.mjs <bench folder> <results.json> <N ...>
// Reads, per N, <bench>/N/{ours,hugo,hugo-norelated,hugo-pagefind,pagefind}.time (GNU time -v), ours.out/ours.err (the jar's
// summary and --verbose stage lines), counts.json; and <bench>/serve.json, <bench>/50000-xmx1g/result.json if present.
import fs from "node:fs";
import path from "node:path";

const [bench, resultsFile, ...sizeArgs] = process.argv.slice(2);
const sizes = sizeArgs.map(Number);
const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null);
const env = readJson(path.join(bench, "env.json")) ?? {};

/** The figures of one `/usr/bin/time -v` file. */
function gnuTime(file) {
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, "utf8");
  const field = (label) => {
    const line = text.split("\n").find((l) => l.trim().startsWith(label));
    return line ? line.slice(line.lastIndexOf(": ") + 2).trim() : null;
  };
  const wall = field("Elapsed (wall clock) time").split(":").map(Number);
  const wallSeconds = wall.reduce((acc, part) => acc * 60 + part, 0);
  return {
    wallSeconds,
    userSeconds: Number(field("User time (seconds)")),
    systemSeconds: Number(field("System time (seconds)")),
    cpuPercent: field("Percent of CPU this job got"),
    peakRssKb: Number(field("Maximum resident set size (kbytes)")),
    exitStatus: Number(field("Exit status")),
  };
}

/** Our jar's stage times, from its --verbose log lines that name SiteBuilder. */
function stages(dir) {
  const lines = ["ours.out", "ours.err"].flatMap((f) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), "utf8").split("\n") : []));
  const stageLines = lines.filter((l) => l.includes("SiteBuilder"));
  const parsed = stageLines.map((l) => l.match(/SiteBuilder\s*-?\s*(.*?):\s*(\d+)\s*ms\s*$/)).filter(Boolean).map((m) => ({ stage: m[1], ms: Number(m[2]) }));
  const summary = lines.find((l) => l.startsWith("Baked ")) ?? null;
  return { lines: stageLines, stages: parsed, summary };
}

const results = { environment: env, sizes: {}, targets: {}, linearity: null, serve: null, xmx1g50k: null };
const fmt = (n, digits = 1) => (n == null || Number.isNaN(n) ? "–" : n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const mb = (kb) => kb / 1024;
const ratio = (a, b) => (a != null && b ? a / b : null);
const verdict = (value, limit) => (value == null ? "n/a" : value <= limit ? "PASS" : "MISS");

const out = [];
const say = (s = "") => out.push(s);
say(`Build benchmark: our jar vs Hugo ${env.hugo ?? "?"} and Pagefind ${env.pagefind ?? "?"} on the same ${env.corpus === "real" ? "real-news corpora (../shared/corpus, converted with" : "generated corpora ("} seed ${env.seed ?? "?"})`);
say(`machine: ${env.cpus ?? "?"} CPUs, ${env.memory ?? "?"}; ${env.java ?? ""}; jar built ${env.jarBuilt ?? "?"}${env.jarNote ? `\nwarning: ${env.jarNote}` : ""}`);
say("Each figure is one run. Wall time and peak RSS from /usr/bin/time -v; ms/article = wall / N.");

for (const n of sizes) {
  const dir = path.join(bench, String(n));
  const counts = readJson(path.join(dir, "counts.json")) ?? {};
  const ours = gnuTime(path.join(dir, "ours.time"));
  const hugo = gnuTime(path.join(dir, "hugo.time"));
  const hugoNoRelated = gnuTime(path.join(dir, "hugo-norelated.time"));
  const both = gnuTime(path.join(dir, "hugo-pagefind.time"));
  const pagefind = gnuTime(path.join(dir, "pagefind.time"));
  const st = stages(dir);
  const row = (name, t, pages) => ({ name, ...t, msPerArticle: t ? (t.wallSeconds * 1000) / n : null, msPerPage: t && pages ? (t.wallSeconds * 1000) / pages : null, htmlPages: pages ?? null });
  const entry = {
    articles: n,
    ours: { ...row("ours", ours, counts.oursHtml), stages: st.stages, stageLines: st.lines, summary: st.summary },
    hugo: row("hugo", hugo, counts.hugoHtml),
    hugoNoRelated: hugoNoRelated ? row("hugo-norelated", hugoNoRelated, counts.hugoHtml) : null,
    hugoPagefind: row("hugo+pagefind", both, counts.hugoHtml),
    pagefindAlone: pagefind ? { ...pagefind, pagefindSummary: counts.pagefindSummary ?? null } : null,
    ratios: {},
  };
  entry.ratios.oursOverHugo = ratio(ours?.wallSeconds, hugo?.wallSeconds);
  entry.ratios.oursOverHugoPagefind = ratio(ours?.wallSeconds, both?.wallSeconds);
  entry.ratios.rssOursOverHugo = ratio(ours?.peakRssKb, hugo?.peakRssKb);
  entry.ratios.rssOursOverHugoPagefind = ratio(ours?.peakRssKb, both?.peakRssKb);
  entry.ratios.oursOverHugoNoRelated = ratio(ours?.wallSeconds, hugoNoRelated?.wallSeconds);
  results.sizes[n] = entry;

  say();
  const load = fs.existsSync(path.join(dir, "load.txt")) ? fs.readFileSync(path.join(dir, "load.txt"), "utf8").trim().split("\n") : [];
  entry.loadAverage = { before: load[0] ?? null, after: load[1] ?? null };
  say(`N = ${n.toLocaleString("en-US")} articles${load.length ? `   (load average 1/5/15 min: ${load[0]} before, ${load[1] ?? "?"} after)` : ""}`);
  say(`  ${"".padEnd(24)}${"wall s".padStart(9)}${"CPU s".padStart(9)}${"peak RSS MB".padStart(13)}${"ms/article".padStart(12)}${"HTML pages".padStart(12)}${"ms/page".padStart(9)}`);
  for (const r of [entry.ours, entry.hugo, entry.hugoPagefind, entry.hugoNoRelated].filter(Boolean)) {
    const label = { ours: "ours (full pipeline)", hugo: `Hugo ${env.hugo ?? ""}`.trim(), "hugo+pagefind": "Hugo + Pagefind",
      "hugo-norelated": "(Hugo, no related news)" }[r.name];
    const failed = r.exitStatus ? `   FAILED (exit ${r.exitStatus})` : "";
    say(`  ${label.padEnd(24)}${fmt(r.wallSeconds, 2).padStart(9)}${fmt(r.userSeconds + r.systemSeconds, 1).padStart(9)}${fmt(mb(r.peakRssKb), 0).padStart(13)}${fmt(r.msPerArticle, 2).padStart(12)}${fmt(r.htmlPages, 0).padStart(12)}${fmt(r.msPerPage, 2).padStart(9)}${failed}`);
  }
  if (pagefind) say(`    (of which Pagefind alone: ${fmt(pagefind.wallSeconds, 2)} s, ${fmt(mb(pagefind.peakRssKb), 0)} MB${counts.pagefindSummary ? `; ${counts.pagefindSummary}` : ""})`);
  if (st.summary) say(`  our jar says: ${st.summary}`);
  if (st.stages.length) say(`  our stages (--verbose): ${st.stages.map((s) => `${s.stage} ${fmt(s.ms / 1000, 1)} s`).join("; ")}`);
  else say("  our stages: no SiteBuilder lines found in ours.out / ours.err");
  // The share cards are drawn beside the other stages (SiteBuilder's work ahead): not part of the sequence.
  const jvm = ours ? ours.wallSeconds - st.stages.filter((s) => s.stage !== "share cards")
    .reduce((a, s) => a + s.ms / 1000, 0) : null;
  if (st.stages.length && jvm != null) say(`    (JVM start, publish and exit, outside the stages: ${fmt(jvm, 1)} s)`);
  say(`  ${"ratio".padEnd(40)}${"value".padStart(8)}   target${n === 5000 ? "" : " (set for 5,000)"}`);
  say(`  ${"ours / Hugo (wall)".padEnd(40)}${(fmt(entry.ratios.oursOverHugo, 2) + "×").padStart(8)}   ≤ 2×     ${verdict(entry.ratios.oursOverHugo, 2)}`);
  say(`  ${"ours / (Hugo + Pagefind) (wall)".padEnd(40)}${(fmt(entry.ratios.oursOverHugoPagefind, 2) + "×").padStart(8)}   ≤ 0.5×   ${verdict(entry.ratios.oursOverHugoPagefind, 0.5)}`);
  say(`  ${"peak RSS ours / Hugo".padEnd(40)}${(fmt(entry.ratios.rssOursOverHugo, 2) + "×").padStart(8)}   ≤ 1×     ${verdict(entry.ratios.rssOursOverHugo, 1)}`);
  say(`  ${"peak RSS ours / (Hugo + Pagefind)".padEnd(40)}${(fmt(entry.ratios.rssOursOverHugoPagefind, 2) + "×").padStart(8)}   (for information)`);
  if (hugoNoRelated) say(`  ${"ours / (Hugo, no related news) (wall)".padEnd(40)}${(fmt(entry.ratios.oursOverHugoNoRelated, 2) + "×").padStart(8)}   (for information)`);
}

// Targets, on the 5,000-article corpus.
say();
say("Targets");
const t = (name, value, limit, shown) => {
  results.targets[name] = { value, limit, verdict: verdict(value, limit) };
  say(`  ${name.padEnd(58)}${shown.padStart(14)}   ${verdict(value, limit)}`);
};
const at5k = results.sizes[5000];
if (at5k) {
  t("5,000: ours ≤ 2 × Hugo (wall)", at5k.ratios.oursOverHugo, 2, `${fmt(at5k.ratios.oursOverHugo, 2)}×`);
  t("5,000: ours ≤ 0.5 × (Hugo + Pagefind) (wall)", at5k.ratios.oursOverHugoPagefind, 0.5, `${fmt(at5k.ratios.oursOverHugoPagefind, 2)}×`);
  t("5,000: peak RSS ours ≤ Hugo's", at5k.ratios.rssOursOverHugo, 1, `${fmt(at5k.ratios.rssOursOverHugo, 2)}×`);
} else {
  say("  (no 5,000-article run: the time and memory targets are not checked)");
}
const at10k = results.sizes[10000];
if (at5k && at10k) {
  const growth = ratio(at10k.ours.wallSeconds, at5k.ours.wallSeconds);
  t("10,000: ours ≤ 2.1 × ours at 5,000 (wall)", growth, 2.1,
    `${fmt(at10k.ours.wallSeconds, 1)}/${fmt(at5k.ours.wallSeconds, 1)} = ${fmt(growth, 2)}`);
}
const searchStage = at10k?.ours.stages.find((s) => s.stage === "search index and export");
if (searchStage && at10k.pagefindAlone) {
  const share = ratio(searchStage.ms / 1000, at10k.pagefindAlone.wallSeconds);
  t("10,000: our search stage ≤ Pagefind alone (wall)", share, 1,
    `${fmt(searchStage.ms / 1000, 1)}/${fmt(at10k.pagefindAlone.wallSeconds, 1)} s`);
}
const largest = Math.max(...sizes);
const small = results.sizes[1000];
if (small && largest > 1000) {
  const big = results.sizes[largest];
  const lin = ratio(big.ours.msPerArticle, small.ours.msPerArticle);
  const hugoLin = ratio(big.hugo.msPerArticle, small.hugo.msPerArticle);
  results.linearity = { from: 1000, to: largest, ours: lin, hugo: hugoLin,
    oursMsPerArticle: { 1000: small.ours.msPerArticle, [largest]: big.ours.msPerArticle } };
  t(`linear: ms/article at ${largest.toLocaleString("en-US")} ≤ 1.2 × at 1,000`, lin, 1.2,
    `${fmt(big.ours.msPerArticle, 2)}/${fmt(small.ours.msPerArticle, 2)} = ${fmt(lin, 2)}`);
  say(`    (Hugo: ${fmt(big.hugo.msPerArticle, 3)}/${fmt(small.hugo.msPerArticle, 3)} = ${fmt(hugoLin, 2)})`);
} else {
  say("  linear: needs a 1,000-article run and a larger one");
}
const xmx = readJson(path.join(bench, "50000-xmx1g", "result.json"));
if (xmx) {
  results.xmx1g50k = xmx;
  say(`  ${"50,000 articles build with -Xmx1g".padEnd(58)}${(xmx.completed ? `${fmt(xmx.time?.wallSeconds, 0)} s` : "failed").padStart(14)}   ${xmx.completed ? "PASS" : "MISS"}`);
  results.targets["50,000 articles build with -Xmx1g"] = { value: xmx.completed, verdict: xmx.completed ? "PASS" : "MISS" };
  if (xmx.time) say(`    (exit ${xmx.time.exitStatus}, wall ${fmt(xmx.time.wallSeconds, 1)} s, peak RSS ${fmt(mb(xmx.time.peakRssKb), 0)} MB${xmx.reason ? `; ${xmx.reason}` : ""})`);
  if (xmx.stages?.length) say(`    (stages: ${xmx.stages.map((s) => `${s.stage} ${fmt(s.ms / 1000, 1)} s`).join("; ")})`);
} else {
  say(`  ${"50,000 articles build with -Xmx1g".padEnd(58)}${"not run".padStart(14)}   (pass --with-50k)`);
}
const serve = readJson(path.join(bench, "serve.json"));
if (serve) {
  results.serve = serve;
  const ok = serve.medianMs != null && !serve.error;
  t(`serve at ${(serve.articles ?? 5000).toLocaleString("en-US")}: one-file edit visible ≤ 1 s (median of ${serve.edits.length})`,
    ok ? serve.medianMs / 1000 : null, 1, ok ? `${fmt(serve.medianMs / 1000, 2)} s` : "failed");
  say(`    (each edit: ${serve.edits.map((e) => `${fmt(e.ms / 1000, 2)} s`).join(", ") || "–"}; first build and start: ${fmt((serve.startupMs ?? NaN) / 1000, 1)} s${serve.error ? `; error: ${serve.error}` : ""})`);
  if (serve.edits.length) say(`    (server says: ${serve.edits.map((e) => e.serverSays).join(" | ")})`);
} else {
  say("  serve one-file rebuild: not measured (needs N = 5000 in the run)");
}

console.log(out.join("\n"));
fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
console.log(`\nraw numbers: ${resultsFile}`);
