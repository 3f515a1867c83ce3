// URL resolution for feed links: relative references resolve against xml:base or the document URL;
// absolute ones are kept exactly as the publisher wrote them (only trimmed).

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

export function resolveUrl(href: string, base: string | null | undefined): string {
  const trimmed = href.trim();
  if (trimmed === '' || ABSOLUTE.test(trimmed)) return trimmed;
  const from = base ?? (trimmed.startsWith('//') ? 'https:' : null);
  if (!from) return trimmed;
  try {
    return new URL(trimmed, from).href;
  } catch {
    return trimmed;
  }
}

export function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(value);
}
