// "versi 2 oleh Rina Penelaah (Analis), 7 Des 2026 10.12": which version, whose, when.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import type { SectionVersion } from './reports.api.ts';

export function useVersionLine() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (v: SectionVersion) =>
    t('reports.versionLine', {
      n: v.version,
      name: v.authorName,
      role: t(`rolesShort.${v.authorRole}`, { defaultValue: v.authorRole }),
      when: fmt.dateTime(v.createdAt),
    });
}
