// One of the identity part's lists (legal basis, warnings, …) as lines to edit, add and remove.
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../../../app/ui/icons.tsx';

export function LinesField(props: { label: string; lines: string[]; onChange(lines: string[]): void }) {
  const { t } = useTranslation();
  const set = (i: number, value: string) => props.onChange(props.lines.map((l, j) => (j === i ? value : l)));
  return (
    <Stack gap={6} role="group" aria-label={props.label}>
      <Text size="sm" fw={600}>
        {props.label}
      </Text>
      {props.lines.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('sops.none')}
        </Text>
      )}
      {props.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
        <Group key={i} gap={6} wrap="nowrap" align="flex-start">
          <Textarea
            aria-label={t('sops.edit.line', { label: props.label, n: i + 1 })}
            value={line}
            onChange={(e) => set(i, e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={6}
            maxLength={4000}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('sops.edit.removeLine', { label: props.label, n: i + 1 })}
            onClick={() => props.onChange(props.lines.filter((_, j) => j !== i))}
          >
            <CloseIcon width={16} height={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<PlusIcon width={14} height={14} />}
        onClick={() => props.onChange([...props.lines, ''])}
        style={{ alignSelf: 'flex-start' }}
        // The visible words stay short enough for a phone; the list's name is read out with them.
        aria-label={t('sops.edit.addLine', { label: props.label })}
      >
        {t('sops.edit.addLineShort')}
      </Button>
    </Stack>
  );
}
