/** Reading what a built page and the built feeds, sitemaps and calendar files say about themselves. */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { HTMLElement } from 'node-html-parser';
import sax from 'sax';
import { fileFor } from './html';

export const meta = (doc: HTMLElement, attr: 'property' | 'name', key: string): string[] =>
  doc.querySelectorAll(`meta[${attr}="${key}"]`).map((m) => m.getAttribute('content') ?? '');

export const og = (doc: HTMLElement, key: string) => meta(doc, 'property', key);

/** Every JSON-LD object on the page, parsed. Throws if one does not parse. */
export function jsonLd(doc: HTMLElement): Record<string, unknown>[] {
  return doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.innerHTML) as Record<string, unknown>);
}

export const ofType = (doc: HTMLElement, type: string) => jsonLd(doc).filter((d) => d['@type'] === type);

/** A site path from an absolute URL on the built site. */
export const sitePath = (url: string) => new URL(url).pathname;

/** True when an absolute or site-relative URL of the site is a file in the build. */
export const existsIn = (dir: string, url: string) => fileFor(dir, url.startsWith('/') ? url : sitePath(url)) !== undefined;

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
/** Parses an XML file; a strict SAX pass first throws, with the reason, if it is not well-formed. */
export function parseXml(file: string): Record<string, any> {
  const text = readFileSync(file, 'utf8');
  const strict = sax.parser(true);
  strict.onerror = (error) => {
    throw new Error(`${file} is not well-formed XML: ${error.message}`);
  };
  strict.write(text).close();
  return xml.parse(text) as Record<string, any>;
}

/** `fast-xml-parser` gives one child as an object and several as an array. */
export const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function parseIcs(file: string) {
  const component = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  const vevents = component.getAllSubcomponents('vevent');
  if (vevents.length !== 1) throw new Error(`${file}: ${vevents.length} events`);
  return new ICAL.Event(vevents[0]!);
}
