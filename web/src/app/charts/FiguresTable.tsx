// A chart's figures as a real table: out of sight but read by screen readers until someone asks to
// see it (the card's "Tampilkan data"); then shown, each row's label a link to the articles behind
// its mark, so the chart's click-through works from the keyboard too.
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { Cell, ExportTable } from '../export/table.ts';
import { useFormat } from '../format/useFormat.ts';

export function FiguresTable(props: {
  table: ExportTable;
  caption: string;
  testId?: string;
  id?: string;
  shown: boolean;
  /** The address behind row `index`'s mark, or null when it has none. */
  rowLink?(index: number): string | null;
}) {
  const fmt = useFormat();
  const [first, ...rest] = props.table.columns;
  const text = (cell: Cell) => (typeof cell === 'number' ? fmt.number(cell) : (cell ?? '—'));
  // Links only while shown: out of sight they would take keyboard focus nobody can see.
  const label = (cell: Cell, index: number) => {
    const to = props.shown ? props.rowLink?.(index) : null;
    return to ? (
      <Anchor component={Link} to={to} size="sm">
        {text(cell)}
      </Anchor>
    ) : (
      text(cell)
    );
  };
  const table = (
    <Table data-testid={props.testId} striped verticalSpacing={4} fz="sm">
      <caption className="visually-hidden">{props.caption}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{first}</Table.Th>
          {rest.map((c) => (
            <Table.Th key={c} scope="col" style={{ textAlign: 'right' }}>
              {c}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.table.rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional figures
          <Table.Tr key={i}>
            <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
              {label(row[0], i)}
            </Table.Th>
            {row.slice(1).map((cell, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
              <Table.Td key={j} style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                {text(cell)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  // Hidden, the wrapper does it: a table itself cannot be shrunk to a pixel, it grows to fit its cells.
  return props.shown ? (
    <Table.ScrollContainer
      id={props.id}
      minWidth={Math.min(640, 160 + rest.length * 90)}
      type="native"
      mt="xs"
    >
      {table}
    </Table.ScrollContainer>
  ) : (
    <div id={props.id} className="visually-hidden">
      {table}
    </div>
  );
}
