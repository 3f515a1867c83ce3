// Gathers everything an article page shows: the outlet's version of the story plus its page furniture.
import type { ArticleEntry, Catalog } from './catalog.ts';
import { slugify } from './catalog.ts';
import { wibParts } from './dates-id.ts';
import { CONTEXT } from './generic.ts';
import type { OutletProfile } from './outlets.ts';
import { Random } from './prng.ts';
import { storySlots } from './slots.ts';
import { storyBody, storyTopic } from './story.ts';
import { expand } from './template.ts';

export const WIRE_AGENCY = 'ANTARDA';

export interface PageModel {
  outlet: OutletProfile;
  entry: ArticleEntry;
  origin: string;
  url: string;
  headline: string;
  description: string;
  paragraphs: string[];
  tags: string[];
  authorLabel: string;
  author: string;
  editor: string;
  imageUrl: string;
  imageCaption: string;
  related: ArticleEntry[];
  readAlso: ArticleEntry[];
  latest: ArticleEntry[];
  modifiedAt: Date;
}

const CAPTIONS = [
  'Suasana di Kelurahan {kelurahan}, Kecamatan {kecamatan}, {kota}.',
  'Petugas meninjau lokasi di {jalan}, {kota}.',
  '{walikota} saat memberikan keterangan kepada wartawan di {tempat}.',
  'Warga beraktivitas di sekitar {jalan}, Kecamatan {kecamatan}.',
];

/** The byline's name; feeds carry it too, so it has its own stream. */
export function reporterOf(entry: ArticleEntry, outlet: OutletProfile): string {
  const reporter = Random.of(entry.storySeed, 'reporter', outlet.index).pick(outlet.reporters);
  return entry.wire ? `${WIRE_AGENCY}/${reporter}` : reporter;
}

function storyFill(entry: ArticleEntry) {
  return storySlots(entry.storySeed, entry.writtenAt, storyTopic(entry.storySeed).agency);
}

/** The outlet's copy: its own dateline, and for wire copies a trimmed or extended ending. */
function outletParagraphs(entry: ArticleEntry, outlet: OutletProfile): string[] {
  const paragraphs = storyBody(entry.storySeed, entry.writtenAt);
  const rng = Random.of(entry.storySeed, 'copy-text', outlet.index);
  const dateline = entry.wire
    ? rng.pick([`Sukamaju (${WIRE_AGENCY}) - `, `SUKAMAJU, ${outlet.name.toUpperCase()} - `, ''])
    : rng.pick([`SUKAMAJU, ${outlet.name.toUpperCase()} – `, '', `${outlet.name.toUpperCase()} - `]);
  paragraphs[0] = dateline + paragraphs[0];
  if (entry.ending === 'trimmed' && paragraphs.length > 4) paragraphs.pop();
  if (entry.ending === 'extended') paragraphs.push(expand(rng.pick(CONTEXT), rng, storyFill(entry)));
  return paragraphs;
}

function neighbours(list: ArticleEntry[], from: number, offsets: number[]): ArticleEntry[] {
  if (list.length < 2) return [];
  const seen = new Set<number>([from]);
  const picked: ArticleEntry[] = [];
  for (const offset of offsets) {
    const at = (from + offset) % list.length;
    if (seen.has(at)) continue;
    seen.add(at);
    picked.push(list[at]);
  }
  return picked;
}

export function pageModel(catalog: Catalog, entry: ArticleEntry, origin: string): PageModel {
  const outlet = catalog.outlets[entry.outletIndex];
  const list = catalog.articles[entry.outletIndex];
  const rng = Random.of(entry.storySeed, 'page', outlet.index);
  const paragraphs = outletParagraphs(entry, outlet);
  const { year, month } = wibParts(entry.publishedAt);
  const lead = paragraphs[0];
  const reporter = reporterOf(entry, outlet);
  const photographer = reporter.replace(`${WIRE_AGENCY}/`, '');
  return {
    outlet,
    entry,
    origin,
    url: origin + entry.path,
    headline: entry.title,
    description: lead.length > 160 ? `${lead.slice(0, 157).replace(/\s+\S*$/, '')}...` : lead,
    paragraphs,
    tags: storyTopic(entry.storySeed).tags,
    authorLabel: entry.wire ? 'Pewarta' : rng.pick(['Penulis', 'Reporter']),
    author: reporter,
    editor: rng.pick(outlet.editors),
    imageUrl: `${origin}/uploads/${year}/${month}/${slugify(entry.title).slice(0, 40)}-${entry.id}.jpg`,
    imageCaption: `${expand(rng.pick(CAPTIONS), rng, storyFill(entry))} (Foto: ${outlet.name}/${photographer})`,
    related: neighbours(list, entry.position, [1, 2, 3, 5, 8]),
    readAlso: neighbours(list, entry.position, [7, 13]),
    latest: list.slice(0, 8).filter((e) => e !== entry),
    modifiedAt: new Date(entry.publishedAt.getTime() + rng.int(0, 90) * 60_000),
  };
}
