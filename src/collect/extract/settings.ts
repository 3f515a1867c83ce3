// The choices the main-text method makes, in one place, so the benchmark can fit them by
// cross-validation and the shipped values are the ones the folds agree on.

export interface ExtractionSettings {
  /** Shortest text (characters) that counts as a paragraph voting for its container. */
  minParagraphChars: number;
  /** How many ancestors a paragraph's vote reaches (the paragraph's parent is the first). */
  creditLevels: number;
  /** A sibling of the chosen container joins it when its score reaches this share of the top score. */
  siblingRatio: number;
  /** Link-text share above which a nested block without a positive name is left out as a link list. */
  linkDensityCut: number;
  /** A parent takes over the choice only while it keeps this share of the chosen score. */
  promoteFloor: number;
  /** Score added to a container named like an article body (entry-content, isi-berita, articleBody…). */
  bodyNameBonus: number;
  /** Whether headings inside the article (sub-heads) are kept in the text. */
  keepHeadings: boolean;
  /** Whether lists inside the article are kept in the text (when not link lists). */
  keepLists: boolean;
  /** Whether tables inside the article are kept in the text. */
  keepTables: boolean;
}

export const DEFAULT_SETTINGS: Readonly<ExtractionSettings> = Object.freeze({
  minParagraphChars: 25,
  creditLevels: 5,
  siblingRatio: 0.5,
  linkDensityCut: 0.2,
  promoteFloor: 1 / 3,
  bodyNameBonus: 25,
  keepHeadings: true,
  keepLists: true,
  keepTables: true,
});
