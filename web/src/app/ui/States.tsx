// The states every page has besides its content: loading (skeletons shaped like the content),
// failed (the server's message in the user's language, and a retry), refused, missing, empty.
import { Alert, Button, Center, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, NetworkError } from '../api/problem.ts';

/** The message to show for a failure: the server's own words when it gave them. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof NetworkError) return t('states.networkError');
    if (error instanceof ApiError) return error.detail ?? error.message;
    return t('states.unknownError');
  };
}

export function LoadingState(props: { rows?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-live="polite">
      <Text className="visually-hidden">{props.label ?? t('common.loading')}</Text>
      {Array.from({ length: props.rows ?? 4 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} height={i === 0 ? 28 : 56} radius="sm" />
      ))}
    </Stack>
  );
}

export function ErrorState(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(props.error);
  return (
    <Alert color="red" variant="light" title={t('states.errorTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {props.onRetry && (
          <Button size="xs" variant="white" color="red" onClick={props.onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState(props: {
  title: string;
  body?: ReactNode;
  action?: ReactNode;
  compact?: boolean;
}) {
  return (
    <Paper withBorder radius="md" p={props.compact ? 'md' : 'xl'} bg="gray.0">
      <Stack gap="xs" align="center" ta="center">
        <Title order={3} size={props.compact ? 'h5' : 'h4'}>
          {props.title}
        </Title>
        {props.body && (
          <Text size="sm" c="dimmed" maw={520}>
            {props.body}
          </Text>
        )}
        {props.action}
      </Stack>
    </Paper>
  );
}

export function ForbiddenState(props: { body?: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('states.forbiddenTitle')}
      body={props.body ?? t('states.forbiddenBody')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('states.goHome')}
        </Button>
      }
    />
  );
}

export function NotFoundState() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('states.notFoundTitle')}
      body={t('states.notFoundBody')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('states.goHome')}
        </Button>
      }
    />
  );
}

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh" aria-busy="true">
      <Text c="dimmed">{t('common.loading')}</Text>
    </Center>
  );
}
