// Starts the forms app in the browser: picks the language, connects to the API on
// the same origin, and mounts the app.
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { sessionApi } from './api/session';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import { initialLanguage } from './i18n/language';
import { rememberLanguage } from './i18n/remember-language';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const storage = localStorageOrNull();
const i18n = createI18n(initialLanguage({ search: window.location.search, storage, browserLanguages: navigator.languages ?? [] }));
rememberLanguage(i18n, storage, document.documentElement);
// GOV.UK Frontend styles some components differently once it knows scripts run.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const client = createApiClient({
  language: () => (i18n.language === 'cy' ? 'cy' : 'en'),
  // If the first session read failed (API down), a later sign-in fetches its token first.
  loadCsrfToken: async () => (await api.current()).csrfToken,
});
const api = sessionApi(client);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<App i18n={i18n} sessionApi={api} apiClient={client} />);
