// "Impor JSON" (administrators): a definition file, exported from Pantau or prepared by the office,
// becomes the SOP's next version (or a new SOP). The server checks it and names what is wrong;
// running cases keep the version they started on.
import { Alert, Button, FileInput, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showToast } from '../../app/toasts/toasts.ts';
import { UploadIcon } from '../../app/ui/icons.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useImportSop, useSops } from './sops.api.ts';

interface Parsed {
  definition: unknown;
  key: string | null;
  title: string | null;
}

/** The definition in a file: as "Ekspor JSON" writes it, or wrapped as the API answers it. */
function definitionIn(json: unknown): unknown {
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    if (o.sop && typeof o.sop === 'object' && 'definition' in (o.sop as object))
      return (o.sop as Record<string, unknown>).definition;
    if ('definition' in o && !('steps' in o)) return o.definition;
  }
  return json;
}

function describe(definition: unknown): Parsed {
  const o = (definition ?? {}) as { key?: unknown; identity?: { title?: unknown } };
  return {
    definition,
    key: typeof o.key === 'string' ? o.key : null,
    title: typeof o.identity?.title === 'string' ? o.identity.title : null,
  };
}

function ImportForm(props: { workspace: string; onDone(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sops = useSops(props.workspace);
  const save = useImportSop(props.workspace);
  const [file, setFile] = useState<File | null>(null);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const existing = parsed?.key ? sops.data?.find((s) => s.key === parsed.key) : undefined;

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setParsed(null);
    setReadError(null);
    save.reset();
    if (!chosen) return;
    try {
      setParsed(describe(definitionIn(JSON.parse(await chosen.text()))));
    } catch (e) {
      setReadError(t('sops.import.notJson', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!parsed) return;
        save.mutate(
          {
            definition: parsed.definition,
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(existing ? { baseVersion: existing.version } : {}),
          },
          {
            onSuccess: ({ sop }) => {
              showToast({
                title: t('sops.import.saved', { title: sop.definition.identity.title, n: sop.version }),
                color: 'teal',
              });
              props.onDone();
              navigate(`/sop/${encodeURIComponent(sop.key)}`);
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('sops.import.intro')}
        </Text>
        <FileInput
          label={t('sops.import.file')}
          placeholder={t('sops.import.filePlaceholder')}
          accept="application/json,.json"
          value={file}
          onChange={(f) => void choose(f)}
          clearable
          required
          data-autofocus
        />
        {readError && (
          <Alert color="red" variant="light" role="alert" p="sm">
            {readError}
          </Alert>
        )}
        {parsed && (
          <Text size="sm" data-testid="import-summary">
            {existing
              ? t('sops.import.asVersion', {
                  title: parsed.title ?? parsed.key ?? '—',
                  n: existing.version + 1,
                })
              : t('sops.import.asNew', { title: parsed.title ?? parsed.key ?? '—' })}
          </Text>
        )}
        <TextInput
          label={`${t('sops.import.note')} (${t('common.optional')})`}
          placeholder={t('sops.import.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={500}
        />
        <ProblemAlert error={save.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!parsed}>
            {t('sops.import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ImportSopButton(props: { workspace: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<UploadIcon width={16} height={16} />}
        onClick={() => setOpened(true)}
      >
        {t('sops.import.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('sops.import.title')}>
        {opened && <ImportForm workspace={props.workspace} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}
