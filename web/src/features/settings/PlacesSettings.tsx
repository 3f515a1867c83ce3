// The workspace's own places, which the analysis recognises: loaded from the official region
// list, or added by hand.
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { type Region, RegionPicker } from '../setup/RegionPicker.tsx';

interface Place {
  id: number;
  name: string;
  kind: string;
  parent: string | null;
}

const KINDS = ['kecamatan', 'kelurahan', 'desa', 'lainnya'] as const;
const SHOWN = 200;

function RegionLoader(props: { workspace: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [region, setRegion] = useState<Region | null>(null);
  const load = useMutation({
    mutationFn: () =>
      api<{ region: Region; districts: number; villages: number; skipped: number }>('/api/v1/places/region', {
        method: 'POST',
        body: { workspace: props.workspace, region: region?.code ?? '' },
      }),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['places', props.workspace] });
      showToast({
        title: t('settings.places.loaded', {
          region: r.region.name,
          districts: fmt.number(r.districts),
          villages: fmt.number(r.villages),
          skipped: fmt.number(r.skipped),
        }),
      });
    },
  });
  return (
    <Stack gap="xs" maw={560}>
      <RegionPicker
        workspace={props.workspace}
        value={region}
        onChange={setRegion}
        label={t('settings.places.loadRegion')}
        description={t('settings.places.loadRegionHelp')}
      />
      <ProblemAlert error={load.error} />
      <Group>
        <Button size="xs" disabled={!region} loading={load.isPending} onClick={() => load.mutate()}>
          {t('settings.places.loadRegion')}
        </Button>
      </Group>
    </Stack>
  );
}

function AddPlace(props: { workspace: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('lainnya');
  const [parent, setParent] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api('/api/v1/places', {
        method: 'POST',
        body: { workspace: props.workspace, name: name.trim(), kind, parent: parent.trim() || undefined },
      }),
    onSuccess: () => {
      setName('');
      setParent('');
      void queryClient.invalidateQueries({ queryKey: ['places', props.workspace] });
      showToast({ title: t('common.saved') });
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Stack gap="xs">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            size="xs"
            label={t('common.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={100}
          />
          <Select
            size="xs"
            w={140}
            label={t('settings.places.kind')}
            value={kind}
            allowDeselect={false}
            onChange={(v) => setKind(v ?? 'lainnya')}
            data={KINDS.map((k) => ({ value: k, label: t(`settings.places.kinds.${k}`) }))}
          />
          <TextInput
            size="xs"
            label={t('settings.places.parent')}
            value={parent}
            onChange={(e) => setParent(e.currentTarget.value)}
            maxLength={100}
          />
          <Button size="xs" type="submit" loading={add.isPending} disabled={!name.trim()}>
            {t('settings.places.add')}
          </Button>
        </Group>
        <ProblemAlert error={add.error} />
      </Stack>
    </form>
  );
}

export function PlacesSettings(props: { workspace: string; canManage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState('');
  const [removing, setRemoving] = useState<Place | null>(null);
  const places = useQuery({
    queryKey: ['places', props.workspace],
    queryFn: () => api<{ places: Place[] }>('/api/v1/places', { query: { workspace: props.workspace } }),
    select: (d) => d.places,
  });
  const remove = useMutation({
    mutationFn: (p: Place) =>
      api(`/api/v1/places/${p.id}`, { method: 'DELETE', query: { workspace: props.workspace } }),
    onSuccess: () => {
      setRemoving(null);
      void queryClient.invalidateQueries({ queryKey: ['places', props.workspace] });
    },
  });
  const filtered = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return (places.data ?? []).filter(
      (p) => !f || p.name.toLowerCase().includes(f) || (p.parent ?? '').toLowerCase().includes(f),
    );
  }, [places.data, filter]);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('settings.places.intro')}
      </Text>
      {props.canManage && (
        <Paper withBorder radius="md" p="sm">
          <Stack gap="md">
            <RegionLoader workspace={props.workspace} />
            <div>
              <Title order={3} size="h6" mb={4}>
                {t('settings.places.add')}
              </Title>
              <AddPlace workspace={props.workspace} />
            </div>
          </Stack>
        </Paper>
      )}
      <QueryView query={places} skeleton={<LoadingState rows={5} />}>
        {(all) =>
          all.length === 0 ? (
            <EmptyState compact title={t('settings.places.empty')} body={t('settings.places.emptyBody')} />
          ) : (
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <TextInput
                  size="xs"
                  aria-label={t('settings.places.filter')}
                  placeholder={t('settings.places.filter')}
                  value={filter}
                  onChange={(e) => setFilter(e.currentTarget.value)}
                />
                <Text size="sm" c="dimmed">
                  {t('settings.places.count', { n: fmt.number(filtered.length) })}
                </Text>
              </Group>
              <DataTable
                caption={t('settings.tabs.places')}
                rows={filtered.slice(0, SHOWN)}
                rowKey={(r) => r.id}
                minWidth={420}
                columns={[
                  { key: 'name', header: t('common.name'), cell: (r) => r.name, value: (r) => r.name },
                  {
                    key: 'kind',
                    header: t('settings.places.kind'),
                    cell: (r) =>
                      KINDS.includes(r.kind as 'desa')
                        ? t(`settings.places.kinds.${r.kind as 'desa'}`)
                        : r.kind,
                    value: (r) => r.kind,
                  },
                  {
                    key: 'parent',
                    header: t('settings.places.parent'),
                    cell: (r) => r.parent ?? '—',
                    value: (r) => r.parent,
                  },
                  ...(props.canManage
                    ? [
                        {
                          key: 'remove',
                          header: t('common.actions'),
                          cell: (r: Place) => (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              aria-label={`${t('common.delete')}: ${r.name}`}
                              onClick={() => setRemoving(r)}
                            >
                              {t('common.delete')}
                            </Button>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              {filtered.length > SHOWN && (
                <Text size="xs" c="dimmed">
                  {`${fmt.number(SHOWN)} / ${fmt.number(filtered.length)}`}
                </Text>
              )}
            </Stack>
          )
        }
      </QueryView>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? t('settings.places.removeTitle', { name: removing.name }) : ''}
        body={t('settings.places.removeBody')}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
      />
    </Stack>
  );
}
