import { chromium } from 'playwright-core';
const ext = '/work/main/.output/chrome-mv3';
const ctx = await chromium.launchPersistentContext('/tmp/prof-' + Date.now(), {
  executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
await new Promise(r => setTimeout(r, 3000));
console.log('sw', ctx.serviceWorkers().map(s => s.url()), 'bg', ctx.backgroundPages().length);
const p = await ctx.newPage();
await p.goto('chrome://extensions').catch(e => console.log(e.message));
await new Promise(r => setTimeout(r, 1000));
console.log(await p.evaluate(() => document.querySelector('extensions-manager')?.shadowRoot?.innerHTML?.length));
const cdp = await ctx.newCDPSession(p);
console.log(JSON.stringify(await cdp.send('Target.getTargets')).slice(0, 1500));
await ctx.close();
