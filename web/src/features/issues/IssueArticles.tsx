// The news in an issue: why each is there, and — for analysts — choosing some to split into a new
// issue, or moving one to another issue.
import { Anchor, Badge, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { headline } from '../../app/format/headline.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import {
  type IssueArticle,
  type IssueDetail,
  useIssues,
  useMoveArticle,
  useSplitIssue,
} from './issues.api.ts';

function MoveDialog(props: {
  workspace: string;
  issue: IssueDetail;
  article: IssueArticle;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const issues = useIssues(props.workspace, 90, 200);
  const [target, setTarget] = useState<string | null>(null);
  const move = useMoveArticle(props.workspace);
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {props.article.title}
      </Text>
      <Select
        label={t('article.chooseIssue')}
        searchable
        value={target}
        onChange={setTarget}
        data={(issues.data ?? [])
          .filter((i) => i.id !== props.issue.id)
          .map((i) => ({ value: String(i.id), label: i.label }))}
      />
      <ProblemAlert error={move.error} />
      <Group justify="flex-end">
        <Button
          disabled={!target}
          loading={move.isPending}
          onClick={() =>
            move.mutate(
              { articleId: props.article.articleId, issueId: Number(target) },
              {
                onSuccess: (res) => {
                  showToast({ title: t('article.moved', { label: res.issue.label }) });
                  props.onClose();
                },
              },
            )
          }
        >
          {t('issues.move')}
        </Button>
      </Group>
    </Stack>
  );
}

function SplitDialog(props: { workspace: string; issue: IssueDetail; articles: number[]; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [label, setLabel] = useState('');
  const split = useSplitIssue(props.workspace, props.issue.id);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        split.mutate(
          { articles: props.articles, label: label.trim() || undefined },
          {
            onSuccess: (res) => {
              showToast({ title: t('issues.splitDone') });
              props.onClose();
              navigate(`/isu/${res.issue.id}`);
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('issues.splitSelected', { n: props.articles.length })}</Text>
        <TextInput
          label={t('issues.splitLabel')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          maxLength={200}
        />
        <ProblemAlert error={split.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={split.isPending}>
            {t('issues.split')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function IssueArticles(props: { workspace: string; issue: IssueDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [selected, setSelected] = useState<number[]>([]);
  const [moving, setMoving] = useState<IssueArticle | null>(null);
  const [splitting, setSplitting] = useState(false);
  const toggle = (id: number) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const selectColumn = props.canEdit
    ? [
        {
          key: 'select',
          header: '',
          width: 32,
          hideOnCard: true,
          cell: (r: IssueArticle) => (
            <Checkbox
              size="xs"
              aria-label={t('issues.selectArticle', { title: headline(r, t('article.print.untitled')) })}
              checked={selected.includes(r.articleId)}
              onChange={() => toggle(r.articleId)}
            />
          ),
        },
      ]
    : [];
  return (
    <Stack gap="sm">
      {props.canEdit && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            disabled={selected.length === 0 || selected.length >= props.issue.articles.length}
            onClick={() => setSplitting(true)}
          >
            {t('issues.split')}
            {selected.length > 0 ? ` (${selected.length})` : ''}
          </Button>
        </Group>
      )}
      <DataTable
        caption={`${t('issues.articles')} — ${props.issue.label}`}
        rows={props.issue.articles}
        rowKey={(r) => r.articleId}
        exportable
        minWidth={720}
        testId="issue-articles"
        columns={[
          ...selectColumn,
          {
            key: 'title',
            header: t('dashboard.columns.title'),
            cell: (r) => (
              <Group gap={6} wrap="nowrap" align="flex-start">
                {props.canEdit && (
                  <Checkbox
                    size="xs"
                    hiddenFrom="sm"
                    mt={3}
                    aria-label={t('issues.selectArticle', {
                      title: headline(r, t('article.print.untitled')),
                    })}
                    checked={selected.includes(r.articleId)}
                    onChange={() => toggle(r.articleId)}
                  />
                )}
                <Stack gap={2}>
                  <Anchor component={Link} to={`/artikel/${r.articleId}`} size="sm">
                    {headline(r, t('article.print.untitled'))}
                  </Anchor>
                  {r.reason && (
                    <Text size="xs" c="dimmed">
                      {r.pinned && (
                        <Badge size="xs" variant="light" mr={4}>
                          {t('issues.pinned')}
                        </Badge>
                      )}
                      {r.reason}
                    </Text>
                  )}
                </Stack>
              </Group>
            ),
            value: (r) => r.title,
          },
          {
            key: 'outlet',
            header: t('dashboard.columns.outlet'),
            cell: (r) => r.outlet ?? '—',
            value: (r) => r.outlet,
          },
          {
            key: 'published',
            header: t('dashboard.columns.published'),
            cell: (r) => <span style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(r.publishedAt)}</span>,
            value: (r) => r.publishedAt,
          },
          {
            key: 'tone',
            header: t('tone.label'),
            cell: (r) => <ToneBadge tone={r.tone} />,
            value: (r) => r.tone,
          },
          ...(props.canEdit
            ? [
                {
                  key: 'move',
                  header: t('common.actions'),
                  cell: (r: IssueArticle) => (
                    <Button size="compact-xs" variant="subtle" onClick={() => setMoving(r)}>
                      {t('issues.move')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal opened={moving !== null} onClose={() => setMoving(null)} title={t('article.moveIssue')}>
        {moving && (
          <MoveDialog
            workspace={props.workspace}
            issue={props.issue}
            article={moving}
            onClose={() => setMoving(null)}
          />
        )}
      </Modal>
      <Modal opened={splitting} onClose={() => setSplitting(false)} title={t('issues.split')}>
        <SplitDialog
          workspace={props.workspace}
          issue={props.issue}
          articles={selected}
          onClose={() => {
            setSplitting(false);
            setSelected([]);
          }}
        />
      </Modal>
    </Stack>
  );
}
