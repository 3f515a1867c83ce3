// The step the case waits at: what is to be done, by whom, with what (Kelengkapan), producing what,
// within which standard, due when, and how much working time is left. A closed case says how it ended.
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { Fact } from '../../app/ui/Fact.tsx';
import type { SopCase } from './sop-cases.api.ts';
import { TimeLeft } from './TimeLeft.tsx';
import { durationWords } from './workingTime.ts';

export function CurrentStep(props: { c: SopCase }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { c } = props;
  const { step, clock } = c;
  const roleName = t(`roles.${step.role}`);
  const heading =
    c.status === 'open'
      ? t('cases.currentStep', { no: step.no, total: c.sop.steps })
      : c.status === 'done'
        ? t('cases.doneHeading')
        : t('cases.cancelledHeading');
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="case-current-step"
      data-testid="current-step"
      style={c.late ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Title order={2} size="h4" id="case-current-step">
          {heading}
        </Title>
        <Group gap={4}>
          {step.approval && c.status === 'open' && (
            <Badge variant="outline" color="pantau" radius="sm">
              {t('cases.approvalStep')}
            </Badge>
          )}
          {step.decision && c.status === 'open' && (
            <Badge variant="outline" color="grape" radius="sm">
              {t('cases.decisionStep')}
            </Badge>
          )}
        </Group>
      </Group>
      <Stack gap="sm">
        {c.status !== 'open' && (
          <Text size="sm">
            {t(c.status === 'done' ? 'cases.doneAt' : 'cases.cancelledAt', {
              when: fmt.dateTime(c.closedAt),
              no: step.no,
            })}
          </Text>
        )}
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {c.status !== 'open' && `${t('cases.stepOnly', { no: step.no })}: `}
          {step.activity}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Fact label={t('cases.fields.executor')}>
            {step.executorTitle}
            <Text span size="xs" c="dimmed">
              {' '}
              ({t(`rolesShort.${step.role}`)})
            </Text>
          </Fact>
          {c.status === 'open' && (
            <Fact label={t('cases.fields.assignee')}>
              {c.assignee ? c.assignee.name : t('cases.anyoneWithRole', { role: roleName })}
            </Fact>
          )}
          <Fact label={t('cases.fields.requirement')}>{step.requirement || '—'}</Fact>
          <Fact label={t('cases.fields.output')}>{step.output || '—'}</Fact>
          <Fact label={t('cases.fields.standard')}>
            {t('cases.workingDuration', { duration: durationWords(step.standardMinutes, t) })}
          </Fact>
          {clock && (
            <>
              <Fact label={t('cases.fields.startedAt')}>{fmt.dateTime(clock.startedAt)}</Fact>
              <Fact label={t('cases.fields.dueAt')}>
                <span data-testid="due-at">{fmt.dateTime(clock.dueAt)}</span>
              </Fact>
              <Fact label={t('cases.fields.timeLeft')}>
                <TimeLeft minutesLeft={clock.minutesLeft} standardMinutes={step.standardMinutes} />
              </Fact>
            </>
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
