// Finds people, organisations and places in Indonesian news text by rules and place lists, with
// each mention's canonical name and role.
import type { Entity } from '../types.ts';
import { joinBracketedAcronyms } from './acronyms.ts';
import { aliasEntities, type EntityAlias, resolveEntities } from './canonical.ts';
import { type BareRole, type Mention, mentionsInRun, type RunContext } from './classify.ts';
import { DEFAULT_GAZETTEER, type Gazetteer } from './gazetteer.ts';
import { lowerCaseMinistries } from './ministries.ts';
import { placesByNeighbour } from './neighbours.ts';
import { capitalisedRuns } from './runs.ts';
import { sitesBeforeNames } from './sites.ts';
import type { TaggerWeights } from './tagger/perceptron.ts';
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
   * Weights of a trained entity tagger to decide the mentions instead of the rules. Only the
   * entity bench passes them for now: see tagger/perceptron.ts for why none ship yet.
   */
  tagger?: TaggerWeights;
}

/** What the rules find: the words, the mentions over them, and role words standing alone. */
export interface RuleReading {
  tokens: NameToken[];
  mentions: Mention[];
  bare: BareRole[];
  /** "B"/"I" where a listed place covers the word, else "O": worked out when asked (the tagger's). */
  places(): string[];
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
    places: () => listedPlaces(ctx.words, ctx.gazetteers),
    mentions: lowerCaseMinistries(
      tokens,
      ctx.words,
      ctx.gazetteers,
      sitesBeforeNames(tokens, placesByNeighbour(text, tokens, mentions)),
    ),
    bare,
  };
}

/** Where the place lists cover the words, as "B"/"I"/"O" per word (longest match first). */
function listedPlaces(words: readonly string[], gazetteers: readonly Gazetteer[]): string[] {
  const tags = new Array<string>(words.length).fill('O');
  for (let i = 0; i < words.length; ) {
    const found = gazetteers.map((g) => g.match(words, i)).find((m) => m !== null);
    if (!found) {
      i++;
      continue;
    }
    tags[i] = 'B';
    for (let k = 1; k < found.length; k++) tags[i + k] = 'I';
    i += Math.max(1, found.length);
  }
  return tags;
}

export function findEntities(text: string, options: FindEntitiesOptions = {}): Entity[] {
  const { tokens, mentions, bare, places } = readByRules(text, options);
  const decided = options.tagger
    ? taggedMentions(options.tagger, text, tokens, mentions, places())
    : mentions;
  const aliased = options.aliases?.length ? aliasEntities(text, options.aliases) : [];
  return joinBracketedAcronyms(text, resolveEntities(text, tokens, decided, bare, aliased));
}
