// A clipping's stored error as a sentence for people: the stable code the server puts in front
// ("unsupported_format: …") is for programs and logs, not for the page.
export function readableError(error: string | null): string | null {
  return error ? error.replace(/^[a-z][a-z0-9_]*:\s*/, '') : null;
}
