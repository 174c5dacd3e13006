/** The code of ethics checked: signals and their evidence. */
import type { Messages } from './messages.ts';

export const rules = {
  'rules.title': {
    en: 'The code of ethics, checked',
    nl: 'De deontologische code, gecontroleerd',
    fr: 'Le code d’éthique, vérifié',
  },
  'rules.intro': {
    en: 'Each rule of the code of ethics is checked against the published records. A signal is a neutral statement that a record crosses a threshold the organisation set itself, with the evidence; it is not an accusation. An explanation recorded in the data is shown beside it.',
    nl: 'Elke regel van de deontologische code wordt getoetst aan de gepubliceerde gegevens. Een signaal is een neutrale vaststelling dat een gegeven een drempel overschrijdt die de organisatie zelf vastlegde, met het bewijs; het is geen beschuldiging. Een uitleg die in de gegevens is vastgelegd, staat ernaast.',
    fr: 'Chaque règle du code d’éthique est confrontée aux données publiées. Un signal constate de manière neutre qu’une donnée dépasse un seuil fixé par l’organisation elle-même, avec la preuve ; ce n’est pas une accusation. Une explication enregistrée dans les données est affichée à côté.',
  },
  'rules.rule': { en: 'Rule', nl: 'Regel', fr: 'Règle' },
  'rules.signals': { en: 'Signals', nl: 'Signalen', fr: 'Signaux' },
  'rules.threshold': { en: 'Threshold', nl: 'Drempel', fr: 'Seuil' },
  'rules.observed': { en: 'Observed', nl: 'Vastgesteld', fr: 'Constaté' },
  'rules.subject': { en: 'About', nl: 'Betreft', fr: 'Objet' },
  'rules.evidence': { en: 'Evidence', nl: 'Bewijs', fr: 'Preuve' },
  'rules.explanation': { en: 'Explanation', nl: 'Uitleg', fr: 'Explication' },
  'rules.none': { en: 'No signal.', nl: 'Geen signaal.', fr: 'Aucun signal.' },
  'rules.settings': { en: 'Settings read', nl: 'Gebruikte instellingen', fr: 'Paramètres utilisés' },
  'rules.acknowledged': { en: 'acknowledged', nl: 'toegelicht', fr: 'expliqué' },
} as const satisfies Messages;
