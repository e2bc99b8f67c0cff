// The interface language: zh-CN by default, en-US switchable. Every string the renderer shows is
// a key of the locale files beside this module; the keys are the zh-CN wording itself (gettext
// style), so zh-CN.json maps each key to its current Chinese text and en-US.json to English.
// Domain output from shared/ (parse warnings, scoring reasons, official documents) stays Chinese.
import 'dayjs/locale/zh-cn';

import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

import enUS from './en-US.json';
import zhCN from './zh-CN.json';

export type Language = 'zh-CN' | 'en-US';
export const LANGUAGES: ReadonlyArray<{ value: Language; label: string }> = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
];

const STORAGE_KEY = 'kaoping-language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en-US' ? 'en-US' : 'zh-CN';
}

/** Dates (dayjs) and the document's lang attribute (fonts, screen readers) follow the language. */
function applyLocale(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

const initial = storedLanguage();
void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: initial,
  fallbackLng: 'zh-CN',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnEmptyString: false,
});
applyLocale(initial);

/**
 * Translates a zh-CN message key into the current language.
 * Input: the key (the Chinese wording, with `{{name}}` placeholders) and the placeholder values.
 * Output: the message; a key missing from the locale file falls back to zh-CN, then to the key.
 */
export function t(key: string, values?: Record<string, unknown>): string {
  return i18next.t(key, values ?? {});
}

/** Switches the interface language and remembers it on this machine (localStorage). */
export function setLanguage(language: Language): void {
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, language);
  applyLocale(language);
  void i18next.changeLanguage(language);
}

/** The current language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}
