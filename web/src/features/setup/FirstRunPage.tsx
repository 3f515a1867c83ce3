// The first run: the installation's administrator names the workspace for their government and
// picks its region from the official list; its districts and villages are loaded as places.
// Then: try Pantau with demo data, or start adding news sources.
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { api } from '../../app/api/client.ts';
import { isNotFound } from '../../app/api/problem.ts';
import { formatNumber } from '../../app/format/numbers.ts';
import { useLang } from '../../app/format/useLang.ts';
import { type ZoneLabel, zoneForProvince } from '../../app/format/zones.ts';
import { useSession, WORKSPACES_KEY } from '../../app/session/SessionProvider.tsx';
import type { Workspace } from '../../app/session/types.ts';
import { LanguageSwitch } from '../../app/shell/LanguageSwitch.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { type Region, RegionPicker, useRegionLookupFailed } from './RegionPicker.tsx';

interface RegionLoad {
  region: Region;
  districts: number;
  villages: number;
  skipped: number;
}

function NextSteps(props: { workspace: Workspace; places: RegionLoad | null; placesError: unknown }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const demo = useMutation({
    mutationFn: () =>
      api<{ workspace?: Workspace; slug?: string }>('/api/v1/demo', { method: 'POST', body: {} }),
    onSuccess: async (res) => {
      await queryClient.invalidateQueries({ queryKey: WORKSPACES_KEY });
      const slug = res.workspace?.slug ?? res.slug;
      if (slug) session.chooseWorkspace(slug);
      navigate('/', { replace: true });
    },
  });
  return (
    <Stack gap="md">
      <Alert
        color="teal"
        variant="light"
        title={t('setup.created', { name: props.workspace.name })}
        role="status"
      >
        {props.places && (
          <Text size="sm">
            {t('setup.placesLoaded', {
              region: props.places.region.name,
              districts: formatNumber(props.places.districts, lang),
              villages: formatNumber(props.places.villages, lang),
            })}
          </Text>
        )}
        {Boolean(props.placesError) && (
          <Text size="sm" c="orange.9">
            {t('setup.placesFailed', { message: errorMessage(props.placesError) })}
          </Text>
        )}
      </Alert>
      <Title order={2} size="h4">
        {t('setup.nextTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md">
          <Stack gap="xs" h="100%" justify="space-between">
            <Text size="sm">{t('setup.demoHelp')}</Text>
            {demo.isPending && (
              <Group gap="xs" role="status" aria-live="polite">
                <Loader size="sm" />
                <Text size="sm">{t('setup.demoRunning')}</Text>
              </Group>
            )}
            {isNotFound(demo.error) ? (
              <Text size="sm" c="orange.9" role="alert">
                {t('setup.demoUnavailable')}
              </Text>
            ) : (
              <ProblemAlert error={demo.error} />
            )}
            <Button variant="light" loading={demo.isPending} onClick={() => demo.mutate()}>
              {t('setup.demo')}
            </Button>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Stack gap="xs" h="100%" justify="space-between">
            <Text size="sm">{t('setup.addSourcesHelp')}</Text>
            <Button onClick={() => navigate('/sumber')}>{t('setup.addSources')}</Button>
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

export function FirstRunPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [region, setRegion] = useState<Region | null>(null);
  const [typed, setTyped] = useState('');
  // Before the first workspace exists the server may refuse to search its list of regions; the
  // name typed is then sent as it is (the server resolves a name as well as a code).
  const lookupFailed = useRegionLookupFailed();
  const regionName = region?.name ?? (lookupFailed ? typed.trim() : '');
  const [zone, setZone] = useState<ZoneLabel>('WIB');
  const [created, setCreated] = useState<Workspace | null>(null);
  const [places, setPlaces] = useState<RegionLoad | null>(null);
  const [placesError, setPlacesError] = useState<unknown>(null);

  const create = useMutation({
    mutationFn: async () => {
      const { workspace } = await api<{ workspace: Workspace }>('/api/v1/workspaces', {
        method: 'POST',
        body: { name: name.trim(), region: regionName, timeZone: zone },
      });
      setCreated(workspace);
      // The region's districts and villages, so the analysis knows the region's own places.
      try {
        setPlaces(
          await api<RegionLoad>('/api/v1/places/region', {
            method: 'POST',
            body: { workspace: workspace.slug, region: region?.code ?? regionName },
          }),
        );
      } catch (e) {
        setPlacesError(e);
      }
      return workspace;
    },
    onSuccess: async (workspace) => {
      await queryClient.invalidateQueries({ queryKey: WORKSPACES_KEY });
      session.chooseWorkspace(workspace.slug);
    },
  });

  if (!session.user.isAdmin) return <Navigate to="/" replace />;
  if (session.workspaces.length > 0 && !created) return <Navigate to="/" replace />;

  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main" id="main">
      <Paper withBorder shadow="sm" radius="md" p="lg" w="100%" maw={720}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={1} size="h2">
                {t('setup.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('setup.intro')}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
          {created ? (
            <NextSteps workspace={created} places={places} placesError={placesError} />
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                create.mutate();
              }}
            >
              <Stack gap="sm">
                <TextInput
                  label={t('setup.name')}
                  placeholder={t('setup.namePlaceholder')}
                  required
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  maxLength={200}
                />
                <RegionPicker
                  value={region}
                  onTextChange={setTyped}
                  onChange={(r) => {
                    setRegion(r);
                    if (r) {
                      setZone(zoneForProvince(r.province));
                      if (!name.trim()) setName(`Pemerintah ${r.name}`);
                    }
                  }}
                />
                <Select
                  label={t('setup.timeZone')}
                  value={zone}
                  allowDeselect={false}
                  onChange={(v) => setZone((v ?? 'WIB') as ZoneLabel)}
                  data={['WIB', 'WITA', 'WIT']}
                  w={160}
                />
                <ProblemAlert error={create.error} />
                <Group>
                  <Button type="submit" loading={create.isPending} disabled={!name.trim() || !regionName}>
                    {create.isPending ? t('setup.creating') : t('setup.create')}
                  </Button>
                  {create.isPending && (
                    <Text size="sm" c="dimmed" role="status">
                      {t('setup.loadingPlaces')}
                    </Text>
                  )}
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
