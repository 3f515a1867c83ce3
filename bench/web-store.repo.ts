// A store the size of a large office's two years: N articles (1,000,000 by default) from 300
// outlets, with their analyses, subject matches and 5,000 issues, written straight through the
// schema in large transactions (the pipeline would take days). Distributions follow what a city's
// coverage looks like: weekday peaks, a long tail of small outlets, bursts around issues.
import { sql } from 'kysely';
import type { Store } from '../src/kernel/db/connect.ts';
import { indexArticleText } from '../src/kernel/db/dialect.ts';

const DAY = 86_400_000;
const OUTLETS = 300;
const ISSUES = 5000;
/** Topic words: each in about one article in twenty, as "banjir" is in a city's coverage. */
const WORDS =
  'banjir jalan pasar sekolah rumah sakit pemkot dinas wali anggaran proyek jembatan sampah harga beras ' +
  'bantuan sosial kesehatan pendidikan investasi pelayanan publik kelurahan kecamatan dprd rapat program bupati';
export const VOCAB = WORDS.split(' ');
/** The words every article is made of, whatever its topic. */
const COMMON = (
  'yang di dan itu dengan untuk pada dari ini akan dalam tidak juga sudah kata ada oleh kami mereka ' +
  'tahun hari saat para lebih telah masih bisa karena setelah namun menurut kepala pihak'
).split(' ');
/** Words of nearly every article: a search for one of them matches most of the store. */
export const COMMON_WORDS = ['warga', 'kota'];
const TONES = ['positive', 'neutral', 'negative'] as const;
const FIRST =
  'Arief Dewi Hendra Siti Rudi Lilis Bambang Fajar Nur Agus Wahyu Rina Joko Putri Eko Sri Dian Budi Yuni Andi'.split(
    ' ',
  );
const LAST =
  'Wicaksono Anggraini Kusuma Rohmah Hartono Suryani Irawan Nugraha Hidayat Santoso Lestari Pratama Setiawan Wibowo Saputra Utami Gunawan Susanto Handayani Purnomo'.split(
    ' ',
  );
/** 400 people: a city's officials, legislators, residents and experts in the news. */
const PEOPLE = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));

/** A small deterministic generator (mulberry32), so every run builds the same store. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedStore {
  workspaceId: number;
  articles: number;
  subjects: number[];
  firstArticleId: number;
  lastArticleId: number;
  now: Date;
}

export async function generateWebStore(
  store: Store,
  options: {
    articles: number;
    now?: Date;
    seed?: number;
    onProgress?: (done: number) => void;
    days?: number;
  },
): Promise<GeneratedStore> {
  const rnd = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  // A few names and phrases recur everywhere, most rarely (a long tail, as in real coverage).
  const skewed = <T>(list: readonly T[]) => list[Math.floor(list.length * rnd() ** 3)];
  const person = () => skewed(PEOPLE);
  const phrase = () =>
    rnd() < 0.5 ? `${skewed(VOCAB)} ${skewed(VOCAB)}` : `${skewed(VOCAB)} ${pick(VOCAB)} ${pick(VOCAB)}`;
  const now = options.now ?? new Date();
  const db = store.db;
  const created = now.toISOString();
  const ws = await db
    .insertInto('workspace')
    .values({
      slug: 'beban',
      name: 'Pemerintah Kota Beban',
      region: 'Kota Beban',
      time_zone: 'WIB',
      created_at: created,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sources: number[] = [];
  for (let i = 0; i < OUTLETS; i++) {
    const row = await db
      .insertInto('source')
      .values({
        workspace_id: ws.id,
        kind: 'feed',
        name: `Media ${i + 1}`,
        url: `https://media-${i + 1}.example/rss`,
        query: null,
        catalogue_key: null,
        outlet: `Media ${i + 1}`,
        scope: null,
        region: null,
        etag: null,
        last_modified: null,
        next_check_at: created,
        poll_interval_seconds: 900,
        last_polled_at: created,
        last_success_at: created,
        last_new_article_at: created,
        last_error: null,
        last_error_at: null,
        stale_reason: null,
        enabled: 0,
        created_at: created,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    sources.push(row.id);
  }
  const subjects: number[] = [];
  for (const [name, query] of [
    ['Wali Kota', '"wali kota"'],
    ['Banjir', 'banjir'],
    ['Pasar', 'pasar'],
    ['Sekolah', 'sekolah'],
    ['Anggaran', 'anggaran'],
  ]) {
    const row = await db
      .insertInto('subject')
      .values({ workspace_id: ws.id, name, kind: 'topic', query, role: null, created_at: created })
      .returning('id')
      .executeTakeFirstOrThrow();
    subjects.push(row.id);
  }
  const span = (options.days ?? 730) * DAY;
  const issues: { id: number; at: number }[] = [];
  for (let i = 0; i < ISSUES; i++) {
    const at = now.getTime() - rnd() * span;
    const iso = new Date(at).toISOString();
    const row = await db
      .insertInto('issue')
      .values({
        workspace_id: ws.id,
        label: `${pick(VOCAB)} ${pick(VOCAB)} ${i + 1}`,
        manual_label: null,
        merged_into: null,
        first_at: iso,
        last_at: iso,
        article_count: 0,
        // An issue's state as the issue tracker keeps it, without terms (the bench reads no centroid).
        state: JSON.stringify({
          terms: {},
          tones: { positive: 0, neutral: 0, negative: 0 },
          outlets: {},
          mergedIds: [],
        }),
        seq: i + 1,
        edited_by: null,
        created_at: iso,
        updated_at: iso,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    issues.push({ id: row.id, at });
  }
  issues.sort((a, b) => a.at - b.at);

  // Outlets follow a long tail: a few carry most of the coverage.
  const outletOf = () => sources[Math.floor(OUTLETS * rnd() ** 2.2)];
  const BATCH = store.dialect === 'sqlite' ? 2000 : 1000;
  // A store grows as news is collected: an article is stored about when it is published, so ids
  // follow time. Some arrive late (a sitemap read days after, a backfilled outlet): one in twenty
  // is dated up to two weeks before the articles stored beside it.
  const times = Float64Array.from({ length: options.articles }, () => {
    const at = now.getTime() - rnd() * span;
    // Weekdays carry more news than weekends.
    return [0, 6].includes(new Date(at).getUTCDay()) && rnd() < 0.4 ? at - DAY * 2 : at;
  }).sort();
  let firstArticleId = 0;
  let lastArticleId = 0;
  for (let done = 0; done < options.articles; done += BATCH) {
    const n = Math.min(BATCH, options.articles - done);
    await db.transaction().execute(async (trx) => {
      const articles = [];
      for (let i = 0; i < n; i++) {
        const collected = new Date(times[done + i]).toISOString();
        const at = times[done + i] - (rnd() < 0.05 ? rnd() * 14 * DAY : 0);
        const iso = new Date(at).toISOString();
        // One or two topics per article, each said a few times among common words: a topic word is
        // in about one article in twenty, as "banjir" is in a city's coverage.
        const topics = rnd() < 0.5 ? [pick(VOCAB)] : [pick(VOCAB), pick(VOCAB)];
        const words = Array.from({ length: 60 }, (_, w) =>
          w % 12 === 5 ? pick(topics) : w % 12 === 9 ? pick(COMMON_WORDS) : pick(COMMON),
        ).join(' ');
        const source = outletOf();
        const k = done + i;
        articles.push({
          workspace_id: ws.id,
          source_id: source,
          url: `https://media.example/${k}`,
          url_key: `media.example/${k}`,
          status: 'fetched' as const,
          outlet: `Media ${sources.indexOf(source) + 1}`,
          title: `${topics[0]} ${pick(COMMON)} ${topics.at(-1)} ${k}`,
          text: `${person()} mengatakan ${words}.`,
          published_at: iso,
          lang: 'id',
          discovered_at: collected,
          fetched_at: collected,
        });
      }
      const ids = await trx.insertInto('article').values(articles).returning('id').execute();
      firstArticleId ||= ids[0].id;
      lastArticleId = ids[ids.length - 1].id;
      const analyses = [];
      const matches = [];
      const members = [];
      for (const [i, { id }] of ids.entries()) {
        const a = articles[i];
        const tone = pick(TONES);
        analyses.push({
          article_id: id,
          workspace_id: ws.id,
          analyzed_at: a.fetched_at,
          tone_label: tone,
          tone_score: tone === 'neutral' ? 0 : tone === 'positive' ? 0.5 : -0.5,
          tone_reasons: '[]',
          entities: JSON.stringify(
            Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
              const name = person();
              return { type: 'PER', text: name, start: 0, end: name.length, canonical: name };
            }),
          ),
          quotes: JSON.stringify(
            Array.from({ length: Math.floor(rnd() * 2.5) }, () => ({
              speaker: person(),
              text: 'kutipan',
              start: 0,
              end: 7,
              kind: 'direct',
            })),
          ),
          keyphrases: JSON.stringify(Array.from({ length: 3 + Math.floor(rnd() * 4) }, phrase)),
          summary: '',
          headline_tone_label: rnd() < 0.8 ? tone : pick(TONES),
          headline_tone_score: 0,
        });
        for (const subject of subjects) {
          if (rnd() < 0.12) {
            matches.push({
              article_id: id,
              subject_id: subject,
              tone_label: tone,
              tone_score: 0,
              tone_reasons: '[]',
              highlights: '[]',
            });
          }
        }
        if (rnd() < 0.6) {
          const at = Date.parse(a.published_at);
          // The issue nearest in time, so issues have a life span as real ones do.
          let lo = 0;
          let hi = issues.length - 1;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (issues[mid].at < at) lo = mid + 1;
            else hi = mid;
          }
          members.push({
            article_id: id,
            issue_id: issues[Math.min(issues.length - 1, lo + Math.floor(rnd() * 3))].id,
            workspace_id: ws.id,
            member: JSON.stringify({
              id: String(id),
              publishedAt: a.published_at,
              tone: null,
              outlet: null,
              pinned: false,
              terms: {},
            }),
            similarity: 0.5,
            reason: 'bench',
            assigned_at: a.fetched_at,
          });
        }
      }
      await trx.insertInto('article_analysis').values(analyses).execute();
      if (matches.length) await trx.insertInto('article_subject').values(matches).execute();
      if (members.length) await trx.insertInto('issue_article').values(members).execute();
      for (const [i, { id }] of ids.entries()) {
        await indexArticleText(trx, store.dialect, id, articles[i].title, articles[i].text);
      }
    });
    options.onProgress?.(done + n);
  }
  if (store.dialect === 'postgres') await sql`ANALYZE`.execute(db);
  else await sql`ANALYZE`.execute(db);
  return { workspaceId: ws.id, articles: options.articles, subjects, firstArticleId, lastArticleId, now };
}
