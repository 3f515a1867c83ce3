// "Ambil sekarang" for one source and what came of it: waiting for the background worker, reading
// the feed or sitemap, fetching the new articles' pages ("3 dari 5 berita baru diambil"), then
// done with what was found, new and failed — or why it failed.
import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Source, sourcesKey } from '../../app/api/sources.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { inProgress, type PollRequest, useLatestPoll } from './pollNow.api.ts';

type Phase = 'queued' | 'running' | 'collecting' | 'done' | 'failed';

const COLORS: Record<Phase, string> = {
  queued: 'gray',
  running: 'blue',
  collecting: 'blue',
  done: 'teal',
  failed: 'red',
};

/** The poll itself ends before the pages of its new articles are all fetched: that is a phase too. */
const phaseOf = (poll: PollRequest): Phase =>
  poll.status === 'done' && poll.articles.pending > 0 ? 'collecting' : poll.status;

function PollState(props: { poll: PollRequest }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { poll } = props;
  const phase = phaseOf(poll);
  const { fetched, failed, duplicate, pending } = poll.articles;
  const settled = fetched + failed + duplicate;
  const pagesLabel = t('sources.pollNow.pages', {
    done: f.number(settled),
    total: f.number(poll.newArticles),
  });
  return (
    <Stack gap="xs" data-testid="poll-now">
      <Group gap="xs" wrap="wrap">
        <Badge color={COLORS[phase]} variant="light">
          {t(`sources.pollNow.status.${phase}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t('sources.pollNow.requested', { name: poll.requestedBy.name, at: f.dateTime(poll.createdAt) })}
        </Text>
      </Group>
      {phase === 'queued' && (
        <Text size="sm" c="dimmed">
          {t('sources.pollNow.queuedHelp')}
        </Text>
      )}
      {phase === 'running' && (
        <>
          <Progress value={100} animated striped aria-label={t('sources.pollNow.progressLabel')} />
          <Text size="sm">{t('sources.pollNow.reading')}</Text>
        </>
      )}
      {(phase === 'collecting' || phase === 'done') && (
        <>
          <Text size="sm">
            {poll.unchanged
              ? t('sources.pollNow.unchanged')
              : t('sources.pollNow.found', {
                  listed: f.number(poll.listed),
                  new: f.number(poll.newArticles),
                })}
          </Text>
          {poll.newArticles > 0 && (
            <>
              <Progress
                value={Math.min(100, (settled / poll.newArticles) * 100)}
                animated={phase === 'collecting'}
                striped={phase === 'collecting'}
                color={COLORS[phase]}
                aria-label={t('sources.pollNow.progressLabel')}
                aria-valuetext={pagesLabel}
              />
              <Text size="sm">{pagesLabel}</Text>
              <Group gap={6} wrap="wrap">
                <Badge size="sm" color="teal" variant="light">
                  {t('sources.pollNow.fetched', { n: f.number(fetched) })}
                </Badge>
                <Badge size="sm" color={failed > 0 ? 'red' : 'gray'} variant="light">
                  {t('sources.pollNow.failed', { n: f.number(failed) })}
                </Badge>
                {duplicate > 0 && (
                  <Badge size="sm" color="gray" variant="light">
                    {t('sources.pollNow.duplicate', { n: f.number(duplicate) })}
                  </Badge>
                )}
                {pending > 0 && (
                  <Badge size="sm" color="blue" variant="light">
                    {t('sources.pollNow.pending', { n: f.number(pending) })}
                  </Badge>
                )}
              </Group>
            </>
          )}
          {phase === 'done' && (
            <Text size="xs" c="dimmed">
              {t('sources.pollNow.finished', { at: f.dateTime(poll.finishedAt) })}
            </Text>
          )}
        </>
      )}
      {phase === 'failed' && (
        <Text size="sm" c="red" role="alert" style={{ overflowWrap: 'anywhere' }}>
          {t('sources.pollNow.failedAt', { error: poll.error ?? '—', at: f.dateTime(poll.finishedAt) })}
        </Text>
      )}
    </Stack>
  );
}

export function PollNowPanel(props: {
  workspace: string;
  source: Source;
  /** Whether this user may start a poll (the monitoring team). */
  canRun: boolean;
  onStart(): void;
  starting: boolean;
  startError: unknown;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const latest = useLatestPoll(props.workspace, props.source.id);
  const moving = inProgress(latest.data);
  // When a poll comes to rest the list's last check and article counts have changed: read them again.
  const wasMoving = useRef(false);
  useEffect(() => {
    if (wasMoving.current && !moving)
      void queryClient.invalidateQueries({ queryKey: sourcesKey(props.workspace) });
    wasMoving.current = moving;
  }, [moving, queryClient, props.workspace]);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('sources.pollNow.intro')}
      </Text>
      {props.canRun && (
        <Group>
          <Button
            size="xs"
            onClick={props.onStart}
            loading={props.starting}
            disabled={moving || !props.source.enabled}
            title={
              !props.source.enabled
                ? t('sources.pollNow.disabledSource')
                : moving
                  ? t('sources.pollNow.busy')
                  : undefined
            }
          >
            {t('sources.pollNow.start')}
          </Button>
        </Group>
      )}
      <ProblemAlert error={props.startError} />
      <QueryView query={latest} skeleton={<LoadingState rows={1} />}>
        {(poll) =>
          poll ? (
            <PollState poll={poll} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('sources.pollNow.never')}
            </Text>
          )
        }
      </QueryView>
    </Stack>
  );
}
