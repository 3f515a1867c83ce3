// The app's addresses, in Indonesian as users say them (/cari, /isu, /kliping, /kotak-masuk). Every page is
// lazy-loaded; the sign-in page and the session gate are in the first chunk.
import { Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { lazyPage } from './lazyPage.ts';
import { RequireSession } from './session/RequireSession.tsx';
import { AppLayout } from './shell/AppLayout.tsx';
import { FullPageLoader, NotFoundState } from './ui/States.tsx';

const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage.tsx'), 'DashboardPage');
const SearchPage = lazyPage(() => import('../features/search/SearchPage.tsx'), 'SearchPage');
const ArticlePage = lazyPage(() => import('../features/articles/ArticlePage.tsx'), 'ArticlePage');
const IssuesPage = lazyPage(() => import('../features/issues/IssuesPage.tsx'), 'IssuesPage');
const IssuePage = lazyPage(() => import('../features/issues/IssuePage.tsx'), 'IssuePage');
const AlertsPage = lazyPage(() => import('../features/alerts/AlertsPage.tsx'), 'AlertsPage');
const AlertPage = lazyPage(() => import('../features/alerts/AlertPage.tsx'), 'AlertPage');
const InboxPage = lazyPage(() => import('../features/sop-cases/InboxPage.tsx'), 'InboxPage');
const CasesPage = lazyPage(() => import('../features/sop-cases/CasesPage.tsx'), 'CasesPage');
const CasePage = lazyPage(() => import('../features/sop-cases/CasePage.tsx'), 'CasePage');
const DirectionsPage = lazyPage(() => import('../features/directions/DirectionsPage.tsx'), 'DirectionsPage');
const DirectionPage = lazyPage(() => import('../features/directions/DirectionPage.tsx'), 'DirectionPage');
const PartnersPage = lazyPage(() => import('../features/partners/PartnersPage.tsx'), 'PartnersPage');
const PartnerPage = lazyPage(() => import('../features/partners/PartnerPage.tsx'), 'PartnerPage');
const ProgramsPage = lazyPage(() => import('../features/programs/ProgramsPage.tsx'), 'ProgramsPage');
const ProgramPage = lazyPage(() => import('../features/programs/ProgramPage.tsx'), 'ProgramPage');
const LettersPage = lazyPage(() => import('../features/letters/LettersPage.tsx'), 'LettersPage');
const LetterPage = lazyPage(() => import('../features/letters/LetterPage.tsx'), 'LetterPage');
const ArchivePage = lazyPage(() => import('../features/archive/ArchivePage.tsx'), 'ArchivePage');
const PublicationsPage = lazyPage(
  () => import('../features/publications/PublicationsPage.tsx'),
  'PublicationsPage',
);
const PublicationPage = lazyPage(
  () => import('../features/publications/PublicationPage.tsx'),
  'PublicationPage',
);
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage.tsx'), 'ReportsPage');
const ReportPage = lazyPage(() => import('../features/reports/ReportPage.tsx'), 'ReportPage');
const SopsPage = lazyPage(() => import('../features/sops/SopsPage.tsx'), 'SopsPage');
const SopPage = lazyPage(() => import('../features/sops/SopPage.tsx'), 'SopPage');
const EditSopPage = lazyPage(() => import('../features/sops/edit/EditSopPage.tsx'), 'EditSopPage');
const ClippingsPage = lazyPage(() => import('../features/clippings/ClippingsPage.tsx'), 'ClippingsPage');
const ClippingEditorPage = lazyPage(
  () => import('../features/clippings/ClippingEditorPage.tsx'),
  'ClippingEditorPage',
);
const SourcesPage = lazyPage(() => import('../features/sources/SourcesPage.tsx'), 'SourcesPage');
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage.tsx'), 'SettingsPage');
const AuditPage = lazyPage(() => import('../features/audit/AuditPage.tsx'), 'AuditPage');
const AccountPage = lazyPage(() => import('../features/auth/AccountPage.tsx'), 'AccountPage');
const ChangePasswordPage = lazyPage(
  () => import('../features/auth/ChangePasswordPage.tsx'),
  'ChangePasswordPage',
);
const FirstRunPage = lazyPage(() => import('../features/setup/FirstRunPage.tsx'), 'FirstRunPage');

function Standalone() {
  return (
    <Suspense fallback={<FullPageLoader />}>
      <Outlet />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  { path: '/masuk', element: <SignInPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <Standalone />,
        children: [
          { path: '/ganti-sandi', element: <ChangePasswordPage /> },
          { path: '/mulai', element: <FirstRunPage /> },
        ],
      },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'cari', element: <SearchPage /> },
          { path: 'artikel/:id', element: <ArticlePage /> },
          { path: 'isu', element: <IssuesPage /> },
          { path: 'isu/:id', element: <IssuePage /> },
          { path: 'peringatan', element: <AlertsPage /> },
          { path: 'peringatan/:id', element: <AlertPage /> },
          { path: 'kotak-masuk', element: <InboxPage /> },
          { path: 'kasus', element: <CasesPage /> },
          { path: 'kasus/:id', element: <CasePage /> },
          { path: 'arahan', element: <DirectionsPage /> },
          { path: 'arahan/:id', element: <DirectionPage /> },
          { path: 'mitra', element: <PartnersPage /> },
          { path: 'mitra/:id', element: <PartnerPage /> },
          { path: 'program', element: <ProgramsPage /> },
          { path: 'program/:id', element: <ProgramPage /> },
          { path: 'agenda', element: <LettersPage /> },
          { path: 'agenda/:id', element: <LetterPage /> },
          { path: 'arsip', element: <ArchivePage /> },
          { path: 'laporan', element: <ReportsPage /> },
          { path: 'laporan/:id', element: <ReportPage /> },
          { path: 'siaran-pers', element: <PublicationsPage /> },
          { path: 'siaran-pers/:id', element: <PublicationPage /> },
          { path: 'kliping', element: <ClippingsPage /> },
          { path: 'kliping/:id', element: <ClippingEditorPage /> },
          { path: 'sumber', element: <SourcesPage /> },
          { path: 'sop', element: <SopsPage /> },
          { path: 'sop/:key', element: <SopPage /> },
          { path: 'sop/:key/ubah', element: <EditSopPage /> },
          { path: 'pengaturan', element: <SettingsPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'akun', element: <AccountPage /> },
          { path: '*', element: <NotFoundState /> },
        ],
      },
    ],
  },
]);
