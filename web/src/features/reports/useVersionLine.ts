// "versi 2 oleh Rina Penelaah (Analis), 7 Des 2026 10.12": which version, whose, when.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';

export function useVersionLine() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (v: { version: number; authorName: string; authorRole: string; createdAt: string }) =>
    t('reports.versionLine', {
      n: v.version,
      name: v.authorName,
      role: t(`rolesShort.${v.authorRole}`, { defaultValue: v.authorRole }),
      when: fmt.dateTime(v.createdAt),
    });
}
