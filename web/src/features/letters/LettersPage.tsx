// Buku agenda (/agenda): the agenda book and archive of official letters, newest first — search by
// words of the subject, summary, letter number or sender/recipient, filter by direction, year and
// public-information class (all kept in the address), and register a new letter.
import {
  Anchor,
  Badge,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState, LoadingState } from '../../app/ui/States.tsx';
import { useIsPhone } from '../../app/ui/useIsPhone.ts';
import { dayInstant } from './dayText.ts';
import {
  type Letter,
  type LetterDirection,
  PAGE_SIZE,
  PUBLIC_CLASSES,
  type PublicClass,
  useLetters,
} from './letters.api.ts';
import { RegisterLetterButton } from './RegisterLetterButton.tsx';

/** Sifat when it is not ordinary, and an incoming letter still waiting for its disposition. */
function LetterBadges(props: { l: Letter }) {
  const { t } = useTranslation();
  const { l } = props;
  return (
    <Group gap={4} mt={2}>
      {l.nature !== 'biasa' && (
        <Badge color={l.nature === 'rahasia' ? 'grape' : 'orange'} radius="sm" tt="none" size="sm">
          {t(`directions.natures.${l.nature}`)}
        </Badge>
      )}
      {l.direction === 'masuk' && !l.disposition && (
        <Badge color="gray" variant="light" radius="sm" tt="none" size="sm">
          {t('letters.noDisposition')}
        </Badge>
      )}
    </Group>
  );
}

/** On a phone each letter is a card: the table's six columns do not fit its width. */
function LetterCard(props: { l: Letter }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { l } = props;
  return (
    <Paper withBorder radius="md" p="sm" component="li" data-testid="letter-row">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Anchor component={Link} to={`/agenda/${l.id}`} fw={600}>
          {l.agendaNumber}
        </Anchor>
        <Text size="xs" c="dimmed">
          {fmt.date(dayInstant(l.receivedSentDate))}
        </Text>
      </Group>
      <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
        {l.subject}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {l.counterpart} · {l.letterNumber} · {t(`letters.publicClassesShort.${l.publicClass}`)}
      </Text>
      <LetterBadges l={l} />
    </Paper>
  );
}

function LetterRow(props: { l: Letter }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { l } = props;
  return (
    <Table.Tr data-testid="letter-row">
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor component={Link} to={`/agenda/${l.id}`} fw={600}>
          {l.agendaNumber}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.date(dayInstant(l.receivedSentDate))}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{l.letterNumber}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{l.counterpart}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Text size="sm">{l.subject}</Text>
        <LetterBadges l={l} />
      </Table.Td>
      <Table.Td>
        <Text size="xs">{t(`letters.publicClassesShort.${l.publicClass}`)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

export function LettersPage() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const dirParam = params.get('arah');
  const direction: LetterDirection | null = dirParam === 'masuk' || dirParam === 'keluar' ? dirParam : null;
  const year = /^\d{4}$/.test(params.get('tahun') ?? '') ? Number(params.get('tahun')) : null;
  const classParam = params.get('kelas') as PublicClass | null;
  const publicClass = classParam && PUBLIC_CLASSES.includes(classParam) ? classParam : null;
  const q = params.get('q') ?? '';
  const page = Math.max(Number(params.get('hal') ?? '1') || 1, 1) - 1;
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  const list = useLetters(workspace, { direction, year, publicClass, q, page });
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('hal' in changes)) next.delete('hal');
    setParams(next, { replace: true });
  };
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  return (
    <>
      <PageHeader
        title={t('letters.title')}
        description={t('letters.intro')}
        actions={
          <Group gap="xs">
            <Anchor component={Link} to="/arsip" size="sm">
              {t('archive.open')}
            </Anchor>
            {session.can('registerLetters') && <RegisterLetterButton workspace={workspace} />}
          </Group>
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              set({ q: typed.trim() });
            }}
            style={{ flex: '2 1 240px' }}
          >
            <TextInput
              label={t('letters.search')}
              placeholder={t('letters.searchPlaceholder')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              onBlur={() => typed.trim() !== q && set({ q: typed.trim() })}
            />
          </form>
          <SegmentedControl
            aria-label={t('letters.direction')}
            value={direction ?? 'all'}
            onChange={(v) => set({ arah: v === 'all' ? '' : v })}
            data={[
              { value: 'all', label: t('letters.all') },
              { value: 'masuk', label: t('letters.directions.masuk') },
              { value: 'keluar', label: t('letters.directions.keluar') },
            ]}
          />
          <NativeSelect
            label={t('letters.year')}
            value={year === null ? '' : String(year)}
            onChange={(e) => set({ tahun: e.currentTarget.value })}
            data={[{ value: '', label: t('letters.allYears') }, ...years]}
            style={{ flex: '0 1 140px', minWidth: 130 }}
          />
          <NativeSelect
            label={t('letters.publicClass')}
            value={publicClass ?? ''}
            onChange={(e) => set({ kelas: e.currentTarget.value })}
            data={[
              { value: '', label: t('letters.allClasses') },
              ...PUBLIC_CLASSES.map((c) => ({ value: c, label: t(`letters.publicClassesShort.${c}`) })),
            ]}
            style={{ flex: '1 1 180px', maxWidth: 260 }}
          />
        </Group>
        <QueryView query={list} skeleton={<LoadingState rows={8} />}>
          {({ letters, total }) =>
            letters.length === 0 ? (
              <EmptyState title={t('letters.empty')} body={t('letters.emptyBody')} />
            ) : (
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('letters.count', { n: total })}
                </Text>
                {phone ? (
                  <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                    {letters.map((l) => (
                      <LetterCard key={l.id} l={l} />
                    ))}
                  </Stack>
                ) : (
                  <Table.ScrollContainer minWidth={760}>
                    <Table striped highlightOnHover verticalSpacing="xs">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('letters.agendaNumber')}</Table.Th>
                          <Table.Th>{t('letters.receivedSent')}</Table.Th>
                          <Table.Th>{t('letters.letterNumber')}</Table.Th>
                          <Table.Th>{t('letters.counterpart')}</Table.Th>
                          <Table.Th>{t('letters.subject')}</Table.Th>
                          <Table.Th>{t('letters.publicClass')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {letters.map((l) => (
                          <LetterRow key={l.id} l={l} />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                {total > PAGE_SIZE && (
                  <Pagination
                    total={Math.ceil(total / PAGE_SIZE)}
                    value={page + 1}
                    onChange={(p) => set({ hal: p === 1 ? '' : String(p) })}
                  />
                )}
              </Stack>
            )
          }
        </QueryView>
      </Stack>
    </>
  );
}
