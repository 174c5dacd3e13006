// schema.org JSON-LD for officials (Person) and meetings (Event), safe inside a script element.
import { describe, expect, it } from 'vitest';
import { eventLd, personLd, scriptJson } from '../../src/lib/feeds/jsonld.ts';

describe('JSON-LD', () => {
  it('describes an official as a Person with job title, affiliation and address', () => {
    const person = personLd({ name: 'An Verlinden', url: 'https://portal.example.org/nl/officials/an-verlinden/', jobTitles: ['Raadslid'], bodies: ['Gemeenteraad'], organisation: { name: 'Burgerlijst', url: 'https://example.org/' }, party: 'Burgerlijst' });
    expect(person).toMatchObject({ '@context': 'https://schema.org', '@type': 'Person', name: 'An Verlinden', jobTitle: 'Raadslid', url: 'https://portal.example.org/nl/officials/an-verlinden/' });
    expect(person.affiliation).toEqual([{ '@type': 'GovernmentOrganization', name: 'Gemeenteraad' }, { '@type': 'Organization', name: 'Burgerlijst' }]);
    expect('image' in person).toBe(false);
  });

  it('describes a meeting as an Event with start and end carrying their offset, place and organiser', () => {
    const event = eventLd({ name: 'Gemeenteraad, 10 februari 2025', url: 'https://portal.example.org/nl/meetings/2025-02-10-council/', startDate: '2025-02-10T19:30:00+01:00', endDate: '2025-02-10T22:00:00+01:00', location: 'Raadzaal', organizer: { name: 'Gemeenteraad' } });
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2025-02-10T19:30:00+01:00', endDate: '2025-02-10T22:00:00+01:00', location: { '@type': 'Place', name: 'Raadzaal' }, organizer: { '@type': 'Organization', name: 'Gemeenteraad' } });
  });

  it('writes JSON that no text in the data can break out of the script element with', () => {
    const text = scriptJson(personLd({ name: '</script><script>alert(1)</script>', url: 'https://x.example/', jobTitles: [], bodies: [], organisation: { name: 'A & B', url: 'https://x.example/' } }));
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('&');
    expect((JSON.parse(text) as { name: string }).name).toBe('</script><script>alert(1)</script>');
  });
});
