// One clipping (/kliping/:id): while it is read, its progress; when it failed, why; when ready,
// each page in the region editor. Viewers see the regions and the articles; roles that may add
// clippings also draw, merge, split and confirm.
import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { ArrowLeftIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { ClippingStatusBadge } from './ClippingStatusBadge.tsx';
import { useClipping } from './clippings.api.ts';
import { readableError } from './errors.ts';
import { PageRegionEditor } from './PageRegionEditor.tsx';

export function ClippingEditorPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const id = Number(useParams().id);
  const clipping = useClipping(workspace, id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundState />;
  const editable = session.can('editClippings');

  return (
    <>
      <Button
        component={Link}
        to="/kliping"
        variant="subtle"
        size="compact-sm"
        leftSection={<ArrowLeftIcon width={14} height={14} />}
        mb="xs"
      >
        {t('clippings.backToList')}
      </Button>
      <QueryView query={clipping} skeleton={<LoadingState rows={8} />}>
        {(c) => (
          <>
            <PageHeader
              title={t('clippings.editor.title', { outlet: c.outlet, date: fmt.date(c.editionDate) })}
              description={[
                c.fileName,
                c.createdBy ? t('clippings.addedBy', { name: c.createdBy }) : null,
                fmt.dateTime(c.createdAt),
              ]
                .filter(Boolean)
                .join(' · ')}
              actions={<ClippingStatusBadge status={c.status} />}
            />
            {c.status === 'processing' && (
              <Alert color="blue" variant="light" data-testid="clipping-processing">
                <Group gap="sm">
                  <Loader size="sm" />
                  <Text size="sm">{t('clippings.editor.processing')}</Text>
                </Group>
              </Alert>
            )}
            {c.status === 'failed' && (
              <Alert color="red" variant="light" role="alert" title={t('clippings.editor.failed')}>
                {readableError(c.error)}
              </Alert>
            )}
            {c.status === 'ready' && (
              <Stack gap="md">
                {editable && (
                  <Text size="sm" c="dimmed">
                    {t('clippings.editor.intro')}
                  </Text>
                )}
                {c.pages.map((p) => (
                  <PageRegionEditor
                    key={p.id}
                    workspace={workspace}
                    page={p}
                    editable={editable}
                    label={t('clippings.editor.pageLabel', { n: p.pageNo })}
                  />
                ))}
                {c.pages.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('clippings.editor.noPages')}
                  </Text>
                )}
                <Anchor component={Link} to="/kliping" size="sm">
                  {t('clippings.backToList')}
                </Anchor>
              </Stack>
            )}
          </>
        )}
      </QueryView>
    </>
  );
}
