// The section editor (TipTap), loaded only when someone edits: the rich text the report allows
// (bold, italic, underline, lists, subheadings, http(s)/mailto links), undo/redo, an optional note,
// and "Simpan", which stores a new version on top of the one being edited. When a colleague saved
// a newer version meanwhile the server refuses; the editor says so and offers to load theirs.
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/problem.ts';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { RichTextEditor, useRichTextEditor } from './RichTextEditor.tsx';
import { type SectionVersion, useSaveSection } from './reports.api.ts';
import type { RichDoc } from './richText.ts';

export function SectionEditor(props: {
  workspace: string;
  reportId: number;
  section: SectionVersion;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const save = useSaveSection(props.workspace, props.reportId, props.section.key);
  const [note, setNote] = useState('');
  const editor = useRichTextEditor(
    props.section.content.body,
    t('reports.editorLabel', { title: props.section.title }),
  );
  const stale = save.error instanceof ApiError && save.error.status === 409;

  function submit() {
    save.mutate(
      {
        body: editor.getJSON() as RichDoc,
        baseVersion: props.section.version,
        note: note.trim() || undefined,
      },
      { onSuccess: () => props.onDone() },
    );
  }

  function reload() {
    void queryClient.invalidateQueries({
      queryKey: ['reports', props.workspace, 'one', String(props.reportId)],
    });
    props.onDone();
  }

  return (
    <Stack gap="xs" data-testid="section-editor">
      <RichTextEditor editor={editor} />
      <TextInput
        label={t('reports.note')}
        description={t('reports.noteHint')}
        value={note}
        maxLength={500}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {save.isError && (
        <Alert color={stale ? 'orange' : 'red'} variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{stale ? t('reports.staleVersion') : errorMessage(save.error)}</Text>
            {stale && (
              <Button size="xs" variant="white" onClick={reload}>
                {t('reports.reload')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <Group gap="xs">
        <Button onClick={submit} loading={save.isPending}>
          {t('reports.save')}
        </Button>
        <Button variant="default" onClick={props.onDone} disabled={save.isPending}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
