// The release editor, loaded only when someone edits (TipTap for the body): title, opening
// paragraph, body, the official's quote, contacts, the website's short version (≤600) and the social
// post (≤280, counted as one types), and a note. It saves a new version on top of the one opened —
// or, for a published release, publishes a correction, whose note the newsroom shows. When a
// colleague saved a newer version meanwhile the server refuses; the editor says so and offers theirs.
import { Alert, Button, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/problem.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { RichTextEditor, useRichTextEditor } from '../reports/RichTextEditor.tsx';
import type { RichDoc } from '../reports/richText.ts';
import {
  type MaterialContent,
  type MaterialVersion,
  SOCIAL_MAX,
  useCorrect,
  useSaveMaterial,
  WEB_SUMMARY_MAX,
} from './publications.api.ts';

function Counter(props: { n: number; max: number }) {
  const over = props.n > props.max;
  return (
    <Text
      span
      size="xs"
      c={over ? 'red' : props.n > props.max * 0.9 ? 'orange' : 'dimmed'}
      aria-live="polite"
    >
      {props.n}/{props.max}
    </Text>
  );
}

export function MaterialEditor(props: {
  workspace: string;
  publicationId: number;
  version: MaterialVersion;
  /** A correction of the published release (its note is required and shown publicly). */
  correction?: boolean;
  onDone(): void;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const start = props.version.content;
  const [title, setTitle] = useState(start.title);
  const [lead, setLead] = useState(start.lead);
  const [speaker, setSpeaker] = useState(start.quote?.speaker ?? '');
  const [position, setPosition] = useState(start.quote?.position ?? '');
  const [quote, setQuote] = useState(start.quote?.text ?? '');
  const [contacts, setContacts] = useState(start.contacts);
  const [webSummary, setWebSummary] = useState(start.webSummary);
  const [socialText, setSocialText] = useState(start.socialText);
  const [note, setNote] = useState('');
  const editor = useRichTextEditor(start.body, t('publications.fields.body'));
  const save = useSaveMaterial(props.workspace, props.publicationId);
  const correct = useCorrect(props.workspace, props.publicationId);
  const mutation = props.correction ? correct : save;
  const stale = mutation.error instanceof ApiError && mutation.error.status === 409;
  const tooLong = webSummary.length > WEB_SUMMARY_MAX || socialText.length > SOCIAL_MAX;
  const missing = title.trim() === '' || (props.correction && note.trim() === '');

  function content(): MaterialContent {
    const hasQuote = [speaker, position, quote].some((s) => s.trim() !== '');
    return {
      title: title.trim(),
      lead,
      body: editor.getJSON() as RichDoc as MaterialContent['body'],
      quote: hasQuote ? { speaker: speaker.trim(), position: position.trim(), text: quote.trim() } : null,
      contacts,
      webSummary,
      socialText,
    };
  }

  function submit() {
    const done = (message: string) => {
      showToast({ title: message, color: 'teal' });
      props.onDone();
    };
    if (props.correction)
      correct.mutate(
        { content: content(), note: note.trim() },
        { onSuccess: () => done(t('publications.corrected')) },
      );
    else
      save.mutate(
        { content: content(), baseVersion: props.version.version, note: note.trim() || undefined },
        { onSuccess: ({ version }) => done(t('publications.savedVersion', { n: version.version })) },
      );
  }

  return (
    <Stack gap="sm" data-testid="material-editor">
      <TextInput
        label={t('publications.fields.title')}
        value={title}
        maxLength={200}
        required
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <Textarea
        label={t('publications.fields.lead')}
        description={t('publications.leadHint')}
        value={lead}
        maxLength={2000}
        autosize
        minRows={3}
        onChange={(e) => setLead(e.currentTarget.value)}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('publications.fields.body')}
        </Text>
        <RichTextEditor editor={editor} />
      </Stack>
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Title order={3} size="h6" component="legend">
          {t('publications.fields.quote')}
        </Title>
        <Group gap="sm" grow wrap="wrap" preventGrowOverflow={false}>
          <TextInput
            label={t('publications.fields.speaker')}
            value={speaker}
            maxLength={120}
            onChange={(e) => setSpeaker(e.currentTarget.value)}
            style={{ minWidth: 200 }}
          />
          <TextInput
            label={t('publications.fields.position')}
            value={position}
            maxLength={160}
            onChange={(e) => setPosition(e.currentTarget.value)}
            style={{ minWidth: 200 }}
          />
        </Group>
        <Textarea
          label={t('publications.fields.quoteText')}
          value={quote}
          maxLength={2000}
          autosize
          minRows={2}
          onChange={(e) => setQuote(e.currentTarget.value)}
        />
      </Stack>
      <Textarea
        label={t('publications.fields.contacts')}
        description={t('publications.contactsHint')}
        value={contacts}
        maxLength={1000}
        autosize
        minRows={2}
        onChange={(e) => setContacts(e.currentTarget.value)}
      />
      <Textarea
        label={t('publications.fields.webSummary')}
        value={webSummary}
        autosize
        minRows={3}
        onChange={(e) => setWebSummary(e.currentTarget.value)}
        error={
          webSummary.length > WEB_SUMMARY_MAX
            ? t('publications.tooLong', { max: WEB_SUMMARY_MAX })
            : undefined
        }
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={<Counter n={webSummary.length} max={WEB_SUMMARY_MAX} />}
      />
      <Textarea
        label={t('publications.fields.socialText')}
        value={socialText}
        autosize
        minRows={2}
        onChange={(e) => setSocialText(e.currentTarget.value)}
        error={socialText.length > SOCIAL_MAX ? t('publications.tooLong', { max: SOCIAL_MAX }) : undefined}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={<Counter n={socialText.length} max={SOCIAL_MAX} />}
        data-testid="social-text"
      />
      <TextInput
        label={props.correction ? t('publications.correctionNote') : t('reports.note')}
        description={props.correction ? t('publications.correctionNoteHint') : t('reports.noteHint')}
        value={note}
        maxLength={500}
        required={props.correction}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {mutation.isError && (
        <Alert color={stale ? 'orange' : 'red'} variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{stale ? t('publications.staleVersion') : errorMessage(mutation.error)}</Text>
            {stale && (
              <Button size="xs" variant="white" onClick={props.onReload}>
                {t('reports.reload')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <Group gap="xs">
        <Button onClick={submit} loading={mutation.isPending} disabled={tooLong || missing}>
          {props.correction ? t('publications.publishCorrection') : t('publications.saveVersion')}
        </Button>
        <Button variant="default" onClick={props.onDone} disabled={mutation.isPending}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
