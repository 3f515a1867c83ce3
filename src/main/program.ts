// The `pantau` command tree: every command and its options, without parsing anything. The CLI's
// entry point parses with it; the README test reads its help without starting a process per line.
import { Command } from 'commander';
import { helpTitle, indonesianError } from '../kernel/cli/commander-text.ts';
import { configureCli, setActingAs } from '../kernel/cli/runtime.ts';
import { loadConfig } from '../kernel/config.ts';
import { registerAgencies } from '../modules/agencies/agencies.cli.ts';
import { registerAlerts } from '../modules/alerts/alerts.cli.ts';
import { registerAnalyze } from '../modules/analysis/analyze.cli.ts';
import { registerArticles } from '../modules/articles/articles.cli.ts';
import { registerAudit } from '../modules/audit/audit.cli.ts';
import { registerClippings } from '../modules/clippings/clippings.cli.ts';
import { registerCorrections } from '../modules/corrections/corrections.cli.ts';
import { registerCrawl } from '../modules/crawl/crawl.cli.ts';
import { registerExtract } from '../modules/crawl/extract.cli.ts';
import { registerFeed } from '../modules/crawl/feed.cli.ts';
import { registerDemo } from '../modules/demo/demo.cli.ts';
import { registerIssues } from '../modules/issues/issues.cli.ts';
import { registerLetters } from '../modules/letters/letters.cli.ts';
import { registerPartners } from '../modules/partners/partners.cli.ts';
import { registerPlaces } from '../modules/places/places.cli.ts';
import { registerPrograms } from '../modules/programs/programs.cli.ts';
import { registerReports } from '../modules/reports/reports.cli.ts';
import { registerSops } from '../modules/sops/sops.cli.ts';
import { registerSources } from '../modules/sources/sources.cli.ts';
import { registerStories } from '../modules/stories/stories.cli.ts';
import { registerSubjects, registerToneModel } from '../modules/subjects/subjects.cli.ts';
import { registerTokens, registerUsers } from '../modules/users/users.cli.ts';
import { registerWorkspace } from '../modules/workspaces/workspaces.cli.ts';
import { bootstrap, cliActor } from './bootstrap.ts';
import { registerServe } from './serve.ts';
import { registerWorker } from './worker.ts';

export function pantauProgram(): Command {
  const program = new Command('pantau')
    .description('Pantau — pemantauan media untuk Humas dan Diskominfo pemerintah daerah')
    .version('0.2.0', '-V, --version', 'tampilkan versi — output the version number')
    .helpOption('-h, --help', 'tampilkan bantuan — display help')
    .helpCommand('help [command]', 'tampilkan bantuan perintah — display help for command')
    .configureOutput({ outputError: (message, write) => write(indonesianError(message)) })
    .option(
      '--as <email>',
      'bertindak sebagai pengguna ini (bawaan: pemilik PANTAU_TOKEN, atau administrator pertama)',
    )
    .configureHelp({ showGlobalOptions: true, styleTitle: helpTitle })
    .hook('preAction', (cmd) => setActingAs(cmd.opts().as))
    // Set before the commands are registered, so that they inherit it (main/cli.ts turns its errors into exit codes).
    .exitOverride();

  configureCli({
    prepare: (store) =>
      bootstrap(store, { dataDir: loadConfig().dataDir, announce: (text) => process.stderr.write(text) }),
    resolve: cliActor,
  });

  registerServe(program);
  registerWorkspace(program);
  registerSources(program);
  registerSops(program);
  registerReports(program);
  registerCrawl(program);
  registerWorker(program);
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
  registerUsers(program);
  registerTokens(program);
  registerAgencies(program);
  registerPrograms(program);
  registerClippings(program);
  registerPartners(program);
  registerLetters(program);
  registerAudit(program);
  registerDemo(program);
  return program;
}
