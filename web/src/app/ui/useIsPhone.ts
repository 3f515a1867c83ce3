// Phone-sized screens (below Mantine's `sm`, 48em): tables become cards, the navigation a drawer.
import { useMediaQuery } from '@mantine/hooks';

export function useIsPhone(): boolean {
  // Read synchronously so a phone never flashes the desktop table first.
  return useMediaQuery('(max-width: 48em)', window.matchMedia('(max-width: 48em)').matches, {
    getInitialValueInEffect: false,
  });
}
