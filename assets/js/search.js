// Search client for the site's prebuilt Lucene index. Dependency-free ES module; runs unmodified in browsers
// and in Node 20.
//
//   import { createSearch } from "/assets/js/search.js";
//   const search = createSearch({ baseUrl: "/" });          // where the site is served; fetch defaults to global
//   const results = await search.search("hop tac xa", { limit: 10, type: "news", year: "2018" });
//   // → [{ url, title, score, excerpt, date, type }], best first
//
// The build exports, per search term, every page's exact Lucene score for that term, best first (see
// vn.lmhtx.site.search.StaticExport). A query is analysed with the same rules as the index (tables from
// search/manifest.json), and a page's score is the sum of its terms' scores, rounded as Lucene rounds it. Postings
// are read best-first and reading stops as soon as the top results and their order are proven.

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const DIGIT_GROUP = /(?<=\d)[.,](?=\d{3}(?!\d))/g;
const QUOTED = /"([^"]*)"/g;

/** The analysis rules of vn.lmhtx.site.search.VietnameseAnalysis, driven by the manifest's tables. */
export function analyzer(tables) {
  const onsets = new Set(tables.onsets);
  const abbreviations = Object.entries(tables.abbreviations);

  function tonePlacement(term) {
    if (term.length < 2) return term;
    const ending = term.slice(-2);
    const modern = tables.tonePlacement[ending];
    if (modern === undefined || (ending[0] === "u" && term.length > 2 && term[term.length - 3] === "q")) return term;
    return term.slice(0, -2) + modern;
  }

  function yToI(term) {
    if (term.length < 2) return term;
    const i = tables.yToI[term[term.length - 1]];
    if (i === undefined || !onsets.has(term.slice(0, -1))) return term;
    return term.slice(0, -1) + i;
  }

  function fold(term) {
    return term.normalize("NFD").replaceAll("đ", "d").replace(MARKS, "");
  }

  function exactTerms(text) {
    const normal = text.normalize("NFC").toLowerCase().replace(DIGIT_GROUP, "");
    const terms = [];
    for (const match of normal.matchAll(WORD)) {
      let term = match[0];
      if (term.length > tables.maxTermLength) term = term.slice(0, tables.maxTermLength);
      terms.push(yToI(tonePlacement(term)));
    }
    for (let i = 1; i < terms.length; i++) {
      const roman = tables.romans.indexOf(terms[i]);
      if (roman >= 0 && fold(terms[i - 1]) === "thu") terms[i] = String(roman + 1);
    }
    return terms;
  }

  function foldedTerms(exact) {
    const folded = exact.map(fold);
    const out = folded.slice();
    for (let i = 0; i < folded.length; i++) {
      for (const [abbreviation, words] of abbreviations) {
        if (i + words.length <= folded.length && words.every((word, j) => folded[i + j] === word)) out.push(abbreviation);
      }
    }
    return out;
  }

  function pairs(exact) {
    const out = [];
    for (let i = 0; i + 1 < exact.length; i++) out.push(fold(exact[i]) + " " + fold(exact[i + 1]));
    return out;
  }

  /** The query's keys ("f:dai") in order, each { id, required }; as QueryPlan.of in Java. */
  function plan(query) {
    const text = query.length > tables.maxQueryLength ? query.slice(0, tables.maxQueryLength) : query;
    const keys = new Map();
    const add = (id, required) => {
      const earlier = keys.get(id);
      if (earlier === undefined || (required && !earlier.required)) keys.set(id, { id, required });
    };
    const words = exactTerms(text);
    for (const term of words) add("e:" + term, false);
    for (const term of foldedTerms(words)) add("f:" + term, false);
    for (const pair of pairs(words)) add("p:" + pair, false);
    for (const quoted of text.matchAll(QUOTED)) {
      const phrase = exactTerms(quoted[1]);
      if (phrase.length === 1) add("f:" + fold(phrase[0]), true);
      for (const pair of pairs(phrase)) add("p:" + pair, true);
    }
    return [...keys.values()];
  }

  return { exactTerms, foldedTerms, pairs, fold, plan };
}

/** The shard of a key, as StaticExport.shardOf: FNV-1a of the key's (first) folded word. */
function shardOf(id, shards, fold) {
  const term = id.slice(2);
  const word = id.startsWith("p:") ? term.slice(0, term.indexOf(" ")) : fold(term);
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

export function createSearch({ baseUrl = "/", fetch: fetchFn = globalThis.fetch } = {}) {
  const base = String(baseUrl).endsWith("/") ? String(baseUrl) : String(baseUrl) + "/";
  const files = new Map();
  let ready;

  function load(path) {
    if (!files.has(path)) {
      const file = fetchFn(base + path).then((response) => {
        if (!response.ok) throw new Error("search: " + path + " answered " + response.status);
        return response.json();
      });
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return files.get(path);
  }

  function manifest() {
    if (!ready) {
      ready = load("search/manifest.json").then((m) => ({ ...m, analysis: analyzer(m.analysis) }));
      ready.catch(() => { ready = undefined; });
    }
    return ready;
  }

  async function entryOf(m, id) {
    const shard = shardOf(id, m.termShards, m.analysis.fold);
    const entries = await load("search/" + m.data + "/t/" + shard + ".json");
    return Object.prototype.hasOwnProperty.call(entries, id) ? { shard, entry: entries[id] } : null;
  }

  /** One chunk of a pack: an HTTP range request, or the whole (cached) file where the host ignores ranges. */
  async function chunkOf(m, pack, offset, length) {
    const path = "search/" + m.data + "/p/" + pack + ".bin";
    if (files.has(path)) return new DataView(await files.get(path), offset, length);
    const response = await fetchFn(base + path, { headers: { Range: "bytes=" + offset + "-" + (offset + length - 1) } });
    if (!response.ok) throw new Error("search: " + path + " answered " + response.status);
    const bytes = await response.arrayBuffer();
    if (response.status === 206) return new DataView(bytes);
    files.set(path, Promise.resolve(bytes));
    return new DataView(bytes, offset, length);
  }

  async function filterOf(m, name, value) {
    if (value === undefined || value === null || value === "") return null;
    if (!m.filters[name].includes(String(value))) return new Set();
    return new Set(await load("search/" + m.data + "/f/" + name + "-" + value + ".json"));
  }

  /** One key's postings as read so far: best first, with the score of the last one read as the frontier. */
  function termState(key, { shard, entry }) {
    const [df, docs, scores, chunks] = entry;
    const term = { required: key.required, df, read: new Map(), frontier: 0, pack: shard, chunks: chunks.slice(), count: 0 };
    addPostings(term, docs, scores.map(Math.fround));
    return term;
  }

  function addPostings(term, docs, scores) {
    for (let i = 0; i < docs.length; i++) term.read.set(docs[i], scores[i]);
    term.count += docs.length;
    term.frontier = term.count >= term.df ? 0 : scores[scores.length - 1];
  }

  async function readNext(m, term) {
    const [offset, count] = term.chunks.shift();
    const bytes = await chunkOf(m, term.pack, offset, count * 8);
    const docs = new Array(count);
    const scores = new Array(count);
    for (let i = 0; i < count; i++) {
      docs[i] = bytes.getInt32(4 * i, true);
      scores[i] = bytes.getFloat32(4 * (count + i), true);
    }
    addPostings(term, docs, scores);
  }

  /** Bounds of a document's score: known part, what unread postings may still add, and the exact score when known. */
  function bounds(terms, doc) {
    let required = 0;
    let optional = 0;
    let unknown = 0;
    for (const term of terms) {
      const score = term.read.get(doc);
      if (score !== undefined) {
        if (term.required) required += score;
        else optional += score;
      } else if (term.count < term.df) {
        unknown += term.frontier;
      } else if (term.required) {
        return null; // a required term has no posting for it: not a match
      }
    }
    const known = required + optional;
    const hasRequired = terms.some((term) => term.required);
    // Lucene adds required and optional clause sums separately, each rounded to float (ReqOptSumScorer).
    const exact = unknown === 0 ? (hasRequired ? Math.fround(Math.fround(required) + Math.fround(optional)) : Math.fround(optional)) : null;
    return { doc, low: known, high: known + unknown, exact };
  }

  function before(a, b) {
    return a.exact !== null && b.exact !== null ? a.exact > b.exact || (a.exact === b.exact && a.doc < b.doc) : a.low > b.high;
  }

  /** The top documents, or null when reading more postings is needed to know them and their order. */
  function settle(terms, allowed, limit) {
    const seen = new Set();
    for (const term of terms) for (const doc of term.read.keys()) seen.add(doc);
    const candidates = [];
    for (const doc of seen) {
      if (allowed && !allowed(doc)) continue;
      const bound = bounds(terms, doc);
      if (bound) candidates.push(bound);
    }
    candidates.sort((a, b) => ((b.exact ?? b.low) - (a.exact ?? a.low)) || a.doc - b.doc);
    const top = candidates.slice(0, limit);
    const unseenHigh = terms.reduce((sum, term) => sum + (term.count < term.df ? term.frontier : 0), 0);
    const exhausted = terms.every((term) => term.count >= term.df);
    if (exhausted) return top;
    for (let i = 0; i + 1 < top.length; i++) if (!before(top[i], top[i + 1])) return null;
    const last = top[top.length - 1];
    if (top.length < limit) return unseenHigh === 0 && candidates.every((c) => c.exact !== null) ? top : null;
    if (!(last.low > unseenHigh)) return null;
    for (const other of candidates.slice(limit)) if (!before(last, other)) return null;
    return top;
  }

  async function search(query, { limit = 10, type, year } = {}) {
    if (typeof query !== "string" || !(limit > 0)) return [];
    const m = await manifest();
    const keys = m.analysis.plan(query);
    if (keys.length === 0) return [];
    const entries = await Promise.all(keys.map((key) => entryOf(m, key.id)));
    if (keys.some((key, i) => key.required && entries[i] === null)) return [];
    const terms = keys.map((key, i) => (entries[i] === null ? null : termState(key, entries[i]))).filter(Boolean);
    if (terms.length === 0) return [];
    const filters = (await Promise.all([filterOf(m, "type", type), filterOf(m, "year", year)])).filter(Boolean);
    const allowed = filters.length ? (doc) => filters.every((filter) => filter.has(doc)) : null;
    let top;
    while ((top = settle(terms, allowed, Math.floor(limit))) === null) {
      const next = terms.filter((term) => term.chunks.length > 0).reduce((a, b) => (b.frontier > a.frontier ? b : a));
      await readNext(m, next);
    }
    return Promise.all(top.map(async (hit) => {
      const rows = await load("search/" + m.data + "/d/" + Math.floor(hit.doc / m.docsPerShard) + ".json");
      const [url, title, date, pageType, excerpt] = rows[hit.doc % m.docsPerShard];
      return { url: base + url.slice(1), title, score: hit.exact ?? Math.fround(hit.low), excerpt, date, type: pageType };
    }));
  }

  return { search, analyze: async (text) => (await manifest()).analysis };
}
