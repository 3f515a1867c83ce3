// The `pantau` command line.
import { Command } from 'commander';
import { registerAlerts } from './commands/alerts.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerArticles } from './commands/articles.ts';
import { registerCorrections } from './commands/corrections.ts';
import { registerCrawl } from './commands/crawl.ts';
import { registerExtract } from './commands/extract.ts';
import { registerFeed } from './commands/feed.ts';
import { registerIssues } from './commands/issues.ts';
import { registerPlaces } from './commands/places.ts';
import { registerServe } from './commands/serve.ts';
import { registerSources } from './commands/sources.ts';
import { registerStories } from './commands/stories.ts';
import { registerSubjects, registerToneModel } from './commands/subjects.ts';
import { registerWorkspace } from './commands/workspace.ts';

const program = new Command('pantau')
  .description('Pantau — pemantauan media untuk Humas dan Diskominfo pemerintah daerah')
  .version('0.1.0');

registerServe(program);
registerWorkspace(program);
registerSources(program);
registerCrawl(program);
registerArticles(program);
registerStories(program);
registerSubjects(program);
registerToneModel(program);
registerCorrections(program);
registerPlaces(program);
registerIssues(program);
registerExtract(program);
registerFeed(program);
registerAnalyze(program);
registerAlerts(program);

await program.parseAsync(process.argv);
