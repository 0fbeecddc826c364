// What a phone downloads for each article page of a baked photo site, measured in Chromium (puppeteer-core, the copy
// Lighthouse pins in src/test/budgets): the browser itself picks each image from srcset/sizes.
//   node page-bytes.mjs BASE_URL ARTICLES [WIDTH] [DPR]        (default 360 px, device pixel ratio 2)
// For /tin-tuc/bai-00001/ … bai-NNNNN/: the page's HTML as transferred (gzip), the lead image the browser chose
// (bytes and width), the images loaded on first view (no scrolling), and every image once the reader has scrolled to
// the end (lazy ones included). Cache off, one page at a time. Prints one JSON object.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../budgets/package.json', import.meta.url));
const puppeteer = require('puppeteer-core');

const [base, articles, width = '360', dpr = '2'] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

/** Image and document bytes from the page's own resource timing entries (same origin: sizes are exposed). */
const collect = () => {
  const nav = performance.getEntriesByType('navigation')[0];
  const images = performance.getEntriesByType('resource').filter((e) => /\.(jpe?g|png|webp|avif)$/.test(new URL(e.name).pathname));
  const lead = document.querySelector('.lead-image img');
  const leadEntry = lead && images.find((e) => e.name === lead.currentSrc);
  return {
    html: nav.encodedBodySize,
    images: images.length,
    imageBytes: images.reduce((sum, e) => sum + e.encodedBodySize, 0),
    lead: leadEntry ? { bytes: leadEntry.encodedBodySize, width: lead.naturalWidth, src: new URL(lead.currentSrc).pathname } : null,
  };
};

const pages = [];
try {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: Number(width), height: 800, deviceScaleFactor: Number(dpr), isMobile: true, hasTouch: true });
  for (let i = 1; i <= Number(articles); i++) {
    const path = `/tin-tuc/bai-${String(i).padStart(5, '0')}/`;
    await page.goto(base + path, { waitUntil: 'networkidle0' });
    const first = await page.evaluate(collect);
    await page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForNetworkIdle({ idleTime: 300 });
    const all = await page.evaluate(collect);
    pages.push({ path, first, all });
  }
} finally {
  await browser.close();
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const mean = (xs) => xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
const leads = pages.map((p) => p.all.lead).filter(Boolean);
const widths = {};
for (const l of leads) widths[l.width] = (widths[l.width] ?? 0) + 1;
console.log(JSON.stringify({
  viewport: `${width}x800`, dpr: Number(dpr), pages: pages.length,
  htmlMean: mean(pages.map((p) => p.all.html)),
  leadMedian: median(leads.map((l) => l.bytes)), leadMax: Math.max(...leads.map((l) => l.bytes)), leadWidths: widths,
  firstViewMean: mean(pages.map((p) => p.first.html + p.first.imageBytes)),
  firstViewImagesMean: mean(pages.map((p) => p.first.images)),
  wholeArticleMean: mean(pages.map((p) => p.all.html + p.all.imageBytes)),
  wholeArticleImagesMean: mean(pages.map((p) => p.all.images)),
}));
