// Drafts SOP A's media-monitoring report from one period's data: the sections the seed's step 1
// asks of the analyst (news about the region in print and online media, as input for the
// leadership), written as editable rich text with the figures, tables and charts beside them.
// Every sentence states a figure the data holds; recommendations name the agency whose name the
// issue's own words mention, and say so, so a reviewer can see why and correct it.
import { bullets, doc, numbered, paragraph, type RichBlock, text } from '../rich-text.ts';
import type { KeyIssueData, ReportData } from './data.ts';
import type { MonitoringReport, ReportChart, ReportSection, ReportTable } from './model.ts';
import { responsibleAgency } from './responsible-agency.ts';
import { change, changeCell, count, percent, TONE_WORD, toneWord } from './wording.ts';

const bold = (t: string) => text(t, { type: 'bold' });

function section(
  key: string,
  title: string,
  body: RichBlock[],
  extra: Partial<ReportSection> = {},
): ReportSection {
  return { key, title, body: doc(...body), charts: [], tables: [], ...extra };
}

function dominantTone(t: { positive: number; neutral: number; negative: number }) {
  const order = (['negative', 'positive', 'neutral'] as const).slice().sort((a, b) => t[b] - t[a]);
  return order[0];
}

function introduction(d: ReportData): ReportSection {
  return section('pendahuluan', 'Pendahuluan', [
    paragraph(
      `Laporan ini menyajikan hasil pemantauan pemberitaan seputar ${d.region} dan pimpinannya di media cetak dan online pada periode `,
      bold(d.period.label),
      `. Sebanyak ${count(d.totals.articles.current)} berita dari ${count(d.totals.outlets.current)} media dihimpun dan dianalisis nada pemberitaannya terhadap pemerintah daerah, isu yang diangkat, serta narasumber yang dikutip.`,
    ),
    paragraph(
      'Laporan disusun sebagai bahan pertimbangan pimpinan atas kebijakan dan program pembangunan, serta sebagai dasar tindak lanjut oleh perangkat daerah terkait.',
    ),
  ]);
}

function summary(d: ReportData): ReportSection {
  const total = d.totals.articles.current;
  const items: (string | ReturnType<typeof text>)[][] = [
    [bold(`${count(total)} berita`), `, ${change(total, d.totals.articles.previous)}.`],
    [
      `Nada pemberitaan: ${percent(d.tones.positive, total)} positif, ${percent(d.tones.neutral, total)} netral, ${percent(d.tones.negative, total)} negatif; berita negatif ${change(d.totals.negative.current, d.totals.negative.previous)}.`,
    ],
  ];
  const top = d.keyIssues[0];
  if (top)
    items.push([`Isu paling banyak diberitakan: `, bold(top.title), ` (${count(top.articles)} berita).`]);
  if (d.alerts.length > 0)
    items.push([
      `${count(d.alerts.length)} peringatan dini krisis muncul pada periode ini; yang tertinggi: ${d.alerts[0].level} untuk ${d.alerts[0].scope}.`,
    ]);
  if (d.negative.length > 0)
    items.push([
      `${count(d.negative.length)} berita negatif dicatat untuk dipertimbangkan tanggapannya (bagian Pemberitaan Negatif).`,
    ]);
  return section('ringkasan', 'Ringkasan Eksekutif', [bullets(items)]);
}

function statistics(d: ReportData): { section: ReportSection; charts: ReportChart[] } {
  const t = d.totals;
  const totals: ReportTable = {
    caption: `Jumlah pemberitaan periode ${d.period.label} dibanding ${d.period.previousLabel}`,
    columns: ['Indikator', 'Periode ini', 'Periode sebelumnya', 'Perubahan'],
    numeric: [1, 2, 3],
    rows: [
      [
        'Jumlah berita',
        count(t.articles.current),
        count(t.articles.previous),
        changeCell(t.articles.current, t.articles.previous),
      ],
      [
        'Jumlah media',
        count(t.outlets.current),
        count(t.outlets.previous),
        changeCell(t.outlets.current, t.outlets.previous),
      ],
      [
        'Berita positif',
        count(t.positive.current),
        count(t.positive.previous),
        changeCell(t.positive.current, t.positive.previous),
      ],
      [
        'Berita negatif',
        count(t.negative.current),
        count(t.negative.previous),
        changeCell(t.negative.current, t.negative.previous),
      ],
    ],
  };
  const media: ReportTable = {
    caption: 'Sebaran berita menurut jenis media',
    columns: ['Jenis media', 'Jumlah berita', 'Persentase'],
    numeric: [1, 2],
    rows: [
      ['Online', count(d.media.online), percent(d.media.online, d.media.online + d.media.print)],
      ['Cetak', count(d.media.print), percent(d.media.print, d.media.online + d.media.print)],
    ],
  };
  const outlets: ReportTable = {
    caption: 'Media dengan pemberitaan terbanyak',
    columns: ['Media', 'Berita', 'Positif', 'Netral', 'Negatif', 'Perubahan'],
    numeric: [1, 2, 3, 4, 5],
    rows: d.outlets
      .slice(0, 10)
      .map((o) => [
        o.name,
        count(o.articles.current),
        count(o.tones.positive),
        count(o.tones.neutral),
        count(o.tones.negative),
        changeCell(o.articles.current, o.articles.previous),
      ]),
  };
  const speakers: ReportTable = {
    caption: 'Narasumber yang paling banyak dikutip',
    columns: ['Narasumber', 'Kutipan', 'Perubahan'],
    numeric: [1, 2],
    rows: d.spokespersons
      .slice(0, 10)
      .map((s) => [s.name, count(s.quotes.current), changeCell(s.quotes.current, s.quotes.previous)]),
  };
  const charts: ReportChart[] = [
    {
      key: 'volume-harian',
      title: 'Jumlah berita per hari menurut nada',
      kind: 'line',
      unit: 'berita',
      categories: d.daily.map((x) => x.day),
      series: (['positive', 'neutral', 'negative'] as const).map((tone) => ({
        name: TONE_WORD[tone],
        values: d.daily.map((x) => x[tone]),
      })),
    },
    {
      key: 'nada',
      title: 'Komposisi nada pemberitaan',
      kind: 'pie',
      unit: 'berita',
      categories: ['Positif', 'Netral', 'Negatif'],
      series: [{ name: 'Berita', values: [d.tones.positive, d.tones.neutral, d.tones.negative] }],
    },
    {
      key: 'media-teratas',
      title: 'Media dengan pemberitaan terbanyak',
      kind: 'bar',
      unit: 'berita',
      categories: d.outlets.slice(0, 8).map((o) => o.name),
      series: [{ name: 'Berita', values: d.outlets.slice(0, 8).map((o) => o.articles.current) }],
    },
  ];
  const body: RichBlock[] = [
    paragraph(
      `Pada periode ${d.period.label} tercatat ${count(t.articles.current)} berita dari ${count(t.outlets.current)} media, ${change(t.articles.current, t.articles.previous)}. `,
      `Berita online ${count(d.media.online)} dan berita cetak ${count(d.media.print)}.`,
    ),
    paragraph(
      `Berita bernada positif ${count(d.tones.positive)} (${percent(d.tones.positive, t.articles.current)}), netral ${count(d.tones.neutral)} (${percent(d.tones.neutral, t.articles.current)}) dan negatif ${count(d.tones.negative)} (${percent(d.tones.negative, t.articles.current)}).`,
    ),
  ];
  if (d.outlets[0])
    body.push(
      paragraph(
        `Media yang paling banyak memberitakan adalah ${d.outlets
          .slice(0, 3)
          .map((o) => `${o.name} (${count(o.articles.current)})`)
          .join(', ')}.`,
      ),
    );
  if (d.spokespersons[0])
    body.push(
      paragraph(
        `Narasumber yang paling sering dikutip: ${d.spokespersons
          .slice(0, 3)
          .map((s) => `${s.name} (${count(s.quotes.current)} kutipan)`)
          .join(', ')}.`,
      ),
    );
  return {
    section: section('statistik', 'Statistik Pemberitaan', body, {
      charts: charts.map((c) => c.key),
      tables: [totals, media, outlets, ...(speakers.rows.length ? [speakers] : [])],
    }),
    charts,
  };
}

function keyIssueList(d: ReportData): ReportSection {
  if (d.keyIssues.length === 0)
    return section('isu-utama', 'Isu Utama', [
      paragraph('Tidak ada isu yang terbentuk dari pemberitaan pada periode ini.'),
    ]);
  return section(
    'isu-utama',
    'Isu Utama',
    [
      paragraph(`${count(d.keyIssues.length)} isu dengan pemberitaan terbanyak pada periode ini:`),
      numbered(
        d.keyIssues.map((i) => [
          bold(i.title),
          ` — ${count(i.articles)} berita, ${percent(i.tones.negative, i.articles)} negatif${i.crisisLevel ? `, peringatan krisis: ${i.crisisLevel}` : ''}.`,
        ]),
      ),
    ],
    {
      tables: [
        {
          caption: 'Isu utama dan nada pemberitaannya',
          columns: ['Isu', 'Berita', 'Positif', 'Netral', 'Negatif'],
          numeric: [1, 2, 3, 4],
          rows: d.keyIssues.map((i) => [
            i.title,
            count(i.articles),
            count(i.tones.positive),
            count(i.tones.neutral),
            count(i.tones.negative),
          ]),
        },
      ],
    },
  );
}

function crisisPotential(i: KeyIssueData): string {
  const negativeShare = i.articles > 0 ? i.tones.negative / i.articles : 0;
  if (i.crisisLevel)
    return `Berpotensi krisis: peringatan dini berstatus ${i.crisisLevel} muncul pada isu ini.`;
  if (negativeShare >= 0.5)
    return `Perlu diwaspadai: ${percent(i.tones.negative, i.articles)} pemberitaannya negatif, tanpa peringatan krisis.`;
  if (negativeShare >= 0.25)
    return `Potensi krisis sedang: ${percent(i.tones.negative, i.articles)} pemberitaannya negatif.`;
  return `Potensi krisis rendah: ${percent(i.tones.negative, i.articles)} pemberitaannya negatif.`;
}

function issueAnalysis(i: KeyIssueData, n: number): ReportSection {
  const peak = i.daily.reduce(
    (a, b) => (b.articles > a.articles ? b : a),
    i.daily[0] ?? { day: '-', articles: 0 },
  );
  const body: RichBlock[] = [
    paragraph(
      bold('Kronologi. '),
      `Isu ini diberitakan ${count(i.articles)} kali sejak ${i.firstAt} hingga ${i.lastAt}, dengan puncak pada ${peak.day} (${count(peak.articles)} berita).`,
    ),
  ];
  if (i.summary) body.push(paragraph(i.summary));
  body.push(
    paragraph(
      bold('Pembingkaian. '),
      `Nada pemberitaan dominan ${toneWord(dominantTone(i.tones)).toLowerCase()} (${count(i.tones.positive)} positif, ${count(i.tones.neutral)} netral, ${count(i.tones.negative)} negatif).`,
      i.keyPhrases.length ? ` Frasa yang menonjol: ${i.keyPhrases.slice(0, 6).join(', ')}.` : '',
      i.topOutlets.length
        ? ` Media utama: ${i.topOutlets
            .slice(0, 3)
            .map((o) => `${o.outlet} (${count(o.articles)})`)
            .join(', ')}.`
        : '',
    ),
  );
  if (i.representative.length) {
    body.push(paragraph(bold('Berita representatif.')));
    body.push(
      bullets(
        i.representative
          .slice(0, 5)
          .map((a) => [`${a.title} — ${a.outlet}, ${a.publishedAt} (${toneWord(a.tone).toLowerCase()})`]),
      ),
    );
  }
  if (i.quotes.length) {
    body.push(paragraph(bold('Kutipan narasumber.')));
    body.push(
      bullets(
        i.quotes
          .slice(0, 4)
          .map((q) => [bold(`${q.speaker}: `), text(`“${q.text}”`, { type: 'italic' }), ` (${q.outlet})`]),
      ),
    );
  }
  body.push(paragraph(bold('Potensi krisis. '), crisisPotential(i)));
  return section(`analisis-isu-${n}`, `Analisis Isu: ${i.title}`, body, {
    charts: [`isu-${n}`],
  });
}

function issueChart(i: KeyIssueData, n: number): ReportChart {
  return {
    key: `isu-${n}`,
    title: `Jumlah berita per hari: ${i.title}`,
    kind: 'bar',
    unit: 'berita',
    categories: i.daily.map((x) => x.day),
    series: [{ name: 'Berita', values: i.daily.map((x) => x.articles) }],
  };
}

const RECIPIENT_STATUS = {
  sent: 'terkirim',
  read: 'diterima',
  in_progress: 'dalam proses',
  done: 'selesai',
} as const;

function followUps(d: ReportData): ReportSection {
  const title = 'Tindak Lanjut Arahan Pimpinan';
  if (d.followUps.length === 0)
    return section('tindak-lanjut', title, [
      paragraph('Tidak ada arahan pimpinan yang berjalan atau terkait isu-isu periode ini.'),
    ]);
  return section('tindak-lanjut', title, [
    paragraph('Perkembangan tindak lanjut arahan pimpinan oleh perangkat daerah:'),
    numbered(
      d.followUps.map((f) => [
        bold(f.subject),
        ` (${f.number}, ${f.givenAt}; tenggat ${f.dueAt}${f.closed ? '; ditutup' : ''}): `,
        f.recipients
          .map((r) => `${r.agency} — ${RECIPIENT_STATUS[r.status]}${r.overdue ? ', melewati tenggat' : ''}`)
          .join('; '),
        '.',
      ]),
    ),
  ]);
}

function negativeCoverage(d: ReportData): ReportSection {
  if (d.negative.length === 0)
    return section('pemberitaan-negatif', 'Pemberitaan Negatif yang Perlu Ditanggapi', [
      paragraph('Tidak ada berita negatif pada periode ini.'),
    ]);
  return section('pemberitaan-negatif', 'Pemberitaan Negatif yang Perlu Ditanggapi', [
    paragraph(
      `${count(d.negative.length)} berita negatif berikut dimuat paling luas dan perlu dipertimbangkan tanggapan, klarifikasi atau hak jawabnya:`,
    ),
    numbered(
      d.negative.map((a) => [
        bold(a.title),
        ` — ${a.outlet}, ${a.publishedAt}${a.issue ? `; isu: ${a.issue}` : ''}.`,
      ]),
    ),
  ]);
}

function recommendations(d: ReportData): ReportSection {
  const items = d.keyIssues
    .filter((i) => i.crisisLevel || i.tones.negative > 0)
    .map((i) => {
      const agency = responsibleAgency(d.agencies, [
        i.title,
        i.summary,
        ...i.keyPhrases,
        ...i.names,
        ...i.representative.map((a) => a.title),
      ]);
      const action =
        i.crisisLevel || i.tones.negative / Math.max(1, i.articles) >= 0.5
          ? `Segera memberikan klarifikasi dan penjelasan kepada publik mengenai ${i.title}, termasuk langkah penanganan dan jadwalnya`
          : `Menyampaikan informasi perkembangan penanganan ${i.title} melalui kanal resmi pemerintah dan media mitra`;
      return [
        `${action}. `,
        bold('Penanggung jawab: '),
        agency
          ? `${agency.name} (dipilih karena pemberitaan menyebut: ${agency.matched.join(', ')}).`
          : 'perangkat daerah terkait — belum dapat ditentukan dari data; mohon ditetapkan saat koreksi.',
      ];
    });
  if (items.length === 0)
    return section('rekomendasi', 'Rekomendasi', [
      paragraph(
        'Tidak ada isu bernada negatif pada periode ini; pemberitaan positif dapat diperkuat melalui kanal resmi pemerintah.',
      ),
    ]);
  return section('rekomendasi', 'Rekomendasi', [numbered(items)]);
}

function closing(d: ReportData): ReportSection {
  return section('penutup', 'Penutup', [
    paragraph(
      `Demikian laporan hasil media monitoring pemberitaan seputar ${d.region} periode ${d.period.label} ini disampaikan sebagai bahan pertimbangan dan evaluasi pimpinan. Arahan pimpinan atas laporan ini akan diteruskan kepada perangkat daerah terkait untuk ditindaklanjuti.`,
    ),
  ]);
}

const TONE_TEXT = { positive: 'Positif', neutral: 'Netral', negative: 'Negatif' } as const;

/** The draft report of one period: sections, charts and annex; no approvals yet. */
export function draftReport(d: ReportData): MonitoringReport {
  const stats = statistics(d);
  const sections = [
    introduction(d),
    summary(d),
    stats.section,
    keyIssueList(d),
    ...d.keyIssues.map((i, n) => issueAnalysis(i, n + 1)),
    followUps(d),
    negativeCoverage(d),
    recommendations(d),
    closing(d),
  ];
  return {
    letterhead: d.letterhead,
    logoPng: null,
    title: 'LAPORAN HASIL MEDIA MONITORING',
    subtitle: `Pemberitaan seputar ${d.region} di media cetak dan online`,
    number: '',
    period: { from: d.period.from, to: d.period.to, label: d.period.label },
    preparedAt: d.preparedAt,
    preparedBy: d.preparedBy,
    sections,
    charts: [...stats.charts, ...d.keyIssues.map((i, n) => issueChart(i, n + 1))],
    annex: d.annex.map((a, n) => ({
      no: n + 1,
      publishedAt: a.publishedAt,
      outlet: a.outlet,
      mediaType: a.mediaType,
      title: a.title,
      tone: a.tone ? TONE_TEXT[a.tone] : 'Belum dianalisis',
      issue: a.issue,
      url: a.url,
    })),
    ...(d.clippings?.length ? { clippings: d.clippings } : {}),
    approvals: [],
    status: 'DRAF',
  };
}
