/** The selection criteria for appointed posts. */
import type { Messages } from './messages.ts';

export const selection = {
  'selection.title': {
    en: 'Selection criteria for appointed posts',
    nl: 'Selectiecriteria voor benoemde functies',
    fr: 'Critères de sélection pour les fonctions désignées',
  },
  'selection.intro': {
    en: 'How {name} chooses the people it appoints, and who holds or held an appointed post.',
    nl: 'Hoe {name} de mensen kiest die het benoemt, en wie een benoemde functie heeft of had.',
    fr: 'Comment {name} choisit les personnes qu’elle désigne, et qui occupe ou a occupé une fonction désignée.',
  },
  'selection.criteria': { en: 'The criteria', nl: 'De criteria', fr: 'Les critères' },
  'selection.appointed': {
    en: 'Appointed posts and who holds or held them',
    nl: 'Benoemde functies en wie ze heeft of had',
    fr: 'Fonctions désignées et qui les occupe ou les a occupées',
  },
  'selection.none': {
    en: 'No appointed post is recorded.',
    nl: 'Er is geen benoemde functie vermeld.',
    fr: 'Aucune fonction désignée n’est enregistrée.',
  },
} as const satisfies Messages;
