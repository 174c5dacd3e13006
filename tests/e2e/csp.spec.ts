// The Content-Security-Policy of every page, in Chromium: a script that reached a page's HTML without
// being Astro's own (an inline script, an event handler, a script from another site) does not run, and
// the portal's own scripts (filters, charts, search with its WebAssembly) run without a violation.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchViolations } from './violations.ts';

const out = process.env.VITRINE_E2E_OUT ?? '.vitrine-build/e2e-site';

test('a script injected into a published page does not run', async ({ page }) => {
  const meeting = readdirSync(`${out}/nl/meetings`).find((name) => /^\d{4}-/.test(name));
  const violations = await watchViolations(page);
  await page.route(`**/nl/meetings/${meeting}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '<div class="minutes"',
      '<script>window.__ran = "inline"</script><img src="/favicon.svg" onload="window.__ran = \'handler\'"><script src="https://scripts.example/steal.js"></script><div class="minutes"',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(`/nl/meetings/${meeting}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  expect(violations.some((text) => text.startsWith('script-src'))).toBe(true);
});

for (const path of ['/nl/agenda/', '/fr/money/', '/en/search/?q=budget', '/nl/officials/', '/fr/gifts/']) {
  test(`the portal's own scripts on ${path} run without a policy violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(violations).toEqual([]);
  });
}
