// "Riwayat" of a section: every version with who saved it, in which role, at which SOP step, when
// and why; two of them compared word by word ("Bandingkan"), so a reviewer's corrections show as
// theirs.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { CompareVersions } from './CompareVersions.tsx';
import { type SectionVersion, useSectionVersions } from './reports.api.ts';
import { plainText } from './richText.ts';
import { useVersionLine } from './useVersionLine.ts';

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
            {list.length > 1 && <CompareVersions textOf={(v) => plainText(v.content.body)} versions={list} />}
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}
