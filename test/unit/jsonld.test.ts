import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../src/utils/dates';
import { breadcrumbLd, eventLd, newsArticleLd, organizationLd, type EventInput } from '../../src/utils/jsonld';

const org = { name: 'Ұлағат', url: 'https://ulagat.kz/kk/', logo: 'https://ulagat.kz/logo.png' };
const event = (over: Partial<EventInput> = {}): EventInput => ({
  url: 'https://ulagat.kz/ru/master-classes/x/',
  name: 'Круглый стол',
  description: 'Описание',
  start: parseLocalDateTime('2025-10-25T11:00')!,
  end: parseLocalDateTime('2025-10-25T12:30')!,
  status: 'scheduled',
  attendance: 'offline',
  venue: 'Дворец школьников имени Аль-Фараби',
  organiser: '«Школа мам»',
  images: ['https://ulagat.kz/og/ru/events/x.jpg'],
  free: false,
  inLanguage: 'ru',
  ...over,
});

describe('Event JSON-LD', () => {
  it('gives the times in Kazakhstan time with +05:00', () => {
    const ld = eventLd(event());
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', startDate: '2025-10-25T11:00:00+05:00', endDate: '2025-10-25T12:30:00+05:00' });
  });

  it('places an in-person event at a Place with a PostalAddress in KZ, the region when known', () => {
    expect(eventLd(event()).location).toEqual({
      '@type': 'Place',
      name: 'Дворец школьников имени Аль-Фараби',
      address: { '@type': 'PostalAddress', addressCountry: 'KZ' },
    });
    const withAddress = eventLd(event({ address: 'ул. Жамбыла, 1', region: { name: 'Алматы', kind: 'city' } }));
    expect(withAddress.location).toMatchObject({
      address: { '@type': 'PostalAddress', streetAddress: 'ул. Жамбыла, 1', addressLocality: 'Алматы', addressRegion: 'Алматы', addressCountry: 'KZ' },
    });
    const oblast = eventLd(event({ region: { name: 'область Жетісу', kind: 'oblast' } }));
    expect(oblast.location).toMatchObject({ address: { addressRegion: 'область Жетісу' } });
    expect(JSON.stringify(oblast.location)).not.toContain('addressLocality');
  });

  it('maps status and attendance to schema.org enumerations', () => {
    expect(eventLd(event())).toMatchObject({
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
    expect(eventLd(event({ status: 'cancelled' })).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(eventLd(event({ status: 'postponed' })).eventStatus).toBe('https://schema.org/EventPostponed');
    const online = eventLd(event({ attendance: 'online', registration: 'https://example.kz/join' }));
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.kz/join' });
    const mixed = eventLd(event({ attendance: 'mixed' }));
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((mixed.location as { '@type': string }[]).map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    const moved = eventLd(event({ status: 'moved-online' }));
    expect(moved).toMatchObject({ eventStatus: 'https://schema.org/EventMovedOnline', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode' });
  });

  it('names the organiser and the image, and says free only where it is true', () => {
    const ld = eventLd(event());
    expect(ld.organizer).toEqual({ '@type': 'Organization', name: '«Школа мам»' });
    expect(ld.image).toEqual(['https://ulagat.kz/og/ru/events/x.jpg']);
    expect('isAccessibleForFree' in ld).toBe(false);
    expect(eventLd(event({ free: true })).isAccessibleForFree).toBe(true);
  });
});

describe('NewsArticle, Organization and BreadcrumbList JSON-LD', () => {
  it('describes a news report with its publisher', () => {
    const ld = newsArticleLd({
      url: 'https://ulagat.kz/kk/news/x/',
      headline: 'Тақырып',
      description: 'Қысқаша',
      datePublished: '2025-10-25T00:00:00+05:00',
      images: ['https://ulagat.kz/og/kk/news/x.jpg'],
      inLanguage: 'kk',
      keywords: ['a', 'b'],
      publisher: org,
    });
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Тақырып',
      datePublished: '2025-10-25T00:00:00+05:00',
      mainEntityOfPage: 'https://ulagat.kz/kk/news/x/',
      inLanguage: 'kk',
      keywords: 'a, b',
      publisher: { '@type': 'Organization', name: 'Ұлағат', logo: 'https://ulagat.kz/logo.png' },
    });
  });

  it('describes the organisation', () => {
    expect(organizationLd(org)).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Ұлағат', url: org.url, logo: org.logo });
  });

  it('numbers breadcrumbs from 1', () => {
    const ld = breadcrumbLd([
      { name: 'Басты бет', url: 'https://ulagat.kz/kk/' },
      { name: 'Жаңалықтар', url: 'https://ulagat.kz/kk/news/' },
    ]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Басты бет', item: 'https://ulagat.kz/kk/' },
      { '@type': 'ListItem', position: 2, name: 'Жаңалықтар', item: 'https://ulagat.kz/kk/news/' },
    ]);
  });
});
