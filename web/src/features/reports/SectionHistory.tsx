// "Riwayat" of a section: every version with who saved it, in which role, at which SOP step, when
// and why; two of them compared word by word ("Bandingkan"), so a reviewer's corrections show as
// theirs.
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { type SectionVersion, useSectionVersions } from './reports.api.ts';
import { plainText } from './richText.ts';
import { useVersionLine } from './useVersionLine.ts';
import { WordDiff } from './WordDiff.tsx';

function Compare(props: { versions: SectionVersion[] }) {
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
          <WordDiff before={plainText(a.content.body)} after={plainText(b.content.body)} />
        </Paper>
      )}
    </Stack>
  );
}

export function SectionHistory(props: { workspace: string; reportId: number; section: SectionVersion }) {
  const { t } = useTranslation();
  const versionLine = useVersionLine();
  const versions = useSectionVersions(props.workspace, props.reportId, props.section.key, true);
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="section-history">
      <Title order={3} size="h6" mb="xs">
        {t('reports.history')}
      </Title>
      <QueryView query={versions}>
        {(list) => (
          <Stack gap="sm">
            <Stack gap={4} component="ol" m={0} pl="md">
              {list.map((v) => (
                <li key={v.version}>
                  <Text size="sm">{versionLine(v)}</Text>
                  <Text size="xs" c="dimmed">
                    {v.step === 0 ? t('reports.autoDraft') : t('reports.atStepNo', { no: v.step })}
                    {v.note ? ` · ${v.note}` : ''}
                  </Text>
                </li>
              ))}
            </Stack>
            {list.length > 1 && <Compare versions={list} />}
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}
