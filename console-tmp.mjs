import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message, e.stack));
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
console.log(await page.evaluate(() => document.querySelector('.timeline svg')?.getAttribute('viewBox')));
await browser.close();
