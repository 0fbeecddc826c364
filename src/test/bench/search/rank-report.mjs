// Prints the known-item ranking of both engines side by side, and how many queries our client answers exactly as Lucene.
//   node rank-report.mjs OURS.json PAGEFIND.json LUCENE.json RESULTS.json
// MRR@10: the mean of 1/rank of the target page (0 when it is not in the top 10); first hit: the share of queries whose
// first result is the target. "accented" joins the two accented kinds (title order and reordered).
import { readFileSync, writeFileSync } from "node:fs";

const [oursPath, pagefindPath, lucenePath, resultsPath] = process.argv.slice(2);
const ours = JSON.parse(readFileSync(oursPath, "utf8")).results;
const pagefind = JSON.parse(readFileSync(pagefindPath, "utf8")).results;
const lucene = JSON.parse(readFileSync(lucenePath, "utf8"));

const KINDS = [["accented", ["accented", "reordered"]], ["  in title order", ["accented"]], ["  reordered", ["reordered"]],
  ["unaccented", ["unaccented"]], ["all", ["accented", "reordered", "unaccented"]]];
const norm = (url) => url.replace(/index\.html$/, "");
function figures(results, kinds) {
  const chosen = results.filter((r) => kinds.includes(r.kind));
  let mrr = 0;
  let first = 0;
  let top10 = 0;
  for (const r of chosen) {
    const rank = r.top.findIndex(([url]) => norm(url) === r.target);
    if (rank >= 0) {
      mrr += 1 / (rank + 1);
      top10++;
    }
    if (rank === 0) first++;
  }
  return { queries: chosen.length, mrr: mrr / chosen.length, firstHit: first / chosen.length, inTop10: top10 / chosen.length };
}

const rows = KINDS.map(([label, kinds]) => ({ label, ours: figures(ours, kinds), pagefind: figures(pagefind, kinds) }));
let sameUrls = 0;
let sameScores = 0;
const differing = [];
ours.forEach((r, i) => {
  const theirs = lucene[i];
  const urls = r.top.length === theirs.length && r.top.every(([url], j) => url === theirs[j][0]);
  const scores = urls && r.top.every(([, score], j) => Math.fround(score) === Math.fround(theirs[j][1]));
  if (urls) sameUrls++;
  if (scores) sameScores++;
  else if (differing.length < 5) differing.push({ q: r.q, ours: r.top.slice(0, 3), lucene: theirs.slice(0, 3) });
});

const pct = (x) => (100 * x).toFixed(1) + " %";
const pad = (s, n) => String(s).padEnd(n);
console.log(`\nKnown-item queries (${ours.length}, from real titles): MRR@10 (first hit, in top 10)`);
console.log(pad("", 24) + pad("ours", 30) + "Pagefind 1.6.0");
for (const { label, ours: o, pagefind: p } of rows) {
  console.log(pad(`${label} (${o.queries})`, 24) + pad(`${o.mrr.toFixed(3)} (${pct(o.firstHit)}, ${pct(o.inTop10)})`, 30)
    + `${p.mrr.toFixed(3)} (${pct(p.firstHit)}, ${pct(p.inTop10)})`);
}
console.log(`client = Lucene CLI: same top 10 on ${sameUrls}/${ours.length} queries, same scores on ${sameScores}/${ours.length}`);
for (const d of differing) console.log("  differs: " + JSON.stringify(d));
writeFileSync(resultsPath, JSON.stringify({ rows, parity: { queries: ours.length, sameUrls, sameScores, differing } }, null, 1) + "\n");
