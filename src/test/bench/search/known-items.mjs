// Known-item queries from the shared real corpus, as readers type a headline they recall: a run of 3 to 6 words of an
// article's title with its diacritics in title order, the same words reordered, and the same words without diacritics
// (đ typed d). Seeded: the same corpus, count and seed give the same file.
//   node known-items.mjs CORPUS.jsonl.gz N ARTICLES SEED OUT.json
// N: how many articles of the corpus the site holds (its first N); ARTICLES: how many of them get queries (3 each).
// The target of a query is the article's URL on the site (/tin-tuc/bai-<id>/, as RealCorpus writes it).
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const [corpusPath, nArg, articlesArg, seedArg, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node known-items.mjs CORPUS.jsonl.gz N ARTICLES SEED OUT.json");
  process.exit(2);
}
const [n, wanted, seed] = [Number(nArg), Number(articlesArg), Number(seedArg)];

/** mulberry32: a small seeded generator, so the queries do not depend on Node's Math.random. */
function random(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(seed);
const below = (k) => Math.floor(next() * k);

const articles = gunzipSync(readFileSync(corpusPath)).toString("utf8").split("\n").filter(Boolean).slice(0, n).map((line) => JSON.parse(line));
/** The title's words as a reader would retype them: punctuation at either end dropped, words without a letter skipped. */
const words = (title) => title.replace(/\s+/g, " ").trim().split(" ")
  .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
  .filter((word) => /\p{L}/u.test(word));
const unaccented = (text) => text.normalize("NFD").replace(/\p{M}+/gu, "").replaceAll("đ", "d").replaceAll("Đ", "D");

const queries = [];
const used = new Set();
for (let tries = 0; used.size < wanted && tries < wanted * 20; tries++) {
  const index = below(articles.length);
  if (used.has(index)) continue;
  // Titles over the site's 200 characters are shortened by the converter (RealCorpus.fit): not a known item then.
  if ([...articles[index].title.replace(/\s+/g, " ").trim()].length > 200) continue;
  const title = words(articles[index].title);
  if (title.length < 3) continue;
  used.add(index);
  const length = Math.min(title.length, 3 + below(4));
  const start = below(title.length - length + 1);
  const run = title.slice(start, start + length);
  let shuffled = run.slice();
  for (let attempt = 0; attempt < 10 && shuffled.join(" ") === run.join(" "); attempt++) {
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = below(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
  }
  const target = `/tin-tuc/bai-${articles[index].id}/`;
  queries.push({ q: run.join(" "), kind: "accented", target });
  queries.push({ q: shuffled.join(" "), kind: "reordered", target });
  queries.push({ q: unaccented(run.join(" ")), kind: "unaccented", target });
}
writeFileSync(outPath, JSON.stringify({ corpus: corpusPath, n, seed, queries }, null, 1) + "\n");
console.error(`known-items: ${queries.length} queries for ${used.size} articles of ${articles.length}`);
