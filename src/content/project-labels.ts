/**
 * The label a card or an entry page shows for a project: its name in the page's language (or
 * the language it is written in) and its tone, the colour of its label and rule. A project's tone
 * follows its place in the projects list (their `order` field), so it is the same in every
 * language and the first projects never share a colour.
 */
import type { Locale } from '../i18n/locales';
import { itemsOf } from './readers';

/** How many tones the design has (`--c-tone-1` … in src/styles/tokens.css); the fifth project takes the first again. */
export const TONES = 4;

export interface ProjectLabel {
  name: string;
  /** 1 … TONES. */
  tone: number;
  /** The language of the name, when it is not the page's (an untranslated project). */
  lang?: Locale | undefined;
}

/** Project slug → its label. */
export type ProjectLabels = Record<string, ProjectLabel>;

/** The label of every published project, in a locale. */
export async function projectLabels(locale: Locale): Promise<ProjectLabels> {
  const projects = await itemsOf('projects', locale);
  return Object.fromEntries(
    projects.map((p, i) => [p.slug, { name: p.entry.data.title, tone: (i % TONES) + 1, lang: p.isFallback ? p.lang : undefined }]),
  );
}
