// "Ubah SOP" (/sop/:key/ubah, administrators): a copy of the newest version's definition to edit —
// identity, executor columns, steps — saved as the next version with a change note. The server
// checks the whole definition and names what is wrong; an edit made while a colleague saved is
// refused (409) rather than overwriting theirs. Running cases keep the version they started on.
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../app/api/problem.ts';
import { useSession, useWorkspaceSlug } from '../../../app/session/SessionProvider.tsx';
import { showToast } from '../../../app/toasts/toasts.ts';
import { ConfirmDialog } from '../../../app/ui/ConfirmDialog.tsx';
import { PageHeader } from '../../../app/ui/PageHeader.tsx';
import { ProblemAlert } from '../../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../../app/ui/QueryView.tsx';
import { ForbiddenState, LoadingState } from '../../../app/ui/States.tsx';
import { type SopDefinition, type SopVersion, useImportSop, useSop } from '../sops.api.ts';
import { ExecutorsForm } from './ExecutorsForm.tsx';
import { IdentityForm } from './IdentityForm.tsx';
import { StepsForm } from './StepsForm.tsx';
import { useLeaveGuard } from './useLeaveGuard.ts';

const sopPage = (key: string) => `/sop/${encodeURIComponent(key)}`;

function EditSopForm(props: { workspace: string; sop: SopVersion; onReload(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sop } = props;
  const original = useMemo(() => JSON.stringify(sop.definition), [sop.definition]);
  const [draft, setDraft] = useState<SopDefinition>(() => structuredClone(sop.definition));
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<SopVersion | null>(null);
  const [noteMissing, setNoteMissing] = useState(false);
  const save = useImportSop(props.workspace);
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const unsaved = !saved && (note.trim() !== '' || JSON.stringify(draft) !== original);
  const blocker = useLeaveGuard(unsaved);

  // Leaves only once the guard knows the edit is saved.
  useEffect(() => {
    if (saved) navigate(sopPage(saved.key));
  }, [saved, navigate]);

  const submit = () => {
    if (!note.trim()) return setNoteMissing(true);
    save.mutate(
      { definition: draft, note: note.trim(), baseVersion: sop.version },
      {
        onSuccess: ({ sop: written }) => {
          showToast({
            title: t('sops.import.saved', { title: written.definition.identity.title, n: written.version }),
            color: 'teal',
          });
          setSaved(written);
        },
      },
    );
  };

  return (
    // The server checks the whole definition and names the field; the browser's own checks would
    // stop at the first empty box without saying which step it is in.
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <IdentityForm identity={draft.identity} onChange={(identity) => setDraft({ ...draft, identity })} />
        <ExecutorsForm
          executors={draft.executors}
          steps={draft.steps}
          onChange={(executors) => setDraft({ ...draft, executors })}
        />
        <StepsForm
          steps={draft.steps}
          executors={draft.executors}
          onChange={(steps) => setDraft({ ...draft, steps })}
        />
        <Paper withBorder radius="md" p="md" component="section" aria-label={t('sops.edit.saveSection')}>
          <Stack gap="sm">
            <TextInput
              label={t('sops.import.note')}
              description={t('sops.edit.noteHint', { n: sop.version + 1 })}
              placeholder={t('sops.import.notePlaceholder')}
              value={note}
              onChange={(e) => {
                setNote(e.currentTarget.value);
                setNoteMissing(false);
              }}
              error={noteMissing ? t('sops.edit.noteRequired') : undefined}
              required
              maxLength={500}
            />
            {conflict ? (
              <Alert color="yellow" variant="light" role="alert" title={t('sops.edit.conflict')} p="sm">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('sops.edit.conflictBody')}</Text>
                  <Button size="xs" variant="white" onClick={props.onReload}>
                    {t('sops.edit.reload')}
                  </Button>
                </Stack>
              </Alert>
            ) : (
              <ProblemAlert error={save.error} />
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" component={Link} to={sopPage(sop.key)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('sops.import.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
      <ConfirmDialog
        opened={blocker.state === 'blocked'}
        title={t('sops.edit.leaveTitle')}
        body={t('sops.edit.leaveBody')}
        confirmLabel={t('sops.edit.leave')}
        danger
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      />
    </form>
  );
}

export function EditSopPage() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const key = useParams().key ?? '';
  const sop = useSop(workspace, key);
  if (!session.can('editSops')) return <ForbiddenState />;
  return (
    <>
      <Anchor component={Link} to={sopPage(key)} size="sm">
        ← {t('sops.edit.back')}
      </Anchor>
      <QueryView query={sop} skeleton={<LoadingState rows={8} />}>
        {(data) => (
          <>
            <PageHeader
              title={t('sops.edit.title', { title: data.definition.identity.title })}
              description={t('sops.edit.intro', { n: data.version })}
            />
            <EditSopForm
              // A reload after a colleague's save starts again from their version.
              key={data.version}
              workspace={workspace}
              sop={data}
              onReload={() => void sop.refetch()}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
