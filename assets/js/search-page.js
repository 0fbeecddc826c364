// The search page (/tim-kiem/): results while typing, the query in the URL (?q=, shareable; the back button
// works), filters by type and year, matched words highlighted. Everything is built as DOM text, never as HTML.
// The query box is always being typed: its last word also matches longer words (type-ahead, search(q, { typing })).
// Each result on screen shows the passage of its page around the query words (the page is fetched when the result
// scrolls into view, and kept), or its lead when no word is found there. Marks "search-input" and "search-results"
// (Performance API) time each query, for the browser tests.
const me = document.currentScript || document.querySelector("script[data-client]");
// The manifest is asked for now, while the client module loads (search.ftl preloads the module): a round trip less on a
// slow connection before a shared ?q= link shows results.
const manifestUrl = me.getAttribute("data-base").replace(/\/?$/u, "/") + "search/manifest.json";
let earlyManifest = fetch(manifestUrl);
const { createSearch, SearchDataVersionError, excerpt } = await import(me.getAttribute("data-client"));

const LIMIT = 20;
const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption, pre, dt, dd, div";

function fetchOnce(url, options) {
  const early = url === manifestUrl ? earlyManifest : null;
  earlyManifest = null;
  return early ?? fetch(url, options);
}
const search = createSearch({ baseUrl: me.getAttribute("data-base"), fetch: fetchOnce });
const form = document.querySelector(".search-form");
const input = document.getElementById("q");
const typeSelect = document.getElementById("loai");
const yearSelect = document.getElementById("nam");
const status = document.getElementById("trang-thai-tim");
const list = document.getElementById("ket-qua");
let latest = 0;
let running = null; // the query under way: a keystroke meanwhile waits for it, then runs the newest text once
let waiting = false;
// Whether the address holds a query the reader asked for (opened, Enter, a filter, back/forward): typing then starts a
// new history entry, so that the back button returns to it; keystrokes after that only replace their own entry.
let committed = false;
const pageTexts = new Map(); // result URL → Promise of its page's text
let typeLabels = {};
// "Tìm kiếm – <site>" as baked; with a query the tab and the history show "<query> – Tìm kiếm – <site>".
const pageTitle = document.title;

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends text to a node, wrapping the words the query matches (`wordOf`, analyzer().matcher) in <mark>. */
function highlighted(node, text, wordOf) {
  for (const part of text.split(/([\p{L}\p{M}\p{N}]+)/u)) {
    if (part === "") continue;
    node.append(wordOf(part) !== null ? element("mark", "", part) : document.createTextNode(part));
  }
  return node;
}

/** The text of a result's page (its indexed body, a line per block), fetched once; "" if it cannot be read. */
function pageText(url) {
  if (!pageTexts.has(url)) {
    pageTexts.set(url, fetch(url).then((response) => (response.ok ? response.text() : "")).then((html) => {
      const body = new DOMParser().parseFromString(html, "text/html").querySelector('[data-search="body"]');
      if (!body) return "";
      // Text nodes of one block join as they are ("hợp <b>tác</b>"), blocks with a space between them.
      let text = "";
      let block = null;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement.closest(BLOCKS) ?? body;
        text += (parent === block ? "" : " ") + node.data;
        block = parent;
      }
      return text;
    }).catch(() => ""));
  }
  return pageTexts.get(url);
}

/** Once a result is on screen: its lead gives way to the passage of its page around the query words, if any. */
const onScreen = new IntersectionObserver((entries) => {
  for (const { isIntersecting, target } of entries) {
    if (!isIntersecting) continue;
    onScreen.unobserve(target);
    const { url, lead, wordOf, ticket } = target.searchResult;
    pageText(url).then((text) => {
      const passage = excerpt(lead + " " + text, wordOf);
      if (passage === null || ticket !== latest) return;
      const paragraph = target.querySelector(".excerpt");
      paragraph.replaceChildren();
      highlighted(paragraph, passage, wordOf);
    });
  }
});

function state() {
  return { q: input.value.trim(), loai: typeSelect.value, nam: yearSelect.value };
}

function urlOf({ q, loai, nam }) {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (loai) params.set("loai", loai);
  if (nam) params.set("nam", nam);
  const query = params.toString();
  return location.pathname + (query ? "?" + query : "");
}

function emptyState(query) {
  status.textContent = "Không tìm thấy kết quả cho «" + query + "».";
  const tip = element("li", "search-empty");
  tip.append("Thử bỏ bớt từ, gõ không dấu, bỏ bộ lọc, hoặc xem ");
  const news = element("a", "", "tất cả tin tức");
  news.href = me.getAttribute("data-news");
  tip.append(news, ".");
  list.append(tip);
}

async function run(remember) {
  const current = state();
  const url = urlOf(current);
  if (remember === "push" && url !== location.pathname + location.search) history.pushState(current, "", url);
  else if (remember === "replace") history.replaceState(current, "", url);
  const ticket = ++latest;
  document.title = current.q ? current.q + " – " + pageTitle : pageTitle;
  // The suggestions shown before a reader types give way to the results (site.css: [data-has-query]).
  document.documentElement.toggleAttribute("data-has-query", Boolean(current.q));
  if (!current.q) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  status.textContent = "Đang tìm…";
  let results;
  try {
    results = await search.search(current.q, { limit: LIMIT, type: current.loai || undefined, year: current.nam || undefined,
      typing: true });
  } catch (error) {
    if (ticket === latest) status.textContent = failure(error);
    return;
  }
  if (ticket !== latest) return; // a newer query is on its way
  const wordOf = (await search.analyze()).matcher(current.q, true);
  list.replaceChildren();
  if (results.length === 0) {
    emptyState(current.q);
    performance.mark("search-results", { detail: current.q });
    return;
  }
  status.textContent = (results.length === LIMIT ? "Hiển thị " + LIMIT + " kết quả đầu tiên" : results.length + " kết quả")
    + " cho «" + current.q + "».";
  for (const result of results) {
    const item = element("li", "search-result");
    const heading = element("h2");
    const link = highlighted(element("a"), result.title, wordOf);
    link.href = result.url;
    heading.append(link);
    const meta = element("p", "meta", [typeLabels[result.type] || result.type, result.date].filter(Boolean).join(" · "));
    item.append(heading, meta, highlighted(element("p", "excerpt"), result.excerpt, wordOf));
    item.searchResult = { url: result.url, lead: result.excerpt.replace(/…$/u, ""), wordOf, ticket };
    list.append(item);
    onScreen.observe(item);
  }
  performance.mark("search-results", { detail: current.q });
}

/** A keystroke's query: at once when none is under way, else once the one under way is done (newest text only). */
function typed() {
  performance.mark("search-input");
  if (running) waiting = true;
  else next();
}

function next() {
  const remember = committed ? "push" : "replace";
  committed = false;
  running = run(remember).finally(() => {
    running = null;
    if (waiting) {
      waiting = false;
      next();
    }
  });
}

/** A query the reader asks for (Enter, a filter): a history entry of its own. */
function asked() {
  committed = true;
  run("push");
}

function fromUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  typeSelect.value = params.get("loai") || "";
  yearSelect.value = params.get("nam") || "";
  committed = Boolean(input.value);
}

function failure(error) {
  return error instanceof SearchDataVersionError
    ? "Dữ liệu tìm kiếm thuộc một phiên bản khác của trang. Vui lòng tải lại trang."
    : "Không tải được dữ liệu tìm kiếm. Vui lòng thử lại.";
}

/** Only filters that have pages: a type or a year with nothing in it would always answer nothing. */
function option(select, value, label) {
  select.append(element("option", "", label));
  select.lastChild.value = value;
}

try {
  const filters = await search.filters();
  for (const { value, label } of filters.type) {
    option(typeSelect, value, label);
    typeLabels[value] = label;
  }
  for (const year of filters.year) option(yearSelect, year, year);
} catch (error) {
  status.textContent = failure(error);
}
fromUrl();
input.addEventListener("input", typed);
typeSelect.addEventListener("change", asked);
yearSelect.addEventListener("change", asked);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  asked();
});
window.addEventListener("popstate", () => {
  fromUrl();
  run();
});
run();
