// "Bandingkan": two versions of a text chosen from its history and compared word by word — a
// report section's or a press release's, whatever text `textOf` reads from a version.
import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WordDiff } from './WordDiff.tsx';

export function CompareVersions<V extends { version: number }>(props: {
  versions: V[];
  textOf: (v: V) => string;
}) {
  const { t } = useTranslation();
  const { versions } = props;
  const [older, setOlder] = useState(String(versions[1]?.version ?? versions[0]?.version ?? 1));
  const [newer, setNewer] = useState(String(versions[0]?.version ?? 1));
  const [shown, setShown] = useState(false);
  const options = versions.map((v) => ({
    value: String(v.version),
    label: t('reports.versionN', { n: v.version }),
  }));
  const find = (n: string) => versions.find((v) => String(v.version) === n);
  const a = find(older);
  const b = find(newer);
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('reports.compareFrom')}
          data={options}
          value={older}
          onChange={(e) => setOlder(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('reports.compareTo')}
          data={options}
          value={newer}
          onChange={(e) => setNewer(e.currentTarget.value)}
        />
        <Button variant="default" onClick={() => setShown(true)}>
          {t('reports.compare')}
        </Button>
      </Group>
      {shown && a && b && (
        <Paper withBorder radius="sm" p="sm" bg="gray.0">
          <Text size="xs" c="dimmed" mb={4}>
            {t('reports.compareHeading', { from: a.version, to: b.version })}
          </Text>
          <WordDiff before={props.textOf(a)} after={props.textOf(b)} />
        </Paper>
      )}
    </Stack>
  );
}
