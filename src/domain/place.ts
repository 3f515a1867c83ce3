// A workspace's own place: a kecamatan (district), a kelurahan or desa (village), or another local
// name (a market, a hamlet) that news about the region mentions.
export type WorkspacePlaceKind = 'district' | 'village' | 'place';

export const PLACE_KINDS: WorkspacePlaceKind[] = ['district', 'village', 'place'];

/** How users name the kinds. */
export const PLACE_KIND_LABELS: Record<WorkspacePlaceKind, string> = {
  district: 'kecamatan',
  village: 'kelurahan/desa',
  place: 'tempat',
};

export interface WorkspacePlace {
  id: number;
  workspaceId: number;
  name: string;
  kind: WorkspacePlaceKind;
  /** The district a village lies in, when known. */
  parent: string | null;
  createdAt: string;
}
