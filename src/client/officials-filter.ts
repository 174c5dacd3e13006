/**
 * The directory's filters, in the browser: by body and by in office or former. The cards are all in the
 * page; the form shows and hides them, and keeps the choice in the address (`?body=council&status=current`)
 * so that a filtered list can be shared. Without JavaScript the form stays hidden and every card shows.
 */
import { renderMessage, type BrowserMessage } from '../i18n/render.ts';
import { replaceQuery, wireFilterForm } from './form-state.ts';

interface Strings {
  shown: BrowserMessage;
  none: string;
}

/** Whether a card passes: the body among the bodies of its current mandates when filtering those in office, else among all its mandates. */
function matches(card: HTMLElement, body: string, status: string): boolean {
  if (status && card.dataset.status !== status) return false;
  if (!body) return true;
  const bodies = (status === 'current' ? card.dataset.currentBodies : card.dataset.bodies) ?? '';
  return bodies.split(' ').includes(body);
}

export function startOfficialsFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#officials-filter');
  if (!form) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const total = Number(form.dataset.total ?? 0);
  const select = form.querySelector<HTMLSelectElement>('select[name="body"]');
  const count = form.querySelector<HTMLElement>('#officials-count');
  const none = document.querySelector<HTMLElement>('#officials-none');
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-group]')];
  if (!select || !count) return;

  const params = new URLSearchParams(location.search);
  const bodyParam = params.get('body') ?? '';
  if ([...select.options].some((option) => option.value === bodyParam)) select.value = bodyParam;
  const statusParam = params.get('status') ?? '';
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="status"]')) radio.checked = radio.value === statusParam;
  if (!form.querySelector('input[name="status"]:checked')) {
    const all = form.querySelector<HTMLInputElement>('input[name="status"][value=""]');
    if (all) all.checked = true;
  }

  function apply(updateAddress: boolean): void {
    const body = select?.value ?? '';
    const status = form?.querySelector<HTMLInputElement>('input[name="status"]:checked')?.value ?? '';
    let shown = 0;
    for (const section of sections) {
      let inSection = 0;
      for (const card of section.querySelectorAll<HTMLElement>('li[data-status]')) {
        const show = matches(card, body, status);
        card.hidden = !show;
        if (show) inSection++;
      }
      section.hidden = inSection === 0;
      const counter = section.querySelector<HTMLElement>('[data-count]');
      if (counter) counter.textContent = String(inSection);
      shown += inSection;
    }
    if (none) none.hidden = shown > 0;
    if (count) count.textContent = shown > 0 ? renderMessage(strings.shown, { count: shown, total }) : strings.none;
    if (updateAddress) replaceQuery({ body, status });
  }

  wireFilterForm(form, apply);
}
