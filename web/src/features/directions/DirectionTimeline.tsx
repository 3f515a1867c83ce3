// The follow-up history: who (with their role) did what, when, with the note and the evidence
// (links open in a new tab; files download from the server, never shown inside the app).
import { Anchor, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { type Direction, evidenceFileUrl } from './directions.api.ts';

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Sending and forwarding name the agency it went to; other actions name the agency that acted. */
const toAgency = (action: string) => action === 'dispatch' || action === 'forward';

export function DirectionTimeline(props: { workspace: string; d: Direction }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { d } = props;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="direction-timeline">
      <Title order={2} size="h5" id="direction-timeline" mb="sm">
        {t('directions.timeline')}
      </Title>
      {d.events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('directions.noEvents')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} data-testid="direction-timeline">
          {d.events.map((e) => (
            <Timeline.Item
              key={e.id}
              title={
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {e.actorName}{' '}
                  <Text span size="xs" c="dimmed" fw={400}>
                    ({t(`rolesShort.${e.actorRole as 'analyst'}`, { defaultValue: e.actorRole })}
                    {e.agencyShortName && !toAgency(e.action) ? ` · ${e.agencyShortName}` : ''})
                  </Text>{' '}
                  {t(`directions.events.${e.action}`)}
                  {e.agencyShortName && toAgency(e.action) ? ` → ${e.agencyShortName}` : ''}
                </Text>
              }
            >
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(e.at)}
                </Text>
                {e.note && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {e.note}
                  </Text>
                )}
                {e.evidence.length > 0 && (
                  <Stack
                    gap={2}
                    component="ul"
                    style={{ margin: 0, paddingLeft: 18 }}
                    aria-label={t('directions.evidence')}
                  >
                    {e.evidence.map((ev) => (
                      <li key={ev.kind === 'link' ? ev.url : ev.fileId}>
                        {ev.kind === 'link' ? (
                          <Anchor
                            href={ev.url}
                            target="_blank"
                            rel="noopener noreferrer"
                            size="sm"
                            style={{ overflowWrap: 'anywhere' }}
                          >
                            {ev.name || ev.url}
                          </Anchor>
                        ) : (
                          <Anchor
                            href={evidenceFileUrl(props.workspace, d.id, ev.fileId)}
                            download={ev.name}
                            size="sm"
                            style={{ overflowWrap: 'anywhere' }}
                          >
                            {ev.name} ({fileSize(ev.size)})
                          </Anchor>
                        )}
                      </li>
                    ))}
                  </Stack>
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
