// The target-dependent tone model's card: data, training, and its scores toward the target on our
// dev and test files beside the clause-weighted reading it refines. Written by `npm run train`;
// no dates or timings, so retraining on the same data leaves it unchanged.
import type { ToneLabel } from '../src/analyze/types.ts';
import { TARGET_TRAINING, type TargetRow, type TargetScores } from './target-tone.ts';

const f = (x: number) => x.toFixed(3);

function counts(rows: readonly TargetRow[]): string {
  const by = (label: ToneLabel) => rows.filter((r) => r.label === label).length;
  const differing = rows.filter((r) => r.label !== r.overall).length;
  return `${rows.length} (positif ${by('positive')}, negatif ${by('negative')}, netral ${by('neutral')}; ${differing} berbeda dari nada teksnya)`;
}

export function targetToneCard(
  training: readonly TargetRow[],
  scores: readonly { name: string; role: string; scores: TargetScores }[],
  bytes: number,
): string {
  const rows = scores.map(({ name, role, scores: s }) => {
    const pc = s.model.perClass;
    return `| ${name} | ${role} | ${s.rows} | **${f(s.model.macroF1)}** | ${f(s.reading.macroF1)} | ${f(pc.positive.f1)} / ${f(pc.negative.f1)} / ${f(pc.neutral.f1)} | ${f(s.differing.model)} (${f(s.differing.reading)}) dari ${s.differing.rows} |`;
  });
  return `# Model nada terhadap subjek — models/target-tone.bin.gz

Regresi logistik tiga kelas (positif / negatif / netral) atas nada sebuah teks **terhadap satu
sasaran** yang disebut di dalamnya (wali kota, dinas, kontraktor…). Fiturnya: bacaan berbobot klausa
terhadap sasaran dan nada teks seluruhnya (sebagai dugaan awal yang boleh dikoreksi model), lalu di
sekitar tiap sebutan sasaran kata dasar di kiri dan kanannya dalam klausa yang sama dan frasa
bernada di tiap sisi (jarak, dikutip atau tidak). Dibangun ulang dengan \`npm run train -- --data
../shared/data\` (deterministik). Ukuran berkas: ${(bytes / 1024).toFixed(0)} KB.

Dalam produk, label nada terhadap subjek adalah kelas yang paling mungkin; skornya P(positif) −
P(negatif). Alasan yang ditampilkan tetap frasa dari bacaan berbobot klausa yang searah dengan label.

## Data latih
| sumber | lisensi | contoh |
|---|---|---|
| Teks berita dengan nada terhadap sasaran, ditulis kontributor Pantau (\`corpus/tone/train/target-*.jsonl\`; penulisnya tidak melihat berkas dev dan uji) | AGPL-3.0-or-later, seperti Pantau | ${counts(training)} |

Pelatihan: AdaGrad, ${TARGET_TRAINING.epochs} putaran, laju ${TARGET_TRAINING.rate}, L2 ${TARGET_TRAINING.l2}, urutan acak berbenih ${TARGET_TRAINING.seed}. Jumlah putaran dan lebar jendela dipilih pada berkas dev.

## Skor (macro-F1 terhadap sasaran)
| berkas | peran | baris | model | bacaan berbobot klausa | F1 pos / neg / net (model) | akurasi di baris yang nadanya berbeda dari teks: model (bacaan) |
|---|---|---|---|---|---|---|
${rows.join('\n')}

Berkas uji hanya dinilai, tidak pernah dibaca saat pengembangan. Semua teks ditulis oleh kami,
bukan berita nyata: skor pada berita sungguhan bisa lebih rendah.
`;
}
