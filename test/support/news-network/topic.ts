// The shape of one news beat: where it is filed, which OPD speaks for it, and its sentence templates.
import type { AgencyKey } from './city.ts';

export interface Topic {
  id: string;
  /** Section name as the site menus print it. */
  section: string;
  agency: AgencyKey;
  tags: string[];
  headlines: string[];
  leads: string[];
  facts: string[];
  /** What the responsible official says, without quotation marks. */
  quotes: string[];
  /** What residents say, without quotation marks. */
  voices: string[];
}
