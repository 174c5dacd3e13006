/** What the browser filter scripts share: the filters in the address, and wiring a form. */

/** Puts the chosen filters in the address (without a new history entry), so a filtered view can be shared. */
export function replaceQuery(values: Record<string, string | undefined>): void {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  const search = query.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

/** Filters on every change and on submit (without leaving the page), shows the form, and filters once from the address. */
export function wireFilterForm(form: HTMLFormElement, apply: (updateAddress: boolean) => void): void {
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  form.hidden = false;
  apply(false);
}
