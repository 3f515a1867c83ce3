// Every version of the release: who saved it, in which role, at which SOP B step, when and why
// (corrections marked as such); any two compared word by word over the whole text ("Bandingkan").
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompareVersions } from '../reports/CompareVersions.tsx';
import { useVersionLine } from '../reports/useVersionLine.ts';
import { materialText } from './materialText.ts';
import type { MaterialVersion } from './publications.api.ts';
import { useMaterialLabels } from './useMaterialLabels.ts';

function CompareVersionsOf(props: { versions: MaterialVersion[] }) {
  const labels = useMaterialLabels();
  return <CompareVersions versions={props.versions} textOf={(v) => materialText(v.content, labels)} />;
}

export function MaterialVersions(props: { versions: MaterialVersion[] }) {
  const { t } = useTranslation();
  const versionLine = useVersionLine();
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
        {props.versions.length > 1 && <CompareVersionsOf versions={props.versions} />}
      </Stack>
    </Paper>
  );
}
