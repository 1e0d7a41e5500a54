/** The language picker: a labelled select; choosing a language reloads the page in it. */
import { useState } from 'preact/hooks';
import { useApp } from '../appContext';
import { locale, messages } from '../strings';
import { LOCALE_NAMES, LOCALES, parseLocale } from './locales';
import { browserStorage } from './startupLocale';
import { switchLocale } from './switchLocale';

export function LocalePicker() {
  const { controller } = useApp();
  const [switching, setSwitching] = useState(false);
  const m = messages.language;
  return (
    <label class="locale-picker">
      <span class="locale-picker-label">{m.label}</span>
      <select
        value={locale}
        disabled={switching}
        aria-busy={switching}
        onChange={(event) => {
          const next = parseLocale(event.currentTarget.value);
          if (next === null || next === locale) return;
          setSwitching(true);
          void switchLocale(next, controller, browserStorage());
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
