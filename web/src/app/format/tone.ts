// One spelling of tone in the app: the analysis speaks English labels (positive), the dashboard
// and corrections Indonesian ones (positif); users always see the word beside the colour.
export type Tone = 'positif' | 'netral' | 'negatif';
export const TONES: Tone[] = ['positif', 'netral', 'negatif'];

export const TONE_COLORS: Record<Tone, string> = {
  positif: '#2b8a3e',
  netral: '#868e96',
  negatif: '#c92a2a',
};

/** Mantine colour names for badges, matching TONE_COLORS. */
export const TONE_MANTINE: Record<Tone, string> = { positif: 'green', netral: 'gray', negatif: 'red' };

export function toneKey(label: string | null | undefined): Tone {
  switch ((label ?? '').toLowerCase()) {
    case 'positive':
    case 'positif':
      return 'positif';
    case 'negative':
    case 'negatif':
      return 'negatif';
    default:
      return 'netral';
  }
}
