// One letter of the agenda book (/agenda/:id): its fields as the book records them, the leader's
// disposition when it is an incoming letter (with the form for those who write it), and the
// disposition sheet to print.
import { Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DownloadIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { DispositionForm } from './DispositionForm.tsx';
import { dayInstant } from './dayText.ts';
import { type Letter, letterDispositionUrl, useLetter } from './letters.api.ts';
import { EditLetterButton } from './RegisterLetterButton.tsx';

function Field(props: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {props.label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {props.value || '—'}
      </Text>
    </div>
  );
}

function DispositionView(props: { letter: Letter }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const d = props.letter.disposition;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="letter-disposition">
      <Title order={2} size="h5" id="letter-disposition" mb="xs">
        {t('letters.disposition')}
      </Title>
      {!d ? (
        <Text size="sm" c="dimmed">
          {t('letters.noDispositionYet')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text
            size="sm"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="disposition-text"
          >
            {d.instruction}
          </Text>
          <Field label={t('letters.targets')} value={d.targets.map((x) => x.name).join('\n')} />
          <Field
            label={t('letters.asks')}
            value={d.asks.map((a) => t(`letters.askLabels.${a}`)).join(', ')}
          />
          {d.dueDate && <Field label={t('letters.dueDate')} value={fmt.date(dayInstant(d.dueDate))} />}
          <Text size="xs" c="dimmed">
            {d.givenBy === d.enteredByName
              ? t('letters.disposedAt', { name: d.givenBy, when: fmt.dateTime(d.at) })
              : t('letters.disposedBy', { name: d.givenBy, who: d.enteredByName, when: fmt.dateTime(d.at) })}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}

function LetterView(props: { workspace: string; letter: Letter }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const { letter: l } = props;
  const incoming = l.direction === 'masuk';
  return (
    <>
      <Anchor component={Link} to="/agenda" size="sm">
        ← {t('letters.back')}
      </Anchor>
      <PageHeader
        title={l.subject}
        description={
          <>
            {t(`letters.directions.${l.direction}`)} · {t('letters.agendaNumber')} {l.agendaNumber} ·{' '}
            {t('letters.registeredBy', { name: l.registeredBy, when: fmt.dateTime(l.registeredAt) })}
          </>
        }
        actions={
          <Group gap="xs">
            {session.can('registerLetters') && <EditLetterButton workspace={props.workspace} letter={l} />}
            {incoming && (
              <Button
                component="a"
                href={letterDispositionUrl(props.workspace, l.id)}
                variant="default"
                leftSection={<DownloadIcon />}
                data-testid="letter-disposition-link"
              >
                {t('letters.printDisposition')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <Group gap="xs">
          {l.nature !== 'biasa' && (
            <Badge color={l.nature === 'rahasia' ? 'grape' : 'orange'} radius="sm" tt="none">
              {t(`directions.natures.${l.nature}`)}
            </Badge>
          )}
          <Badge color="blue" variant="light" radius="sm" tt="none">
            {t(`letters.publicClasses.${l.publicClass}`)}
          </Badge>
        </Group>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="letter-fields">
              <Title order={2} size="h5" id="letter-fields" mb="xs">
                {t('letters.details')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Field label={t('letters.letterNumber')} value={l.letterNumber} />
                <Field label={t('letters.letterDate')} value={fmt.date(dayInstant(l.letterDate))} />
                <Field
                  label={incoming ? t('letters.sender') : t('letters.recipient')}
                  value={l.counterpart}
                />
                <Field
                  label={incoming ? t('letters.receivedDate') : t('letters.sentDate')}
                  value={fmt.date(dayInstant(l.receivedSentDate))}
                />
                <Field label={t('letters.nature')} value={t(`directions.natures.${l.nature}`)} />
                <Field label={t('letters.classification')} value={l.classification} />
                <Field
                  label={t('letters.attachments')}
                  value={[l.attachmentCount ? String(l.attachmentCount) : '', l.attachmentNote]
                    .filter(Boolean)
                    .join(' · ')}
                />
                <Field label={t('letters.srikandi')} value={l.srikandiRef ?? ''} />
              </SimpleGrid>
              <Stack mt="sm">
                <Field label={t('letters.summary')} value={l.summary} />
              </Stack>
            </Paper>
          </Grid.Col>
          {incoming && (
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="md">
                <DispositionView letter={l} />
                {session.can('disposeLetters') && (
                  <DispositionForm key={l.updatedAt} workspace={props.workspace} letter={l} />
                )}
              </Stack>
            </Grid.Col>
          )}
        </Grid>
      </Stack>
    </>
  );
}

export function LetterPage() {
  const workspace = useWorkspaceSlug();
  const id = useParams().id ?? '';
  const found = useLetter(workspace, /^\d+$/.test(id) ? id : '');
  if (!/^\d+$/.test(id)) return <NotFoundState />;
  return (
    <QueryView query={found} skeleton={<LoadingState rows={8} />}>
      {(letter) => <LetterView workspace={workspace} letter={letter} />}
    </QueryView>
  );
}
