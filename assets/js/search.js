// Search client for the site's prebuilt Lucene index. Dependency-free ES module; runs unmodified in browsers
// and in Node 20.
//
//   import { createSearch } from "/assets/js/search.js";
//   const search = createSearch({ baseUrl: "/" });          // where the site is served; fetch defaults to global
//   const results = await search.search("hop tac xa", { limit: 10, type: "news", year: "2018" });
//   // → [{ url, title, score, excerpt, date, type }], best first
//
// The build exports, per search term, its pages, how often it occurs in each and its BM25 weight, plus each field's
// length norms (see vn.lmhtx.site.search.StaticExport). A query is analysed with the same rules as the index
// (tables from search/manifest.json); every page a query term occurs in gets its exact Lucene score, recomputed in
// float arithmetic as Lucene's BM25 scorer does and summed as Lucene sums it, so ranking and scores equal Lucene's.
// Every folded query word a page holds adds the manifest's wordMatch (QueryPlan.WORD_MATCH, a constant-score clause),
// and titleMatch more when the page's title holds it (QueryPlan.TITLE_MATCH, the title field "t").

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const DIGIT_GROUP = /(?<=\d)[.,](?=\d{3}(?!\d))/g;
const QUOTED = /"([^"]*)"/g;
/** What ends a phrase (VietnameseAnalysis.PHRASE_END): pairs are built within a phrase only. */
const PHRASE_END = /[.,;:!?…()\[\]{}"“”«»|\n]|[ \u00a0][-–—][ \u00a0]/u;
/** The export format this client reads (vn.lmhtx.site.search.StaticExport.FORMAT_VERSION). */
const FORMAT_VERSION = 9;
/** A query whose last character is part of a word: its last word may still be being typed (QueryPlan.ENDS_IN_WORD). */
const ENDS_IN_WORD = /[\p{L}\p{M}\p{N}]$/u;

/** The site's search data is of another format than this client's: a page cached from another build. */
export class SearchDataVersionError extends Error {
  constructor(found) {
    super("search: the site's search data is from another version (" + found + ", this page reads " + FORMAT_VERSION
      + "); reload the page");
    this.name = "SearchDataVersionError";
  }
}

/** QueryPlan.add: a required key replaces an optional one with the same id; the first position is kept. */
function addKey(keys, id, required) {
  const earlier = keys.get(id);
  if (earlier === undefined || (required && !earlier.required)) keys.set(id, { id, required });
}

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

  function phrasePairs(text) {
    return text.normalize("NFC").replace(DIGIT_GROUP, "").split(PHRASE_END).flatMap((phrase) => pairs(exactTerms(phrase)));
  }

  /** QueryPlan.pairsOf: a short query's words paired every two in either order, a longer one's phrases' adjacent words. */
  function pairsOf(text, words) {
    const distinct = [...new Set(words.map(fold))];
    if (distinct.length > tables.orderFreeWords) return phrasePairs(text);
    return distinct.flatMap((first) => distinct.filter((second) => second !== first).map((second) => first + " " + second));
  }

  /** The query's keys ("f:dai") in order, each { id, required }; as QueryPlan.of in Java. */
  function plan(query) {
    const text = query.length > tables.maxQueryLength ? query.slice(0, tables.maxQueryLength) : query;
    const keys = new Map();
    const add = (id, required) => addKey(keys, id, required);
    const words = exactTerms(text);
    // QueryPlan.of: a query typed without a single mark is matched on folded words alone.
    if (words.some((word) => fold(word) !== word)) for (const term of words) add("e:" + term, false);
    for (const term of foldedTerms(words)) add("f:" + term, false);
    for (const pair of pairsOf(text, words)) add("p:" + pair, false);
    for (const quoted of text.matchAll(QUOTED)) {
      const phrase = exactTerms(quoted[1]);
      if (phrase.length === 1) add("f:" + fold(phrase[0]), true);
      for (const pair of phrasePairs(quoted[1])) add("p:" + pair, true);
    }
    return [...keys.values()];
  }

  /**
   * QueryPlan.resolved: a required pair the index does not hold (`indexed(id)` false; pairs found in one page's body
   * only are not indexed) is replaced by its two words, each required.
   */
  function resolved(keys, indexed) {
    const out = new Map();
    for (const key of keys) {
      if (key.required && key.id.startsWith("p:") && !indexed(key.id)) {
        for (const word of key.id.slice(2).split(" ")) addKey(out, "f:" + word, true);
      } else {
        addKey(out, key.id, key.required);
      }
    }
    return [...out.values()];
  }

  /** QueryPlan.typed: the folded last word of a query that ends in a word (it may still be being typed), else null. */
  function typedWord(query) {
    const text = query.length > tables.maxQueryLength ? query.slice(0, tables.maxQueryLength) : query;
    const words = exactTerms(text);
    return words.length > 0 && ENDS_IN_WORD.test(text) ? fold(words[words.length - 1]) : null;
  }

  /**
   * Which query word a word of a page's text is, for highlights and excerpts: its folded form when the query has it
   * (marks, đ and case aside: "hop tac xa" matches "Hợp tác xã"), or the word being typed when `typing` and the word
   * starts with it ("x" matches "xã"); null for any other word.
   */
  function matcher(query, typing) {
    const exact = exactTerms(query);
    const wanted = new Set([...exact.map(fold), ...foldedTerms(exact)]);
    const typed = typing ? typedWord(query) : null;
    return (word) => {
      const terms = exactTerms(word);
      if (terms.length !== 1) return null;
      const folded = fold(terms[0]);
      if (wanted.has(folded)) return folded;
      return typed !== null && folded.startsWith(typed) ? typed : null;
    };
  }

  return { exactTerms, foldedTerms, pairs, phrasePairs, fold, plan, resolved, typedWord, matcher };
}

/**
 * The passage of `text` (a page's words) around its best match, about `length` characters: the stretch holding the
 * most distinct query words (`wordOf`, from analyzer().matcher; ties: the earliest), started at its sentence when that
 * is near, else a little before the first match, cut between words, "…" where text was left out. Null when no word of
 * the text matches: the caller keeps the lead.
 */
export function excerpt(text, wordOf, length = 180) {
  const flat = text.replace(/\s+/gu, " ").trim();
  const hits = [];
  for (const match of flat.matchAll(WORD)) {
    const word = wordOf(match[0]);
    if (word !== null) hits.push({ start: match.index, end: match.index + match[0].length, word });
  }
  if (hits.length === 0) return null;
  let best = { count: 0, first: 0, last: 0 };
  for (let i = 0; i < hits.length; i++) {
    const words = new Set();
    let j = i;
    for (; j < hits.length && hits[j].end - hits[i].start <= length; j++) words.add(hits[j].word);
    if (words.size > best.count) best = { count: words.size, first: i, last: Math.max(i, j - 1) };
  }
  const from = hits[best.first].start;
  const slack = Math.max(0, length - (hits[best.last].end - from));
  const stop = Math.max(flat.lastIndexOf(". ", from), flat.lastIndexOf("? ", from), flat.lastIndexOf("! ", from));
  const sentence = stop < 0 ? 0 : stop + 2;
  let begin = from - sentence <= slack ? sentence : Math.floor(from - Math.min(slack / 2, 40));
  if (begin > 0 && begin < from && flat[begin - 1] !== " ") {
    const space = flat.indexOf(" ", begin);
    begin = space >= 0 && space < from ? space + 1 : from;
  }
  let end = Math.min(flat.length, begin + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    end = space >= hits[best.last].end ? space : Math.max(end, hits[best.last].end);
  }
  return (begin > 0 ? "…" : "") + flat.slice(begin, end).trim() + (end < flat.length ? "…" : "");
}

const PADDING = 0xff;
const OVERFLOW = 0xfe;

/**
 * Merge two ranges of a postings pack at most this many bytes apart into one request: on a slow phone connection a
 * request's round trip costs far more time than a kilobyte.
 */
const GAP_BYTES = 1024;
/** Read the whole of a query word's packed postings (TermDictionary packs a word's keys together) up to this size. */
const WORD_BYTES = 4096;

/** The dictionary bucket of a word, as TermDictionary.bucketOf: FNV-1a over its UTF-16 code units. */
function bucketOf(word, buckets) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/**
 * Ranges [pack, offset, length] merged into spans [pack, start, end) where at most `gap` bytes apart, in pack and
 * offset order.
 */
function merged(ranges, gap) {
  const spans = [];
  for (const [pack, offset, length] of ranges.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = spans[spans.length - 1];
    if (last && last[0] === pack && offset <= last[2] + gap) last[2] = Math.max(last[2], offset + length);
    else spans.push([pack, offset, offset + length]);
  }
  return spans;
}

/**
 * Completions.choose: the `limit` words of `words` ([term, pages]) that start with `prefix` and are longer, in most
 * pages first, ties in string order (UTF-16 code units, as Java's String.compareTo).
 */
function chooseCompletions(prefix, words, limit) {
  return words.filter(([term]) => term.length > prefix.length && term.startsWith(prefix))
    .sort(([a, pagesA], [b, pagesB]) => pagesB - pagesA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit).map(([term]) => term);
}

/** Reads the varint at `cursor.at` of `bytes` (7 bits a byte, least significant first), moving the cursor past it. */
function varint(bytes, cursor) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[cursor.at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
}

/**
 * Canonical-Huffman-coded symbols, as vn.lmhtx.site.search.HuffmanSymbols writes them, from `cursor.at`: one per
 * position; symbol 0 = absent, 1..n-2 = value symbol - 1, n-1 = escaped value (varints after the codes).
 * Returns [positions present, their values]; leaves the cursor after the escapes.
 */
function decodeSymbols(bytes, cursor, positions) {
  const count = bytes[cursor.at++];
  const lengths = bytes.subarray(cursor.at, cursor.at + count);
  cursor.at += count;
  const maxLength = Math.max(...lengths);
  const perLength = new Array(maxLength + 1).fill(0);
  for (const length of lengths) if (length > 0) perLength[length]++;
  const first = new Array(maxLength + 1).fill(0); // first code of each length (DEFLATE's canonical order)
  const firstIndex = new Array(maxLength + 1).fill(0);
  const sorted = [];
  for (let length = 1, code = 0; length <= maxLength; length++) {
    code = (code + perLength[length - 1]) * 2;
    first[length] = code;
    firstIndex[length] = sorted.length;
    for (let symbol = 0; symbol < count; symbol++) if (lengths[symbol] === length) sorted.push(symbol);
  }
  const present = [];
  const values = [];
  const escaped = [];
  let bit = cursor.at * 8;
  for (let position = 0; position < positions; position++) {
    let code = 0;
    for (let length = 1; ; length++) {
      if (length > maxLength) throw new Error("search: unreadable index data (rebuild the site)");
      code = code * 2 + ((bytes[bit >>> 3] >>> (7 - (bit & 7))) & 1);
      bit++;
      if (code - first[length] < perLength[length]) {
        const symbol = sorted[firstIndex[length] + code - first[length]];
        if (symbol > 0) {
          if (symbol === count - 1) escaped.push(values.length);
          present.push(position);
          values.push(symbol - 1);
        }
        break;
      }
    }
  }
  cursor.at = (bit + 7) >>> 3;
  for (const i of escaped) values[i] = varint(bytes, cursor);
  return [present, values];
}

/**
 * One key's postings, as vn.lmhtx.site.search.PostingsCodec writes them: [docs, freqs], docs ascending. Layout byte
 * 0: varint gaps, 1: bitmap of all documents, 2: bitmap over the postings of `base` (the decoded [docs, freqs] of the
 * key's folded key), then a value width (0: all 0; else packed, all ones = escaped), the packed values and one varint
 * per escaped value; 3 and 4: Huffman-coded symbols per document or per base posting. A value is freq - 1, or base
 * freq - freq within a base.
 */
export function decodePostings(bytes, df, docCount, base) {
  if (bytes[0] >= 3) {
    const within = bytes[0] === 4;
    const [present, values] = decodeSymbols(bytes, { at: 1 }, within ? base[0].length : docCount);
    const docs = Int32Array.from(present, (position) => (within ? base[0][position] : position));
    const freqs = Int32Array.from(values, (value, i) => (within ? base[1][present[i]] - value : value + 1));
    return [docs, freqs];
  }
  const cursor = { at: 2 };
  const docs = new Int32Array(df);
  const within = bytes[0] === 2 ? new Int32Array(df) : null; // for layout 2: each posting's index in the base
  if (bytes[0] === 0) {
    for (let i = 0, previous = -1; i < df; i++) previous = docs[i] = previous + 1 + varint(bytes, cursor);
  } else {
    const [baseDocs] = within ? base : [null];
    const size = within ? baseDocs.length : docCount;
    for (let i = 0, n = 0; i < size && n < df; i++) {
      if (bytes[cursor.at + (i >>> 3)] & (1 << (i & 7))) {
        if (within) within[n] = i;
        docs[n++] = within ? baseDocs[i] : i;
      }
    }
    cursor.at += (size + 7) >>> 3;
  }
  const width = bytes[1];
  const values = new Int32Array(df);
  if (width > 0) {
    const escape = (1 << width) - 1;
    const packed = cursor.at;
    cursor.at += (df * width + 7) >>> 3;
    for (let i = 0; i < df; i++) {
      const bit = i * width;
      values[i] = (bytes[packed + (bit >>> 3)] >>> (bit & 7)) & escape;
    }
    for (let i = 0; i < df; i++) if (values[i] === escape) values[i] = varint(bytes, cursor);
  }
  const freqs = within ? values.map((value, i) => base[1][within[i]] - value) : values.map((value) => value + 1);
  return [docs, freqs];
}

export function createSearch({ baseUrl = "/", fetch: fetchFn = globalThis.fetch } = {}) {
  const base = String(baseUrl).endsWith("/") ? String(baseUrl) : String(baseUrl) + "/";
  const files = new Map();
  // Byte ranges read, by file: [{ start, end, bytes }] (TermDictionary's buckets, packed postings, rows).
  const spans = new Map();
  const decoder = new TextDecoder();
  let ready;
  // Requests made so far (files and ranges): a query that made none was answered from what earlier queries read.
  let requests = 0;

  function load(path, as = "json") {
    if (!files.has(path)) {
      requests++;
      const file = fetchFn(base + path).then((response) => {
        if (!response.ok) throw new Error("search: " + path + " answered " + response.status);
        return as === "json" ? response.json() : response.arrayBuffer();
      });
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return files.get(path);
  }

  function manifest() {
    if (!ready) {
      ready = load("search/manifest.json").then(async (m) => {
        if (m.version !== FORMAT_VERSION) throw new SearchDataVersionError(m.version);
        if (m.whole) await unpackWhole(m);
        return { ...m, analysis: analyzer(m.analysis) };
      });
      ready.catch(() => { ready = undefined; });
    }
    return ready;
  }

  /**
   * A small export is one file (StaticExport.WHOLE_FILE), read in one request: each file it holds is kept as if it had
   * been loaded whole (binary files as ArrayBuffers, .json ones parsed), so every later read is answered locally.
   */
  async function unpackWhole(m) {
    const folder = "search/" + m.data + "/";
    const buffer = await load(folder + "all.bin", "bytes");
    for (const [name, [offset, length]] of Object.entries(m.whole)) {
      const part = buffer.slice(offset, offset + length);
      files.set(folder + name, Promise.resolve(name.endsWith(".json") ? JSON.parse(decoder.decode(part)) : part));
    }
  }

  /**
   * A dictionary bucket (in StaticExport's k.bin) as a Map: key ("f:hop") → { df, weight, inline bytes or
   * [pack, offset, length] }. One range request: a bucket too big for the common size is read where the manifest says
   * its entries are.
   */
  function bucket(m, number) {
    const path = "search/" + m.data + "/k.bin";
    const key = "bucket:" + number;
    if (!files.has(key)) {
      // A bucket too big for the common size is read where its entries are (the manifest lists them), in one request.
      const overflow = overflowOf(m).get(number);
      const read = overflow ? bytesOf(path, overflow[0], overflow[1]) : bytesOf(path, number * m.bucketBytes, m.bucketBytes);
      files.set(key, read.then(async (first) => {
        let bytes = first;
        const cursor = { at: 0 };
        const next = () => varint(bytes, cursor);
        if (bytes[0] === OVERFLOW) {
          cursor.at = 1;
          bytes = await bytesOf(path, next(), next());
          cursor.at = 0;
        }
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const entries = new Map();
        while (cursor.at < bytes.length && bytes[cursor.at] !== PADDING) {
          const head = bytes[cursor.at++];
          const form = head & 3;
          const field = m.fields[head >>> 2];
          const length = next();
          const id = field + ":" + decoder.decode(bytes.subarray(cursor.at, cursor.at + length));
          cursor.at += length;
          const df = next();
          let weight = m.weights[field][df - 1];
          if (form !== 0) {
            weight = view.getFloat32(cursor.at, true);
            cursor.at += 4;
          }
          if (form === 2) {
            entries.set(id, { df, weight, packed: [next(), next(), next()] });
          } else {
            const size = next();
            entries.set(id, { df, weight, inline: bytes.subarray(cursor.at, cursor.at + size) });
            cursor.at += size;
          }
        }
        return entries;
      }));
      files.get(key).catch(() => files.delete(key));
    }
    return files.get(key);
  }

  /** TermDictionary.Buckets.overflow as a Map: bucket number → [offset, length] of its entries in k.bin. */
  function overflowOf(m) {
    if (!m.overflowAt) {
      m.overflowAt = new Map();
      let bucket = 0;
      let offset = m.buckets * m.bucketBytes;
      for (let i = 0; i + 1 < (m.overflow ?? []).length; i += 2) {
        bucket += m.overflow[i];
        m.overflowAt.set(bucket, [offset, m.overflow[i + 1]]);
        offset += m.overflow[i + 1];
      }
    }
    return m.overflowAt;
  }

  /**
   * TermDictionary.bucketWord: a key's bucket is chosen by its folded word, or by its pair's two words in code-unit
   * order ("a b" and "b a" share a bucket).
   */
  function bucketWordOf(m, id) {
    if (!id.startsWith("p:")) return m.analysis.fold(id.slice(2));
    const [first, second] = id.slice(2).split(" ");
    return first <= second ? first + " " + second : second + " " + first;
  }

  async function entryOf(m, id) {
    return (await bucket(m, bucketOf(bucketWordOf(m, id), m.buckets))).get(id) ?? null;
  }

  /**
   * Bytes of a file: from a span read before that holds them, else an HTTP range request (kept as a span), or the whole
   * (kept) file where the host ignores ranges.
   */
  function bytesOf(path, offset, length) {
    const span = (spans.get(path) ?? []).find((s) => s.start <= offset && offset + length <= s.end) ?? readSpan(path, offset, offset + length);
    return span.bytes.then((bytes) => bytes.subarray(offset - span.start, offset - span.start + length));
  }

  /** Reads bytes [start, end) of a file with one range request, kept for every later read within them. */
  function readSpan(path, start, end) {
    if (!spans.has(path)) spans.set(path, []);
    const span = { start, end, bytes: rangeOf(path, start, end - start) };
    span.bytes.catch(() => spans.set(path, spans.get(path).filter((s) => s !== span)));
    spans.get(path).push(span);
    return span;
  }

  /**
   * Reads the packed postings a query needs in as few range requests as the layout allows, before they are decoded:
   * TermDictionary packs each word's keys together (folded, title, exact, then the pairs of which it is the rarer
   * word), so the ranges of one word are merged into one request (GAP_BYTES), and all of a word's exact, folded and
   * title keys are read when they take at most WORD_BYTES: the query typed with other marks then finds its exact keys
   * read already.
   * `words`: the query's folded words; `ids`: the keys whose postings the query reads.
   */
  async function readPacked(m, words, ids) {
    const needed = (await Promise.all(ids.map((id) => entryOf(m, id)))).filter((entry) => entry?.packed).map((entry) => entry.packed);
    const wanted = [];
    for (const word of words) {
      const entries = await bucket(m, bucketOf(word, m.buckets));
      const own = [...entries].filter(([id, entry]) => entry.packed && !id.startsWith("p:") && m.analysis.fold(id.slice(2)) === word)
        .map(([, entry]) => entry.packed);
      for (const cluster of merged(own, GAP_BYTES)) {
        const [pack, start, end] = cluster;
        if (end - start <= WORD_BYTES && needed.some(([p, offset]) => p === pack && start <= offset && offset < end)) wanted.push(cluster);
      }
    }
    const covered = ([pack, offset, length]) => wanted.some(([p, start, end]) => p === pack && start <= offset && offset + length <= end);
    const spansToRead = merged(wanted.map(([pack, start, end]) => [pack, start, end - start]).concat(needed.filter((range) => !covered(range))), GAP_BYTES);
    for (const [pack, start, end] of spansToRead) {
      const path = "search/" + m.data + "/p/" + pack + ".bin";
      if (!(spans.get(path) ?? []).some((s) => s.start <= start && end <= s.end)) readSpan(path, start, end);
    }
  }

  async function rangeOf(path, offset, length) {
    if (files.has(path)) return new Uint8Array(await files.get(path), offset, length);
    requests++;
    const response = await fetchFn(base + path, { headers: { Range: "bytes=" + offset + "-" + (offset + length - 1) } });
    if (!response.ok) throw new Error("search: " + path + " answered " + response.status);
    const bytes = await response.arrayBuffer();
    if (response.status === 206) return new Uint8Array(bytes);
    files.set(path, Promise.resolve(bytes));
    return new Uint8Array(bytes, offset, length);
  }

  /** A field's norms: for each document, the BM25 length factor Lucene's scorer uses for it (Float32Array). */
  async function normsOf(m, field) {
    if (typeof m.norms[field] === "number") return new Float32Array(m.docs).fill(m.norms[field]);
    const path = "search/" + m.data + "/" + m.norms[field];
    const key = "norms:" + path;
    if (!files.has(key)) {
      files.set(key, load(path, "bytes").then((buffer) => {
        const bytes = new Uint8Array(buffer);
        const classes = bytes[0] + 1;
        const view = new DataView(buffer);
        const factors = new Float32Array(classes);
        for (let i = 0; i < classes; i++) factors[i] = view.getFloat32(1 + 4 * i, true);
        const [, indexes] = decodeSymbols(bytes, { at: 1 + 4 * classes }, m.docs);
        return Float32Array.from(indexes, (index) => factors[index]);
      }));
    }
    return files.get(key);
  }

  /** A key's decoded postings and weight; null when the index has no such key. */
  async function postingsOf(m, id) {
    const entry = await entryOf(m, id);
    if (entry === null) return null;
    const { df, weight, inline, packed } = entry;
    const bytes = inline ?? await bytesOf("search/" + m.data + "/p/" + packed[0] + ".bin", packed[1], packed[2]);
    // An exact key may be stored within its folded key, which the query plan always has too.
    const withinBase = bytes[0] === 2 || bytes[0] === 4;
    const base = withinBase ? (await postingsOf(m, "f:" + m.analysis.fold(id.slice(2)))).postings : null;
    return { field: id.slice(0, id.indexOf(":")), weight, postings: decodePostings(bytes, df, m.docs, base) };
  }

  /** Every page's score for one key, exactly as Lucene's BM25Scorer computes it in float arithmetic. */
  async function scoresOf(m, id, boost = 1) {
    // The norms are read beside the postings, not after them: one round fewer for a query's first read of them.
    const [{ field, weight, postings: [docs, freqs] }, normInverse] = await Promise.all([postingsOf(m, id), normsOf(m, id.slice(0, id.indexOf(":")))]);
    // QueryPlan.clause: an exact term typed with marks weighs `toned` (a power of two: exact in float) times more.
    const toned = field === "e" && m.analysis.fold(id.slice(2)) !== id.slice(2);
    // A completion of a word being typed weighs Completions.BOOST (a power of two too).
    const w = Math.fround(Math.fround(weight) * (toned ? m.toned : 1) * boost);
    const scores = new Float32Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      scores[i] = Math.fround(w - Math.fround(w / Math.fround(1 + Math.fround(freqs[i] * normInverse[docs[i]]))));
    }
    return { docs, scores };
  }

  async function filterOf(m, name, value) {
    if (value === undefined || value === null || value === "") return null;
    if (!m.filters[name].includes(String(value))) return new Set();
    return new Set(await load("search/" + m.data + "/f/" + name + "-" + value + ".json"));
  }

  /**
   * Completions.of: the words the typed `prefix` may become, from the vocabulary file of its first two characters
   * (for a one-character prefix, that file's precomputed "tops").
   */
  async function completionsOf(m, prefix) {
    // Completions.shardOf: the dictionary's hash of the first two characters.
    const shard = await load("search/" + m.data + "/w/" + bucketOf(prefix.slice(0, 2), m.completions.files) + ".json");
    if (prefix.length === 1) return shard.tops[prefix] ?? [];
    return chooseCompletions(prefix, shard.words, m.completions.limit);
  }

  /**
   * QueryPlan.typed: the optional keys of the completions of the query's last word (those the plan lacks), each
   * { id, required: false, completion: true }, and the ids of all completions (for Completions.MATCH).
   */
  async function typeAhead(m, query, keys) {
    const word = m.analysis.typedWord(query);
    if (word === null) return { extra: [], ids: new Set() };
    const ids = new Set((await completionsOf(m, word)).map((term) => "f:" + term));
    const have = new Set(keys.map((key) => key.id));
    return { extra: [...ids].filter((id) => !have.has(id)).map((id) => ({ id, required: false, completion: true })), ids };
  }

  async function rowOf(m, doc) {
    const bytes = await bytesOf("search/" + m.data + "/d.bin", doc * m.rowBytes, m.rowBytes);
    return JSON.parse(decoder.decode(bytes));
  }

  async function search(query, { limit = 10, type, year, typing = false } = {}) {
    if (typeof query !== "string" || !(limit > 0)) return [];
    const requestsBefore = requests;
    const m = await manifest();
    let keys = m.analysis.plan(query);
    if (keys.length === 0) return [];
    let entries = await Promise.all(keys.map((key) => entryOf(m, key.id)));
    if (keys.some((key, i) => key.required && key.id.startsWith("p:") && entries[i] === null)) {
      const indexed = new Set(keys.filter((key, i) => entries[i] !== null).map((key) => key.id));
      keys = m.analysis.resolved(keys, (id) => indexed.has(id));
      entries = await Promise.all(keys.map((key) => entryOf(m, key.id)));
    }
    if (keys.some((key, i) => key.required && entries[i] === null)) return [];
    const typed = typing ? await typeAhead(m, query, keys) : { extra: [], ids: new Set() };
    if (typed.extra.length > 0) {
      keys = keys.concat(typed.extra);
      entries = entries.concat(await Promise.all(typed.extra.map((key) => entryOf(m, key.id))));
    }
    const found = keys.map((key, i) => ({ key, entry: entries[i] })).filter(({ entry }) => entry !== null);
    if (found.length === 0) return [];
    // QueryPlan.titleMatch: the title key of each folded word found (in the same bucket: no request of its own).
    const titleIds = found.filter(({ key }) => key.id.startsWith("f:") && !key.completion).map(({ key }) => "t:" + key.id.slice(2));
    const titleEntries = await Promise.all(titleIds.map((id) => entryOf(m, id)));
    const foundTitles = titleIds.filter((id, i) => titleEntries[i] !== null);
    const words = [...new Set(found.filter(({ key }) => !key.id.startsWith("p:") && !key.completion).map(({ key }) => m.analysis.fold(key.id.slice(2))))];
    await readPacked(m, words, found.map(({ key }) => key.id).concat(foundTitles, words.map((word) => "f:" + word)));
    const [lists, titles, filters] = await Promise.all([
      Promise.all(found.map(({ key }) => scoresOf(m, key.id, key.completion ? m.completions.boost : 1))),
      Promise.all(foundTitles.map((id) => postingsOf(m, id))),
      Promise.all([filterOf(m, "type", type), filterOf(m, "year", year)]),
    ]);
    // Lucene sums a page's clause scores in double and rounds to float: required clauses and optional ones apart,
    // then adds the two floats (ReqOptSumScorer). A few floats within 2^17 of each other (BM25 clause scores are) sum
    // exactly in a double, so the order of the sum does not matter.
    const required = new Float64Array(m.docs);
    const optional = new Float64Array(m.docs);
    const matched = new Int32Array(m.docs);
    const touched = new Set();
    let requiredKeys = 0;
    const wordMatch = Math.fround(m.wordMatch);
    found.forEach(({ key }, i) => {
      const { docs, scores } = lists[i];
      const sums = key.required ? required : optional;
      requiredKeys += key.required ? 1 : 0;
      for (let j = 0; j < docs.length; j++) {
        sums[docs[j]] += scores[j];
        if (key.required) matched[docs[j]]++;
        touched.add(docs[j]);
      }
      // QueryPlan.wordMatch: an optional constant for every page holding a folded query word.
      if (key.id.startsWith("f:") && !key.completion) for (let j = 0; j < docs.length; j++) optional[docs[j]] += wordMatch;
    });
    addCompletionMatch(optional, typed.ids, found, lists, m.completions.match);
    const titleMatch = Math.fround(m.titleMatch);
    for (const { postings: [docs] } of titles) for (const doc of docs) optional[doc] += titleMatch;
    const allowed = filters.filter(Boolean);
    const hits = [];
    for (const doc of touched) {
      if (matched[doc] < requiredKeys || !allowed.every((filter) => filter.has(doc))) continue;
      const score = requiredKeys > 0 ? Math.fround(Math.fround(required[doc]) + Math.fround(optional[doc])) : Math.fround(optional[doc]);
      hits.push({ doc, score });
    }
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const readTerms = requests > requestsBefore;
    const shown = Promise.all(hits.slice(0, Math.floor(limit)).map(async ({ doc, score }) => {
      const [url, title, date, pageType, excerpt] = await rowOf(m, doc);
      return { url: base + url.slice(1), title, score, excerpt, date, type: pageType };
    }));
    // A query that had to read terms (new words) also asks for the rows of its next `limit` results, after the shown
    // ones, in the same round and unawaited: its reformulations (the same words in another order or without marks, a
    // word more or less) mostly reshuffle the ranks just below its top, and are then answered without a request. A
    // query answered from what was read (such a reformulation) does not read ahead again. A failed read is forgotten
    // (readSpan drops its span).
    if (readTerms) {
      for (const { doc } of hits.slice(Math.floor(limit), 2 * Math.floor(limit))) rowOf(m, doc).catch(() => {});
    }
    return shown;
  }

  /** Completions.MATCH, once for every page holding any completion of the word being typed (a constant-score clause). */
  function addCompletionMatch(optional, ids, found, lists, match) {
    if (ids.size === 0) return;
    const holding = new Set();
    found.forEach(({ key }, i) => { if (ids.has(key.id)) for (const doc of lists[i].docs) holding.add(doc); });
    for (const doc of holding) optional[doc] += Math.fround(match);
  }

  /** The filters that have pages: types as { value, label } ("news", "Tin tức"), years newest first. */
  async function filters() {
    const m = await manifest();
    return {
      type: m.filters.type.map((value) => ({ value, label: m.labels[value] ?? value })),
      year: m.filters.year.slice().reverse(),
    };
  }

  return { search, filters, analyze: async (text) => (await manifest()).analysis };
}
