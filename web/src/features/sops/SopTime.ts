// A step's time standard as the SOP's mutu baku column writes it: "120 menit", "30 jam", "1 hari kerja".
import type { TFunction } from 'i18next';
import { formatNumber } from '../../app/format/numbers.ts';
import type { Lang } from '../../app/format/time.ts';
import type { SopStep } from './sops.api.ts';

export function sopTimeText(time: SopStep['time'], t: TFunction, lang: Lang): string {
  return t(`sops.units.${time.unit}`, { n: formatNumber(time.amount, lang, 2) });
}
