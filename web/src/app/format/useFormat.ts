// Formatting bound to the user's language and the workspace's time zone, for components.
import { useMemo } from 'react';
import { useSession } from '../session/SessionProvider.tsx';
import { formatNumber, formatPercent } from './numbers.ts';
import { formatBucket, formatDate, formatDateTime, formatRelative } from './time.ts';
import { useLang } from './useLang.ts';

export function useFormat() {
  const lang = useLang();
  const { zone } = useSession();
  return useMemo(
    () => ({
      lang,
      zone,
      number: (n: number | null | undefined, digits = 0) => formatNumber(n, lang, digits),
      percent: (share: number, digits = 1) => formatPercent(share, lang, digits),
      date: (iso: string | null | undefined) => formatDate(iso, zone, lang),
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, zone, lang),
      relative: (iso: string | null | undefined) => formatRelative(iso, lang),
      bucket: (iso: string, interval: string) => formatBucket(iso, interval, zone, lang),
    }),
    [lang, zone],
  );
}
