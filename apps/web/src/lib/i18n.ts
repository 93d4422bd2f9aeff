import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from '../locales/en';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'notes.lang';

/**
 * Each language's strings are a chunk of their own: the first screen loads only the reader's
 * language (the other is fetched when chosen). `public/lang-preload.js` starts fetching the
 * chunk while the app's own script downloads, so no round trip is added.
 */
const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: () => import('../locales/en').then((m) => m.en),
  ru: () => import('../locales/ru').then((m) => m.ru),
};

/** The language: remembered if chosen, else the browser's (Russian or English). The same rule as public/lang-preload.js. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Loads a language's strings into i18next (once). */
async function load(lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'translation')) return;
  i18n.addResourceBundle(lang, 'translation', await LOADERS[lang]());
}

/** Before the first render: i18next with the reader's language loaded. */
export async function startI18n(): Promise<void> {
  const lang = initialLanguage();
  await i18n.use(initReactI18next).init({
    resources: {},
    lng: lang,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await load(lang);
  document.documentElement.lang = lang;
}

export async function setLanguage(lang: Language): Promise<void> {
  await load(lang);
  localStorage.setItem(KEY, lang);
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
