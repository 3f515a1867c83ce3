// The SOPs every workspace starts with; offices edit their own copies (each edit a new version).
import type { SopDefinition } from '../definition.ts';
import { SOP_A } from './sop-a.ts';
import { SOP_B } from './sop-b.ts';

export const SOP_TEMPLATES: readonly SopDefinition[] = [SOP_A, SOP_B];
