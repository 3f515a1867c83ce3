// The session's CSRF token: the server hands it over at sign-in and in /auth/me; we keep it for the
// tab's lifetime (sessionStorage, not localStorage: it dies with the tab, like the reason for it).
const KEY = 'pantau.csrf';

export function csrfToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberCsrfToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token is fetched again before each change instead.
  }
}
