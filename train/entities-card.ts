// The entity tagger's card: what it learnt from under which licence, how, and its scores beside the
// rules it replaces, with which splits are tests and which were read while developing. Written by
// `npm run train`; no dates or timings, so retraining on the same data leaves it unchanged.

import type { EntityScore } from '../src/analyze/entities/tagger/evaluate.ts';
import { TAGGER_BUCKETS } from '../src/analyze/entities/tagger/features.ts';
import {
  type EntityCardScore,
  NEWS_WEIGHT,
  REGIONAL_WEIGHT,
  SHIPPED_FILES,
  TAGGER_EPOCHS,
} from './entities.ts';

const f = (x: number) => x.toFixed(3);
const perClass = (s: EntityScore) =>
  `${f(s.perClass.PER.f1)} / ${f(s.perClass.ORG.f1)} / ${f(s.perClass.LOC.f1)}`;

export function entityModelCard(scores: readonly EntityCardScore[], bytes: number, features: number): string {
  const rows = scores.map(
    (s) =>
      `| ${s.split} | ${s.description} | ${s.sentences} | **${f(s.tagger.micro.f1)}** | ${f(s.rules.micro.f1)} | ${perClass(s.tagger)} | ${perClass(s.rules)} |`,
  );
  return `# Model entitas (orang, organisasi, tempat) — models/entities.bin.gz

Penanda urutan (*sequence tagger*) BIO atas PER / ORG / LOC: perceptron terstruktur berlapis rata-rata
(Collins 2002) dengan dekode Viterbi, ditulis di \`src/analyze/entities/tagger/\`. Fitur tiap kata:
kata dan tetangganya (dua ke kiri dan kanan), bentuk kata, awalan dan akhiran, cara penulisan
(kapital, akronim, pembuka kalimat, judul), penanda leksikon Pantau (gelar, jabatan, kepala nama
tempat dan organisasi, kata depan tempat, kata kerja ujaran), daftar wilayah (bawaan, dibedakan
negara/kota dunia dan wilayah Indonesia, ditambah tempat workspace) dan daftar lembaga resmi
(kementerian, lembaga negara, perangkat daerah, partai; disusun dari peraturan yang menetapkannya,
\`src/analyze/entities/bodies/\`). Fitur di-hash ke ${TAGGER_BUCKETS.toLocaleString('id-ID')} ember; bobot bukan nol: ${features.toLocaleString('id-ID')}; ukuran berkas ${(bytes / 1024).toFixed(0)} KB.
Dibangun ulang dengan \`npm run train -- --data ../shared/data\` (deterministik).

Dalam produk, penanda ini yang memutuskan nama mana orang, organisasi atau tempat; aturan Pantau
hanya meminjamkan bentuk kanonik dan jabatan nama yang juga ditemukan penanda, dan alias yang
dikenal workspace (orang dan lembaga dengan nama panggilannya) tetap menang.

## Data latih
| sumber | lisensi | berkas | bobot |
|---|---|---|---|
| idner-news-2k (berita, berhuruf kapital; khairunnisaor) | MIT | ${SHIPPED_FILES.news.join(', ')} | ${NEWS_WEIGHT} |
| NERGrit, IndoNLU (ensiklopedis) | Apache-2.0 (repositori IndoNLU) | ${SHIPPED_FILES.encyclopedic.join(', ')} | 1 |
| Berita daerah yang ditulis kontributor Pantau (\`corpus/entities/\`) | AGPL-3.0-or-later, seperti Pantau | ${SHIPPED_FILES.regional.join(', ')} | ${REGIONAL_WEIGHT} |

Berita nasional dan berita daerah dihitung ${NEWS_WEIGHT}× dan ${REGIONAL_WEIGHT}× karena itulah yang dibaca Pantau: dengan
bobot sama penanda mengikuti konvensi NERGrit dan kalah pada berita; tanpa berita daerah kami,
lembaga dan tempat daerah ("Dinas Kesehatan Kabupaten Garut", "Desa Cigedug") jarang dikenal utuh.
Pelatihan: ${TAGGER_EPOCHS} putaran, urutan acak berbenih.

## Skor (F1 entitas, cocok persis kata dan jenis, seperti CoNLL)
| data | peran | kalimat | penanda | aturan | F1 PER / ORG / LOC penanda | aturan |
|---|---|---|---|---|---|---|
${rows.join('\n')}

Catatan kejujuran: data uji (\`corpus/entities/regional-test.txt\`, \`nergrit_test_preprocess.txt\`) tidak
pernah dibaca saat pengembangan; skornya adalah hasil. Data uji daerah ditulis kontributor yang
sama jenisnya dengan data latih daerah (provinsi lain, orang dan peristiwa lain), jadi skor pada
berita daerah sungguhan bisa lebih rendah. idner-news-2k dev dan regional-dev dibaca saat aturan
ditulis atau fitur penanda dipilih: skornya skor pengembangan (dinilai dengan model resep yang sama
tanpa dev); model yang dikirim juga belajar darinya. Aturan menang di data tempat aturan ditulis
(idner-news-2k); pada teks yang tidak dipakai menulisnya aturan turun jauh (0,677 pada berita uji
tersembunyi menurut isu 9).
`;
}
