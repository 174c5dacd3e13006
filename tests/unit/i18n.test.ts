// Every interface string exists in every language: a missing translation fails here, not silently on a page.
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/i18n/index.ts';

describe('interface strings', () => {
  const english = Object.keys(UI.en).sort();
  for (const lang of ['nl', 'fr'] as const) {
    it(`has every key, with text, in ${lang}`, () => {
      expect(Object.keys(UI[lang]).sort()).toEqual(english);
      for (const [key, text] of Object.entries(UI[lang])) expect(text.trim(), key).not.toBe('');
    });
    it(`uses the same {placeholders} in ${lang} as in English`, () => {
      for (const key of english) {
        const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        expect(names(UI[lang][key as keyof typeof UI.en]), key).toEqual(names(UI.en[key as keyof typeof UI.en]));
      }
    });
  }
});

describe('translations', () => {
  // A sentence left in English in another language's file is a missing translation, not a cognate
  // (`Agenda`, `Total`, `Contact` are the same word in both languages; three words alike are not).
  for (const lang of ['nl', 'fr'] as const) {
    it(`has no sentence copied from English in ${lang}`, () => {
      const copied = Object.entries(UI[lang]).filter(([key, text]) => {
        const words = text.replace(/\{\w+\}/g, ' ').match(/\p{L}+/gu) ?? [];
        return text === UI.en[key as keyof typeof UI.en] && words.length >= 3;
      });
      expect(copied).toEqual([]);
    });
  }
});
