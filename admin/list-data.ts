/**
 * What entry lists and workflow cards show for an entry (Decap's `summary`, through the patch in
 * `src/integrations/decap-patches.ts`): its values in the interface language, and for a value
 * that language does not have yet, the first language in the CMS's order that has it. A report
 * written only in Russian thus shows its Russian title in the Kazakh interface, not a blank line.
 */
import type { Map as ImmutableMap } from 'immutable';
import { isBlank } from './values';

type Data = ImmutableMap<string, unknown>;

let order: readonly string[] = [];

/** The CMS's locales, interface language first (set when the CMS starts). */
export function setListLocales(locales: readonly string[]) {
  order = locales;
}

export function listData(entry: ImmutableMap<string, unknown>): Data {
  let data = entry.get('data') as Data;
  const i18n = entry.get('i18n') as ImmutableMap<string, ImmutableMap<string, unknown>> | undefined;
  if (!data || !i18n) return data;
  const others = [...order.filter((l) => i18n.has(l)), ...[...i18n.keys()].filter((l) => !order.includes(l))];
  for (const locale of others) {
    const values = i18n.getIn([locale, 'data']) as Data | undefined;
    values?.forEach((value, key) => {
      if (isBlank(data.get(key)) && !isBlank(value)) data = data.set(key, value);
    });
  }
  return data;
}
