// The app's table: dense rows on a laptop (scrolling inside its own box when wide), one card per
// row on a phone, and CSV/XLSX of exactly the columns shown.
import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '../export/ExportButtons.tsx';
import type { Cell } from '../export/table.ts';
import { useIsPhone } from './useIsPhone.ts';

export interface Column<T> {
  key: string;
  header: string;
  cell(row: T): ReactNode;
  /** The plain value for CSV and XLSX; a column without it is not exported. */
  value?(row: T): Cell;
  numeric?: boolean;
  /** Left out of the phone card (e.g. a detail the title already says). */
  hideOnCard?: boolean;
  /** Only in the exported file (e.g. a full URL the screen already shows in short). */
  exportOnly?: boolean;
  width?: number | string;
}

export function DataTable<T>(props: {
  /** Names the table for screen readers and the exported file. */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey(row: T): string | number;
  exportable?: boolean;
  /** Shown after the rows, e.g. "load more". */
  footer?: ReactNode;
  minWidth?: number;
  testId?: string;
  /** Show this many rows until the user asks for all (the export always has all). */
  limit?: number;
  /** A narrow table (two or three short columns) stays a table on phones too. */
  alwaysTable?: boolean;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [expanded, setExpanded] = useState(false);
  const limited = props.limit !== undefined && props.rows.length > props.limit && !expanded;
  const rows = limited ? props.rows.slice(0, props.limit) : props.rows;
  const more =
    props.limit !== undefined && props.rows.length > props.limit ? (
      <Group>
        <Button size="compact-xs" variant="subtle" onClick={() => setExpanded((x) => !x)}>
          {expanded ? t('table.showLess') : t('table.showAll', { n: props.rows.length })}
        </Button>
      </Group>
    ) : null;
  const columns = props.columns.filter((c) => !c.exportOnly);
  const exportTable = () => {
    const exported = props.columns.filter((c) => c.value);
    return {
      name: props.caption,
      columns: exported.map((c) => c.header),
      rows: props.rows.map((r) => exported.map((c) => c.value?.(r) ?? null)),
    };
  };
  const exportBar = props.exportable ? (
    <Group justify="flex-end">
      <ExportButtons table={exportTable} />
    </Group>
  ) : null;

  if (phone && !props.alwaysTable) {
    const [title, ...rest] = columns.filter((c) => !c.hideOnCard);
    return (
      <Stack gap="xs" data-testid={props.testId}>
        {exportBar}
        <Stack
          gap="xs"
          component="ul"
          aria-label={props.caption}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {rows.map((row) => (
            <Paper component="li" key={props.rowKey(row)} withBorder radius="md" p="sm">
              <Stack gap={6}>
                <div style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{title.cell(row)}</div>
                {rest.map((c) => (
                  <Group key={c.key} gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                      {c.header}
                    </Text>
                    <div style={{ textAlign: 'right', minWidth: 0, overflowWrap: 'anywhere', fontSize: 14 }}>
                      {c.cell(row)}
                    </div>
                  </Group>
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
        {more}
        {props.footer}
      </Stack>
    );
  }

  return (
    <Stack gap="xs" data-testid={props.testId}>
      {exportBar}
      <Table.ScrollContainer minWidth={props.minWidth ?? 600} type="native">
        <Table striped highlightOnHover verticalSpacing={6} fz="sm">
          <caption className="visually-hidden">{props.caption}</caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  scope="col"
                  style={{ textAlign: c.numeric ? 'right' : undefined, width: c.width }}
                >
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={props.rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td
                    key={c.key}
                    style={{
                      textAlign: c.numeric ? 'right' : undefined,
                      fontVariantNumeric: c.numeric ? 'tabular-nums' : undefined,
                    }}
                  >
                    {c.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more}
      {props.footer}
    </Stack>
  );
}
