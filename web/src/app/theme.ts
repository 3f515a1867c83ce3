// A calm, government-appropriate look: Mantine's defaults with a deep teal primary and the system
// font (Inter when installed), nothing fetched from font services.
import { Badge, createTheme, type MantineColorsTuple } from '@mantine/core';

const pantau: MantineColorsTuple = [
  '#e6f4f6',
  '#cde6ea',
  '#9ccdd5',
  '#67b2bf',
  '#3e9bab',
  '#258c9e',
  '#148497',
  '#037284',
  '#0b5563',
  '#003e4a',
];

export const theme = createTheme({
  primaryColor: 'pantau',
  primaryShade: { light: 7, dark: 5 },
  colors: { pantau },
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // A badge's word is its meaning (Positif, Siaga, Basi): never cut it to "POSIT…".
    Badge: Badge.extend({ styles: { root: { flexShrink: 0 }, label: { overflow: 'visible' } } }),
  },
});
