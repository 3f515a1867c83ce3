// The display language as the formatters want it.
import { useTranslation } from 'react-i18next';
import type { Lang } from './time.ts';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
