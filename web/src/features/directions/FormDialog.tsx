// A short form in a dialog for one follow-up action, with the server's refusal shown in place.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';

export function FormDialog(props: {
  opened: boolean;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  danger?: boolean;
  busy: boolean;
  error: unknown;
  canSubmit?: boolean;
  children?: ReactNode;
  onSubmit(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg" centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {props.intro && <Text size="sm">{props.intro}</Text>}
          {props.children}
          <ProblemAlert error={props.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={props.danger ? 'red' : undefined}
              loading={props.busy}
              disabled={props.canSubmit === false}
            >
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
