// One SOP (/sop/:key, ?versi=N for an older version): its identity part, its flowchart table, its
// steps in text, its versions; its document as PDF and its definition as JSON to download, and for
// administrators "Ubah SOP" (the editor) and a new version from a JSON file.
import { Anchor, Button, Grid, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { downloadBlob } from '../../app/export/download.ts';
import { useLang } from '../../app/format/useLang.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { DownloadIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { ImportSopButton } from './ImportSopButton.tsx';
import { SopFlowchart } from './SopFlowchart.tsx';
import { SopIdentity } from './SopIdentity.tsx';
import { sopLink } from './SopsPage.tsx';
import { sopTimeText } from './SopTime.ts';
import { SopVersions } from './SopVersions.tsx';
import {
  documentPdfUrl,
  flowchartUrl,
  type SopStep,
  type SopVersion,
  type SopVersionInfo,
  useSop,
  useSopVersions,
} from './sops.api.ts';

function StepsTable(props: { sop: SopVersion }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { definition } = props.sop;
  const executor = (key: string) => definition.executors.find((e) => e.key === key)?.title ?? key;
  const decision = (s: SopStep) =>
    s.decision
      ? t('sops.decision', {
          yes: s.decision.yes === null ? t('sops.decisionEnd') : t('cases.stepOnly', { no: s.decision.yes }),
          no: t('cases.stepOnly', { no: s.decision.no }),
        })
      : '';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="sop-steps">
      <Title order={2} size="h5" id="sop-steps" mb="sm">
        {t('sops.steps')}
      </Title>
      <DataTable<SopStep>
        caption={t('sops.steps')}
        rows={definition.steps}
        rowKey={(s) => s.no}
        exportable
        minWidth={900}
        testId="sop-steps"
        columns={[
          {
            key: 'activity',
            header: t('sops.columns.activity'),
            cell: (s) => (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={700} size="sm">
                  {s.no}.
                </Text>{' '}
                {s.activity}
                {s.decision && (
                  <Text span size="xs" c="grape.8" fw={600}>
                    {' '}
                    ({decision(s)})
                  </Text>
                )}
              </Text>
            ),
            value: (s) => `${s.no}. ${s.activity}`,
            width: '32%',
          },
          {
            key: 'executor',
            header: t('sops.columns.executor'),
            cell: (s) => executor(s.executor),
            value: (s) => executor(s.executor),
          },
          {
            key: 'requirement',
            header: t('sops.columns.requirement'),
            cell: (s) => s.requirement || '—',
            value: (s) => s.requirement,
          },
          {
            key: 'time',
            header: t('sops.columns.time'),
            cell: (s) => <span style={{ whiteSpace: 'nowrap' }}>{sopTimeText(s.time, t, lang)}</span>,
            value: (s) => sopTimeText(s.time, t, lang),
          },
          {
            key: 'output',
            header: t('sops.columns.output'),
            cell: (s) => s.output || '—',
            value: (s) => s.output,
          },
          {
            key: 'remarks',
            header: t('sops.columns.remarks'),
            cell: (s) => [s.approval ? t('sops.approval') : '', s.remarks].filter(Boolean).join(' · ') || '—',
            value: (s) => [s.approval ? t('sops.approval') : '', s.remarks].filter(Boolean).join(' · '),
          },
        ]}
      />
    </Paper>
  );
}

function SopView(props: { workspace: string; sop: SopVersion; versions: SopVersionInfo[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const [, setParams] = useSearchParams();
  const { sop } = props;
  const { identity } = sop.definition;
  const newest = props.versions[0]?.version ?? sop.version;
  const link = (version: number) => sopLink(sop.key, version === newest ? undefined : version);
  const exportJson = () =>
    downloadBlob(
      new Blob([`${JSON.stringify(sop.definition, null, 2)}\n`], { type: 'application/json' }),
      `${sop.key}-v${sop.version}.json`,
    );
  return (
    <>
      <Anchor component={Link} to="/sop" size="sm">
        ← {t('sops.all')}
      </Anchor>
      <PageHeader
        title={identity.title}
        description={`${t('cases.sopNumber', { number: identity.number })} · ${t('sops.version', { n: sop.version })}${sop.version !== newest ? ` (${t('sops.older', { n: newest })})` : ''}`}
        actions={
          <>
            <Button
              component="a"
              href={documentPdfUrl(props.workspace, sop.key, sop.version)}
              download={`${sop.key}-v${sop.version}.pdf`}
              variant="default"
              leftSection={<DownloadIcon width={16} height={16} />}
            >
              {t('sops.downloadPdf')}
            </Button>
            <Button
              variant="default"
              leftSection={<DownloadIcon width={16} height={16} />}
              onClick={exportJson}
            >
              {t('sops.exportJson')}
            </Button>
            {session.can('editSops') && (
              <>
                <Button component={Link} to={`/sop/${encodeURIComponent(sop.key)}/ubah`}>
                  {t('sops.edit.button')}
                </Button>
                <ImportSopButton workspace={props.workspace} />
              </>
            )}
          </>
        }
      />
      <Stack gap="md">
        {props.versions.length > 1 && (
          <NativeSelect
            label={t('sops.chooseVersion')}
            value={String(sop.version)}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              setParams(v === newest ? {} : { versi: String(v) });
            }}
            data={props.versions.map((v) => ({
              value: String(v.version),
              label: `${t('sops.version', { n: v.version })} — ${v.createdByName}${v.note ? `: ${v.note}` : ''}`,
            }))}
            maw={420}
          />
        )}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <SopIdentity definition={sop.definition} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <SopVersions versions={props.versions} shown={sop.version} link={link} />
          </Grid.Col>
        </Grid>
        <SopFlowchart
          src={flowchartUrl(props.workspace, sop.key, sop.version)}
          title={identity.title}
          steps={sop.definition.steps.length}
        />
        <StepsTable sop={sop} />
      </Stack>
    </>
  );
}

export function SopPage() {
  const workspace = useWorkspaceSlug();
  const key = useParams().key ?? '';
  const [params] = useSearchParams();
  const asked = Number(params.get('versi'));
  const version = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const sop = useSop(workspace, key, version);
  const versions = useSopVersions(workspace, key);
  return (
    <QueryView query={sop} skeleton={<LoadingState rows={8} />}>
      {(data) => <SopView workspace={workspace} sop={data} versions={versions.data ?? []} />}
    </QueryView>
  );
}
