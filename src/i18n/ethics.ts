/** The code of ethics, its versions and who signed them. */
import type { Messages } from './messages.ts';

export const ethics = {
  'ethics.title': { en: 'Code of ethics', nl: 'Deontologische code', fr: 'Code de déontologie' },
  'ethics.intro': {
    en: 'The rules the officials of {name} commit to, the versions of the code, and who signed which version.',
    nl: 'De regels waartoe de mandatarissen van {name} zich verbinden, de versies van de code en wie welke versie ondertekende.',
    fr: 'Les règles auxquelles s’engagent les mandataires de {name}, les versions du code et qui a signé quelle version.',
  },
  'ethics.noCode': {
    en: 'No version of a code of ethics is recorded for this organisation yet: there is nothing for officials to sign.',
    nl: 'Er is voor deze organisatie nog geen versie van een deontologische code vastgelegd: er valt voor de mandatarissen niets te ondertekenen.',
    fr: 'Aucune version d’un code d’éthique n’est encore enregistrée pour cette organisation : les mandataires n’ont rien à signer.',
  },
  'ethics.versions': { en: 'Versions of the code', nl: 'Versies van de code', fr: 'Versions du code' },
  'ethics.version': { en: 'Version', nl: 'Versie', fr: 'Version' },
  'ethics.adopted': { en: 'Adopted', nl: 'Aangenomen', fr: 'Adoptée' },
  'ethics.changes': { en: 'What changed', nl: 'Wat veranderde', fr: 'Ce qui a changé' },
  'ethics.signedBy': { en: 'Signed by', nl: 'Ondertekend door', fr: 'Signée par' },
  'ethics.signatures': {
    en: 'Who signed which version',
    nl: 'Wie ondertekende welke versie',
    fr: 'Qui a signé quelle version',
  },
  'ethics.signaturesIntro': {
    en: 'Officials sign the code when they take office and again when a new version is adopted. A missing signature of an official in office is signalled by the ethics checks.',
    nl: 'Mandatarissen ondertekenen de code bij hun aantreden en opnieuw wanneer een nieuwe versie wordt aangenomen. Een ontbrekende handtekening van een mandataris in functie wordt gesignaleerd door de ethische controles.',
    fr: 'Les mandataires signent le code à leur entrée en fonction et à nouveau lorsqu’une nouvelle version est adoptée. Une signature manquante d’un mandataire en fonction est signalée par les contrôles éthiques.',
  },
  'ethics.notSigned': { en: 'not signed', nl: 'niet ondertekend', fr: 'non signée' },
  'ethics.current': { en: 'current version', nl: 'huidige versie', fr: 'version en vigueur' },
  'ethics.text': { en: 'The text of the code', nl: 'De tekst van de code', fr: 'Le texte du code' },
  'ethics.notPublished': {
    en: 'The organisation has not published this text yet.',
    nl: 'De organisatie heeft deze tekst nog niet gepubliceerd.',
    fr: 'L’organisation n’a pas encore publié ce texte.',
  },
  'ethics.otherLanguage': {
    en: 'This text is not available in English; it is shown in the language it was written in.',
    nl: 'Deze tekst bestaat niet in het Nederlands; hij staat hier in de taal waarin hij geschreven is.',
    fr: 'Ce texte n’existe pas en français ; il est affiché dans sa langue de rédaction.',
  },
  'ethics.checks': {
    en: 'How the published records are checked against the code',
    nl: 'Hoe de gepubliceerde gegevens aan de code getoetst worden',
    fr: 'Comment les données publiées sont confrontées au code',
  },
  'ethics.related': { en: 'See also', nl: 'Zie ook', fr: 'Voir aussi' },
  'ethics.inOffice': { en: 'in office', nl: 'in functie', fr: 'en fonction' },
  'ethics.former': { en: 'former', nl: 'voormalig', fr: 'ancien' },
} as const satisfies Messages;
