// Languages: Indonesian by default, English on request; the choice is remembered on this device
// and sent to the API (Accept-Language) so server messages come back in the same language.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { id } from './id.ts';

export type Language = 'id' | 'en';
const KEY = 'pantau.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Not remembered on this device; still switched for this visit.
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

const initial = storedLanguage();
document.documentElement.lang = initial;
void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'id',
  initAsync: false,
  // React escapes what it renders; escaping twice would show &amp; to users.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
