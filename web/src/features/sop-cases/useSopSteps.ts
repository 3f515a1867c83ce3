// The step counts and time standards of the SOPs a list of cases runs on, read from the SOPs' own
// definitions (shared with the SOP pages' cache), for lists whose rows carry only a step number.
// The newest version is read: a list row does not say which version its case runs on, and the case
// page (which does) shows its own version's figures.
import { useQueries } from '@tanstack/react-query';
import { type SopDefinition, sopQuery, standardMinutes } from '../sops/sops.api.ts';

export interface SopSteps {
  /** How many steps the SOP has, or null while unknown. */
  total(sopKey: string): number | null;
  /** A step's standard in working minutes, or null while unknown. */
  standard(sopKey: string, step: number): number | null;
}

export function useSopSteps(workspace: string, sopKeys: string[]): SopSteps {
  const keys = [...new Set(sopKeys)].sort();
  const results = useQueries({ queries: keys.map((key) => sopQuery(workspace, key)) });
  const byKey = new Map<string, SopDefinition>();
  keys.forEach((key, i) => {
    const def = results[i]?.data?.definition;
    if (def) byKey.set(key, def);
  });
  return {
    total: (key) => byKey.get(key)?.steps.length ?? null,
    standard: (key, no) => {
      const step = byKey.get(key)?.steps.find((s) => s.no === no);
      return step ? standardMinutes(step) : null;
    },
  };
}
