/**
 * An official in office who has not signed the version of the code of ethics in force. An official who has
 * not signed and is in office only through mandates whose start is unknown (they may not have begun) is
 * listed as not judged.
 */
import { finding, notJudgedMandate, unknownStarts, type Judged, type Rule, type RuleContext } from './rule.ts';

function judge({ site, today }: RuleContext): Judged {
  const current = (site.site.ethicsCode?.versions ?? []).filter((version) => version.adopted <= today).sort((a, b) => (a.adopted < b.adopted ? 1 : -1))[0];
  const notJudged: Judged['notJudged'] = [];
  if (!current) return { findings: [], notJudged };
  const findings = site.officials.flatMap((official) => {
    if (official.data.signatures.some((signature) => signature.version === current.id)) return [];
    const notEnded = (end: string | undefined) => end === undefined || end >= today;
    const active = official.data.mandates.filter((mandate) => mandate.start !== undefined && mandate.start <= today && notEnded(mandate.end));
    if (active.length === 0) {
      for (const { mandate, index } of unknownStarts(official.data.mandates)) {
        if (notEnded(mandate.end)) notJudged.push(notJudgedMandate('unsigned-code', official.data.id, mandate, index, 'start-unknown'));
      }
      return [];
    }
    const since = [current.adopted, ...active.flatMap((mandate) => (mandate.start === undefined ? [] : [mandate.start]))].sort()[0] as string;
    const inForceSince = since < current.adopted ? current.adopted : since;
    return [
      finding({ rule: 'unsigned-code', official: official.data.id, subject: current.id, date: inForceSince, unit: 'date', threshold: current.adopted }, [
        { evidence: `officials:${official.data.id}`, source: `${official.file}:${official.locate(['signatures']).line}` },
      ]),
    ];
  });
  return { findings, notJudged };
}

export const unsignedCode: Rule = {
  id: 'unsigned-code',
  title: { nl: 'Code niet ondertekend', fr: 'Code non signé', en: 'Code not signed' },
  description: {
    nl: 'Een mandataris in functie die de geldende versie van de deontologische code niet ondertekende.',
    fr: 'Un mandataire en fonction qui n’a pas signé la version en vigueur du code d’éthique.',
    en: 'An official in office who has not signed the version of the code of ethics in force.',
  },
  reads: [],
  needs: ['ethicsCode'],
  check: (context) => judge(context).findings,
  notJudged: (context) => judge(context).notJudged,
};
