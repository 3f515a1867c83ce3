// Every version of the release: who saved it, in which role, at which SOP B step, when and why
// (corrections marked as such); any two compared word by word over the whole text ("Bandingkan").
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { WordDiff } from '../reports/WordDiff.tsx';
import { materialText } from './materialText.ts';
import type { MaterialVersion } from './publications.api.ts';
import { useMaterialLabels } from './useMaterialLabels.ts';

export function useMaterialVersionLine() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (v: MaterialVersion) =>
    t('reports.versionLine', {
      n: v.version,
      name: v.authorName,
      role: t(`rolesShort.${v.authorRole}`, { defaultValue: v.authorRole }),
      when: fmt.dateTime(v.createdAt),
    });
}

function Compare(props: { versions: MaterialVersion[] }) {
  const { t } = useTranslation();
  const labels = useMaterialLabels();
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
          <WordDiff before={materialText(a.content, labels)} after={materialText(b.content, labels)} />
        </Paper>
      )}
    </Stack>
  );
}

export function MaterialVersions(props: { versions: MaterialVersion[] }) {
  const { t } = useTranslation();
  const versionLine = useMaterialVersionLine();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="material-versions"
      data-testid="material-versions"
    >
      <Title order={2} size="h5" id="material-versions" mb="xs">
        {t('publications.versions')}
      </Title>
      <Stack gap="sm">
        <Stack gap={4} component="ul" m={0} pl="md">
          {props.versions.map((v) => (
            <li key={v.version} data-testid="material-version">
              <Group gap={6} wrap="wrap">
                <Text size="sm">{versionLine(v)}</Text>
                {v.correction && (
                  <Badge size="xs" color="orange" variant="light" radius="sm">
                    {t('publications.correctionBadge')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {v.step === 0 ? t('reports.autoDraft') : t('reports.atStepNo', { no: v.step })}
                {v.note ? ` · ${v.note}` : ''}
              </Text>
            </li>
          ))}
        </Stack>
        {props.versions.length > 1 && <Compare versions={props.versions} />}
      </Stack>
    </Paper>
  );
}
