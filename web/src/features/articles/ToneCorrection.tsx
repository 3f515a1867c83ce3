// Correcting the tone: of the whole article, or toward one subject. An analyst's verdict always
// wins over the machine's, here and on the dashboard. The form opens on request, so a reader of
// the article sees the verdict first and the controls only when they mean to change it.
import { Button, Group, Radio, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../app/api/subjects.ts';
import { TONES, type Tone } from '../../app/format/tone.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useCorrection } from './article.api.ts';

export function ToneCorrection(props: {
  workspace: string;
  articleId: number;
  subjects: Subject[];
  current: Tone;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string>('overall');
  const [tone, setTone] = useState<Tone>(props.current);
  const correction = useCorrection(props.workspace, props.articleId);
  if (!open)
    return (
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('article.correctTone')}
      </Button>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        correction.mutate(
          { kind: 'tone', tone, subjectId: target === 'overall' ? undefined : Number(target) },
          {
            onSuccess: () => {
              showToast({ title: t('article.correctionSaved') });
              setOpen(false);
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <Select
          size="xs"
          label={t('article.correctTone')}
          value={target}
          allowDeselect={false}
          onChange={(v) => setTarget(v ?? 'overall')}
          data={[
            { value: 'overall', label: t('article.overall') },
            ...props.subjects.map((s) => ({
              value: String(s.id),
              label: `${t('article.subject')}: ${s.name}`,
            })),
          ]}
        />
        <Radio.Group value={tone} onChange={(v) => setTone(v as Tone)} label={t('tone.label')} size="xs">
          <Group gap="md" mt={4}>
            {TONES.map((x) => (
              <Radio key={x} value={x} label={t(`tone.${x}`)} />
            ))}
          </Group>
        </Radio.Group>
        <ProblemAlert error={correction.error} />
        <Group gap="xs">
          <Button size="xs" type="submit" loading={correction.isPending}>
            {t('common.save')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
