/**
 * Structured data (schema.org JSON-LD) for search engines, typed with `schema-dts`.
 * Pure builders: plain values in, JSON-LD objects out. `serializeJsonLd` in `./seo` writes them.
 */
import type {
  BreadcrumbList,
  Event,
  EventAttendanceModeEnumeration,
  EventStatusType,
  NewsArticle,
  Organization,
  Place,
  VirtualLocation,
  WithContext,
} from 'schema-dts';
import type { attendanceModes, eventStatuses } from '../model/options';
import { toZonedIso } from './dates';

const CONTEXT = 'https://schema.org' as const;

export interface OrganizationInput {
  name: string;
  url: string;
  /** Absolute URL of a square raster logo. */
  logo: string;
  description?: string | undefined;
}

/** The site's publisher, for the home page. */
export function organizationLd(org: OrganizationInput): WithContext<Organization> {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: org.name,
    url: org.url,
    logo: org.logo,
    ...(org.description ? { description: org.description } : {}),
    areaServed: { '@type': 'Country', name: 'Kazakhstan', identifier: 'KZ' },
  };
}

/** BreadcrumbList from the visible breadcrumbs, with absolute URLs. */
export function breadcrumbLd(items: readonly { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

export interface NewsInput {
  url: string;
  headline: string;
  description: string;
  /** Publication instant as ISO 8601 with its offset. */
  datePublished: string;
  /** Absolute image URLs, the 1200×630 card first. */
  images: readonly string[];
  /** `kk`, `ru` or `en`: the language of the text. */
  inLanguage: string;
  keywords?: readonly string[] | undefined;
  publisher: OrganizationInput;
}

export function newsArticleLd(news: NewsInput): WithContext<NewsArticle> {
  const publisher: Organization = { '@type': 'Organization', name: news.publisher.name, url: news.publisher.url, logo: news.publisher.logo };
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: news.headline,
    description: news.description,
    url: news.url,
    mainEntityOfPage: news.url,
    datePublished: news.datePublished,
    image: [...news.images],
    inLanguage: news.inLanguage,
    author: publisher,
    publisher,
    ...(news.keywords?.length ? { keywords: news.keywords.join(', ') } : {}),
  };
}

type AttendanceMode = (typeof attendanceModes)[number];
type Status = (typeof eventStatuses)[number];

const STATUS: Record<Status, EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

const ATTENDANCE: Record<AttendanceMode, EventAttendanceModeEnumeration> = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

export interface EventInput {
  url: string;
  name: string;
  description: string;
  start: Date;
  end: Date;
  status: Status;
  attendance: AttendanceMode;
  venue: string;
  /** Street address, when the content gives one. */
  address?: string | undefined;
  /** Name of the region (oblast or city) in the page's language, when the event has one. */
  region?: { name: string; kind: 'oblast' | 'city' } | undefined;
  organiser: string;
  /** Absolute image URLs, the 1200×630 card first. */
  images: readonly string[];
  free: boolean;
  inLanguage: string;
  /** Registration page; also where an online event takes place. */
  registration?: string | undefined;
}

export function eventLd(event: EventInput): WithContext<Event> {
  const place: Place = {
    '@type': 'Place',
    name: event.venue,
    address: {
      '@type': 'PostalAddress',
      ...(event.address ? { streetAddress: event.address } : {}),
      ...(event.region?.kind === 'city' ? { addressLocality: event.region.name } : {}),
      ...(event.region ? { addressRegion: event.region.name } : {}),
      addressCountry: 'KZ',
    },
  };
  const online: VirtualLocation = { '@type': 'VirtualLocation', url: event.registration ?? event.url };
  const mode = event.status === 'moved-online' ? 'online' : event.attendance;
  const location = mode === 'offline' ? place : mode === 'online' ? online : [place, online];
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.name,
    description: event.description,
    url: event.url,
    startDate: toZonedIso(event.start),
    endDate: toZonedIso(event.end),
    eventStatus: STATUS[event.status],
    eventAttendanceMode: ATTENDANCE[mode],
    location,
    organizer: { '@type': 'Organization', name: event.organiser },
    image: [...event.images],
    inLanguage: event.inLanguage,
    // Said only where it is true: the content cannot tell "not free" from "not stated".
    ...(event.free ? { isAccessibleForFree: true } : {}),
  };
}
