// One-file rebuild time of `serve`: node serve.mjs <jar> <site folder (a scratch copy)> <result.json> [edits] [log]
// Starts `java -jar <jar> serve --source <site> --port <free port>`, waits for "Preview at", listens to the
// live-reload stream (/__live-reload/events: each "data: N" line is a finished rebuild), then edits one article
// `edits` times (appends a sentence to its body) and times each save until the next "data:" line. Stops the server
// it started (by its own process), restores the article and writes the figures to <result.json>.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";

const [jar, site, resultFile, editsArg = "3", logFile = resultFile.replace(/\.json$/, ".log")] = process.argv.slice(2);
const edits = Number(editsArg);
const STARTUP_TIMEOUT_MS = 15 * 60 * 1000;
const REBUILD_TIMEOUT_MS = 10 * 60 * 1000;

const freePort = () => new Promise((resolve, reject) => {
  const probe = net.createServer();
  probe.once("error", reject);
  probe.listen(0, "127.0.0.1", () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const withTimeout = (promise, ms, what) => Promise.race([promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)), ms).unref())]);

const article = fs.readdirSync(path.join(site, "content", "tin-tuc")).filter((f) => f.endsWith(".md")).sort()[0];
const articlePath = path.join(site, "content", "tin-tuc", article);
const original = fs.readFileSync(articlePath, "utf8");

const port = await freePort();
const log = fs.createWriteStream(logFile);
const started = performance.now();
const server = spawn("java", ["-jar", jar, "serve", "--source", site, "--port", String(port)], {
  // The preview speaks Vietnamese by default; the lines waited for below are the English ones.
  stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LMHTX_LANG: "en" } });
let output = "";
const outputWaiters = [];
const onOutput = (chunk) => {
  const text = chunk.toString("utf8");
  output += text;
  log.write(text);
  outputWaiters.slice().forEach((w) => w());
};
server.stdout.on("data", onOutput);
server.stderr.on("data", onOutput);
let exited = null;
server.on("exit", (code, signal) => { exited = { code, signal }; outputWaiters.slice().forEach((w) => w()); });
const waitOutput = (re, from = 0) => new Promise((resolve, reject) => {
  const check = () => {
    const m = output.slice(from).match(re);
    if (m) { outputWaiters.splice(outputWaiters.indexOf(check), 1); resolve(m); }
    else if (exited) { reject(new Error(`serve exited (${JSON.stringify(exited)}) before printing ${re}`)); }
  };
  outputWaiters.push(check);
  check();
});

// Live-reload events: every "data:" line of an unnamed event (a rebuild's pages), with its arrival time; events named
// "search" (the search index caught up, for the search page) are left out.
const events = [];
const eventWaiters = [];
function listen() {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/__live-reload/events" }, (res) => {
      if (res.statusCode !== 200) { reject(new Error(`events: HTTP ${res.statusCode}`)); return; }
      let buffer = "";
      let named = false;
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        buffer += chunk;
        let nl;
        while ((nl = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.startsWith("event:")) named = true;
          else if (line === "") named = false;
          else if (line.startsWith("data:") && !named) {
            events.push({ at: performance.now(), generation: Number(line.slice(5).trim()) });
            eventWaiters.slice().forEach((w) => w());
            if (events.length === 1) resolve(req);
          }
        }
      });
    });
    req.on("error", reject);
  });
}
const waitEvent = (count) => new Promise((resolve) => {
  const check = () => { if (events.length >= count) { eventWaiters.splice(eventWaiters.indexOf(check), 1); resolve(events[count - 1]); } };
  eventWaiters.push(check);
  check();
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (!exited) {
    server.kill("SIGTERM");
    for (let i = 0; i < 100 && !exited; i++) await sleep(100);
    if (!exited) server.kill("SIGKILL");
  }
  fs.writeFileSync(articlePath, original);
}

const result = { article: path.relative(site, articlePath), port, edits: [], medianMs: null, error: null };
let stream;
try {
  await withTimeout(waitOutput(/Preview at (\S+)/), STARTUP_TIMEOUT_MS, '"Preview at"');
  result.startupMs = Math.round(performance.now() - started);
  result.firstBuild = (output.match(/^(Rebuilt[^\n]*)/m) || [])[1] || null;
  stream = await withTimeout(listen(), 30_000, "the live-reload stream");
  for (let i = 1; i <= edits; i++) {
    await sleep(1500); // let the watcher settle between edits
    const seen = events.length;
    const outputFrom = output.length;
    const t0 = performance.now();
    fs.writeFileSync(articlePath, original.replace(/\s*$/, `\n\nSửa thử lần ${i} cho phép đo thời gian dựng lại.\n`));
    const event = await withTimeout(waitEvent(seen + 1), REBUILD_TIMEOUT_MS, `the reload event after edit ${i}`);
    const ms = Math.round(event.at - t0);
    const line = await withTimeout(waitOutput(/^(Rebuilt[^\n]*|[^\n]*errors?; the preview shows them[^\n]*|internal failure[^\n]*)$/m, outputFrom), 10_000, "the rebuild line")
      .then((m) => m[1]).catch(() => null);
    result.edits.push({ edit: i, ms, generation: event.generation, serverSays: line });
    console.error(`bench: serve: edit ${i}: reload event after ${ms} ms (${line ?? "no summary line"})`);
  }
  const sorted = result.edits.map((e) => e.ms).sort((a, b) => a - b);
  result.medianMs = sorted[Math.floor((sorted.length - 1) / 2)];
} catch (e) {
  result.error = e.message;
  console.error(`bench: serve: ${e.message}; see ${logFile}`);
} finally {
  if (stream) stream.destroy();
  await stop();
  result.exit = exited;
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 2) + "\n");
  log.end();
}
process.exit(result.error ? 1 : 0);
