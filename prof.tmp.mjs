import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
await page.goto('http://localhost:4320/');
await page.mouse.move(3, 3);
await page.waitForSelector('[data-map-state=idle]');
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 20; i++) { await page.locator('[data-goal="social-cohesion"]').click(); await page.waitForTimeout(150); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
const self = new Map(), file = new Map();
for (const [id, us] of counts) { const n = byId.get(id); const f = n.callFrame.url.split('/').pop() || n.callFrame.functionName; const k = `${n.callFrame.functionName || '(anon)'} ${f}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + us); file.set(f, (file.get(f) ?? 0) + us); }
console.log('by file (ms per toggle):'); for (const [k, us] of [...file].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((us / 1000 / 20).toFixed(2).padStart(7), k);
console.log('top self:'); for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((us / 1000 / 20).toFixed(2).padStart(7), k);
await browser.close();
