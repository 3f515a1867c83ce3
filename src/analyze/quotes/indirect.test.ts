// Reported speech without quote marks: verbs of saying, "menurut", a cue after a comma, and pronouns.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.ts';

const reported = (text: string) => findQuotes(text).filter((q) => q.kind === 'indirect');

describe('indirect statements', () => {
  it('reads X mengatakan bahwa … to the end of the sentence', () => {
    const text =
      'Kepala Dinas Kesehatan Sukamaju, Rina Kartika, mengatakan bahwa vaksinasi lanjutan dimulai pekan depan. Warga diminta membawa KTP.';
    const [q] = reported(text);
    expect(q?.speaker).toBe('Rina Kartika');
    expect(q?.role).toBe('Kepala Dinas Kesehatan Sukamaju');
    expect(q?.text).toBe('vaksinasi lanjutan dimulai pekan depan');
  });

  it.each([
    [
      'Budi Santoso menyebutkan, sebanyak 120 rumah rusak akibat angin kencang.',
      'sebanyak 120 rumah rusak akibat angin kencang',
    ],
    [
      'Budi Santoso menjelaskan perbaikan tanggul dikerjakan mulai Juli.',
      'perbaikan tanggul dikerjakan mulai Juli',
    ],
    [
      'Menurut Budi Santoso, perbaikan tanggul dikerjakan mulai Juli.',
      'perbaikan tanggul dikerjakan mulai Juli',
    ],
    [
      'Perbaikan tanggul dikerjakan mulai Juli, kata Budi Santoso.',
      'Perbaikan tanggul dikerjakan mulai Juli',
    ],
  ])('%s', (text, statement) => {
    const [q] = reported(text);
    expect(q?.text).toBe(statement);
    expect(q?.speaker).toBe('Budi Santoso');
  });

  it('resolves Ia menambahkan to the last person named', () => {
    const text =
      'Camat Cibening Yusuf Maulana mengatakan, jalan desa rusak sepanjang dua kilometer. Ia menambahkan, perbaikan menunggu anggaran perubahan.';
    expect(reported(text).map((q) => [q.speaker, q.text])).toEqual([
      ['Yusuf Maulana', 'jalan desa rusak sepanjang dua kilometer'],
      ['Yusuf Maulana', 'perbaikan menunggu anggaran perubahan'],
    ]);
  });

  it('ignores an office handing over goods rather than speaking', () => {
    const text = 'Pemerintah Kota Sukamaju menyampaikan bantuan beras kepada korban banjir.';
    expect(reported(text)).toEqual([]);
  });
});
