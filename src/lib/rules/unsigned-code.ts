/** An official in office who has not signed the version of the code of ethics in force. */
import { finding, type Rule } from './rule.ts';

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
  check({ site, today }) {
    const current = (site.site.ethicsCode?.versions ?? []).filter((version) => version.adopted <= today).sort((a, b) => (a.adopted < b.adopted ? 1 : -1))[0];
    if (!current) return [];
    return site.officials.flatMap((official) => {
      const active = official.data.mandates.filter((mandate) => mandate.start <= today && (mandate.end === undefined || mandate.end >= today));
      if (active.length === 0 || official.data.signatures.some((signature) => signature.version === current.id)) return [];
      const since = [current.adopted, ...active.map((mandate) => mandate.start)].sort()[0] as string;
      const inForceSince = since < current.adopted ? current.adopted : since;
      return [
        finding({ rule: 'unsigned-code', official: official.data.id, subject: current.id, date: inForceSince, unit: 'date', threshold: current.adopted }, [
          { evidence: `officials:${official.data.id}`, source: `${official.file}:${official.locate(['signatures']).line}` },
        ]),
      ];
    });
  },
};
