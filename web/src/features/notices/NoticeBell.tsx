// The bell in the header: how many notices I have not read, and the newest of them in a list;
// choosing one marks it read and opens the page it points to.
import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  Stack,
  Switch,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { BellIcon } from '../../app/ui/icons.tsx';
import {
  type Notice,
  useMarkRead,
  useNoticePreferences,
  useNotices,
  useSaveNoticePreferences,
} from './notices.api.ts';

function NoticeItem({ notice, onOpen }: { notice: Notice; onOpen(n: Notice): void }) {
  const f = useFormat();
  const unread = notice.readAt === null;
  return (
    <UnstyledButton
      onClick={() => onOpen(notice)}
      p="xs"
      style={{ borderRadius: 6, background: unread ? 'var(--mantine-color-pantau-0)' : undefined }}
      data-testid="notice-item"
      data-unread={unread}
    >
      <Text size="sm" fw={unread ? 600 : 400} lineClamp={3}>
        {notice.body}
      </Text>
      <Text size="xs" c="dimmed">
        {f.relative(notice.createdAt)}
      </Text>
    </UnstyledButton>
  );
}

export function NoticeBell() {
  const { t } = useTranslation();
  const session = useSession();
  const slug = session.workspace?.slug ?? null;
  const notices = useNotices(slug);
  const mark = useMarkRead(slug ?? '');
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const preferences = useNoticePreferences(opened);
  const savePreferences = useSaveNoticePreferences();
  if (!slug) return null;
  const unread = notices.data?.unread ?? 0;
  const items = notices.data?.notices ?? [];
  const open = (n: Notice) => {
    setOpened(false);
    if (n.readAt === null) mark.mutate(n.id);
    void navigate(n.link);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} withArrow shadow="md">
      <Popover.Target>
        <Indicator
          disabled={unread === 0}
          label={unread > 99 ? '99+' : unread}
          size={16}
          color="red"
          offset={4}
        >
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread > 0 ? t('notices.bellUnread', { n: unread }) : t('notices.bell')}
            data-testid="notice-bell"
            data-unread={unread}
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" mb={4} px={4}>
          <Text fw={600} size="sm">
            {t('notices.title')}
          </Text>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => mark.mutate('all')}>
              {t('notices.readAll')}
            </Button>
          )}
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" p="xs">
            {t('notices.empty')}
          </Text>
        ) : (
          <Stack gap={2} mah={420} style={{ overflowY: 'auto' }}>
            {items.map((n) => (
              <NoticeItem key={n.id} notice={n} onOpen={open} />
            ))}
          </Stack>
        )}
        <Switch
          mt="xs"
          px={4}
          size="xs"
          label={t('notices.byEmail')}
          checked={preferences.data?.email ?? true}
          disabled={!preferences.data || savePreferences.isPending}
          onChange={(e) => savePreferences.mutate({ email: e.currentTarget.checked })}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
