import { chromium } from '@playwright/test';
const [url, width, lang, ...offsets] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, locale: lang });
await page.goto(url, { waitUntil: 'networkidle' });
for (const y of offsets) {
  await page.evaluate((y) => window.scrollTo(0, y), Number(y));
  await page.waitForTimeout(100);
  await page.screenshot({ path: `/tmp/part-${y}.png` });
}
await browser.close();
