/**
 * What a portal's datasets are, for the catalogue page and the standard descriptions: each dataset's
 * files with sizes and hashes, its slices, its source files and the day they last changed.
 */
import { DATASET_NAMES, datasetInfo, type DatasetName } from '../../schemas/datasets.ts';
import { RECORD_KINDS, type RecordKind } from '../../schemas/kinds.ts';
import { lastChanged } from '../history/git-dates.ts';
import type { PublishedDataset } from './write.ts';

/**
 * The files in the organisation's folder that each dataset is made from: its kind's files (see the
 * registry, src/schemas/kinds.ts), or everything for the signals, which the rules make from every kind.
 */
export const DATASET_SOURCES = Object.fromEntries(
  DATASET_NAMES.map((name) => {
    const { files } = RECORD_KINDS[datasetInfo(name).kind] as RecordKind;
    return [name, files ? [files.path] : ['data', 'content']];
  }),
) as Record<DatasetName, string[]>;

export interface CatalogueEntry extends PublishedDataset {
  sources: string[];
  /** Day of the last commit touching the sources; absent without git history. */
  lastChanged?: string;
}

export function catalogueOf(datasets: PublishedDataset[], siteDir: string): CatalogueEntry[] {
  return datasets.map((dataset) => {
    const sources = DATASET_SOURCES[dataset.name];
    const changed = lastChanged(siteDir, sources);
    return { ...dataset, sources, ...(changed ? { lastChanged: changed } : {}) };
  });
}
