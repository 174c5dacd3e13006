/** The interface strings of every language, and a translator that fills in `{placeholders}`. */
import type { Lang } from '../schemas/fields.ts';
import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

export const UI: Record<Lang, Record<UiKey, string>> = { nl, fr, en };
export type { UiKey };

export function translator(lang: Lang) {
  const strings = UI[lang];
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    strings[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
