// One section of a report: its title, which version it is and who wrote it in which role, its text
// (or the editor, for the executor of the current step), its tables and charts, and under it its
// history with a word comparison and its comments.
import { Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../app/charts/ChartCard.tsx';
import { RichText } from './RichText.tsx';
import { reportChartSpec } from './reportChart.ts';
import type { Report, SectionVersion } from './reports.api.ts';
import { SectionComments } from './SectionComments.tsx';
import { SectionHistory } from './SectionHistory.tsx';
import { useVersionLine } from './useVersionLine.ts';

// The editor (TipTap and ProseMirror) is loaded only when someone edits.
const SectionEditor = lazy(() => import('./SectionEditor.tsx').then((m) => ({ default: m.SectionEditor })));

function SectionTable(props: { table: SectionVersion['content']['tables'][number] }) {
  const { table } = props;
  const numeric = new Set(table.numeric ?? []);
  return (
    <Table.ScrollContainer minWidth={360} type="native">
      <Table striped withTableBorder fz="sm" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{table.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((c, i) => (
              <Table.Th key={c} ta={numeric.has(i) ? 'right' : undefined}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity besides their place
            <Table.Tr key={r}>
              {table.columns.map((column, i) => (
                <Table.Td
                  key={column}
                  ta={numeric.has(i) ? 'right' : undefined}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {row[i]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ReportSection(props: {
  workspace: string;
  report: Report;
  section: SectionVersion;
  /** Its number in the table of contents. */
  no: number;
}) {
  const { t } = useTranslation();
  const versionLine = useVersionLine();
  const { report, section } = props;
  const [editing, setEditing] = useState(false);
  const [panel, setPanel] = useState<'none' | 'history' | 'comments'>('none');
  const comments = report.comments.filter((c) => c.sectionKey === section.key);
  const headingId = `bagian-${section.key}`;
  const toggle = (p: 'history' | 'comments') => setPanel(panel === p ? 'none' : p);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={`${headingId}-judul`}
      id={headingId}
      data-testid={`section-${section.key}`}
      style={{ minWidth: 0, scrollMarginTop: 72 }}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Title order={2} size="h4" id={`${headingId}-judul`} style={{ overflowWrap: 'anywhere' }}>
              {props.no}. {section.title}
            </Title>
            <Text size="xs" c="dimmed" data-testid="section-version">
              {versionLine(section)}
            </Text>
          </div>
          <Group gap={4} wrap="wrap">
            {report.editable && !editing && (
              <Button size="compact-sm" onClick={() => setEditing(true)}>
                {t('reports.edit')}
                <span className="visually-hidden">: {section.title}</span>
              </Button>
            )}
            <Button
              size="compact-sm"
              variant={panel === 'history' ? 'light' : 'subtle'}
              aria-expanded={panel === 'history'}
              onClick={() => toggle('history')}
            >
              {t('reports.history')}
              <span className="visually-hidden">: {section.title}</span>
            </Button>
            <Button
              size="compact-sm"
              variant={panel === 'comments' ? 'light' : 'subtle'}
              aria-expanded={panel === 'comments'}
              onClick={() => toggle('comments')}
            >
              {t('reports.commentsN', { n: comments.length })}
              <span className="visually-hidden">: {section.title}</span>
            </Button>
          </Group>
        </Group>
        {editing ? (
          <Suspense fallback={<Skeleton height={200} radius="sm" aria-label={t('reports.loadingEditor')} />}>
            <SectionEditor
              workspace={props.workspace}
              reportId={report.id}
              section={section}
              onDone={() => setEditing(false)}
            />
          </Suspense>
        ) : (
          <RichText body={section.content.body} />
        )}
        {section.content.tables.map((table) => (
          <SectionTable key={table.caption} table={table} />
        ))}
        {section.content.charts.map((key) => {
          const chart = report.charts.find((c) => c.key === key);
          return chart ? (
            <ChartCard key={key} title={chart.title} testId={`chart-${key}`} spec={reportChartSpec(chart)} />
          ) : null;
        })}
        {panel === 'history' && (
          <SectionHistory workspace={props.workspace} reportId={report.id} section={section} />
        )}
        {panel === 'comments' && (
          <SectionComments
            workspace={props.workspace}
            report={report}
            section={section}
            comments={comments}
          />
        )}
      </Stack>
    </Paper>
  );
}
