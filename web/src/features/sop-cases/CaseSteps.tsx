// Every step of the case's SOP version as an ordered list: the ones behind it ticked, the one it
// waits at highlighted (and named as current for screen readers), the rest ahead.
import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/format/useLang.ts';
import { CheckIcon } from '../../app/ui/icons.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { sopTimeText } from '../sops/SopTime.ts';
import { type SopDefinition, useSop } from '../sops/sops.api.ts';
import type { SopCase } from './sop-cases.api.ts';

type Mark = 'done' | 'current' | 'ahead';

function markOf(c: SopCase, no: number): Mark {
  if (c.status === 'done') return 'done';
  if (no < c.step.no) return 'done';
  return no === c.step.no ? 'current' : 'ahead';
}

function StepDot(props: { no: number; mark: Mark; cancelled: boolean }) {
  const colors: Record<Mark, { bg: string; fg: string; border: string }> = {
    done: { bg: 'var(--mantine-color-teal-7)', fg: '#fff', border: 'var(--mantine-color-teal-7)' },
    current: {
      bg: props.cancelled ? 'var(--mantine-color-gray-6)' : 'var(--mantine-color-pantau-7)',
      fg: '#fff',
      border: props.cancelled ? 'var(--mantine-color-gray-6)' : 'var(--mantine-color-pantau-7)',
    },
    ahead: { bg: '#fff', fg: 'var(--mantine-color-gray-7)', border: 'var(--mantine-color-gray-4)' },
  };
  const c = colors[props.mark];
  return (
    <Box
      aria-hidden="true"
      style={{
        width: 28,
        height: 28,
        flexShrink: 0,
        borderRadius: '50%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: 13,
        fontWeight: 700,
        background: c.bg,
        color: c.fg,
        border: `2px solid ${c.border}`,
      }}
    >
      {props.mark === 'done' ? <CheckIcon width={16} height={16} strokeWidth={3} /> : props.no}
    </Box>
  );
}

function StepList(props: { c: SopCase; definition: SopDefinition }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { c, definition } = props;
  const executor = (key: string) => definition.executors.find((e) => e.key === key)?.title ?? key;
  return (
    <Stack component="ol" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {definition.steps.map((step, i) => {
        const mark = markOf(c, step.no);
        const last = i === definition.steps.length - 1;
        return (
          <li key={step.no} aria-current={mark === 'current' ? 'step' : undefined} data-mark={mark}>
            <Group gap="sm" wrap="nowrap" align="stretch">
              <Stack gap={0} align="center" style={{ flexShrink: 0 }}>
                <StepDot no={step.no} mark={mark} cancelled={c.status === 'cancelled'} />
                {!last && (
                  <Box
                    aria-hidden="true"
                    style={{
                      width: 2,
                      flex: 1,
                      minHeight: 12,
                      background:
                        mark === 'done' ? 'var(--mantine-color-teal-7)' : 'var(--mantine-color-gray-3)',
                    }}
                  />
                )}
              </Stack>
              <Box
                pb={last ? 0 : 'sm'}
                px={mark === 'current' ? 'xs' : 0}
                py={mark === 'current' ? 4 : 0}
                style={{
                  minWidth: 0,
                  flex: 1,
                  borderRadius: 6,
                  background: mark === 'current' ? 'var(--mantine-color-pantau-0)' : undefined,
                }}
              >
                <Text
                  size="sm"
                  fw={mark === 'current' ? 700 : 600}
                  c={mark === 'ahead' ? 'dimmed' : undefined}
                >
                  {t('cases.stepOnly', { no: step.no })}
                  <span className="visually-hidden"> ({t(`cases.stepMarks.${mark}`)})</span>
                  {mark === 'current' && c.status === 'open' && (
                    <Text span size="xs" c="pantau.8" fw={700} aria-hidden="true">
                      {' '}
                      · {t('cases.stepMarks.current')}
                    </Text>
                  )}
                </Text>
                <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }} title={step.activity}>
                  {step.activity}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {executor(step.executor)} · {sopTimeText(step.time, t, lang)}
                  {step.approval ? ` · ${t('cases.approvalStep')}` : ''}
                  {step.decision ? ` · ${t('cases.decisionStep')}` : ''}
                </Text>
              </Box>
            </Group>
          </li>
        );
      })}
    </Stack>
  );
}

export function CaseSteps(props: { workspace: string; c: SopCase }) {
  const { t } = useTranslation();
  const { c } = props;
  const sop = useSop(props.workspace, c.sop.key, c.sop.version);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="case-steps">
      <Title order={2} size="h5" id="case-steps" mb="sm">
        {t('cases.steps', { n: c.sop.steps })}
      </Title>
      <QueryView query={sop} skeleton={<LoadingState rows={c.sop.steps} />}>
        {(data) => <StepList c={c} definition={data.definition} />}
      </QueryView>
    </Paper>
  );
}
