// A secret the server shows once (a new user's password, an API token): large, selectable, with a
// copy button, and a plain warning that it will not be shown again.
import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function OneTimeSecret(props: { title: string; secret: string; note: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={props.title} role="status">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Code fz="md" style={{ wordBreak: 'break-all' }} data-testid="one-time-secret">
            {props.secret}
          </Code>
          <CopyButton value={props.secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{props.note}</Text>
      </Stack>
    </Alert>
  );
}
