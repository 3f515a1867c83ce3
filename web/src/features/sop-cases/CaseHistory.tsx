// The case's history as a timeline, oldest first: who (and in which role) did what at which step,
// their note, when, and the working time the step took against its standard, late steps marked.
// The time check's reminders, overdue notices and escalations appear as system notices.
import { Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import type { CaseEvent, SopCase } from './sop-cases.api.ts';
import { durationWords } from './workingTime.ts';

const NOTICES = ['reminder', 'overdue', 'escalation'] as const;
type Notice = (typeof NOTICES)[number];
const isNotice = (action: string): action is Notice => (NOTICES as readonly string[]).includes(action);
/** Actions that end a visit of a step: their working minutes are the step's time. */
const TIMED = new Set(['complete', 'decide', 'return']);

const NOTICE_COLOR: Record<Notice, string> = { reminder: 'orange', overdue: 'red', escalation: 'red' };

function what(e: CaseEvent, t: TFunction): string {
  const from = e.fromStep;
  const to = e.toStep;
  switch (e.action) {
    case 'start':
      return t('cases.history.start', { no: from });
    case 'complete':
      return e.approved
        ? t('cases.history.approved', { no: from })
        : t('cases.history.completed', { no: from });
    case 'decide':
      return e.answer === 'no'
        ? t('cases.history.decidedNo', { no: from, to })
        : t('cases.history.decidedYes', { no: from });
    case 'return':
      return t('cases.history.returned', { no: from, to });
    case 'hand_over':
      return t('cases.history.handedOver', { no: from });
    case 'cancel':
      return t('cases.history.cancelled', { no: from });
    default:
      return e.action;
  }
}

function roleName(role: string, t: TFunction): string {
  return t(`roles.${role as 'analyst'}`, { defaultValue: role });
}

function Dot(props: { color: string }) {
  return (
    <Box
      aria-hidden="true"
      style={{
        position: 'absolute',
        left: -31,
        top: 4,
        width: 12,
        height: 12,
        borderRadius: '50%',
        background: `var(--mantine-color-${props.color}-6)`,
        border: '2px solid #fff',
        boxShadow: `0 0 0 1px var(--mantine-color-${props.color}-6)`,
      }}
    />
  );
}

function NoticeItem(props: { e: CaseEvent }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { e } = props;
  const kind = e.action as Notice;
  return (
    <Box component="li" style={{ position: 'relative' }} data-testid="history-notice">
      <Dot color={NOTICE_COLOR[kind]} />
      <Paper
        radius="sm"
        p="xs"
        bg={`${NOTICE_COLOR[kind]}.0`}
        style={{ border: `1px solid var(--mantine-color-${NOTICE_COLOR[kind]}-3)` }}
      >
        <Group gap="xs" wrap="wrap">
          <Badge size="sm" radius="sm" color={NOTICE_COLOR[kind]} variant="filled">
            {t(`cases.history.notices.${kind}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('cases.stepOnly', { no: e.fromStep })} · {t('cases.history.system')} · {fmt.dateTime(e.at)}
          </Text>
        </Group>
        {e.note && (
          <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
            {e.note}
          </Text>
        )}
        {kind === 'escalation' && e.actorRole !== 'system' && (
          <Text size="xs" c="dimmed">
            {t('cases.history.escalatedTo', { role: roleName(e.actorRole, t) })}
          </Text>
        )}
      </Paper>
    </Box>
  );
}

function ActionItem(props: { e: CaseEvent }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { e } = props;
  const timed = TIMED.has(e.action);
  const late = timed && e.workingMinutes > e.standardMinutes;
  const color =
    e.action === 'cancel' ? 'gray' : e.action === 'return' || e.answer === 'no' ? 'orange' : 'teal';
  return (
    <Box component="li" style={{ position: 'relative' }} data-testid="history-event" data-action={e.action}>
      <Dot color={color} />
      <Stack gap={2}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="sm">
            {e.actorName}
          </Text>{' '}
          {what(e, t)}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {roleName(e.actorRole, t)} · {fmt.dateTime(e.at)}
            {e.round > 1 ? ` · ${t('cases.round', { n: e.round })}` : ''}
          </Text>
          {timed && (
            <Text size="xs" c={late ? 'red.9' : 'dimmed'} fw={late ? 700 : undefined}>
              {t('cases.history.took', {
                took: durationWords(e.workingMinutes, t),
                standard: durationWords(e.standardMinutes, t),
              })}
            </Text>
          )}
          {late && (
            <Badge size="xs" color="red" variant="filled" radius="sm">
              {t('cases.lateBadge')}
            </Badge>
          )}
        </Group>
        {e.note && (
          <Text
            size="sm"
            p="xs"
            bg="gray.0"
            style={{
              borderLeft: '3px solid var(--mantine-color-gray-4)',
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
            }}
            data-testid="history-note"
          >
            {e.note}
          </Text>
        )}
      </Stack>
    </Box>
  );
}

export function CaseHistory(props: { c: SopCase }) {
  const { t } = useTranslation();
  const { history } = props.c;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="case-history">
      <Title order={2} size="h5" id="case-history" mb="sm">
        {t('cases.history.title')}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.history.empty')}
        </Text>
      ) : (
        <Stack
          component="ol"
          gap="md"
          style={{
            listStyle: 'none',
            margin: 0,
            padding: '0 0 0 24px',
            borderLeft: '2px solid var(--mantine-color-gray-3)',
            marginLeft: 6,
          }}
        >
          {history.map((e) =>
            isNotice(e.action) ? <NoticeItem key={e.id} e={e} /> : <ActionItem key={e.id} e={e} />,
          )}
        </Stack>
      )}
    </Paper>
  );
}
