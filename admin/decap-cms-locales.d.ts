/** Decap's interface dictionaries (the package ships no types): nested objects of strings. */
declare module 'decap-cms-locales/dist/esm/index.js' {
  type Phrases = { [key: string]: string | Phrases };
  export const en: Phrases;
  export const ru: Phrases;
}
