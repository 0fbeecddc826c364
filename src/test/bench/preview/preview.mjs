// Save-to-reload time of a preview server over a scripted sequence of content edits, then one template edit:
//   node --experimental-websocket preview.mjs <ours|hugo> <site folder (a scratch copy)> <result.json> <log> [jar]
// ours: `java -jar <jar> serve --source <site>`; a reload is an unnamed event of /__live-reload/events, and the search
// page's reload (the search index caught up: an incremental rebuild writes it after the pages) an event named "search";
// each edit waits for both, so a search refresh never runs beside the next edit.
// hugo: `hugo server --source <site>` (pages in memory, its default); a reload is a {"command":"reload"} message on
// its live-reload WebSocket (/livereload). Each edit is timed from just before the file is written to the next reload.
// The edits are the same for both tools, on the same articles: body, title, date, tags, category, draft and back,
// a new file, its deletion, a rename, a broken save and its fix (Hugo marks drafts `draft: true`, we `status: draft`).
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";

const [tool, site, resultFile, logFile, jar] = process.argv.slice(2);
const STARTUP_TIMEOUT_MS = 40 * 60 * 1000;
const RELOAD_TIMEOUT_MS = Number(process.env.RELOAD_TIMEOUT_MS || 15 * 60 * 1000);
const SETTLE_MS = 1500;
// MAX_EDITS: stop after that many content edits (then the template edit), for a tool that takes minutes per edit.
const MAX_EDITS = Number(process.env.MAX_EDITS || Infinity);

const freePort = () => new Promise((resolve, reject) => {
  const probe = net.createServer();
  probe.once("error", reject);
  probe.listen(0, "127.0.0.1", () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const withTimeout = (promise, ms, what) => Promise.race([promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)), ms).unref())]);

const news = path.join(site, "content", "tin-tuc");
const articles = fs.readdirSync(news).filter((f) => f.endsWith(".md") && !f.startsWith("_")).sort();
const file = (i) => path.join(news, articles[(i * 37) % articles.length]);
const read = (f) => fs.readFileSync(f, "utf8");
const setField = (text, field, value) => text.replace(new RegExp(`^${field}: .*$`, "m"), `${field}: ${value}`);
const draftLine = tool === "hugo" ? "draft: true" : "status: draft";

// Each edit: [kind, what it does]. Files are chosen by index so both tools edit the same articles.
const edits = [
  ["body", () => append(file(1), "Đoạn sửa thử thứ nhất.")],
  ["title", () => edit(file(2), (t) => setField(t, "title", '"Tiêu đề đã sửa lần một"'))],
  ["body", () => append(file(3), "Đoạn sửa thử thứ hai.")],
  ["date", () => edit(file(4), (t) => setField(t, "date", "2019-05-06T08:00:00+07:00"))],
  ["tags", () => edit(file(5), (t) => setField(t, "tags", '["Hợp tác xã", "Thủy sản"]'))],
  ["category", () => edit(file(6), (t) => setField(t, "category", '"Chính sách"'))],
  ["body", () => append(file(7), "Đoạn sửa thử thứ ba.")],
  ["draft", () => edit(file(8), (t) => t.replace(/^---\n/, `---\n${draftLine}\n`))],
  ["published", () => edit(file(8), (t) => t.replace(`${draftLine}\n`, ""))],
  ["new", () => fs.writeFileSync(path.join(news, "bai-moi-do-thoi-gian.md"), newArticle("Bài mới đo thời gian"))],
  ["body", () => append(file(9), "Đoạn sửa thử thứ tư.")],
  ["delete", () => fs.unlinkSync(path.join(news, "bai-moi-do-thoi-gian.md"))],
  ["rename", () => fs.renameSync(file(10), path.join(news, "bai-doi-ten-do-thoi-gian.md"))],
  ["title", () => edit(file(11), (t) => setField(t, "title", '"Tiêu đề đã sửa lần hai"'))],
  ["broken", () => edit(file(12), (t) => setField(t, "title", '"Tiêu đề không đóng ngoặc'))],
  ["fix", () => edit(file(12), (t) => setField(t, "title", '"Tiêu đề đã sửa lại"'))],
  ["body", () => append(file(13), "Đoạn sửa thử thứ năm.")],
  ["tags", () => edit(file(14), (t) => setField(t, "tags", '["Nông nghiệp"]'))],
  ["date", () => edit(file(15), (t) => setField(t, "date", "2020-11-12T09:30:00+07:00"))],
  ["body", () => append(file(16), "Đoạn sửa thử thứ sáu.")],
  ["new", () => fs.writeFileSync(path.join(news, "bai-moi-thu-hai.md"), newArticle("Bài mới thứ hai"))],
  ["body", () => append(file(17), "Đoạn sửa thử thứ bảy.")],
  ["title", () => edit(file(18), (t) => setField(t, "title", '"Tiêu đề đã sửa lần ba"'))],
  ["category", () => edit(file(19), (t) => setField(t, "category", '"Gương điển hình"'))],
];
const template = tool === "hugo" ? path.join(site, "themes", "hugo-theme", "layouts", "_default", "baseof.html")
  : path.join(site, "templates", "layout.ftl");

function edit(f, change) { fs.writeFileSync(f, change(read(f))); }
function append(f, sentence) { fs.writeFileSync(f, read(f).replace(/\s*$/, `\n\n${sentence}\n`)); }
function newArticle(title) {
  return `---\ntitle: "${title}"\ntype: news\ndate: 2021-03-04T08:00:00+07:00\nsummary: "Tóm tắt ${title.toLowerCase()}."\n`
    + `tags: ["Hợp tác xã"]\ncategory: "Hoạt động"\nauthor: "Ban biên tập"\n---\n\nNội dung ${title.toLowerCase()}.\n`;
}

const port = await freePort();
const log = fs.createWriteStream(logFile);
const command = tool === "hugo"
  ? ["hugo", ["server", "--source", site, "--port", String(port), "--bind", "127.0.0.1", "--disableFastRender=false"]]
  : ["java", ["-jar", jar, "serve", "--source", site, "--port", String(port), "--verbose"]];
const started = performance.now();
// English messages, so that the first build is recognised by "Preview at".
const server = spawn(command[0], command[1], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LMHTX_LANG: "en" } });
let output = "";
let exited = null;
const outputWaiters = [];
const onOutput = (chunk) => { output += chunk.toString("utf8"); log.write(chunk); outputWaiters.slice().forEach((w) => w()); };
server.stdout.on("data", onOutput);
server.stderr.on("data", onOutput);
server.on("exit", (code, signal) => { exited = { code, signal }; outputWaiters.slice().forEach((w) => w()); });
const waitOutput = (re) => new Promise((resolve, reject) => {
  const check = () => {
    const m = output.match(re);
    if (m) { outputWaiters.splice(outputWaiters.indexOf(check), 1); resolve(m); }
    else if (exited) reject(new Error(`server exited (${JSON.stringify(exited)}) before printing ${re}`));
  };
  outputWaiters.push(check);
  check();
});

/** The times an event of one kind arrived: `mark()` records one, `wait(n)` resolves with the n-th one's time. */
function eventTimes() {
  const times = [];
  const waiters = [];
  const mark = () => { times.push(performance.now()); waiters.slice().forEach((w) => w()); };
  const wait = (count) => new Promise((resolve) => {
    const check = () => { if (times.length >= count) { waiters.splice(waiters.indexOf(check), 1); resolve(times[count - 1]); } };
    waiters.push(check);
    check();
  });
  return { times, mark, wait };
}
const reloads = eventTimes();
const searches = eventTimes();
// Ours only: every page of the edit written and checked (an edit that shifts the news list announces the reload once
// the pages an editor looks at are written, and writes the rest after: the "settled" event).
const settles = eventTimes();
let closeStream = () => {};
function listenOurs() {
  return new Promise((resolve, reject) => {
    let first = true;
    const req = http.get({ host: "127.0.0.1", port, path: "/__live-reload/events" }, (res) => {
      if (res.statusCode !== 200) { reject(new Error(`events: HTTP ${res.statusCode}`)); return; }
      let buffer = "";
      let name = "";
      let firstSearch = true;
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        buffer += chunk;
        let nl;
        while ((nl = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          // The first event of each kind is the state when connecting, not a rebuild.
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line === "") name = "";
          else if (line.startsWith("data:") && name === "search") { if (firstSearch) firstSearch = false; else searches.mark(); }
          else if (line.startsWith("data:") && name === "settled") settles.mark();
          else if (line.startsWith("data:")) { if (first) { first = false; resolve(); } else reloads.mark(); }
        }
      });
    });
    req.on("error", reject);
    closeStream = () => req.destroy();
  });
}
function listenHugo() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/livereload`);
    ws.onopen = () => { ws.send(JSON.stringify({ command: "hello", protocols: ["http://livereload.com/protocols/official-7"] })); resolve(); };
    ws.onerror = (e) => reject(new Error(`livereload: ${e.message || "error"}`));
    ws.onmessage = (m) => { if (JSON.parse(m.data).command === "reload") reloads.mark(); };
    closeStream = () => ws.close();
  });
}

// CPU (user + system) of the server process and the children it waited for, from /proc, in seconds: read before the
// server is stopped, since /usr/bin/time around node does not see a grandchild that a signal ended.
function serverCpu() {
  try {
    const fields = fs.readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
  } catch (e) {
    return null;
  }
}

async function stop() {
  result.cpuSeconds = serverCpu();
  closeStream();
  if (!exited) {
    server.kill("SIGTERM");
    for (let i = 0; i < 100 && !exited; i++) await sleep(100);
    if (!exited) server.kill("SIGKILL");
  }
}

const result = { tool, edits: [], template: null, error: null };
try {
  await withTimeout(waitOutput(tool === "hugo" ? /Web Server is available at/ : /Preview at (\S+)/), STARTUP_TIMEOUT_MS, "the server");
  result.startupMs = Math.round(performance.now() - started);
  await withTimeout(tool === "hugo" ? listenHugo() : listenOurs(), 30_000, "the live-reload stream");
  const timed = async (kind, change) => {
    await sleep(SETTLE_MS);
    const seen = reloads.times.length;
    const seenSearch = searches.times.length;
    const seenSettled = settles.times.length;
    const t0 = performance.now();
    change();
    try {
      const at = await withTimeout(reloads.wait(seen + 1), RELOAD_TIMEOUT_MS, `the reload after "${kind}"`);
      const done = { kind, ms: Math.round(at - t0), settledMs: Math.round(at - t0) };
      if (tool === "ours") {
        const settledAt = await withTimeout(settles.wait(seenSettled + 1), RELOAD_TIMEOUT_MS, `the pages settled after "${kind}"`);
        done.settledMs = Math.round(Math.max(settledAt, at) - t0);
        // Full builds announce their (already written) search with the pages, sometimes a moment before them.
        const searchAt = await withTimeout(searches.wait(seenSearch + 1), RELOAD_TIMEOUT_MS, `the search refresh after "${kind}"`);
        done.searchMs = Math.round(Math.max(searchAt, at) - t0);
      }
      return done;
    } catch (e) {
      return { kind, ms: null, note: e.message };
    }
  };
  for (const [kind, change] of edits.slice(0, MAX_EDITS)) {
    const done = await timed(kind, change);
    result.edits.push(done);
    console.error(`bench: preview: ${tool}: ${kind}: ${done.ms ?? "no reload"} ms${done.settledMs == null ? "" : `, settled ${done.settledMs} ms`}${done.searchMs == null ? "" : `, search ${done.searchMs} ms`}`);
  }
  result.template = await timed("template", () => fs.writeFileSync(template, read(template).replace("</body>", "<!-- sửa mẫu -->\n</body>")));
  console.error(`bench: preview: ${tool}: template: ${result.template.ms ?? "no reload"} ms`);
  const sorted = result.edits.filter((e) => e.ms !== null).map((e) => e.ms).sort((a, b) => a - b);
  result.reloaded = sorted.length;
  result.medianMs = sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
  result.p95Ms = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? null;
  const settledSorted = result.edits.filter((e) => e.settledMs != null).map((e) => e.settledMs).sort((a, b) => a - b);
  result.settledMedianMs = settledSorted[Math.floor((settledSorted.length - 1) / 2)] ?? null;
  result.settledP95Ms = settledSorted[Math.min(settledSorted.length - 1, Math.ceil(0.95 * settledSorted.length) - 1)] ?? null;
  const searchSorted = result.edits.filter((e) => e.searchMs != null).map((e) => e.searchMs).sort((a, b) => a - b);
  result.searchMedianMs = searchSorted[Math.floor((searchSorted.length - 1) / 2)] ?? null;
  result.searchP95Ms = searchSorted[Math.min(searchSorted.length - 1, Math.ceil(0.95 * searchSorted.length) - 1)] ?? null;
} catch (e) {
  result.error = e.message;
  console.error(`bench: preview: ${tool}: ${e.message}; see ${logFile}`);
} finally {
  await stop();
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 2) + "\n");
  log.end();
}
process.exit(result.error ? 1 : 0);
