// One labelled fact of a record (a term and its value), for use inside a <dl> grid.
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Fact(props: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={{ gridColumn: props.wide ? '1 / -1' : undefined, minWidth: 0 }}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {props.label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {props.children}
      </Text>
    </div>
  );
}
