/** Which language the page starts in, how the picker's choice is kept, and where it reloads to. */
import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../src/ui/locale/chooseLocale';
import {
  LOCALE_KEY,
  readLocalePreference,
  saveLocalePreference,
  setAsideUnknownLocale,
} from '../../src/ui/locale/localePreference';
import { parseLocale } from '../../src/ui/locale/locales';
import { localeAddress } from '../../src/ui/locale/switchLocale';

const none = { query: null, saved: null, languages: [] as string[] };

/** A storage that keeps values in a map, or refuses every write. */
function memoryStorage(refuse = false) {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      values.set(key, value);
    },
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('chooseLocale', () => {
  it('takes ?locale= first, then the saved choice, then the browser, then English', () => {
    const all = { query: 'en', saved: 'zh-CN', languages: ['zh-CN'] };
    expect(chooseLocale(all)).toBe('en');
    expect(chooseLocale({ ...all, query: null })).toBe('zh-CN');
    expect(chooseLocale({ ...all, query: null, saved: 'en' })).toBe('en');
    expect(chooseLocale({ ...none, languages: ['zh-CN'] })).toBe('zh-CN');
    expect(chooseLocale(none)).toBe('en');
  });

  it('skips what it does not ship at each step, instead of giving up', () => {
    expect(chooseLocale({ query: 'fr', saved: 'zh-CN', languages: [] })).toBe('zh-CN');
    expect(chooseLocale({ query: 'fr', saved: 'xx', languages: ['de-DE', 'zh-TW'] })).toBe('zh-CN');
    expect(chooseLocale({ ...none, languages: ['de-DE', 'fr'] })).toBe('en');
  });

  it('reads every Chinese browser tag as Simplified Chinese, and any English tag as English', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-TW', 'zh-Hans-CN', 'zh_HK', 'ZH-cn']) {
      expect(chooseLocale({ ...none, languages: [tag] }), tag).toBe('zh-CN');
    }
    expect(chooseLocale({ ...none, languages: ['en-US', 'zh-CN'] })).toBe('en');
  });

  it('accepts a ?locale= value in any letter case, and nothing else', () => {
    expect(parseLocale('ZH-cn')).toBe('zh-CN');
    expect(parseLocale(' en ')).toBe('en');
    expect(parseLocale('zh')).toBeNull();
    expect(parseLocale(42)).toBeNull();
  });
});

describe('the saved choice', () => {
  it('is written under one key and read back', () => {
    const storage = memoryStorage();
    expect(saveLocalePreference(storage, 'zh-CN')).toBe(true);
    expect(storage.values.get(LOCALE_KEY)).toBe('zh-CN');
    expect(readLocalePreference(storage)).toBe('zh-CN');
  });

  it('reports a refused write, and reads nothing without storage', () => {
    expect(saveLocalePreference(memoryStorage(true), 'en')).toBe(false);
    expect(saveLocalePreference(null, 'en')).toBe(false);
    expect(readLocalePreference(null)).toBeNull();
  });
});

describe('localeAddress', () => {
  const page = 'http://host/app/?seed=3#v1=abc';

  it('keeps the address when the choice is saved and no ?locale= is given', () => {
    expect(localeAddress(page, 'zh-CN', true)).toBe(page);
  });

  it('rewrites ?locale= when present, and adds it when nothing could be saved', () => {
    expect(localeAddress('http://host/?locale=en#v1=abc', 'zh-CN', true)).toBe(
      'http://host/?locale=zh-CN#v1=abc',
    );
    expect(localeAddress(page, 'zh-CN', false)).toBe('http://host/app/?seed=3&locale=zh-CN#v1=abc');
  });
});

describe('a saved choice that names no language', () => {
  it('is set aside under a key of its own, and the page is told what it said', () => {
    const storage = memoryStorage();
    storage.values.set(LOCALE_KEY, '{corrupt');
    expect(setAsideUnknownLocale(storage, 7)).toEqual({
      saved: '{corrupt',
      key: `${LOCALE_KEY}.corrupt.7`,
      moved: true,
    });
    expect(storage.values.get(LOCALE_KEY)).toBeUndefined();
    expect(storage.values.get(`${LOCALE_KEY}.corrupt.7`)).toBe('{corrupt');
  });

  it('stays in place when storage is full, and is shortened for the message', () => {
    const storage = memoryStorage(true);
    storage.values.set(LOCALE_KEY, 'x'.repeat(500));
    const aside = setAsideUnknownLocale(storage, 7);
    expect(aside).toEqual({ saved: `${'x'.repeat(39)}…`, key: LOCALE_KEY, moved: false });
    expect(storage.values.get(LOCALE_KEY)).toBe('x'.repeat(500));
  });

  it('leaves a shipped language, in any case, and no choice alone', () => {
    const storage = memoryStorage();
    expect(setAsideUnknownLocale(storage, 7)).toBeNull();
    storage.values.set(LOCALE_KEY, 'ZH-cn');
    expect(setAsideUnknownLocale(storage, 7)).toBeNull();
    expect(storage.values.get(LOCALE_KEY)).toBe('ZH-cn');
  });
});
