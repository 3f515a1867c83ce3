// Everyone the article presents as speaking — "Tauhid menilai, …", "lanjut Teguh", "menurut Rina" —
// noted before attribution so "ujarnya" points at the person who spoke last, not merely the last name.
import { PREPOSED_ALL } from './cues.ts';
import type { People } from './people.ts';
import { isRoleWord } from './roles.ts';
import { type SpeakerPhrase, speakerAfter, speakerBefore } from './speaker.ts';

const INTRO =
  /(?<![\p{L}])(?:menurut|kata|ujar|lanjut|tutur|jelas|terang|imbuh|tambah|ungkap|papar|tegas)\s+(?=\p{Lu})/giu;

function note(people: People, phrase: SpeakerPhrase | null): void {
  if (!phrase?.name || phrase.pronoun) return;
  if (phrase.name.split(/\s+/).every(isRoleWord)) return;
  const known = people.resolve(phrase.name.split(/\s+/).at(-1) ?? phrase.name, phrase.nameStart);
  people.add({
    name: phrase.name,
    start: phrase.nameStart,
    end: phrase.nameEnd,
    role: phrase.role ?? known?.role ?? null,
    canonical: known && known.canonical.length > phrase.name.length ? known.canonical : phrase.name,
  });
}

export function noteNamedSpeakers(text: string, people: People): void {
  for (const m of text.matchAll(PREPOSED_ALL)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const sentenceStart = Math.max(lineStart, text.lastIndexOf('. ', m.index) + 1);
    note(people, speakerBefore(text, m.index, sentenceStart));
  }
  for (const m of text.matchAll(INTRO)) note(people, speakerAfter(text, m.index + m[0].length));
}
