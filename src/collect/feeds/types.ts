// The shape every feed format (RSS, RDF, Atom, JSON Feed) is parsed into: one model for the collector.

export interface FeedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface FeedEntry {
  id: string | null;
  title: string | null;
  link: string | null;
  /** ISO 8601 UTC, e.g. `2025-03-03T07:05:00.000Z`. */
  published: string | null;
  updated: string | null;
  author: string | null;
  /** Plain text. */
  summary: string | null;
  /** HTML exactly as the feed gave it; sanitised later, before display. */
  content: string | null;
  categories: string[];
  enclosures: FeedEnclosure[];
}

export interface Feed {
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  updated: string | null;
  entries: FeedEntry[];
}

export interface ParseFeedOptions {
  /** URL the document was fetched from: relative links resolve against it. */
  baseUrl?: string;
}
