import { describe, expect, it } from 'vitest';
import { chooseUiLocale, configUrl } from '../../admin/ui-locale';

describe('the CMS interface language', () => {
  it('follows ?lang= first, then the saved choice, then the browser, then Kazakh', () => {
    expect(chooseUiLocale('?lang=ru', 'kk', ['en-US'])).toBe('ru');
    expect(chooseUiLocale('', 'en', ['ru-RU'])).toBe('en');
    expect(chooseUiLocale('', null, ['de-DE', 'ru-KZ', 'kk'])).toBe('ru');
    expect(chooseUiLocale('', null, ['KK-kz'])).toBe('kk');
    expect(chooseUiLocale('', null, ['de', 'fr'])).toBe('kk');
  });

  it('ignores values that are not a site language', () => {
    expect(chooseUiLocale('?lang=uk', 'xx', ['tr'])).toBe('kk');
    expect(chooseUiLocale('?lang=<script>', null, ['en'])).toBe('en');
  });

  it('loads the config with labels in that language', () => {
    expect(configUrl('ru')).toBe('/admin/config.ru.yml');
  });
});
