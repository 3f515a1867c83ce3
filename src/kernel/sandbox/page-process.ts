// A page process of the pool (see page-pool.ts): extracts pages, analyses article texts and reads
// feeds and sitemaps, under its own heap cap, answering over the IPC channel.
import { type AnalysisSettings, analyzeArticle } from '../../analyze/article.ts';
import { readListing } from '../../collect/listing.ts';
import { analysePage } from '../../collect/page-analysis.ts';
import { PantauError } from '../../domain/errors.ts';
import type { PageMessage } from './page-pool.ts';

/** Settings by version, as the pool sent them; the pool says which to forget. */
const settingsByVersion = new Map<number, AnalysisSettings>();

function settingsOf(version: number): AnalysisSettings {
  const settings = settingsByVersion.get(version);
  if (!settings) throw new Error(`settings version ${version} was never sent to this process`);
  return settings;
}

const answer = (message: unknown) => process.send?.(message);

// Ctrl+C reaches the whole process group; a page process ends when its pool ends it (or its parent
// goes), never half-way through a page the crawl would then record as failed.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

process.on('message', (message: PageMessage) => {
  if (message.kind === 'settings') {
    for (const version of message.forget) settingsByVersion.delete(version);
    settingsByVersion.set(message.version, message.settings);
    return;
  }
  try {
    const result =
      message.kind === 'page'
        ? analysePage(message.input)
        : message.kind === 'listing'
          ? readListing(message.input)
          : analyzeArticle({ title: message.title, text: message.text }, settingsOf(message.settings));
    answer({ id: message.id, ok: true, result });
  } catch (e) {
    const code = e instanceof PantauError ? e.code : 'malformed_page';
    answer({ id: message.id, ok: false, code, message: (e as Error).message ?? String(e) });
  }
});
