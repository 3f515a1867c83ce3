import { describe, expect, it } from 'vitest';
import { findEntities } from './index.ts';

const pairs = (text: string) => findEntities(text).map((e) => [e.text, e.type] as const);

describe('findEntities news conventions', () => {
  it('reports the house, not its numbered commission', () => {
    expect(pairs('Anggota Komisi IV DPR Rahmat Hidayat meninjau gudang beras.')).toEqual([
      ['DPR', 'ORG'],
      ['Rahmat Hidayat', 'PER'],
    ]);
    expect(pairs('Rapat dengar pendapat digelar Komisi II pekan depan.')).toEqual([]);
  });

  it('reports the party, not the board written before it', () => {
    expect(pairs('Keputusan DPP sudah final, kata Ketua DPW Golkar Andi Saputra.')).toEqual([
      ['Golkar', 'ORG'],
      ['Andi Saputra', 'PER'],
    ]);
    expect(pairs('Sebanyak 20 DPD Lampung mendukung usulan itu.')).toEqual([]);
  });

  it('keeps a lower-case side of a place inside the place, but not the aspect word "tengah"', () => {
    expect(pairs('Roket jatuh di Suriah utara dan di Irak barat laut.')).toEqual([
      ['Suriah utara', 'LOC'],
      ['Irak barat laut', 'LOC'],
    ]);
    expect(pairs('Warga di Mesir tengah menunggu hasil pemilu.')).toEqual([['Mesir', 'LOC']]);
  });

  it('reads a parliament complex as a place with its head word', () => {
    expect(pairs('Ia ditemui di kompleks DPR, Senayan.')).toEqual([
      ['kompleks DPR', 'LOC'],
      ['Senayan', 'LOC'],
    ]);
  });

  it('reads a hyphenated ticket after "pemerintahan" as the government, not a person', () => {
    expect(pairs('Program itu dijalankan pemerintahan Budi-Rahmat sejak awal.')).toEqual([]);
  });

  it('reads Agung as a given name unless it completes an office', () => {
    expect(pairs('Ketua Umum Partai Golkar Agung Laksono hadir. Jaksa Agung Burhan Said datang.')).toEqual([
      ['Partai Golkar', 'ORG'],
      ['Agung Laksono', 'PER'],
      ['Burhan Said', 'PER'],
    ]);
  });
});
