// Political parties of the 2024 general election: the 18 national parties and the 6 Aceh local parties
// that Keputusan KPU No. 518 Tahun 2022 (penetapan partai politik peserta Pemilu anggota DPR dan DPRD
// serta partai politik lokal Aceh peserta Pemilu anggota DPRA dan DPRK Tahun 2024) declared, with
// Partai Ummat, which Keputusan KPU No. 551 Tahun 2022 (perubahan atas Keputusan KPU No. 518 Tahun 2022)
// added after the Bawaslu-mediated re-verification. Listed by ballot number (Keputusan KPU No. 519 and
// No. 552 Tahun 2022): the national parties 1–17 and Partai Ummat (24), then the Aceh parties 18–23.
//
// The entity tagger reads "this word is part of a listed official body" as a feature. News names most
// parties by a short form ("Gerindra", "PKB"), so those are listed; a short form that reads as a common
// word or another body is listed only with "Partai" before it ("Partai Garuda", "Partai Gelora").
// "PBB" is no short form of Partai Bulan Bintang here: in news it is far more often the United Nations
// (Perserikatan Bangsa-Bangsa) or the land and building tax (Pajak Bumi dan Bangunan). "PA" for Partai
// Aceh is left out for the same reason.
import type { OfficialBody } from './index.ts';

const KPU_518_2022 =
  'Keputusan KPU No. 518 Tahun 2022 (penetapan partai politik peserta Pemilu anggota DPR dan DPRD serta ' +
  'partai politik lokal Aceh peserta Pemilu anggota DPRA dan DPRK Tahun 2024)';
const KPU_551_2022 =
  'Keputusan KPU No. 551 Tahun 2022 tentang Perubahan atas Keputusan KPU No. 518 Tahun 2022';

const party = (name: string, short: readonly string[], source: string = KPU_518_2022): OfficialBody => ({
  name,
  short,
  kind: 'party',
  source,
});

export const NATIONAL_PARTIES_2024: readonly OfficialBody[] = [
  party('Partai Kebangkitan Bangsa', ['PKB']),
  party('Partai Gerakan Indonesia Raya', ['Gerindra', 'Partai Gerindra']),
  party('Partai Demokrasi Indonesia Perjuangan', ['PDI-P', 'PDIP', 'PDI Perjuangan']),
  party('Partai Golongan Karya', ['Golkar', 'Partai Golkar']),
  party('Partai NasDem', ['NasDem']),
  party('Partai Buruh', []),
  party('Partai Gelombang Rakyat Indonesia', ['Partai Gelora']),
  party('Partai Keadilan Sejahtera', ['PKS']),
  party('Partai Kebangkitan Nusantara', ['PKN']),
  party('Partai Hati Nurani Rakyat', ['Hanura', 'Partai Hanura']),
  party('Partai Garda Republik Indonesia', ['Partai Garuda']),
  party('Partai Amanat Nasional', ['PAN']),
  party('Partai Bulan Bintang', []),
  party('Partai Demokrat', ['Demokrat']),
  party('Partai Solidaritas Indonesia', ['PSI']),
  party('Partai Persatuan Indonesia', ['Perindo', 'Partai Perindo']),
  party('Partai Persatuan Pembangunan', ['PPP']),
  party('Partai Ummat', [], KPU_551_2022),
];

export const ACEH_LOCAL_PARTIES_2024: readonly OfficialBody[] = [
  party('Partai Nanggroe Aceh', ['PNA']),
  party("Partai Generasi Atjeh Beusaboh Tha'at dan Taqwa", ['Gabthat', 'Partai Gabthat']),
  party('Partai Darul Aceh', ['PDA']),
  party('Partai Aceh', []),
  party('Partai Adil Sejahtera Aceh', ['PAS Aceh']),
  party('Partai Soliditas Independen Rakyat Aceh', ['Partai SIRA']),
];

/** National parties, then the Aceh local parties. */
export const PARTIES: readonly OfficialBody[] = [...NATIONAL_PARTIES_2024, ...ACEH_LOCAL_PARTIES_2024];
