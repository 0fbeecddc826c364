// The search page (/tim-kiem/): results while typing, the query in the URL (?q=, shareable; the back button
// works), filters by type and year, matched words highlighted. Everything is built as DOM text, never as HTML.
const me = document.currentScript || document.querySelector("script[data-client]");
const { createSearch, SearchDataVersionError } = await import(me.getAttribute("data-client"));

const LIMIT = 20;
const DEBOUNCE_MS = 200;

const search = createSearch({ baseUrl: me.getAttribute("data-base") });
const form = document.querySelector(".search-form");
const input = document.getElementById("q");
const typeSelect = document.getElementById("loai");
const yearSelect = document.getElementById("nam");
const status = document.getElementById("trang-thai-tim");
const list = document.getElementById("ket-qua");
let timer;
let latest = 0;
let typeLabels = {};
// "Tìm kiếm – <site>" as baked; with a query the tab and the history show "<query> – Tìm kiếm – <site>".
const pageTitle = document.title;

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends text to a node, wrapping words whose folded form the query has in <mark>. */
function highlighted(node, text, analysis, wanted) {
  for (const part of text.split(/([\p{L}\p{M}\p{N}]+)/u)) {
    if (part === "") continue;
    const terms = analysis.exactTerms(part);
    const hit = terms.length === 1 && wanted.has(analysis.fold(terms[0]));
    node.append(hit ? element("mark", "", part) : document.createTextNode(part));
  }
  return node;
}

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
    results = await search.search(current.q, { limit: LIMIT, type: current.loai || undefined, year: current.nam || undefined });
  } catch (error) {
    if (ticket === latest) status.textContent = failure(error);
    return;
  }
  if (ticket !== latest) return; // a newer query is on its way
  const analysis = await search.analyze();
  const exact = analysis.exactTerms(current.q);
  const wanted = new Set([...exact.map(analysis.fold), ...analysis.foldedTerms(exact)]);
  list.replaceChildren();
  if (results.length === 0) return emptyState(current.q);
  status.textContent = (results.length === LIMIT ? "Hiển thị " + LIMIT + " kết quả đầu tiên" : results.length + " kết quả")
    + " cho «" + current.q + "».";
  for (const result of results) {
    const item = element("li", "search-result");
    const heading = element("h2");
    const link = highlighted(element("a"), result.title, analysis, wanted);
    link.href = result.url;
    heading.append(link);
    const meta = element("p", "meta", [typeLabels[result.type] || result.type, result.date].filter(Boolean).join(" · "));
    item.append(heading, meta, highlighted(element("p"), result.excerpt, analysis, wanted));
    list.append(item);
  }
}

function fromUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  typeSelect.value = params.get("loai") || "";
  yearSelect.value = params.get("nam") || "";
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
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run("replace"), DEBOUNCE_MS);
});
typeSelect.addEventListener("change", () => run("push"));
yearSelect.addEventListener("change", () => run("push"));
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run("push");
});
window.addEventListener("popstate", () => {
  fromUrl();
  run();
});
run();
