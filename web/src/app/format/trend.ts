// Which way a daily series is going, in numbers a person can say: the mean per day of its first
// third against that of its last third (one decimal), e.g. "rising from 2 to 9 a day".

export interface Trend {
  direction: 'up' | 'down' | 'flat' | 'none';
  /** Mean per day over the first third of the days, to one decimal. */
  from: number;
  /** Mean per day over the last third of the days, to one decimal. */
  to: number;
  total: number;
}

const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
const meanPerDay = (xs: number[]) => Math.round((sum(xs) / xs.length) * 10) / 10;

export function trendOf(values: number[]): Trend {
  const total = sum(values);
  if (total === 0) return { direction: 'none', from: 0, to: 0, total };
  const third = Math.max(1, Math.floor(values.length / 3));
  const from = meanPerDay(values.slice(0, third));
  const to = meanPerDay(values.slice(-third));
  return { direction: to > from ? 'up' : to < from ? 'down' : 'flat', from, to, total };
}
