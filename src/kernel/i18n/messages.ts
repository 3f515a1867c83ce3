// Messages in the user's language. Pantau's messages are written once in both languages,
// "Bahasa Indonesia — English"; this picks the half the caller asked for (Indonesian first).
export type Language = 'id' | 'en';

export function localize(message: string, language: Language): string {
  const at = message.indexOf(' — ');
  if (at < 0) return message;
  return language === 'en' ? message.slice(at + 3) : message.slice(0, at);
}

/** The caller's language from an Accept-Language header: English only when it comes before Indonesian. */
export function languageFrom(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.tag === 'id' || x.tag === 'en' || x.tag === 'in')
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.tag === 'en' ? 'en' : 'id';
}
