// The SOP's versions, newest first: who saved each, when, and what they changed; the one on screen
// marked, the others one click away. Cases keep the version they started on.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { LoadingState } from '../../app/ui/States.tsx';
import type { SopVersionInfo } from './sops.api.ts';

export function SopVersions(props: {
  versions: SopVersionInfo[];
  shown: number;
  link(version: number): string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const newest = props.versions[0]?.version;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="sop-versions">
      <Title order={2} size="h5" id="sop-versions" mb="sm">
        {t('sops.versions')}
      </Title>
      {props.versions.length === 0 && <LoadingState rows={2} />}
      <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {props.versions.map((v) => {
          const current = v.version === props.shown;
          return (
            <li key={v.id} aria-current={current ? 'true' : undefined} data-testid="sop-version">
              <Group gap="xs" wrap="wrap">
                {current ? (
                  <Text size="sm" fw={700}>
                    {t('sops.version', { n: v.version })}
                  </Text>
                ) : (
                  <Anchor component={Link} to={props.link(v.version)} size="sm" fw={600}>
                    {t('sops.version', { n: v.version })}
                  </Anchor>
                )}
                {v.version === newest && (
                  <Badge size="xs" variant="light" radius="sm">
                    {t('sops.newest')}
                  </Badge>
                )}
                {current && (
                  <Badge size="xs" variant="outline" color="gray" radius="sm">
                    {t('sops.shown')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {v.createdByName} · {fmt.dateTime(v.createdAt)}
              </Text>
              {v.note && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {v.note}
                </Text>
              )}
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}
