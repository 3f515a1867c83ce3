// Writes one news story (headline, lead, body paragraphs) from a seed, identically every time.
import { CLOSINGS, CONTEXT, COUNCIL_QUOTES, LEADER_QUOTES } from './generic.ts';
import { Random } from './prng.ts';
import { storySlots } from './slots.ts';
import { expand, headlineCase, type SlotFill } from './template.ts';
import type { Topic } from './topic.ts';
import { FESTIVAL, FIRES, PUBLIC_SERVICE, STREET_ORDER } from './topics-civic.ts';
import { BUDGET, LOCAL_TAX, PRICES, SMALL_BUSINESS } from './topics-economy.ts';
import { FLOODS, ROADS, WASTE, WATER } from './topics-public-works.ts';
import { DENGUE, SCHOOLS, SOCIAL_AID, STUNTING } from './topics-welfare.ts';

export const TOPICS: Topic[] = [
  FLOODS,
  ROADS,
  WATER,
  WASTE,
  DENGUE,
  STUNTING,
  SCHOOLS,
  SOCIAL_AID,
  PRICES,
  SMALL_BUSINESS,
  LOCAL_TAX,
  BUDGET,
  PUBLIC_SERVICE,
  STREET_ORDER,
  FESTIVAL,
  FIRES,
];

interface Speaker {
  full: string;
  short: string;
}

const LEADERS: Speaker[] = [
  { full: '{walikota}', short: '{walikota_pendek}' },
  { full: '{wakil}', short: '{wakil_pendek}' },
  { full: '{sekda}', short: '{sekda_pendek}' },
];

const OFFICIAL: Speaker = { full: '{pejabat}', short: '{pejabat_pendek}' };
const COUNCILLOR: Speaker = { full: '{dprd}', short: '{dprd_pendek}' };

export function storyTopic(seed: number): Topic {
  return TOPICS[Random.of(seed, 'topic').int(0, TOPICS.length - 1)];
}

function slotsFor(seed: number, writtenAt: Date): SlotFill {
  return storySlots(seed, writtenAt, storyTopic(seed).agency);
}

/** variant 0 is the wire's headline; other variants are an outlet's rewrite of it. */
export function storyHeadline(seed: number, writtenAt: Date, variant = 0): string {
  const topic = storyTopic(seed);
  const first = Random.of(seed, 'headline').int(0, topic.headlines.length - 1);
  const index = (first + variant) % topic.headlines.length;
  return headlineCase(
    expand(topic.headlines[index], Random.of(seed, 'headline', variant), slotsFor(seed, writtenAt)),
  );
}

export function storyLead(seed: number, writtenAt: Date): string {
  const topic = storyTopic(seed);
  const rng = Random.of(seed, 'lead');
  return expand(rng.pick(topic.leads), rng, slotsFor(seed, writtenAt));
}

function attribution(rng: Random, speaker: Speaker, introduced: boolean): string {
  if (introduced) return `," [kata|ujar|tambah|lanjut|tegas] ${speaker.short}.`;
  return rng.pick([
    `," [kata|ujar|jelas|tutur] ${speaker.full} [saat ditemui di {tempat}|kepada wartawan|usai rapat koordinasi di {tempat}|di sela peninjauan lapangan], {hari_tgl}.`,
    `," [ungkap|kata] ${speaker.full}.`,
  ]);
}

/** The whole article text: the lead followed by 5 to 13 more paragraphs. */
export function storyBody(seed: number, writtenAt: Date): string[] {
  const topic = storyTopic(seed);
  const fill = slotsFor(seed, writtenAt);
  const rng = Random.of(seed, 'plan');
  const total = rng.int(6, 14);
  const facts = [...rng.shuffle(topic.facts), ...rng.shuffle(CONTEXT)];
  const introduced = new Set<Speaker>();
  const leader = rng.pick(LEADERS);

  const quote = (speaker: Speaker, bank: readonly string[]) => {
    const said = `"${rng.pick(bank)}${attribution(rng, speaker, introduced.has(speaker))}`;
    introduced.add(speaker);
    return said;
  };
  const citizen = () =>
    `"${rng.pick(topic.voices)}," [kata|ujar|tutur|keluh] {warga} ({warga_usia}), {warga_kerja} [di|asal] Kelurahan {kelurahan}.`;

  type Beat = () => string;
  const beats: Beat[] = [() => quote(OFFICIAL, topic.quotes)];
  if (rng.chance(0.6)) beats.push(citizen);
  if (rng.chance(0.4)) beats.push(() => quote(COUNCILLOR, COUNCIL_QUOTES));
  if (rng.chance(0.35)) beats.push(() => quote(leader, LEADER_QUOTES));
  if (total >= 9 && rng.chance(0.5)) beats.push(() => quote(OFFICIAL, topic.quotes));
  const closing = rng.chance(0.5);
  const factParagraphs = Math.max(1, total - 1 - beats.length - (closing ? 1 : 0));
  for (let i = 0; i < factParagraphs; i++) {
    beats.push(() => {
      const wanted = Math.min(rng.int(1, 3), Math.max(1, Math.floor(facts.length / (factParagraphs - i))));
      return facts.splice(0, wanted).join(' ');
    });
  }
  // The official speaks early, as Indonesian news copy usually has it; the rest comes in any order.
  const [first, ...others] = beats;
  const rest = rng.shuffle(others);
  const ordered = [rest[0], first, ...rest.slice(1)].filter((beat): beat is Beat => !!beat);
  if (closing) ordered.push(() => rng.pick(CLOSINGS));

  const paragraphs = [storyLead(seed, writtenAt)];
  for (const beat of ordered) {
    const template = beat();
    if (!template) continue;
    // Sentences are expanded one by one so each gets its own capital letter.
    paragraphs.push(
      template
        .split(/(?<=\.)\s+(?=[A-Z{[])/)
        .map((sentence) => expand(sentence, rng, fill))
        .join(' '),
    );
  }
  return paragraphs;
}
