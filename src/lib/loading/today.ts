/** The day the portal is built, in the site's time zone; `VITRINE_TODAY=YYYY-MM-DD` fixes it for tests. */
export function today(timeZone: string): string {
  const fixed = process.env.VITRINE_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
