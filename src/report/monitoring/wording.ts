// How the report says numbers and changes in Indonesian: "1.234 artikel", "naik 12% dari periode
// sebelumnya (1.100)", "42% negatif".

const NUMBER = new Intl.NumberFormat('id-ID');

export const count = (n: number) => NUMBER.format(n);

export function percent(part: number, whole: number): string {
  return whole > 0 ? `${NUMBER.format(Math.round((part / whole) * 100))}%` : '0%';
}

/** "naik 12% dari 1.100 pada periode sebelumnya", "turun …", "sama dengan …", "… (periode sebelumnya tanpa data)". */
export function change(current: number, previous: number): string {
  if (previous === 0)
    return current === 0 ? 'sama dengan periode sebelumnya' : 'periode sebelumnya tidak ada pemberitaan';
  if (current === previous) return `sama dengan periode sebelumnya (${count(previous)})`;
  const pct = Math.round((Math.abs(current - previous) / previous) * 100);
  return `${current > previous ? 'naik' : 'turun'} ${count(pct)}% dari ${count(previous)} pada periode sebelumnya`;
}

/** Signed change for tables: "+12%", "−8%", "0%", "baru". */
export function changeCell(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? '0%' : 'baru';
  const pct = Math.round(((current - previous) / previous) * 100);
  return pct > 0 ? `+${pct}%` : pct < 0 ? `−${-pct}%` : '0%';
}

export const TONE_WORD = { positive: 'Positif', neutral: 'Netral', negative: 'Negatif' } as const;

export function toneWord(tone: 'positive' | 'neutral' | 'negative' | null): string {
  return tone ? TONE_WORD[tone] : 'Belum dianalisis';
}
