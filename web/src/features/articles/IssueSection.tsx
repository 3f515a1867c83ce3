// The issue the article was filed in and why; an analyst may move it to another issue, and the
// machine will not move it back.
import { Anchor, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { useIssues, useMoveArticle } from '../issues/issues.api.ts';
import type { Analysis } from './article.api.ts';

function MoveToIssue(props: {
  workspace: string;
  articleId: number;
  currentId: number | null;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const issues = useIssues(props.workspace, 90, 200);
  const [target, setTarget] = useState<string | null>(null);
  const move = useMoveArticle(props.workspace);
  const options = (issues.data ?? [])
    .filter((i) => i.id !== props.currentId)
    .map((i) => ({ value: String(i.id), label: i.label }));
  return (
    <Stack gap="xs">
      <Select
        size="xs"
        label={t('article.chooseIssue')}
        searchable
        value={target}
        onChange={setTarget}
        data={options}
        disabled={issues.isPending}
        nothingFoundMessage="—"
      />
      <Group gap="xs">
        <Button
          size="xs"
          disabled={!target}
          loading={move.isPending}
          onClick={() =>
            move.mutate(
              { articleId: props.articleId, issueId: Number(target) },
              {
                onSuccess: (res) => {
                  showToast({ title: t('article.moved', { label: res.issue.label }) });
                  props.onDone();
                },
              },
            )
          }
        >
          {t('issues.move')}
        </Button>
        <Button size="xs" variant="default" onClick={props.onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
      <ProblemAlert error={move.error} />
    </Stack>
  );
}

export function IssueSection(props: { workspace: string; analysis: Analysis; canEdit: boolean }) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState(false);
  const { issue } = props.analysis;
  return (
    <Stack gap="xs" component="section" aria-labelledby="issue-title">
      <Title order={3} size="h6" id="issue-title">
        {t('article.issue')}
      </Title>
      {issue ? (
        <div>
          <Anchor component={Link} to={`/isu/${issue.id}`} size="sm" fw={600}>
            {issue.label}
          </Anchor>
          {issue.pinned && (
            <Badge size="xs" variant="light" ml={6}>
              {t('article.pinned')}
            </Badge>
          )}
          {issue.reason && (
            <Text size="xs" c="dimmed" mt={2}>
              {issue.reason}
            </Text>
          )}
        </div>
      ) : (
        <Text size="sm" c="dimmed">
          {t('article.noIssue')}
        </Text>
      )}
      {props.canEdit &&
        (moving ? (
          <MoveToIssue
            workspace={props.workspace}
            articleId={props.analysis.articleId}
            currentId={issue?.id ?? null}
            onDone={() => setMoving(false)}
          />
        ) : (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setMoving(true)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('article.moveIssue')}
          </Button>
        ))}
    </Stack>
  );
}
