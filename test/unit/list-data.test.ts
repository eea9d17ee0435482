import { fromJS, type Map as ImmutableMap } from 'immutable';
import { describe, expect, it } from 'vitest';
import { listData, setListLocales } from '../../admin/list-data';
import { cmsLocales } from '../../admin/ui-locale';

/** An entry as Decap holds it: the default locale's values in `data`, the others under `i18n`. */
const entry = (data: object, i18n: object) => fromJS({ data, i18n }) as ImmutableMap<string, unknown>;

describe('what entry lists and workflow cards show', () => {
  it('is the interface language’s title, else the first language in the CMS’s order that has one', () => {
    setListLocales(cmsLocales('kk'));
    const onlyRussian = entry({ title: '', date: '2025-10-25' }, { en: { data: { title: 'English' } }, ru: { data: { title: 'Русский' } } });
    expect(listData(onlyRussian).get('title')).toBe('Русский');
    expect(listData(onlyRussian).get('date')).toBe('2025-10-25');
    const kazakh = entry({ title: 'Қазақша' }, { ru: { data: { title: 'Русский' } } });
    expect(listData(kazakh).get('title')).toBe('Қазақша');
    setListLocales(cmsLocales('en'));
    expect(listData(entry({}, { ru: { data: { title: 'Русский' } }, kk: { data: { title: 'Қазақша' } } })).get('title')).toBe('Қазақша');
  });

  it('changes nothing in the entry itself', () => {
    setListLocales(cmsLocales('kk'));
    const e = entry({ title: '' }, { ru: { data: { title: 'Русский' } } });
    listData(e);
    expect(e.getIn(['data', 'title'])).toBe('');
  });
});
