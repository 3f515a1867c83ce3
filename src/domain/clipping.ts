// Print media: the newspapers an office clips, each uploaded clipping (a scan, a phone photo or an
// e-paper PDF), its pages and the regions a page is cut into — one article each.
/** A rectangle on a page image, in its pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const PRINT_FREQUENCIES = ['harian', 'mingguan', 'bulanan', 'lainnya'] as const;
export type PrintFrequency = (typeof PRINT_FREQUENCIES)[number];

export interface PrintOutlet {
  id: number;
  workspaceId: number;
  name: string;
  region: string | null;
  frequency: PrintFrequency;
  circulation: number | null;
  partnerId: number | null;
  partnerName: string | null;
  clippingCount: number;
  createdAt: string;
}

export type ClippingStatus = 'processing' | 'ready' | 'failed';

export interface Clipping {
  id: number;
  workspaceId: number;
  fileName: string;
  fileSize: number;
  outletId: number;
  outlet: string;
  /** YYYY-MM-DD. */
  editionDate: string;
  firstPage: number | null;
  status: ClippingStatus;
  error: string | null;
  pageCount: number;
  articleCount: number;
  createdAt: string;
  createdBy: string | null;
}

export interface ClippingRegion {
  id: number;
  box: Box;
  articleId: number | null;
  title: string | null;
  characters: number;
}

export interface ClippingPage {
  id: number;
  clippingId: number;
  pageNo: number;
  width: number;
  height: number;
  method: 'ocr' | 'text-layer';
  proposedRegions: Box[];
  regions: ClippingRegion[];
  /** False while the page is the one whole-page region made when it was read. */
  confirmed: boolean;
  meanConfidence: number | null;
}

/** The name folded for matching: "Radar  SUKAMAJU " is "radar sukamaju". */
export function outletKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The address a clipping region's article is stored under: ours, never fetched, unique on the page
 * because it names the region (a region kept when the page is cut again keeps its article).
 */
export function clippingArticleUrl(pageId: number, box: Box): string {
  return `kliping:${pageId}/${box.x},${box.y},${box.w},${box.h}`;
}

export function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}
