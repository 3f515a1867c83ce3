// What a workspace knows about who speaks in its news, learnt from analysts' quote-speaker
// corrections (see speaker-lesson.ts): people it knows are quoted, and who holds a title.

/** "Kadis PU" → "Bambang Irawan": a title the office's analysts saw a person hold. */
export interface TitleHolder {
  title: string;
  person: string;
}

export interface KnownSpeakers {
  /** Canonical names of people analysts named as speakers. */
  people: string[];
  /** At most one holder per title, the one named most recently. */
  holders: TitleHolder[];
}

/** How a title is compared: case and spacing do not matter ("kadis  pu" is "Kadis PU"). */
export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The learnt holder of a title written alone ("kata Kadis PU"), if any. */
export function learntHolder(known: KnownSpeakers | undefined, title: string): TitleHolder | null {
  if (!known?.holders.length) return null;
  const key = titleKey(title);
  return known.holders.find((h) => titleKey(h.title) === key) ?? null;
}
