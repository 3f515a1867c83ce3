// A print article's evidence: its region of the newspaper page beside the text, where it was
// printed, which text version is shown, and the way to the clipping's region editor.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { ClippingImage, withWorkspace } from './ClippingImage.tsx';
import { type ArticleClipping, useTextVersions } from './printArticle.api.ts';

/** "Media cetak · Harian Sukamaju · 5 Des 2026 · hlm. 3" */
export function usePrintLine() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (c: ArticleClipping) =>
    [
      t('article.print.medium'),
      c.outlet,
      fmt.date(c.editionDate),
      t('article.print.page', { n: c.pageNo }),
    ].join(' · ');
}

export function PrintClippingPanel(props: {
  workspace: string;
  articleId: number;
  clipping: ArticleClipping;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const line = usePrintLine();
  const { clipping } = props;
  const versions = useTextVersions(props.workspace, props.articleId);
  const newest = versions.data?.[0];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="clipping-title">
      <Stack gap="xs">
        <Text fw={600} size="sm" id="clipping-title">
          {t('article.print.clipping')}
        </Text>
        <ClippingImage
          src={withWorkspace(clipping.imageUrl, props.workspace)}
          box={clipping.box}
          label={t('article.print.imageLabel', { line: line(clipping) })}
        />
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/kliping/${clipping.clippingId}`} size="sm">
            {t('article.print.openEditor')}
          </Anchor>
          <Anchor
            href={withWorkspace(clipping.imageUrl, props.workspace)}
            target="_blank"
            rel="noopener"
            size="sm"
          >
            {t('article.print.wholePage')}
          </Anchor>
        </Group>
        {newest && (
          <Text size="xs" c="dimmed" data-testid="text-version">
            {newest.version === 1
              ? t('article.print.shownOcr')
              : t('article.print.shownVersion', {
                  n: newest.version,
                  by: newest.by ?? t('common.unknown'),
                  when: fmt.dateTime(newest.at),
                })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
