// The SOP's flowchart table as the server draws it (SVG), never smaller than drawn so its small
// print stays readable: on a narrow screen it scrolls sideways inside its own box (reachable by
// keyboard), and the page itself never does. The steps table below it says the same in text.
import { Alert, Anchor, Box, Button, Group, Paper, Skeleton, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalIcon } from '../../app/ui/icons.tsx';

export function SopFlowchart(props: { src: string; title: string; steps: number }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const [attempt, setAttempt] = useState(0);
  const [natural, setNatural] = useState(0);
  const src = attempt === 0 ? props.src : `${props.src}${props.src.includes('?') ? '&' : '?'}r=${attempt}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="sop-flowchart"
      style={{ minWidth: 0 }}
    >
      <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
        <Title order={2} size="h5" id="sop-flowchart">
          {t('sops.flowchart')}
        </Title>
        <Anchor href={props.src} target="_blank" rel="noopener" size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            {t('sops.openFlowchart')}
            <ExternalIcon width={14} height={14} />
          </Group>
        </Anchor>
      </Group>
      <Text size="xs" c="dimmed" mb="xs" hiddenFrom="md">
        {t('sops.flowchartScroll')}
      </Text>
      {state === 'failed' ? (
        <Alert color="red" variant="light" role="alert" title={t('sops.flowchartFailed')}>
          <Button
            size="xs"
            variant="white"
            color="red"
            onClick={() => {
              setState('loading');
              setAttempt((n) => n + 1);
            }}
          >
            {t('common.retry')}
          </Button>
        </Alert>
      ) : (
        <Box
          tabIndex={0}
          role="region"
          aria-label={t('sops.flowchartRegion')}
          data-testid="flowchart-box"
          style={{
            overflowX: 'auto',
            overflowY: 'hidden',
            maxWidth: '100%',
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 6,
            background: '#fff',
          }}
        >
          {state === 'loading' && <Skeleton height={320} radius={0} />}
          <img
            key={src}
            src={src}
            alt={t('sops.flowchartAlt', { title: props.title, n: props.steps })}
            data-testid="flowchart"
            onLoad={(e) => {
              setNatural(e.currentTarget.naturalWidth);
              setState('loaded');
            }}
            onError={() => setState('failed')}
            // Never narrower than drawn (its print would shrink); on a wide screen it grows to fill its box.
            style={{
              display: state === 'loaded' ? 'block' : 'none',
              width: '100%',
              minWidth: natural || undefined,
              maxWidth: natural ? natural * 1.6 : 'none',
              height: 'auto',
            }}
          />
        </Box>
      )}
    </Paper>
  );
}
