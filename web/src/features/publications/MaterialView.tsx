// The release as it reads: title, opening paragraph, body, the official's quote, contacts, and the
// short versions for the website and social media.
import { Blockquote, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RichText } from '../reports/RichText.tsx';
import type { MaterialContent } from './publications.api.ts';

function Part(props: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {props.label}
      </Text>
      {props.children}
    </Stack>
  );
}

const prose = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

export function MaterialView(props: { content: MaterialContent }) {
  const { t } = useTranslation();
  const c = props.content;
  return (
    <Stack gap="sm" data-testid="material-view">
      <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }} data-testid="material-title">
        {c.title}
      </Title>
      <Text size="sm" fw={600} style={prose}>
        {c.lead}
      </Text>
      <RichText body={c.body} />
      {c.quote?.text && (
        <Blockquote
          color="pantau"
          p="sm"
          cite={[c.quote.speaker, c.quote.position].filter(Boolean).join(', ')}
        >
          <Text size="sm" style={prose}>
            “{c.quote.text}”
          </Text>
        </Blockquote>
      )}
      <Part label={t('publications.fields.contacts')}>
        <Text size="sm" style={prose}>
          {c.contacts || '—'}
        </Text>
      </Part>
      <Divider />
      <Paper withBorder radius="sm" p="sm" bg="gray.0">
        <Stack gap="sm">
          <Part label={t('publications.fields.webSummary')}>
            <Text size="sm" style={prose}>
              {c.webSummary || '—'}
            </Text>
          </Part>
          <Part label={`${t('publications.fields.socialText')} (${c.socialText.length}/280)`}>
            <Text size="sm" style={prose}>
              {c.socialText || '—'}
            </Text>
          </Part>
        </Stack>
      </Paper>
    </Stack>
  );
}
