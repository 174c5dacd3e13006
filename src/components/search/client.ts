/**
 * The search page in the browser: loads Pagefind's index of the page's language (`/pagefind/pagefind.js`
 * picks it from `<html lang>`) and merges the further parts of that index a large site has (named in
 * `/pagefind/search-<lang>.json` with the values of each filter, see src/lib/build/search-index.ts), runs the search in the address (`?q=…&type=…&official=…&year=…&body=…`)
 * and shows ten results at a time, each with the words that matched marked. Submitting the form searches
 * without reloading and keeps the choices in the address; the back button returns to earlier searches.
 */
import { renderMessage, type BrowserMessage } from '../../i18n/render.ts';

interface Strings {
  count: BrowserMessage;
  none: string;
  empty: string;
  loading: string;
  error: string;
  types: Record<string, string>;
}

/** The part of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** The parts of the page under a heading with an id (its `url` ends in `#<id>`). */
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

const PAGE = 10;
/** How many of the best results are read to find a page titled exactly what was searched. */
const TITLE_LOOKAHEAD = 20;
const FILTERS = ['type', 'official', 'year', 'body'] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Text compared without case, accents or punctuation: `Élodie  Collignon` and `elodie collignon` are alike. */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Pagefind ranks pages by the words they contain; a page whose title is exactly what was searched (an
 * official's name, an organisation's) comes first, before pages that mention it in their own title
 * ("Gifts offered to …"). The rest keep Pagefind's order.
 */
async function titleFirst(results: PagefindResult[], term: string): Promise<PagefindResult[]> {
  const wanted = plain(term);
  if (!wanted) return results;
  const head = results.slice(0, TITLE_LOOKAHEAD);
  const data = await Promise.all(head.map((result) => result.data()));
  const exact = head.filter((_, index) => plain(data[index]?.meta.title ?? '') === wanted || partOf(data[index], wanted) !== undefined);
  return exact.length === 0 ? results : [...exact, ...results.filter((result) => !exact.includes(result))];
}

/**
 * The part of a page headed exactly by what was searched: an organisation without a page of its own is a
 * heading of the A–Z page of two letters (src/lib/agenda/organisation-places.ts), and the result leads there.
 */
function partOf(result: PagefindResultData | undefined, wanted: string) {
  return wanted ? result?.sub_results?.find((part) => part.url.includes('#') && plain(part.title) === wanted) : undefined;
}

/** Pagefind's excerpt as text with its `<mark>`s, and nothing else from it. */
function excerptOf(html: string): HTMLParagraphElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const paragraph = element('p', undefined, { class: 'search-excerpt' });
  for (const node of template.content.childNodes) {
    paragraph.append(node.nodeName === 'MARK' ? element('mark', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''));
  }
  return paragraph;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('#search-status');
  const section = document.querySelector<HTMLElement>('#search-results');
  const list = document.querySelector<HTMLOListElement>('#search-list');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !status || !section || !list || !more) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const noScript = document.querySelector<HTMLElement>('#search-no-script');
  if (noScript) noScript.hidden = true;
  const selects = new Map(FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)]));

  let loaded: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    loaded ??= (async () => {
      const script = new URL(form.dataset.pagefind ?? '/pagefind/pagefind.js', window.location.href);
      // The language's manifest (src/lib/build/search-index.ts) is fetched while the script loads.
      const manifest = fetch(new URL(`search-${document.documentElement.lang}.json`, script)).then((response) => {
        if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
        return response.json() as Promise<{ parts: string[]; filters: Record<string, string[] | undefined> }>;
      });
      const [pagefind, { parts, filters }] = await Promise.all([import(/* @vite-ignore */ script.pathname) as Promise<Pagefind>, manifest]);
      const options = { excerptLength: 24 };
      await pagefind.options(options);
      await pagefind.init?.();
      // The further parts of the language's index (src/lib/build/search-shards.ts), searched with the main one.
      await Promise.all(parts.map((part) => pagefind.mergeIndex(new URL(`parts/${part}/`, script).pathname, options)));
      // Only offer filter values that some page of this language has.
      for (const [name, select] of selects) {
        const known = new Set(filters[name] ?? []);
        for (const option of [...(select?.options ?? [])]) if (option.value && !known.has(option.value)) option.remove();
      }
      return pagefind;
    })();
    loaded.catch(() => {
      loaded = undefined;
    });
    return loaded;
  };

  let results: PagefindResult[] = [];
  /** What was searched, as `plain` makes it. */
  let wanted = '';
  let shown = 0;
  let run = 0;

  /** Shows the next page of results; with `focus`, moves the focus to the first of them. */
  async function showMore(focus: boolean): Promise<void> {
    const mine = run;
    const slice = results.slice(shown, shown + PAGE);
    const data = await Promise.all(slice.map((result) => result.data()));
    if (mine !== run) return;
    const items = data.map((result) => {
      const item = element('li');
      const heading = element('h3');
      const part = partOf(result, wanted);
      heading.append(element('a', part?.title ?? result.meta.title ?? result.url, { href: part?.url ?? result.url }));
      const type = result.filters.type?.[0];
      item.append(heading);
      if (type) item.append(element('p', strings.types[type] ?? type, { class: 'search-type muted' }));
      item.append(excerptOf(part?.excerpt ?? result.excerpt));
      return item;
    });
    list?.append(...items);
    shown += slice.length;
    if (more) more.hidden = shown >= results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  async function search(): Promise<void> {
    const mine = ++run;
    const term = input?.value.trim() ?? '';
    const filters: Record<string, string> = {};
    for (const [name, select] of selects) if (select?.value) filters[name] = select.value;
    list?.replaceChildren();
    results = [];
    shown = 0;
    if (!term && Object.keys(filters).length === 0) {
      section!.hidden = true;
      status!.textContent = strings.empty;
      return;
    }
    status!.textContent = strings.loading;
    try {
      const pagefind = await load();
      const found = await pagefind.search(term || null, { filters });
      if (mine !== run || !found) return;
      results = await titleFirst(found.results, term);
      wanted = plain(term);
      if (mine !== run) return;
      await showMore(false);
      if (mine !== run) return;
      section!.hidden = results.length === 0;
      // Said once the first results are on the page, so that the count and the list agree.
      status!.textContent = results.length === 0 ? strings.none : renderMessage(strings.count, { count: results.length });
    } catch {
      if (mine !== run) return;
      section!.hidden = true;
      status!.textContent = strings.error;
    }
  }

  /** Puts the search in the address into the form. */
  function readAddress(): void {
    const params = new URLSearchParams(location.search);
    input!.value = params.get('q') ?? '';
    for (const [name, select] of selects) {
      if (!select) continue;
      const value = params.get(name) ?? '';
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [name, select] of selects) if (select?.value) params.set(name, select.value);
    const query = params.toString();
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    void search();
  });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    readAddress();
    void search();
  });
  readAddress();
  // Values of filters that no page has are removed once the index is loaded: read the address again then.
  void load().then(() => readAddress(), () => undefined).finally(() => void search());
}
