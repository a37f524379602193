import { For } from 'solid-js';
import type { Locale } from '../../shared/i18n/locales';
import { locale, locales, setLocale, t } from '../lib/i18n';

const names: Record<Locale, 'lang.it' | 'lang.en'> = { it: 'lang.it', en: 'lang.en' };

/** IT / EN buttons; the pressed one is the current language. The choice persists on the device. */
export function LanguageSwitch() {
  return (
    <fieldset class="language-switch">
      <legend class="sr-only">{t('lang.label')}</legend>
      <For each={locales}>
        {(code) => (
          <button type="button" lang={code} aria-pressed={locale() === code} onClick={() => void setLocale(code)}>
            <span aria-hidden="true">{code.toUpperCase()}</span>
            <span class="sr-only">{t(names[code])}</span>
          </button>
        )}
      </For>
    </fieldset>
  );
}
