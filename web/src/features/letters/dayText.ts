// A letter's dates are local days (YYYY-MM-DD), not instants: shown at midday so no zone moves them.
export const dayInstant = (day: string) => `${day}T05:00:00Z`;
