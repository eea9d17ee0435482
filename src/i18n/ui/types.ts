import type en from './en';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A key as the code uses it: plural keys without their `_one`/`_few`/… suffix. */
export type UIKey = keyof typeof en extends infer K
  ? K extends `${infer Base}_${PluralSuffix}`
    ? Base
    : K
  : never;

/** What every locale's dictionary provides: every key, with the plural forms its language needs. */
export type Dictionary = { [K in Exclude<UIKey, PluralBase>]: string } & {
  [K in `${PluralBase}_${PluralSuffix}`]?: string;
};

type PluralBase = keyof typeof en extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
