// The tone model's card: what it learnt from under which licence, how it was trained, and its
// scores on each test split beside the lexicon it replaces. Written by `npm run train`; no dates
// or timings, so retraining on the same data leaves it unchanged.
import type { ToneScores } from '../src/analyze/tone/metrics.ts';
import { DEFAULT_TRAINING } from '../src/analyze/tone/model/softmax.ts';
import { DOMAIN_WEIGHTS } from './tone.ts';
import type { ToneRow } from './tone-data.ts';
import type { ToneTestSet } from './tone-sets.ts';

export interface CardScore {
  set: ToneTestSet;
  model: ToneScores;
  lexicon: ToneScores;
}

function counts(rows: readonly ToneRow[]): string {
  const by = (label: string) => rows.filter((r) => r.label === label).length;
  return `${rows.length} (positif ${by('positive')}, negatif ${by('negative')}, netral ${by('neutral')})`;
}

const f = (x: number) => x.toFixed(3);

export function toneModelCard(
  training: readonly ToneRow[],
  scores: readonly CardScore[],
  bytes: number,
): string {
  const domain = (d: ToneRow['domain']) => training.filter((r) => r.domain === d);
  const rows = scores.map(
    ({ set, model, lexicon }) =>
      `| ${set.name} | ${set.description} | ${set.rows.length} | **${f(model.macroF1)}** | ${f(lexicon.macroF1)} | ${f(model.perClass.positive.f1)} / ${f(model.perClass.negative.f1)} / ${f(model.perClass.neutral.f1)} |`,
  );
  return `# Model nada (tone) — models/tone.bin.gz

Regresi logistik tiga kelas (positif / negatif / netral) atas fitur kalimat yang di-hash ke
${(2 ** 18).toLocaleString('id-ID')} ember: kata (huruf kecil), kata dasar, pasangan kata dasar, n-gram karakter 3–5,
kata yang dinegasikan, dan temuan leksikon Pantau (arah dan aturannya, bernilai bobot temuan).
Dibangun ulang dengan \`npm run train -- --data ../shared/data\` (deterministik: data yang sama
menghasilkan berkas yang sama). Ukuran berkas: ${(bytes / 1024).toFixed(0)} KB.

Dalam produk, tiap kalimat diberi polaritas = selisih peluang kelas terkuat dengan kelas kedua bila
kelas terkuat positif atau negatif (nol bila netral); polaritas itu dibagi ke kata dan frasa
leksikon sesuai sumbangannya, lalu dijumlahkan per artikel (judul dua kali) dan per subjek
(klausa yang menyebut subjek) seperti sebelumnya. Alasan nada yang ditampilkan adalah kata dan
frasa dengan sumbangan terbesar.

## Data latih
| sumber | lisensi | contoh |
|---|---|---|
| Kalimat dan judul berita yang ditulis kontributor Pantau (\`corpus/tone/train/\`, \`test/fixtures/tone/dev.jsonl\`) | AGPL-3.0-or-later, seperti Pantau | ${counts(domain('news'))} |
| SmSA, IndoNLU (\`smsa_train_preprocess.tsv\`) | Apache-2.0 | ${counts(domain('reviews'))} |
| CASA dan HoASA, IndoNLU (\`*_train.csv\`; nada ulasan = nada aspek yang sepakat, ulasan campuran tidak dipakai) | Apache-2.0 / CC BY-SA 4.0 | ${counts(domain('aspect-reviews'))} |

Tiap kelas dalam satu sumber berbobot sama; bobot sumber: ${Object.entries(DOMAIN_WEIGHTS)
    .map(([d, w]) => `${d} ${w}`)
    .join(
      ', ',
    )} (relatif terhadap sumber terbesar). Pelatihan: AdaGrad, ${DEFAULT_TRAINING.epochs} putaran, laju ${DEFAULT_TRAINING.rate}, L2 ${DEFAULT_TRAINING.l2}, urutan acak berbenih ${DEFAULT_TRAINING.seed}.

## Skor pada data uji (macro-F1; tidak dibaca saat pengembangan)
| data uji | isi | baris | model | leksikon | F1 positif / negatif / netral (model) |
|---|---|---|---|---|---|
${rows.join('\n')}

Catatan kejujuran: \`news-test\` ditulis oleh kontributor yang sama jenisnya dengan data latih berita
(gaya tulisan bisa lebih mirip satu sama lain daripada berita sungguhan). Skor pada berita nyata
yang belum pernah dilihat bisa lebih rendah; koreksi analis di tiap workspace melatih model
workspace di atasnya.
`;
}
