/**
 * Labels of the usual topics. Topics are the organisation's own codes, free text in the data (agenda
 * topics, declaration sectors), not an enum: a code with a label here is shown by it, any other as written
 * (read like the enums' label tables, with `labelOf`).
 */
import type { Lang } from '../schemas/fields.ts';
import { labelOf, type EnumLabels } from '../schemas/labels.ts';

export const TOPIC_LABELS: EnumLabels<string> = {
  climate: { en: 'climate', nl: 'klimaat', fr: 'climat' },
  'public-space': { en: 'public space', nl: 'openbare ruimte', fr: 'espace public' },
  education: { en: 'education', nl: 'onderwijs', fr: 'enseignement' },
  mobility: { en: 'mobility', nl: 'mobiliteit', fr: 'mobilité' },
  culture: { en: 'culture', nl: 'cultuur', fr: 'culture' },
  participation: { en: 'participation', nl: 'participatie', fr: 'participation' },
  health: { en: 'health', nl: 'gezondheid', fr: 'santé' },
  'social-affairs': { en: 'social affairs', nl: 'sociale zaken', fr: 'affaires sociales' },
  housing: { en: 'housing', nl: 'wonen', fr: 'logement' },
  safety: { en: 'safety', nl: 'veiligheid', fr: 'sécurité' },
  budget: { en: 'budget', nl: 'begroting', fr: 'budget' },
  economy: { en: 'economy', nl: 'economie', fr: 'économie' },
  energy: { en: 'energy', nl: 'energie', fr: 'énergie' },
  sport: { en: 'sport', nl: 'sport', fr: 'sport' },
  social: { en: 'social work', nl: 'welzijnswerk', fr: 'action sociale' },
};

/** A topic for readers: its label in the language, or the code itself. */
export function topicLabel(topic: string, lang: Lang): string {
  return labelOf(TOPIC_LABELS, topic, lang);
}
