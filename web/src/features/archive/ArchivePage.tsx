// Arsip SOP B (/arsip): what the office's SOP B produced — letters of the agenda book and press
// releases — searched together, each with its public-information class, as the information desk
// (PPID) needs when someone asks for a document. Filters live in the address.
import {
  Anchor,
  Badge,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { PUBLIC_CLASSES, type PublicClass } from '../letters/letters.api.ts';
import { type ArchiveItem, type ArchiveKind, useArchive } from './archive.api.ts';

/** A letter's date is a day; a release's an instant: both shown as a date. */
const instantOf = (at: string) => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00Z` : at);

function ArchiveRow(props: { item: ArchiveItem }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { item } = props;
  return (
    <Paper withBorder radius="md" p="sm" component="li" data-testid="archive-row">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color={item.kind === 'letter' ? 'blue' : 'teal'} radius="sm" tt="none">
            {t(`archive.kinds.${item.kind}`)}
          </Badge>
          <Anchor component={Link} to={item.link} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Anchor>
        </Group>
        <Text size="xs" c="dimmed">
          {fmt.date(instantOf(item.at))}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
        {item.detail} · {item.reference} · {t(`letters.publicClassesShort.${item.publicClass}`)}
      </Text>
    </Paper>
  );
}

export function ArchivePage() {
  const { t } = useTranslation();
  const workspace = useWorkspaceSlug();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const classParam = params.get('kelas') as PublicClass | null;
  const publicClass = classParam && PUBLIC_CLASSES.includes(classParam) ? classParam : null;
  const kindParam = params.get('jenis');
  const kind: ArchiveKind | null =
    kindParam === 'surat' ? 'letter' : kindParam === 'siaran' ? 'publication' : null;
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  const archive = useArchive(workspace, { q, publicClass, kind });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader title={t('archive.title')} description={t('archive.intro')} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              set('q', typed.trim());
            }}
            style={{ flex: '2 1 240px' }}
          >
            <TextInput
              label={t('archive.search')}
              placeholder={t('archive.searchPlaceholder')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              onBlur={() => typed.trim() !== q && set('q', typed.trim())}
            />
          </form>
          <SegmentedControl
            aria-label={t('archive.kind')}
            value={kindParam === 'surat' || kindParam === 'siaran' ? kindParam : 'semua'}
            onChange={(v) => set('jenis', v === 'semua' ? '' : v)}
            data={[
              { value: 'semua', label: t('letters.all') },
              { value: 'surat', label: t('archive.kinds.letter') },
              { value: 'siaran', label: t('archive.kinds.publication') },
            ]}
          />
          <NativeSelect
            label={t('letters.publicClass')}
            value={publicClass ?? ''}
            onChange={(e) => set('kelas', e.currentTarget.value)}
            data={[
              { value: '', label: t('letters.allClasses') },
              ...PUBLIC_CLASSES.map((c) => ({ value: c, label: t(`letters.publicClassesShort.${c}`) })),
            ]}
            style={{ flex: '1 1 180px', maxWidth: 260 }}
          />
        </Group>
        <QueryView query={archive} skeleton={<LoadingState rows={8} />}>
          {({ items, total }) =>
            items.length === 0 ? (
              <EmptyState title={t('archive.empty')} body={t('archive.emptyBody')} />
            ) : (
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t('archive.count', { n: total })}
                </Text>
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {items.map((item) => (
                    <ArchiveRow key={`${item.kind}-${item.id}`} item={item} />
                  ))}
                </Stack>
              </Stack>
            )
          }
        </QueryView>
      </Stack>
    </>
  );
}
