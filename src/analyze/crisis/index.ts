// Crisis early warning: levels from recent negative coverage against the usual, and de-duplicated alerts.

export { type AlertDecision, decideAlert } from './alerts.ts';
export { evaluateCrisis } from './evaluate.ts';
export { DEFAULT_CRISIS_SETTINGS, validateCrisisSettings } from './settings.ts';
export * from './types.ts';
