// Quotes and who said them; an analyst may name the right speaker, and Pantau learns the name.
import { Blockquote, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type Quote, useCorrection } from './article.api.ts';

function SpeakerFix(props: { workspace: string; articleId: number; quote: Quote; onDone(): void }) {
  const { t } = useTranslation();
  const [speaker, setSpeaker] = useState(props.quote.speakerCanonical ?? props.quote.speaker ?? '');
  const correction = useCorrection(props.workspace, props.articleId);
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          size="xs"
          label={t('article.speaker')}
          value={speaker}
          onChange={(e) => setSpeaker(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button
          size="xs"
          disabled={!speaker.trim()}
          loading={correction.isPending}
          onClick={() =>
            correction.mutate(
              {
                kind: 'quote_speaker',
                start: props.quote.start,
                end: props.quote.end,
                speaker: speaker.trim(),
              },
              {
                onSuccess: () => {
                  showToast({ title: t('article.correctionSaved') });
                  props.onDone();
                },
              },
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
      <ProblemAlert error={correction.error} />
    </Stack>
  );
}

export function QuotesSection(props: {
  workspace: string;
  articleId: number;
  quotes: Quote[];
  canCorrect: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="quotes-title">
      <Title order={3} size="h6" id="quotes-title">
        {t('article.quotes')}
      </Title>
      {props.quotes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('article.noQuotes')}
        </Text>
      )}
      {props.quotes.map((q) => (
        <div key={`${q.start}-${q.end}`}>
          <Blockquote p="xs" pl="sm" color="violet" style={{ fontSize: 14 }}>
            “{q.text}”
            <Text size="xs" c="dimmed" mt={4}>
              — {q.speakerCanonical ?? q.speaker ?? t('article.unknownSpeaker')}
              {q.role ? `, ${q.role}` : ''}
            </Text>
          </Blockquote>
          {props.canCorrect &&
            (editing === q.start ? (
              <SpeakerFix
                workspace={props.workspace}
                articleId={props.articleId}
                quote={q}
                onDone={() => setEditing(null)}
              />
            ) : (
              <Button size="compact-xs" variant="subtle" onClick={() => setEditing(q.start)}>
                {t('article.editSpeaker')}
              </Button>
            ))}
        </div>
      ))}
    </Stack>
  );
}
