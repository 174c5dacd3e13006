/**
 * The one place pages read collections from. Everything here is read once per build and shared by
 * every page, so each page costs only what it renders.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from './schemas/fields.ts';
import { RULE_IDS } from './schemas/signal.ts';

export async function siteConfig() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('The site configuration was not loaded.');
  return entry.data;
}

/** `getStaticPaths` for a page that exists once per language. */
export async function languagePaths() {
  const site = await siteConfig();
  return site.languages.map((lang) => ({ params: { lang } }));
}

const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

const data = <T extends { data: unknown }>(entries: T[]) => entries.map((entry) => entry.data as T['data']);

export const officials = () => once('officials', async () => data(await getCollection('officials')));
export const bodies = () => once('bodies', async () => data(await getCollection('bodies')));
export const agenda = () => once('agenda', async () => data(await getCollection('agenda')).sort((a, b) => (a.date + a.start < b.date + b.start ? 1 : a.date + a.start > b.date + b.start ? -1 : a.id < b.id ? -1 : 1)));
export const meetings = () => once('meetings', async () => data(await getCollection('meetings')).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1)));
export const declarations = () => once('declarations', async () => data(await getCollection('declarations')));
export const gifts = () => once('gifts', async () => data(await getCollection('gifts')));
export const remuneration = () => once('remuneration', async () => data(await getCollection('remuneration')));
export const income = () => once('income', async () => data(await getCollection('income')));
export const expenditure = () => once('expenditure', async () => data(await getCollection('expenditure')));
/** Signals in the order of the rules, then by date. */
export const signals = () =>
  once('signals', async () =>
    data(await getCollection('signals')).sort((a, b) => RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
  );
export const complaints = () => once('complaints', async () => data(await getCollection('complaints')));

/** The rendered minutes of a meeting in one language. */
export async function minutesEntry(meetingId: string, lang: Lang) {
  return getEntry('minutes', `${meetingId}.${lang}`);
}

/** Lookups by id that most pages need. */
export async function lookups() {
  return once('lookups', async () => {
    const people = await officials();
    const allBodies = await bodies();
    return {
      official: new Map(people.map((person) => [person.id, person])),
      body: new Map(allBodies.map((body) => [body.id, body])),
      post: new Map(allBodies.flatMap((body) => body.posts.map((post) => [post.id, post] as const))),
    };
  });
}
