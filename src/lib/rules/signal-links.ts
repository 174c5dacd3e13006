/**
 * Where on the portal the record behind a piece of evidence can be seen: its address
 * (src/lib/records/addresses.ts, found by src/lib/records/evidence.ts), or, for a record the portal does
 * not show, the page of the dataset it is published in (which links its files, whole or compressed).
 */
import { hrefOf } from '../records/addresses.ts';
import type { EvidenceRecord } from '../records/evidence.ts';

export function evidenceHref(record: Pick<EvidenceRecord, 'address' | 'dataset'>, lang: string): string {
  return record.address ? hrefOf(lang, record.address) : `/${lang}/datasets/${record.dataset}/`;
}
