// A search snippet: the server marks matches as «word»; we split on the markers and render marks
// as React elements (the text itself is never treated as HTML).
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf('«');
    if (open === -1) {
      parts.push({ text: rest, marked: false });
      break;
    }
    const close = rest.indexOf('»', open + 1);
    if (close === -1) {
      // An unclosed marker is shown as text rather than marking the rest of the snippet.
      parts.push({ text: rest, marked: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), marked: false });
    parts.push({ text: rest.slice(open + 1, close), marked: true });
    rest = rest.slice(close + 1);
  }
  return parts;
}

export function Snippet(props: { text: string }) {
  return (
    <>
      {snippetParts(props.text).map((part, i) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
