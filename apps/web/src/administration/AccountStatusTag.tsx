// A person's account status as a tag: active, locked after repeated failed sign-ins, or
// deactivated. The words carry the meaning; the colour only helps.
import { useTranslation } from 'react-i18next';
import type { AccountStatus } from '../api/administration';
import { Tag, type TagColour } from '../components/tag/Tag';

const colours: Record<AccountStatus, TagColour> = { active: 'green', locked: 'orange', deactivated: 'grey' };

export function AccountStatusTag({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return <Tag text={t(`people.status.${status}`)} colour={colours[status]} />;
}
