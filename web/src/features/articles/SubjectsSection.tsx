// The monitored subjects this article is about, with the tone toward each, and the analyst's
// say on whether it really is about a subject.
import { Button, Group, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../app/api/subjects.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import { type Analysis, useCorrection } from './article.api.ts';

function SubjectMatchCorrection(props: { workspace: string; articleId: number; subjects: Subject[] }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState<string | null>(
    props.subjects[0] ? String(props.subjects[0].id) : null,
  );
  const [about, setAbout] = useState<'yes' | 'no'>('no');
  const [open, setOpen] = useState(false);
  const correction = useCorrection(props.workspace, props.articleId);
  if (props.subjects.length === 0) return null;
  if (!open)
    return (
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('article.correctSubjectMatch')}
      </Button>
    );
  return (
    <Stack gap="xs">
      <Select
        size="xs"
        label={t('article.correctSubjectMatch')}
        value={subject}
        allowDeselect={false}
        onChange={setSubject}
        data={props.subjects.map((s) => ({ value: String(s.id), label: s.name }))}
      />
      <Group gap="md" wrap="wrap" align="flex-end">
        <Radio.Group
          value={about}
          onChange={(v) => setAbout(v as 'yes' | 'no')}
          aria-label={t('article.correctSubjectMatch')}
        >
          <Stack gap={4}>
            <Radio size="xs" value="yes" label={t('article.aboutYes')} />
            <Radio size="xs" value="no" label={t('article.aboutNo')} />
          </Stack>
        </Radio.Group>
        <Button
          size="xs"
          disabled={!subject}
          loading={correction.isPending}
          onClick={() =>
            correction.mutate(
              { kind: 'subject_match', subjectId: Number(subject), about: about === 'yes' },
              {
                onSuccess: () => {
                  showToast({ title: t('article.correctionSaved') });
                  setOpen(false);
                },
              },
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
      <ProblemAlert error={correction.error} />
    </Stack>
  );
}

export function SubjectsSection(props: {
  workspace: string;
  analysis: Analysis;
  subjects: Subject[];
  canCorrect: boolean;
}) {
  const { t } = useTranslation();
  const matches = props.analysis.subjects;
  const nameOf = (id: number, fallback?: string) =>
    props.subjects.find((s) => s.id === id)?.name ?? fallback ?? `#${id}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby="subjects-title">
      <Title order={3} size="h6" id="subjects-title">
        {t('article.subjects')}
      </Title>
      {matches && matches.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('article.noSubjects')}
        </Text>
      )}
      {matches?.map((m) => (
        <Group key={m.subjectId} justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {nameOf(m.subjectId, m.name)}
          </Text>
          <ToneBadge tone={m.tone.label} suffix={m.tone.corrected ? t('article.corrected') : undefined} />
        </Group>
      ))}
      {props.canCorrect && (
        <SubjectMatchCorrection
          workspace={props.workspace}
          articleId={props.analysis.articleId}
          subjects={props.subjects}
        />
      )}
    </Stack>
  );
}
