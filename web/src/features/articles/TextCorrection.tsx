// "Perbaiki teks": the analyst fixes what the OCR misread, in place. Every save is a new version
// (version 1 is the OCR's), with a note on what changed; a save based on an older version than the
// newest is refused by the server and its message shown, so nobody overwrites a colleague's fix.
import {
  Alert,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/problem.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type TextVersion, useCorrectText, useTextVersions } from './printArticle.api.ts';

function Versions(props: { versions: TextVersion[]; onLoad(v: TextVersion): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={6} data-testid="text-versions">
      {props.versions.map((v) => (
        <Paper key={v.version} withBorder radius="sm" p="xs">
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Text size="sm" fw={600}>
              {t('article.print.versionN', { n: v.version })}
              {v.version === 1 && (
                <Text span size="xs" c="dimmed" fw={400}>
                  {` · ${t('article.print.ocrVersion')}`}
                </Text>
              )}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => props.onLoad(v)}>
              {t('article.print.loadVersion')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {[v.by, fmt.dateTime(v.at)].filter(Boolean).join(' · ')}
          </Text>
          {v.note && <Text size="xs">{v.note}</Text>}
        </Paper>
      ))}
    </Stack>
  );
}

function Editor(props: {
  workspace: string;
  articleId: number;
  versions: TextVersion[];
  onSaved(version: number): void;
}) {
  const { t } = useTranslation();
  const newest = props.versions[0];
  const [title, setTitle] = useState(newest?.title ?? '');
  const [text, setText] = useState(newest?.text ?? '');
  const [note, setNote] = useState('');
  // The version the user started from: what the server checks the save against.
  const [base, setBase] = useState(newest?.version ?? 1);
  const save = useCorrectText(props.workspace, props.articleId);
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const unchanged = newest !== undefined && title === (newest.title ?? '') && text === newest.text;

  const load = (v: TextVersion) => {
    setTitle(v.title ?? '');
    setText(v.text);
    // Restoring an older text is a correction of the newest one.
    setBase(newest?.version ?? v.version);
    save.reset();
  };

  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(
              {
                title: title.trim() || null,
                text,
                ...(note.trim() ? { note: note.trim() } : {}),
                baseVersion: base,
              },
              { onSuccess: (r) => props.onSaved(r.version) },
            );
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('article.print.titleField')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <Textarea
              label={t('article.print.textField')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={10}
              maxRows={22}
              required
            />
            <TextInput
              label={t('article.print.note')}
              description={t('article.print.noteHint')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            {conflict ? (
              <Alert color="orange" variant="light" role="alert" title={save.error?.message}>
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('article.print.conflictHelp', { n: newest?.version ?? base })}</Text>
                  {newest && newest.version !== base && (
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => {
                        setBase(newest.version);
                        save.reset();
                      }}
                    >
                      {t('article.print.rebase', { n: newest.version })}
                    </Button>
                  )}
                </Stack>
              </Alert>
            ) : (
              <ProblemAlert error={save.error} />
            )}
            <Text size="xs" c="dimmed">
              {t('article.print.basedOn', { n: base })}
            </Text>
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={unchanged || text.trim() === ''}>
                {t('article.print.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Text fw={600} size="sm" mb={4}>
          {t('article.print.versions')}
        </Text>
        <ScrollArea.Autosize mah={520} type="auto">
          <Versions versions={props.versions} onLoad={load} />
        </ScrollArea.Autosize>
      </Grid.Col>
    </Grid>
  );
}

export function TextCorrectionButton(props: {
  workspace: string;
  articleId: number;
  onSaved(version: number): void;
}) {
  const { t } = useTranslation();
  const [openedAt, setOpenedAt] = useState<number | null>(null);
  const versions = useTextVersions(props.workspace, props.articleId, openedAt !== null);
  // The editor starts from versions read after the dialog opened, never from an older cached list
  // (starting from a stale newest version would only earn a conflict on save).
  const fresh = versions.data !== undefined && openedAt !== null && versions.dataUpdatedAt >= openedAt;
  return (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={() => {
          setOpenedAt(Date.now());
          void versions.refetch();
        }}
      >
        {t('article.print.correct')}
      </Button>
      <Modal
        opened={openedAt !== null}
        onClose={() => setOpenedAt(null)}
        title={t('article.print.correctTitle')}
        size="xl"
      >
        {versions.isError && !fresh ? (
          <ProblemAlert error={versions.error} />
        ) : !fresh ? (
          <Text size="sm">{t('common.loading')}</Text>
        ) : (
          <Editor
            key={openedAt}
            workspace={props.workspace}
            articleId={props.articleId}
            versions={versions.data}
            onSaved={(v) => {
              setOpenedAt(null);
              props.onSaved(v);
            }}
          />
        )}
      </Modal>
    </>
  );
}
