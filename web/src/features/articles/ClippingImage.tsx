// The article's region of the newspaper page, cut from the page image on a canvas (the box is in
// the image's pixels, so no page size is needed): the evidence beside the OCR text.
import { Skeleton, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../clippings/clippings.api.ts';

/** The page image's address, naming the workspace like every other request. */
export function withWorkspace(url: string, workspace: string): string {
  if (/[?&]workspace=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}workspace=${encodeURIComponent(workspace)}`;
}

export function ClippingImage(props: { src: string; box: Box; label: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const { x, y, w, h } = props.box;

  useEffect(() => {
    setState('loading');
    const image = new Image();
    image.onload = () => {
      const c = canvas.current;
      const g = c?.getContext('2d');
      if (!c || !g) return;
      c.width = w;
      c.height = h;
      g.drawImage(image, x, y, w, h, 0, 0, w, h);
      setState('ready');
    };
    image.onerror = () => setState('failed');
    image.src = props.src;
    return () => {
      image.onload = null;
      image.onerror = null;
    };
  }, [props.src, x, y, w, h]);

  return (
    <>
      {state === 'loading' && <Skeleton h={320} radius="sm" />}
      {state === 'failed' && (
        <Text size="sm" c="red">
          {t('article.print.imageFailed')}
        </Text>
      )}
      <canvas
        ref={canvas}
        role="img"
        aria-label={props.label}
        data-testid="clipping-image"
        style={{
          display: state === 'ready' ? 'block' : 'none',
          width: '100%',
          height: 'auto',
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 4,
        }}
      />
    </>
  );
}
