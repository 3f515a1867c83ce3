// "Susun siaran pers" on an issue's page: drafts a press release from the issue (its SOP B case
// starts at step 1) and opens it.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showToast } from '../../app/toasts/toasts.ts';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { useDraftPublication } from './publications.api.ts';

export function DraftReleaseButton(props: { workspace: string; issueId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const draft = useDraftPublication(props.workspace);
  return (
    <Button
      loading={draft.isPending}
      onClick={() =>
        draft.mutate(props.issueId, {
          onSuccess: ({ publication }) => {
            showToast({ title: t('publications.drafted'), color: 'teal' });
            void navigate(`/siaran-pers/${publication.id}`);
          },
          onError: (e) => showToast({ title: errorMessage(e), color: 'red' }),
        })
      }
    >
      {t('publications.draft')}
    </Button>
  );
}
