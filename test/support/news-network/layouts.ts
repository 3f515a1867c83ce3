// Renders an article page in its outlet's theme.
import type { PageModel } from './article-page.ts';
import { legacyLayout, tribuneLayout } from './layouts-classic.ts';
import { minimalLayout, portalLayout, wordpressLayout } from './layouts-modern.ts';
import type { LayoutId } from './outlets.ts';

const RENDERERS: Record<LayoutId, (m: PageModel) => string> = {
  portal: portalLayout,
  wordpress: wordpressLayout,
  tribune: tribuneLayout,
  minimal: minimalLayout,
  legacy: legacyLayout,
};

export function renderArticle(m: PageModel): string {
  return RENDERERS[m.outlet.layout](m);
}
