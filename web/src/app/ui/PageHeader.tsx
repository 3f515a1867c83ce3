// The top of every page: its one h1, a sentence on what it is for, and its main actions.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader(props: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
      <Stack gap={4} style={{ minWidth: 0, flex: '1 1 280px' }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {props.title}
        </Title>
        {props.description && (
          <Text c="dimmed" size="sm" maw={760}>
            {props.description}
          </Text>
        )}
      </Stack>
      {props.actions && (
        <Group gap="xs" wrap="wrap">
          {props.actions}
        </Group>
      )}
    </Group>
  );
}
