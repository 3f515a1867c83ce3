// The number beside "Kotak masuk" in the navigation: how many cases wait for me, red when one of
// them is late. Nothing is shown when nothing waits.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { useInbox } from './sop-cases.api.ts';

export function InboxCount() {
  const { t } = useTranslation();
  const session = useSession();
  const inbox = useInbox(session.workspace?.slug ?? null, session.can('read'));
  const items = inbox.data ?? [];
  if (items.length === 0) return null;
  const late = items.filter((i) => i.late || i.minutesLeft < 0).length;
  const words =
    late > 0 ? t('inbox.countLate', { n: items.length, late }) : t('inbox.count', { n: items.length });
  return (
    <Badge
      size="sm"
      circle={items.length < 10}
      color={late > 0 ? 'red' : 'pantau'}
      variant={late > 0 ? 'filled' : 'light'}
      title={words}
      data-testid="inbox-count"
      data-late={late}
    >
      <span aria-hidden="true">{items.length}</span>
      <span className="visually-hidden">{` (${words})`}</span>
    </Badge>
  );
}
