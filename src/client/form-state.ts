/** What the browser filter scripts share: the filters in the address, wiring a form, loading an index once, making elements. */

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

/** A loader of one JSON index per page: fetched on first use and shared; a failed fetch may be tried again. */
export function jsonOnce<T>(): (address: string) => Promise<T> {
  let loading: Promise<T> | undefined;
  return (address) => {
    loading ??= fetch(address).then((response) => {
      if (!response.ok) throw new Error(`${address}: ${response.status}`);
      return response.json() as Promise<T>;
    });
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}

/** An element with its text (set as text, never as HTML) and attributes. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
