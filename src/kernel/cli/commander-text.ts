// Commander's own words (usage errors, help headings) in Bahasa Indonesia first, then " — " and the
// English original, like every other message of the CLI. Commander writes its errors as fixed
// English sentences; each known one is matched here, and an unknown one still reads "Galat: …".

const ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [/^unknown option '(.+)'$/, (flag) => `opsi tidak dikenal ${q(flag)}`],
  [/^unknown command '(.+)'$/, (name) => `perintah tidak dikenal ${q(name)}`],
  [/^missing required argument '(.+)'$/, (name) => `argumen wajib ${q(name)} belum diisi`],
  [/^required option '(.+)' not specified$/, (flags) => `opsi wajib ${q(flags)} belum diisi`],
  [/^option '(.+)' argument missing$/, (flags) => `opsi ${q(flags)} butuh nilai`],
  [
    /^option '(.+)' argument '(.*)' is invalid\.(.*)$/,
    (flags, value) => `nilai ${q(value)} untuk opsi ${q(flags)} tidak valid`,
  ],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (name, expected, got) =>
      `terlalu banyak argumen${name ? ` untuk ${q(name)}` : ''}: seharusnya ${expected}, diberikan ${got}`,
  ],
  [/^(.+) cannot be used with (.+)$/, (a, b) => `${a} tidak dapat dipakai bersama ${b}`],
];

const q = (text: string) => `'${text}'`;

/** One commander error message (as given to outputError) in Indonesian, with the English after. */
export function indonesianError(message: string): string {
  const [first, ...rest] = message.replace(/\n$/, '').split('\n');
  const english = first.replace(/^error: /, '');
  let text = `Galat: ${english}`;
  for (const [pattern, say] of ERRORS) {
    const m = pattern.exec(english);
    if (m) {
      text = `Galat: ${say(...m.slice(1))} — ${english}`;
      break;
    }
  }
  const hints = rest.map((line) => {
    const m = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(line);
    return m ? `(Mungkin maksud Anda ${m[1]}? — did you mean ${m[1]}?)` : line;
  });
  return `${[text, ...hints].join('\n')}\n`;
}

const TITLES: Record<string, string> = {
  'Usage:': 'Pemakaian / Usage:',
  'Arguments:': 'Argumen / Arguments:',
  'Options:': 'Opsi / Options:',
  'Global Options:': 'Opsi umum / Global options:',
  'Commands:': 'Perintah / Commands:',
};

/** A help heading commander writes ("Usage:", "Options:" …) in both languages. */
export function helpTitle(title: string): string {
  return TITLES[title] ?? title;
}
