// People, organisations and places the analysis recognised, grouped by name; an analyst may fix
// a name's type or canonical form, or say it is not a name at all (for every place it appears).
import { Badge, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type Entity, useCorrection } from './article.api.ts';

const TYPES = ['PER', 'ORG', 'LOC'] as const;
const COLORS = { PER: 'grape', ORG: 'blue', LOC: 'teal' } as const;

interface Group_ {
  key: string;
  type: Entity['type'];
  name: string;
  spans: Entity[];
}

function grouped(entities: Entity[]): Group_[] {
  const groups = new Map<string, Group_>();
  for (const e of entities) {
    const name = e.canonical ?? e.text;
    const key = `${e.type}:${name}`;
    const group = groups.get(key) ?? { key, type: e.type, name, spans: [] };
    group.spans.push(e);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.spans.length - a.spans.length);
}

function EntityFix(props: { workspace: string; articleId: number; group: Group_; onClose(): void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<Entity['type']>(props.group.type);
  const [canonical, setCanonical] = useState(props.group.name);
  const [notEntity, setNotEntity] = useState(false);
  const correction = useCorrection(props.workspace, props.articleId);
  const save = async () => {
    for (const span of props.group.spans) {
      await correction.mutateAsync(
        notEntity
          ? { kind: 'entity', start: span.start, end: span.end, notEntity: true }
          : {
              kind: 'entity',
              start: span.start,
              end: span.end,
              type,
              canonical: canonical.trim() || undefined,
            },
      );
    }
    showToast({ title: t('article.correctionSaved') });
    props.onClose();
  };
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('article.notEntity')}
        checked={notEntity}
        onChange={(e) => setNotEntity(e.currentTarget.checked)}
      />
      <Select
        label={t('article.entityType')}
        disabled={notEntity}
        value={type}
        allowDeselect={false}
        onChange={(v) => setType((v ?? 'PER') as Entity['type'])}
        data={TYPES.map((x) => ({ value: x, label: t(`article.entityTypes.${x}`) }))}
      />
      <TextInput
        label={t('article.canonical')}
        disabled={notEntity}
        value={canonical}
        onChange={(e) => setCanonical(e.currentTarget.value)}
      />
      <ProblemAlert error={correction.error} />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={correction.isPending} onClick={() => void save().catch(() => undefined)}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

export function EntitiesSection(props: {
  workspace: string;
  articleId: number;
  entities: Entity[];
  canCorrect: boolean;
}) {
  const { t } = useTranslation();
  const [fixing, setFixing] = useState<Group_ | null>(null);
  const groups = grouped(props.entities);
  return (
    <Stack gap="xs" component="section" aria-labelledby="entities-title">
      <Title order={3} size="h6" id="entities-title">
        {t('article.entities')}
      </Title>
      {groups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('article.noEntities')}
        </Text>
      )}
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {groups.map((g) => (
          <Group component="li" key={g.key} justify="space-between" gap="xs" wrap="nowrap">
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <Badge size="xs" variant="light" color={COLORS[g.type]} style={{ flexShrink: 0 }}>
                {t(`article.entityTypes.${g.type}`)}
              </Badge>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {g.name}
                {g.spans.length > 1 ? ` ×${g.spans.length}` : ''}
              </Text>
            </Group>
            {props.canCorrect && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setFixing(g)}
                aria-label={`${t('article.editEntity')}: ${g.name}`}
              >
                {t('article.editEntity')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      <Modal
        opened={fixing !== null}
        onClose={() => setFixing(null)}
        title={fixing ? `${t('article.editEntity')}: ${fixing.name}` : ''}
      >
        {fixing && (
          <EntityFix
            workspace={props.workspace}
            articleId={props.articleId}
            group={fixing}
            onClose={() => setFixing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
