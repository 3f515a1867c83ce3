// Message keys are checked at compile time against the Indonesian catalogue.
import 'i18next';
import type { id } from './id.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
