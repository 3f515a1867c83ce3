// The names of a material's parts, as the editor, the reading view and the comparison call them.
import { useTranslation } from 'react-i18next';
import type { MaterialLabels } from './materialText.ts';

export function useMaterialLabels(): MaterialLabels {
  const { t } = useTranslation();
  return {
    title: t('publications.fields.title'),
    lead: t('publications.fields.lead'),
    body: t('publications.fields.body'),
    quote: t('publications.fields.quote'),
    contacts: t('publications.fields.contacts'),
    webSummary: t('publications.fields.webSummary'),
    socialText: t('publications.fields.socialText'),
  };
}
