// What a workspace's quote-speaker corrections teach its future analyses (each lesson is read by
// the pure speakerLesson): the people analysts named become known persons (entity aliases, PER, the
// analyst's name canonical, shorter forms the text used as aliases) whom attribution follows when a
// sentence is about them, and a title the analysis gave a quote to is learnt to be held by the
// person named, where the text showed them with it. Only the newest verdict on a quote counts.
import type { EntityAlias } from '../../analyze/entities/index.ts';
import { type KnownSpeakers, type TitleHolder, titleKey } from '../../analyze/quotes/known-speakers.ts';
import { type SpeakerCorrection, speakerLesson } from '../../analyze/quotes/speaker-lesson.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { workspaceSpeakerCorrections } from './corrections.repo.ts';

export interface LearntSpeakers {
  aliases: EntityAlias[];
  speakers: KnownSpeakers;
}

/** Below two words a name would tag every use of a common first name; see speaker-lesson.ts. */
const MIN_ALIAS_WORDS = 2;

export async function learntSpeakers(store: Store, workspaceId: number): Promise<LearntSpeakers> {
  const rows = await workspaceSpeakerCorrections(store, workspaceId);
  const quotes = new Set<string>();
  const aliases = new Map<string, EntityAlias>();
  const holders = new Map<string, TitleHolder>();
  for (const { articleId, value, text } of rows) {
    const v = value as SpeakerCorrection;
    // Rows come newest first: an older verdict on the same quote was replaced and teaches nothing.
    const quote = `${articleId}:${v.start}:${v.end}`;
    if (quotes.has(quote)) continue;
    quotes.add(quote);
    const lesson = speakerLesson(text, v);
    if (!lesson.person) continue;
    const alias = aliases.get(lesson.person) ?? { canonical: lesson.person, type: 'PER', aliases: [] };
    for (const form of lesson.shortForms) if (!alias.aliases.includes(form)) alias.aliases.push(form);
    aliases.set(lesson.person, alias);
    // Office holders change: the newest correction naming a holder of the title wins.
    const key = lesson.holder && titleKey(lesson.holder.title);
    if (lesson.holder && key && !holders.has(key)) holders.set(key, lesson.holder);
  }
  return {
    // A one-word name is still a known speaker, but not an alias matched wherever the word is written.
    aliases: [...aliases.values()].filter((a) => a.canonical.split(/\s+/).length >= MIN_ALIAS_WORDS),
    speakers: { people: [...aliases.keys()], holders: [...holders.values()] },
  };
}
