// A source's recent log: what each check found or why it failed.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { sourceLogEntry } from '../../../../src/modules/sources/sources.schema.ts';
import { api } from '../../app/api/client.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';

type LogEntry = z.infer<typeof sourceLogEntry>;
const COLORS = { info: 'gray', warn: 'yellow', error: 'red' } as const;

export function SourceLog(props: { workspace: string; sourceId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const log = useQuery({
    queryKey: ['sources', props.workspace, 'log', props.sourceId],
    queryFn: () =>
      api<{ log: LogEntry[] }>(`/api/v1/sources/${props.sourceId}/log`, {
        query: { workspace: props.workspace },
      }),
    select: (d) => d.log,
  });
  return (
    <QueryView query={log} skeleton={<LoadingState rows={5} />}>
      {(entries) =>
        entries.length === 0 ? (
          <EmptyState compact title={t('sources.logEmpty')} />
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {entries.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: log lines have no id in the API
              <li key={i}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Badge size="xs" color={COLORS[e.level]} variant="light" style={{ flexShrink: 0 }}>
                    {e.level}
                  </Badge>
                  <div style={{ minWidth: 0 }}>
                    <Text size="xs" c="dimmed">
                      {fmt.dateTime(e.at)}
                    </Text>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {e.message}
                    </Text>
                  </div>
                </Group>
              </li>
            ))}
          </Stack>
        )
      }
    </QueryView>
  );
}
