// A chart in its card: a heading, its controls and download menu, the chart (or a note when there
// is nothing to draw), the figures as a table (hidden until "Tampilkan data", a button that shows
// itself when the keyboard reaches it), and anything that belongs under it.
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import type { ECharts } from 'echarts/core';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChartMenu } from './ChartMenu.tsx';
import { EChart } from './EChart.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import type { ChartSpec } from './types.ts';

export function ChartCard(props: {
  title: string;
  testId: string;
  spec: ChartSpec;
  controls?: ReactNode;
  description?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const tableId = useId();
  const [showData, setShowData] = useState(false);
  const instance = useRef<ECharts | null>(null);
  const { spec } = props;
  const linkFor = spec.linkFor;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={props.testId}
      style={{ minWidth: 0 }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb="xs">
        <Title order={2} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {props.title}
        </Title>
        <Group gap={4} wrap="nowrap">
          {props.controls}
          <ChartMenu title={props.title} spec={spec} instance={instance} />
        </Group>
      </Group>
      {props.description && (
        <Text size="xs" c="dimmed" mb="xs">
          {props.description}
        </Text>
      )}
      {spec.empty ? (
        <Text size="sm" c="dimmed" py="lg" ta="center">
          {t('chart.noData')}
        </Text>
      ) : (
        <EChart
          option={spec.option}
          height={spec.height ?? 300}
          label={`${props.title}. ${t('chart.caption', { title: props.title })}`}
          instance={instance}
          onClick={
            linkFor
              ? (click) => {
                  const to = linkFor(click);
                  if (to) navigate(to);
                }
              : undefined
          }
        />
      )}
      {spec.table.rows.length > 0 && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={4}
          className={showData ? undefined : 'reveal-on-focus'}
          aria-expanded={showData}
          aria-controls={tableId}
          onClick={() => setShowData((shown) => !shown)}
        >
          {showData ? t('chart.hideData') : t('chart.showData')}
          <span className="visually-hidden">: {props.title}</span>
        </Button>
      )}
      <FiguresTable
        id={tableId}
        shown={showData}
        table={spec.table}
        rowLink={spec.rowLink}
        caption={t('chart.caption', { title: props.title })}
        testId={`${props.testId}-table`}
      />
      {props.children}
    </Paper>
  );
}
