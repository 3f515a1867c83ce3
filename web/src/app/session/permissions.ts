// What each role may do, mirrored from the modules' *.policy.ts so the app hides what a role cannot
// use. The server still decides: a refusal it sends is shown as "not allowed", never as a crash.
import type { Role, User } from './types.ts';

const ALL_STAFF: readonly Role[] = [
  'analyst',
  'reviewer',
  'team_lead',
  'head',
  'assistant',
  'secretary',
  'leader',
  'admin',
  'viewer',
];
const OPERATORS: readonly Role[] = ['analyst', 'reviewer', 'team_lead', 'head', 'admin'];
const LEADS: readonly Role[] = ['team_lead', 'head', 'admin'];
const ADMINS: readonly Role[] = ['admin'];

const RULES = {
  /** articles, analysis, issues, alerts, sources, subjects, places: read */
  read: ALL_STAFF,
  /** analysis.reanalyze: analyse every stored article again */
  reanalyze: OPERATORS,
  /** corrections.create */
  correct: OPERATORS,
  /** issues.edit */
  editIssues: OPERATORS,
  /** sources.manage */
  manageSources: OPERATORS,
  /** crawl.run: "Ambil sekarang" on a source */
  runCrawl: OPERATORS,
  /** subjects.manage */
  manageSubjects: OPERATORS,
  /** places.manage */
  managePlaces: OPERATORS,
  /** alerts.handle: acknowledge, assign, comment, resolve, reopen */
  handleAlerts: OPERATORS,
  /** alerts.settings */
  alertSettings: LEADS,
  /** notifications.read / manage (alert recipients) */
  recipients: LEADS,
  /** agencies.manage */
  manageAgencies: LEADS,
  /** directions.read: the office and agency officers (who see only their agency's) */
  directions: [...ALL_STAFF.filter((r) => r !== 'viewer'), 'agency_officer'],
  /** directions.overview: the per-agency summary */
  directionsOverview: ALL_STAFF.filter((r) => r !== 'viewer'),
  /** directions.give / follow_up: give, remind, answer, close */
  giveDirections: ['team_lead', 'head', 'leader', 'admin'],
  /** partners.read: the partner media registry (mitra media) */
  partners: ['analyst', 'team_lead', 'head', 'secretary', 'leader', 'admin'],
  /** partners.manage: add, edit and remove partners, their certificates and agreements */
  managePartners: ['analyst', 'head', 'admin'],
  /** letters.read: the agenda book and archive of official letters */
  letters: ['analyst', 'team_lead', 'head', 'secretary', 'leader', 'admin'],
  /** letters.register: register and edit letters */
  registerLetters: ['analyst', 'head', 'secretary', 'admin'],
  /** letters.dispose: write the disposition of an incoming letter */
  disposeLetters: ['leader', 'secretary', 'head'],
  /** programs.read: the inventory of programs and activities (SOP B step 1) */
  programs: ['analyst', 'team_lead', 'head', 'secretary', 'leader', 'admin'],
  /** programs.manage: add, edit, remove and import programs */
  managePrograms: ['analyst', 'head', 'admin'],
  /** publications.draft: "Susun siaran pers" from an issue (starts SOP B) */
  draftPublications: ['analyst', 'team_lead', 'head', 'admin'],
  /** publications.correct: "Ralat" on a published release */
  correctPublications: ['analyst', 'head', 'admin'],
  /** publications.withdraw: "Tarik" a published release from the newsroom */
  withdrawPublications: ['head', 'secretary', 'leader', 'admin'],
  /** publications.webhooks: the webhooks every published release is sent to */
  publicationWebhooks: ADMINS,
  /** clippings.add / confirm / correct-text: add print clippings, confirm their regions, fix OCR text */
  editClippings: ['analyst', 'team_lead', 'head', 'leader', 'admin'],
  /** print-outlets.manage: the print outlets in the source registry */
  managePrintOutlets: ADMINS,
  /** sop-cases.start: "Mulai kasus" */
  startCases: OPERATORS,
  /** sops.edit: a new SOP version from the editor ("Ubah SOP") or an imported JSON */
  editSops: ADMINS,
  /** sop-cases.configure: office hours and office holidays */
  workCalendar: ADMINS,
  /** users.manage, audit.read: administrators of the workspace or the installation */
  manageUsers: ADMINS,
  audit: ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof RULES | 'manageWorkspace';

/** The role the user acts with in the workspace: their membership, or admin for installation admins. */
export function roleIn(user: User, workspaceId: number | null): Role | null {
  if (workspaceId === null) return user.isAdmin ? 'admin' : null;
  const membership = user.memberships.find((m) => m.workspaceId === workspaceId);
  if (membership) return membership.role;
  return user.isAdmin ? 'admin' : null;
}

export function allows(user: User, workspaceId: number | null, capability: Capability): boolean {
  // Creating, renaming and removing workspaces is for installation administrators only.
  if (capability === 'manageWorkspace') return user.isAdmin;
  const role = roleIn(user, workspaceId);
  return role !== null && (RULES[capability] as readonly Role[]).includes(role);
}
