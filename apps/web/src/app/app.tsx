import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/auth/use-me';
import { DeviceProvider, quickExit, SetupPasscode, Unlock, useDevice } from '../features/device/device';
import { useOfflineLists } from '../features/cases/offline-lists';
import { useOutboxSender } from '../features/cases/outbox-sender';

// Screens load when first needed: the first screen (the passcode) comes up sooner on a slow phone.
const SignIn = lazy(() => import('../features/auth/auth').then((m) => ({ default: m.SignIn })));
const MfaEnrolment = lazy(() => import('../features/auth/auth').then((m) => ({ default: m.MfaEnrolment })));
const ResetPassword = lazy(() => import('../features/auth/auth').then((m) => ({ default: m.ResetPassword })));
const CaseForm = lazy(() => import('../features/cases/case-form').then((m) => ({ default: m.CaseForm })));
const NewCase = lazy(() => import('../features/cases/case-form').then((m) => ({ default: m.NewCase })));
const CasesList = lazy(() => import('../features/cases/cases-list').then((m) => ({ default: m.CasesList })));
const WithdrawByCode = lazy(() => import('../features/cases/withdraw-by-code').then((m) => ({ default: m.WithdrawByCode })));
const DeviceSettings = lazy(() => import('../features/device/device-settings').then((m) => ({ default: m.DeviceSettings })));
const Home = lazy(() => import('../features/home/home').then((m) => ({ default: m.Home })));
const ReportsHome = lazy(() => import('../features/reports/report-builder').then((m) => ({ default: m.ReportsHome })));
const ReportPage = lazy(() => import('../features/reports/report-page').then((m) => ({ default: m.ReportPage })));
const ReviewQueue = lazy(() => import('../features/admin/admin-screens').then((m) => ({ default: m.ReviewQueue })));
const ReviewPage = lazy(() => import('../features/admin/review-page').then((m) => ({ default: m.ReviewPage })));
const UsersPage = lazy(() => import('../features/admin/admin-screens').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../features/admin/admin-screens').then((m) => ({ default: m.AuditPage })));
const OperationsPage = lazy(() => import('../features/admin/admin-screens').then((m) => ({ default: m.OperationsPage })));
const TaxonomyPage = lazy(() => import('../features/admin/taxonomy-page').then((m) => ({ default: m.TaxonomyPage })));
const Gallery = lazy(() => import('../components/gallery/gallery').then((m) => ({ default: m.Gallery })));
const Quotations = lazy(() => import('../features/reports/quotations').then((m) => ({ default: m.Quotations })));
import { type Language, LANGUAGES, setLanguage } from '../lib/i18n';
import { signOut } from '../lib/session';
import { publicApi } from '../lib/api/public-client';
import { useFocusOnNavigation } from './focus-on-navigation';

const queryClient = new QueryClient({ defaultOptions: { queries: { networkMode: 'always', refetchOnWindowFocus: false } } });

/** Always on screen: the quick exit, the language, the lock. */
function Header({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const device = useDevice();
  const navigate = useNavigate();
  return (
    <>
      {/* Sticky: the quick exit stays on screen at every scroll position; content scrolls beneath the bar, never under a floating button. */}
      <header className="header topbar">
        <a className="skip" href="#main">
          {t('app.skip')}
        </a>
        <div className="header-row">
          <span className="brand">{t('app.name')}</span>
          <button className="quick-exit" onClick={quickExit} title={t('app.quickExitHint')} data-testid="quick-exit">
            {t('app.quickExit')}
          </button>
        </div>
      </header>
      <div className="header">
      <nav aria-label={t('app.menu')} className="header-row nav">
        {signedIn && device.state === 'unlocked' && (
          <>
            <Link to="/">{t('nav.home')}</Link>
            <Link to="/settings">{t('nav.settings')}</Link>
            <button
              className="link-button"
              onClick={async () => {
                await signOut();
                await queryClient.invalidateQueries();
                navigate('/sign-in');
              }}
            >
              {t('nav.signOut')}
            </button>
          </>
        )}
        <span className="languages" role="group" aria-label={t('app.language')}>
          {LANGUAGES.map((lang) => (
            <button key={lang} className="link-button" aria-pressed={i18n.language === lang} lang={lang} onClick={() => void setLanguage(lang as Language)}>
              {lang === 'en' ? 'English' : 'Русский'}
            </button>
          ))}
        </span>
        {device.state === 'unlocked' && (
          <button className="link-button" onClick={device.lockNow}>
            {t('app.lock')}
          </button>
        )}
      </nav>
      </div>
    </>
  );
}

function Gate({ children }: { children: ReactNode }) {
  const device = useDevice();
  const { t } = useTranslation();
  if (device.state === 'loading') return null;
  if (device.wiped)
    return (
      <main id="main" className="page narrow">
        <p role="alert">{t(device.wiped === 'passcodes' ? 'device.wiped' : 'device.wipedAsked')}</p>
        {/* A fresh start in the same history entry. */}
        <a
          className="button"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            window.location.replace('/');
          }}
        >
          {t('common.continue')}
        </a>
      </main>
    );
  if (device.state === 'setup') return <SetupPasscode />;
  if (device.state === 'locked') return <Unlock />;
  return <>{children}</>;
}

function Routed() {
  const device = useDevice();
  const { me, loading } = useMe(device.state === 'unlocked');
  // The queue on this phone drains whatever screen is open.
  useOutboxSender(device.state === 'unlocked');
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useTranslation();
  // An interviewer's form works offline: its lists are cached as soon as the service worker can keep them.
  useOfflineLists(device.state === 'unlocked' && me?.role === 'interviewer');
  useFocusOnNavigation();
  // The page title is the installed app's neutral name (chosen by admins), not "Casebook".
  useEffect(() => {
    document.title = t('app.name');
    void publicApi
      .GET('/api/v1/app-settings')
      // The default neutral name is shown in the reader's language ("Заметки"); a name an admin chose is shown as chosen.
      .then(({ data }) => data?.name && data.name !== 'Notes' && (document.title = data.name))
      .catch(() => undefined);
  }, [t]);
  const signedIn = Boolean(me);
  const needsMfa = me?.role === 'admin' && !me.mfaEnabled;
  const guard = (element: ReactNode, roles?: Array<'interviewer' | 'researcher' | 'admin'>) => {
    if (loading) return null;
    if (!me) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
    if (needsMfa) return <Navigate to="/mfa" replace />;
    // A screen not for this role leads home (the API refuses its data anyway).
    if (roles && !roles.includes(me.role)) return <Navigate to="/" replace />;
    return element;
  };
  // The interviewer's screens work signed out too (offline, cases wait on the phone), but never for another role.
  const casesScreen = (element: ReactNode) => (me && me.role !== 'interviewer' ? <Navigate to="/" replace /> : element);
  return (
    <>
      <Header signedIn={signedIn} />
      {location.pathname === '/components' ? (
        // The component examples: no data, nothing stored, so not behind the passcode.
        <Suspense fallback={null}>
          <Gallery />
        </Suspense>
      ) : (
      <Gate>
        <Suspense fallback={null}>
        <Routes>
          <Route path="/sign-in" element={<SignIn />} />
          <Route path="/reset-password" element={<ResetPassword />} />
          <Route path="/mfa" element={me ? <MfaEnrolment onDone={() => void queryClient.invalidateQueries({ queryKey: ['me'] }).then(() => navigate('/'))} /> : <Navigate to="/sign-in" replace />} />
          <Route
            path="/"
            element={guard(me?.role === 'interviewer' ? <Navigate to="/cases" replace /> : me?.role === 'researcher' ? <Navigate to="/reports" replace /> : <Home me={me!} />)}
          />
          {/* Open without a session: offline, the cases waiting on the phone are still there. */}
          <Route path="/cases" element={casesScreen(<CasesList />)} />
          <Route path="/cases/new" element={casesScreen(<NewCase />)} />
          <Route path="/cases/new/:id" element={casesScreen(<CaseForm mode="new" />)} />
          <Route path="/cases/local/:id" element={casesScreen(<CaseForm mode="local" />)} />
          <Route path="/cases/:id/edit" element={guard(<CaseForm mode="edit" />, ['interviewer', 'admin'])} />
          <Route path="/withdraw" element={guard(<WithdrawByCode />, ['interviewer', 'admin'])} />
          <Route path="/reports" element={guard(<ReportsHome />, ['researcher', 'admin'])} />
          <Route path="/reports/:id" element={guard(<ReportPage />, ['researcher', 'admin'])} />
          <Route path="/quotations" element={guard(<Quotations />, ['researcher', 'admin'])} />
          <Route path="/admin/review" element={guard(<ReviewQueue />, ['admin'])} />
          <Route path="/admin/review/:id" element={guard(<ReviewPage />, ['admin'])} />
          <Route path="/admin/users" element={guard(<UsersPage />, ['admin'])} />
          <Route path="/admin/audit" element={guard(<AuditPage />, ['admin'])} />
          <Route path="/admin/operations" element={guard(<OperationsPage />, ['admin'])} />
          <Route path="/admin/taxonomy" element={guard(<TaxonomyPage />, ['admin'])} />
          <Route path="/settings" element={<DeviceSettings />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
        </Suspense>
      </Gate>
      )}
    </>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <DeviceProvider>
        <BrowserRouter>
          <Routed />
        </BrowserRouter>
      </DeviceProvider>
    </QueryClientProvider>
  );
}
