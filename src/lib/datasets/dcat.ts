/**
 * A DCAT-AP 3 catalogue of every dataset and its distributions, as JSON-LD, for national and EU data
 * portals to harvest. Titles and descriptions are given in every language of the portal. A dataset sliced
 * per financial year that does not start in January (money: `income/2025-26.csv`) has each slice's files
 * as distributions too, each with the period it covers (`dct:temporal`). A file published gzip-compressed
 * for its size (bounds.ts) says so with `dcat:compressFormat`; its media type stays that of what is inside.
 */
import { datasetTitle } from '../../schemas/datasets.ts';
import type { Site } from '../../schemas/site.ts';
import { UI } from '../../i18n/index.ts';
import { localize } from '../locale/localize.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { MEDIA_TYPES, type PublishedFile } from './write.ts';
import { formatLabel } from './bounds.ts';

/** A format's IANA media type and its term in the EU's file type vocabulary. */
const media = (format: PublishedFile['format']) => ({
  media: `http://www.iana.org/assignments/media-types/${MEDIA_TYPES[format]}`,
  format: `http://publications.europa.eu/resource/authority/file-type/${format.toUpperCase()}`,
});

export function dcatCatalogue(site: Site, catalogue: CatalogueEntry[]): Record<string, unknown> {
  const base = site.baseUrl.endsWith('/') ? site.baseUrl : `${site.baseUrl}/`;
  const lang = site.defaultLanguage;
  const texts = (key: (l: typeof lang) => string) => site.languages.map((l) => ({ '@value': key(l), '@language': l }));
  const publisher = {
    '@id': `${base}#publisher`,
    '@type': 'foaf:Agent',
    'foaf:name': site.languages.map((l) => ({ '@value': localize(site.name, l, lang).text, '@language': l })),
  };
  const licence = { '@id': site.licence.url, '@type': 'dct:LicenseDocument' };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      spdx: 'http://spdx.org/rdf/terms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${base}data/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': texts((l) => `${localize(site.name, l, lang).text}: ${UI[l]['datasets.title']}`),
    'dct:description': texts((l) => UI[l]['datasets.intro']),
    'dct:publisher': publisher,
    'dct:license': licence,
    'foaf:homepage': { '@id': base, '@type': 'foaf:Document' },
    'dct:language': site.languages.map((l) => ({ '@id': `http://publications.europa.eu/resource/authority/language/${{ nl: 'NLD', fr: 'FRA', en: 'ENG' }[l]}`, '@type': 'dct:LinguisticSystem' })),
    'dcat:dataset': catalogue.map((dataset) => ({
      '@id': `${base}${lang}/datasets/${dataset.name}/`,
      '@type': 'dcat:Dataset',
      'dct:identifier': dataset.name,
      'dct:title': texts((l) => datasetTitle(dataset.name, l)),
      'dct:description': texts((l) => UI[l][`datasetAbout.${dataset.name}`]),
      'dct:publisher': { '@id': publisher['@id'] },
      'dcat:landingPage': { '@id': `${base}${lang}/datasets/${dataset.name}/`, '@type': 'foaf:Document' },
      ...(dataset.lastChanged ? { 'dct:modified': { '@value': dataset.lastChanged, '@type': 'xsd:date' } } : {}),
      'dcat:distribution': [
        ...dataset.files.map((file) => distribution(dataset.name, file)),
        ...dataset.years.flatMap((slice) => (slice.period ? slice.files.map((file) => distribution(dataset.name, file, slice.year, slice.period)) : [])),
      ],
    })),
  };

  /** A file of a dataset; a slice's file with its name and the period it covers. */
  function distribution(name: CatalogueEntry['name'], file: PublishedFile, slice?: string, period?: { first: string; last: string }): Record<string, unknown> {
    return {
      '@id': `${base}${file.path}`,
      '@type': 'dcat:Distribution',
      'dct:title': { '@value': `${datasetTitle(name, lang)}${slice ? ` ${slice}` : ''} (${formatLabel(file)})`, '@language': lang },
      ...(period
        ? { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': { '@value': period.first, '@type': 'xsd:date' }, 'dcat:endDate': { '@value': period.last, '@type': 'xsd:date' } } }
        : {}),
      'dcat:accessURL': { '@id': `${base}${lang}/datasets/${name}/` },
      'dcat:downloadURL': { '@id': `${base}${file.path}` },
      'dcat:mediaType': { '@id': media(file.format).media, '@type': 'dct:MediaType' },
      ...(file.compression ? { 'dcat:compressFormat': { '@id': 'http://www.iana.org/assignments/media-types/application/gzip', '@type': 'dct:MediaType' } } : {}),
      'dct:format': { '@id': media(file.format).format, '@type': 'dct:MediaTypeOrExtent' },
      'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256', '@type': 'spdx:ChecksumAlgorithm' },
        'spdx:checksumValue': { '@value': file.sha256, '@type': 'xsd:hexBinary' },
      },
      'dct:license': licence,
    };
  }
}
