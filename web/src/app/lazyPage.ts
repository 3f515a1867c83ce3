// Each page is its own chunk, loaded when first opened, so the first load carries only the frame.
import { type ComponentType, lazy } from 'react';

export function lazyPage<M extends Record<string, unknown>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
