// The flowchart's executor columns, left to right from the lowest rank up (escalation goes to the
// next column): each a heading as the office writes it and the Pantau role whose holders act in it.
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../../../app/ui/icons.tsx';
import { ROLES } from '../../settings/UserForm.tsx';
import type { SopStep } from '../sops.api.ts';
import { addExecutor, moveItem, type SopExecutor } from './draft.ts';

export function ExecutorsForm(props: {
  executors: SopExecutor[];
  steps: SopStep[];
  onChange(executors: SopExecutor[]): void;
}) {
  const { t } = useTranslation();
  const { executors } = props;
  const roles = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  const set = (i: number, change: Partial<SopExecutor>) =>
    props.onChange(executors.map((e, j) => (j === i ? { ...e, ...change } : e)));
  const inUse = (key: string) => props.steps.some((s) => s.executor === key || s.handsTo === key);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="edit-executors">
      <Title order={2} size="h5" id="edit-executors" mb={4}>
        {t('sops.edit.executors')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('sops.edit.executorsHint')}
      </Text>
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {executors.map((e, i) => (
          <Group key={e.key} component="li" gap="xs" wrap="wrap" align="flex-end" data-testid="edit-executor">
            <Text fw={700} size="sm" w={24} pb={8}>
              {i + 1}.
            </Text>
            <TextInput
              label={t('sops.edit.executorTitle', { n: i + 1 })}
              value={e.title}
              onChange={(ev) => set(i, { title: ev.currentTarget.value })}
              required
              style={{ flex: '2 1 260px' }}
            />
            <Select
              label={t('sops.edit.executorRole', { n: i + 1 })}
              data={roles}
              value={e.role}
              onChange={(v) => v && set(i, { role: v as SopExecutor['role'] })}
              allowDeselect={false}
              style={{ flex: '1 1 220px' }}
            />
            <Group gap={2} wrap="nowrap" pb={4}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('sops.edit.moveLeft', { n: i + 1 })}
                disabled={i === 0}
                onClick={() => props.onChange(moveItem(executors, i, -1))}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('sops.edit.moveRight', { n: i + 1 })}
                disabled={i === executors.length - 1}
                onClick={() => props.onChange(moveItem(executors, i, 1))}
              >
                ↓
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('sops.edit.removeExecutor', { n: i + 1 })}
                disabled={inUse(e.key) || executors.length === 1}
                onClick={() => props.onChange(executors.filter((_, j) => j !== i))}
              >
                <CloseIcon width={16} height={16} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
      <Button
        mt="sm"
        variant="subtle"
        size="compact-sm"
        leftSection={<PlusIcon width={14} height={14} />}
        onClick={() => props.onChange(addExecutor(executors))}
      >
        {t('sops.edit.addExecutor')}
      </Button>
    </Paper>
  );
}
