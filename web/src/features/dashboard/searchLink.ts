// The search page filtered to the articles behind a mark on a chart: a day of the volume chart,
// a tone segment, an outlet's bar, an issue.
export interface SearchFilters {
  q?: string;
  from?: string;
  to?: string;
  outlet?: string;
  tone?: string;
  /** One subject (the API filters by one); a list of several is left out. */
  subject?: number | string | (number | string)[];
  issue?: number | string;
  sort?: 'relevance' | 'newest' | 'oldest';
}

export function searchLink(filters: SearchFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 1) params.set(key, String(value[0]));
    } else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/cari?${qs}` : '/cari';
}

/** The end of a bucket: the next bucket's start, or the end of the period for the last one. */
export function bucketEnd(buckets: { bucket: string }[], index: number, periodEnd: string): string {
  return buckets[index + 1]?.bucket ?? periodEnd;
}
