// Text for the PDF's built-in Helvetica, which has only the Windows-1252 (WinAnsi) characters: any
// other character would print as a wrong glyph. The drafts write a real minus sign ("−8%"), editors
// paste thin spaces and arrows; those get their closest WinAnsi spelling, the rest a "?".

const EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const SUBSTITUTES: Record<string, string> = {
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ',
  '\t': ' ',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\uFEFF': '',
  '\u2032': "'",
  '\u2033': '"',
  '\u201B': "'",
  '\u201F': '"',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2713': 'v',
  '\u2714': 'v',
};

function printable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || EXTRAS.includes(ch)
  );
}

/** The text as Helvetica can print it. Pure ASCII (nearly all Indonesian text) passes untouched. */
export function winAnsi(text: string): string {
  if (/^[\x20-\x7e\n]*$/.test(text)) return text;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (printable(ch)) out += ch;
    else out += SUBSTITUTES[ch] ?? (/\p{M}/u.test(ch) ? '' : /\p{Cc}/u.test(ch) ? ' ' : '?');
  }
  return out;
}
