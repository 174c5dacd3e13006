// The Content-Security-Policy violations a page reports, collected as it loads (shared by the CSP and SQL tests).
import type { Page } from '@playwright/test';

/** Collects the CSP violations a page reports: `directive blocked-uri` each. */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}
