// The office's view across agencies: how many directions each has not yet done, done, and overdue.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDirectionSummary } from './directions.api.ts';

export function AgencySummaryTable(props: { workspace: string }) {
  const { t } = useTranslation();
  const summary = useDirectionSummary(props.workspace, true);
  const rows = summary.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="direction-summary">
      <Title order={2} size="h5" id="direction-summary" mb="xs">
        {t('directions.summaryTitle')}
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table striped data-testid="direction-summary">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('directions.filterAgency')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('directions.summaryOpen')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('directions.summaryDone')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('directions.summaryOverdue')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.agencyId}>
                <Table.Th scope="row" fw={500}>
                  <Text size="sm" title={a.agencyName}>
                    {a.agencyShortName}
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{a.open}</Table.Td>
                <Table.Td ta="right">{a.done}</Table.Td>
                <Table.Td
                  ta="right"
                  c={a.overdue > 0 ? 'red.9' : undefined}
                  fw={a.overdue > 0 ? 700 : undefined}
                >
                  {a.overdue}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
