// Commander's usage errors and help headings as a user reads them: Indonesian first, English after.
import { describe, expect, it } from 'vitest';
import { helpTitle, indonesianError } from './commander-text.ts';

describe('commander messages in Bahasa Indonesia', () => {
  it('translates the usage errors a mistyped command produces, keeping the English', () => {
    expect(indonesianError("error: unknown option '--nama'\n(Did you mean --name?)\n")).toBe(
      "Galat: opsi tidak dikenal '--nama' — unknown option '--nama'\n" +
        '(Mungkin maksud Anda --name? — did you mean --name?)\n',
    );
    expect(indonesianError("error: missing required argument 'slug'\n")).toBe(
      "Galat: argumen wajib 'slug' belum diisi — missing required argument 'slug'\n",
    );
    expect(indonesianError("error: required option '--name <name>' not specified\n")).toBe(
      "Galat: opsi wajib '--name <name>' belum diisi — required option '--name <name>' not specified\n",
    );
    expect(indonesianError("error: too many arguments for 'list'. Expected 0 arguments but got 1.\n")).toBe(
      "Galat: terlalu banyak argumen untuk 'list': seharusnya 0, diberikan 1 — too many arguments for 'list'. Expected 0 arguments but got 1.\n",
    );
    expect(indonesianError("error: unknown command 'sourcs'\n(Did you mean sources?)\n")).toContain(
      "Galat: perintah tidak dikenal 'sourcs'",
    );
  });

  it('still says "Galat" for a message it does not know', () => {
    expect(indonesianError('error: something new\n')).toBe('Galat: something new\n');
  });

  it('names the help headings in both languages', () => {
    expect(helpTitle('Usage:')).toBe('Pemakaian / Usage:');
    expect(helpTitle('Options:')).toBe('Opsi / Options:');
    expect(helpTitle('Other:')).toBe('Other:');
  });
});
