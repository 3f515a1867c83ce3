// Finds people, organisations and places in Indonesian news text: the trained tagger decides which
// words name what; the rules and place lists give each name its canonical form and role.
import type { Entity } from '../types.ts';
import { joinBracketedAcronyms } from './acronyms.ts';
import { OFFICIAL_BODY_NAMES } from './bodies/index.ts';
import { aliasEntities, type EntityAlias, resolveEntities } from './canonical.ts';
import { type BareRole, type Mention, mentionsInRun, type RunContext } from './classify.ts';
import { createGazetteer, DEFAULT_GAZETTEER, type Gazetteer } from './gazetteer.ts';
import { lowerCaseMinistries } from './ministries.ts';
import { placesByNeighbour } from './neighbours.ts';
import { capitalisedRuns } from './runs.ts';
import { sitesBeforeNames } from './sites.ts';
import type { TaggerWeights } from './tagger/perceptron.ts';
import { shippedTagger } from './tagger/shipped.ts';
import { taggedMentions } from './tagger/tagging.ts';
import { type NameToken, nameTokens } from './tokens.ts';

export type { EntityAlias } from './canonical.ts';
export { createGazetteer, type Gazetteer, type GazetteerEntry, type PlaceKind } from './gazetteer.ts';

export interface FindEntitiesOptions {
  /** The workspace's own places (kecamatan, kelurahan, desa), consulted before the shipped list. */
  gazetteer?: Gazetteer;
  /** Known people and bodies with the names and roles they go by; these win over the rules. */
  aliases?: EntityAlias[];
  /**
   * The trained tagger that decides the mentions: the shipped one when not given; `null` for the
   * rules alone (the bench and the model card score them beside it).
   */
  tagger?: TaggerWeights | null;
}

/** What the rules find: the words, the mentions over them, and role words standing alone. */
export interface RuleReading {
  tokens: NameToken[];
  mentions: Mention[];
  bare: BareRole[];
  /** Per word, where a listed place covers it (see listedPlaces): worked out when asked (the tagger's). */
  places(): string[];
  /** Per word, where a listed official body covers it (see listedBodies): worked out when asked. */
  bodies(): string[];
}

/** The rules' reading of a text: the tagger's input, and what the tagger is trained beside. */
export function readByRules(text: string, options: FindEntitiesOptions = {}): RuleReading {
  const tokens = nameTokens(text);
  const ctx: RunContext = {
    tokens,
    bodyNames: new Set(tokens.filter((t) => t.cap && !t.opener).map((t) => t.text)),
    words: tokens.map((t) => t.text),
    gazetteers: options.gazetteer ? [options.gazetteer, DEFAULT_GAZETTEER] : [DEFAULT_GAZETTEER],
    text,
  };
  const mentions: Mention[] = [];
  const bare: BareRole[] = [];
  for (const run of capitalisedRuns(tokens)) mentionsInRun(ctx, run, mentions, bare);
  return {
    tokens,
    places: () => listedPlaces(lowerWords(tokens), ctx.gazetteers),
    bodies: () => listedBodies(lowerWords(tokens)),
    mentions: lowerCaseMinistries(
      tokens,
      ctx.words,
      ctx.gazetteers,
      sitesBeforeNames(tokens, placesByNeighbour(text, tokens, mentions)),
    ),
    bare,
  };
}

const lowerWords = (tokens: readonly NameToken[]) => tokens.map((t) => t.lower);

/** Official bodies (ministries, agencies, regional bodies, parties; bodies/) as a name list. */
const OFFICIAL_BODIES: Gazetteer = createGazetteer(OFFICIAL_BODY_NAMES.map((name) => ({ name })));

/** Where a listed official body's name or short form covers the words: "B"/"I" per word, else "O". */
function listedBodies(lower: readonly string[]): string[] {
  const tags = new Array<string>(lower.length).fill('O');
  for (let i = 0; i < lower.length; ) {
    const found = OFFICIAL_BODIES.matchLower(lower, i);
    if (!found) {
      i++;
      continue;
    }
    tags[i] = 'B';
    for (let k = 1; k < found.length; k++) tags[i + k] = 'I';
    i += found.length;
  }
  return tags;
}

/**
 * Where the place lists cover the words, per word "B-" or "I-" and what the list says the place is
 * ("world" for the shipped list of countries and world cities, "region" for Indonesia's regions and
 * the workspace's places), else "O"; longest match first. News data sets tag a country only where
 * something happens there, an Indonesian region almost always: the tagger learns each apart.
 */
function listedPlaces(lower: readonly string[], gazetteers: readonly Gazetteer[]): string[] {
  const tags = new Array<string>(lower.length).fill('O');
  for (let i = 0; i < lower.length; ) {
    let found = null;
    let from: Gazetteer | null = null;
    for (const g of gazetteers) {
      found = g.matchLower(lower, i);
      if (found) {
        from = g;
        break;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const kind = from === DEFAULT_GAZETTEER && found.entry.kind === 'place' ? 'world' : 'region';
    tags[i] = `B-${kind}`;
    for (let k = 1; k < found.length; k++) tags[i + k] = `I-${kind}`;
    i += Math.max(1, found.length);
  }
  return tags;
}

/**
 * The workspace's own places (its districts and villages) are places wherever they are written with
 * a capital: the office listed them so that the analysis reads them so, and the tagger, which
 * learnt from national news, may take an unfamiliar village for a person ("Warga Ujoeng Kareung").
 * A place inside a longer name the tagger found ("Puskesmas Cibiru") stays inside it.
 */
function ownPlaces(
  tokens: readonly NameToken[],
  ruleMentions: readonly Mention[],
  tagged: Mention[],
  own: Gazetteer | undefined,
): Mention[] {
  if (!own) return tagged;
  const lower = lowerWords(tokens);
  const out = [...tagged];
  for (let i = 0; i < tokens.length; i++) {
    const found = (tokens[i] as NameToken).cap ? own.matchLower(lower, i) : null;
    if (!found) continue;
    const end = i + found.length;
    const overlapping = out.filter((m) => m.start < end && m.end > i);
    const same = overlapping.find((m) => m.start === i && m.end === end);
    const rule = ruleMentions.find((m) => m.start === i && m.end === end && m.type === 'LOC');
    const place: Mention = rule ?? { type: 'LOC', start: i, end, canonical: null, role: null };
    if (same && same.type !== 'LOC') out[out.indexOf(same)] = place;
    else if (overlapping.length === 0) out.push(place);
    i = end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findEntities(text: string, options: FindEntitiesOptions = {}): Entity[] {
  const reading = readByRules(text, options);
  const { tokens, mentions, bare } = reading;
  const tagger = options.tagger === undefined ? shippedTagger() : options.tagger;
  const decided = tagger
    ? ownPlaces(
        tokens,
        mentions,
        taggedMentions(tagger, text, tokens, mentions, {
          places: reading.places(),
          bodies: reading.bodies(),
        }),
        options.gazetteer,
      )
    : mentions;
  const aliased = options.aliases?.length ? aliasEntities(text, options.aliases) : [];
  return joinBracketedAcronyms(text, resolveEntities(text, tokens, decided, bare, aliased));
}
