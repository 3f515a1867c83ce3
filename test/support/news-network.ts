// A fixture news network on loopback: outlets on their own 127.x addresses serving feeds, sitemaps and pages.
import type { Server } from 'node:http';
import { buildCatalog, type RobotsMode } from './news-network/catalog.ts';
import { type RecordedRequest, startOutletServer } from './news-network/outlet-server.ts';
import type { FeedFormat } from './news-network/outlets.ts';
import { SITEMAP_PATH } from './news-network/site-files.ts';

export type { RecordedRequest } from './news-network/outlet-server.ts';

export interface NewsNetworkOptions {
  /** Default 20. */
  outlets?: number;
  /** Default 25. */
  articlesPerOutlet?: number;
  /** Default 1. Same seed, same network, byte for byte. */
  seed?: number;
  /** Fraction of each outlet's articles that are wire (ANTARDA) copies also run by 1–4 other outlets. Default 0.15. */
  wireShare?: number;
  robots?: RobotsMode;
  /** Newest possible publication time; articles spread over the days before it. Default: today 00:00 UTC. */
  anchor?: Date;
}

export interface NetworkOutlet {
  name: string;
  host: string;
  origin: string;
  feedUrl: string;
  sitemapUrl: string;
  format: FeedFormat;
}

export interface NetworkArticle {
  url: string;
  outlet: string;
  title: string;
  /** ISO 8601, UTC. */
  published: string;
  /** Shared by every syndicated copy of one story. */
  storyKey: string;
  section: string;
  /** True when robots.txt forbids crawling it (robots: 'disallow-some'). */
  disallowed: boolean;
}

export interface NewsNetwork {
  outlets: NetworkOutlet[];
  articles: NetworkArticle[];
  requests(): RecordedRequest[];
  close(): Promise<void>;
}

/** 127.0.0.2, 127.0.0.3, … (127.0.0.1 is left to whatever else runs on the machine). */
export function outletAddress(index: number): string {
  const n = index + 2;
  return `127.${Math.floor(n / 65_536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function startNewsNetwork(options: NewsNetworkOptions = {}): Promise<NewsNetwork> {
  const catalog = buildCatalog({
    outlets: options.outlets ?? 20,
    articlesPerOutlet: options.articlesPerOutlet ?? 25,
    seed: options.seed ?? 1,
    wireShare: options.wireShare ?? 0.15,
    robots: options.robots ?? 'open',
    anchor: options.anchor ?? startOfTodayUtc(),
  });
  const log: RecordedRequest[] = [];
  const servers: Server[] = [];
  const outlets: NetworkOutlet[] = [];
  try {
    for (const profile of catalog.outlets) {
      const host = outletAddress(profile.index);
      const { server, origin } = await startOutletServer(catalog, profile.index, host, log);
      servers.push(server);
      outlets.push({
        name: profile.name,
        host,
        origin,
        feedUrl: origin + profile.feedPath,
        sitemapUrl: origin + SITEMAP_PATH,
        format: profile.format,
      });
    }
  } catch (error) {
    await closeAll(servers);
    throw error;
  }
  const articles = catalog.articles.flatMap((list, o) =>
    list.map((entry) => ({
      url: outlets[o].origin + entry.path,
      outlet: outlets[o].name,
      title: entry.title,
      published: entry.publishedAt.toISOString(),
      storyKey: entry.storyKey,
      section: entry.section,
      disallowed: entry.disallowed,
    })),
  );
  return {
    outlets,
    articles,
    requests: () => [...log],
    close: () => closeAll(servers),
  };
}

async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
}
