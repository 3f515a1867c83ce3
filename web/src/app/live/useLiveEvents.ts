// Live updates from the server (server-sent events): a new article refreshes the lists it belongs
// in, a crisis alert also raises a toast. If the server does not offer events (404, older server)
// or the connection drops, we retry quietly with a growing pause; nothing on screen breaks.
import { useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import { useEffect } from 'react';
import { apiUrl } from '../api/client.ts';
import { showToast } from '../toasts/toasts.ts';

const FIRST_PAUSE_MS = 5_000;
const LONGEST_PAUSE_MS = 5 * 60_000;
/** Articles arriving in a burst refresh the lists once. */
const ARTICLE_BATCH_MS = 3_000;
const ALERT_BATCH_MS = 1_500;
/** Crisis levels, mildest first. */
const LEVELS = ['normal', 'waspada', 'siaga', 'krisis'];

interface AlertEvent {
  id: number | string;
  level: string;
  reason: string;
  /** What the alert is about: a subject or an issue, by name. */
  scope?: string;
}

export function useLiveEvents(workspace: string | null): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!workspace || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let pause = FIRST_PAUSE_MS;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let batch: ReturnType<typeof setTimeout> | undefined;
    let alertBatch: ReturnType<typeof setTimeout> | undefined;
    let arrived: AlertEvent[] = [];
    let stopped = false;
    // Words in the language of the moment the toast appears (switching language keeps the stream).
    const t = i18n.t.bind(i18n);

    const refreshArticles = () => {
      for (const key of ['dashboard', 'search', 'issues', 'sources']) {
        void queryClient.invalidateQueries({ queryKey: [key] });
      }
    };

    const levelName = (level: string) => {
      const key = level.toLowerCase();
      return LEVELS.includes(key) ? t(`alerts.levels.${key as 'krisis'}`) : level;
    };
    // One alert is shown whole; a burst (one check raising several) as one toast, not a wall.
    const announceAlerts = () => {
      const alerts = arrived;
      arrived = [];
      void queryClient.invalidateQueries({ queryKey: ['alerts'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      if (alerts.length === 0) return;
      const worst = alerts.reduce((a, b) =>
        LEVELS.indexOf(b.level.toLowerCase()) > LEVELS.indexOf(a.level.toLowerCase()) ? b : a,
      );
      const color = worst.level.toLowerCase() === 'krisis' ? 'red' : 'yellow';
      if (alerts.length === 1) {
        showToast(
          {
            title: `${t('alerts.toast', { level: levelName(worst.level) })}${worst.scope ? `: ${worst.scope}` : ''}`,
            message: worst.reason,
            color,
            href: '/peringatan',
          },
          15_000,
        );
      } else {
        showToast(
          {
            title: t('alerts.toastMany', { n: alerts.length, level: levelName(worst.level) }),
            message: alerts
              .slice(0, 3)
              .map((a) => a.scope ?? a.reason)
              .join(' · '),
            color,
            href: '/peringatan',
          },
          15_000,
        );
      }
    };

    const connect = () => {
      source = new EventSource(apiUrl('/api/v1/events', { workspace }), { withCredentials: true });
      source.onopen = () => {
        pause = FIRST_PAUSE_MS;
      };
      source.addEventListener('article', () => {
        clearTimeout(batch);
        batch = setTimeout(refreshArticles, ARTICLE_BATCH_MS);
      });
      source.addEventListener('alert', (event) => {
        try {
          arrived.push(JSON.parse((event as MessageEvent<string>).data) as AlertEvent);
        } catch {
          // A malformed event is ignored; the alerts list still refreshes.
        }
        clearTimeout(alertBatch);
        alertBatch = setTimeout(announceAlerts, ALERT_BATCH_MS);
      });
      source.onerror = () => {
        // The browser retries by itself only while the stream is merely interrupted; after a refusal
        // (404, 401) it gives up, so we close and come back later ourselves, more slowly each time.
        source?.close();
        source = null;
        if (stopped) return;
        retry = setTimeout(connect, pause);
        pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(batch);
      clearTimeout(alertBatch);
      source?.close();
    };
  }, [workspace, queryClient]);
}
