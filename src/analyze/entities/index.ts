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
import { nameTokens } from './tokens.ts';

export type { EntityAlias } from './canonical.ts';
export { createGazetteer, type Gazetteer, type GazetteerEntry, type PlaceKind } from './gazetteer.ts';

export interface FindEntitiesOptions {
  /** The workspace's own places (kecamatan, kelurahan, desa), consulted before the shipped list. */
  gazetteer?: Gazetteer;
  /** Known people and bodies with the names and roles they go by; these win over the rules. */
  aliases?: EntityAlias[];
}

export function findEntities(text: string, options: FindEntitiesOptions = {}): Entity[] {
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
  const aliased = options.aliases?.length ? aliasEntities(text, options.aliases) : [];
  return joinBracketedAcronyms(
    text,
    resolveEntities(
      text,
      tokens,
      lowerCaseMinistries(
        tokens,
        ctx.words,
        ctx.gazetteers,
        sitesBeforeNames(tokens, placesByNeighbour(text, tokens, mentions)),
      ),
      bare,
      aliased,
    ),
  );
}
