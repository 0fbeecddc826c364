// A fetch over a baked site folder, answering as a static host does (a Range header gets 206 and those bytes), for the
// bench's Node clients.
import { readFile } from "node:fs/promises";
import { resolve, sep } from "node:path";

/** fetch over the site folder `site` (an absolute path), honouring a Range header as a static host does. */
export function folderFetch(site) {
  return async function fileFetch(input, init) {
    const url = new URL(typeof input === "string" ? input : input.url, "http://bench.invalid/");
    const file = resolve(site, decodeURIComponent(url.pathname).replace(/^\/+/, ""));
    if (!file.startsWith(site + sep)) return new Response(null, { status: 403 });
    let bytes;
    try {
      bytes = await readFile(file);
    } catch {
      return new Response(null, { status: 404 });
    }
    const headers = init?.headers;
    const range = headers && (typeof headers.get === "function" ? headers.get("range") : headers.Range ?? headers.range);
    const match = range && /^bytes=(\d+)-(\d+)$/.exec(range);
    if (match) return new Response(bytes.subarray(Number(match[1]), Number(match[2]) + 1), { status: 206 });
    return new Response(bytes, { status: 200, headers: { "content-type": file.endsWith(".json") ? "application/json" : "application/octet-stream" } });
  };
}
