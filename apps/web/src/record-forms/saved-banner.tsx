// After a record is saved the person lands back on the page they came from, which
// confirms it with a success banner (GOV.UK's pattern) named by `?saved=`.
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { NotificationBanner } from '../components/notification-banner/NotificationBanner';

/** `back` with `saved=` added to its query, before any #fragment. */
export function savedHref(back: string, what: string): string {
  const [path = '', fragment] = back.split('#');
  return `${path}${path.includes('?') ? '&' : '?'}saved=${encodeURIComponent(what)}${fragment ? `#${fragment}` : ''}`;
}

export function SavedBanner() {
  const { t } = useTranslation();
  const saved = new URLSearchParams(useSearch()).get('saved');
  if (!saved) return null;
  return <NotificationBanner variant="success" heading={t('recordForm.saved', { what: saved })} />;
}
