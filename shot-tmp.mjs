import { chromium } from '@playwright/test';
const base = 'http://localhost:5191';
const [width = '1440', lang = 'en', ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: lang });
for (const p of paths) {
  const res = await page.goto(base + p, { waitUntil: 'networkidle' });
  const name = p.replace(/[^a-z0-9]+/gi, '_') || 'root';
  await page.screenshot({ path: `/tmp/shot-${width}-${name}.png`, fullPage: true });
  console.log(res.status(), p, `/tmp/shot-${width}-${name}.png`);
}
await browser.close();
