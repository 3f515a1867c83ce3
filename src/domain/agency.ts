// An agency (OPD, organisasi perangkat daerah) of the government a workspace monitors for: the
// Dinas, Badan or Bagian that receives the leader's directions and answers them.
export interface Agency {
  id: number;
  workspaceId: number;
  name: string;
  /** As people write it, e.g. "Dinas PUPR", "BPBD". */
  shortName: string;
  head: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
  createdAt: string;
}
