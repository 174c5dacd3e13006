/**
 * What a portal's datasets are, for the catalogue page and the standard descriptions: each dataset's
 * files with sizes and hashes, its slices, its source files and the day they last changed.
 */
import type { DatasetName } from '../../schemas/datasets.ts';
import { lastChanged } from '../history/git-dates.ts';
import type { PublishedDataset } from './write.ts';

/** The files in the organisation's folder that each dataset is made from. */
export const DATASET_SOURCES: Record<DatasetName, string[]> = {
  officials: ['data/officials'],
  bodies: ['data/bodies.yaml'],
  mandates: ['data/officials'],
  agenda: ['data/agenda'],
  meetings: ['content/meetings'],
  declarations: ['data/declarations'],
  'side-positions': ['data/declarations'],
  gifts: ['data/gifts'],
  remuneration: ['data/remuneration'],
  income: ['data/income'],
  expenditure: ['data/expenditure'],
  complaints: ['data/complaints.csv'],
  signals: ['data', 'content'],
};

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
