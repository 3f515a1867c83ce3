// The workspace being looked at: its name, or a choice when the user may open several.
import { NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../session/SessionProvider.tsx';

export function WorkspaceSwitch() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  if (!session.workspace) return null;
  if (session.workspaces.length < 2) {
    return (
      <Text size="sm" fw={500} c="dimmed" truncate="end" title={session.workspace.name}>
        {session.workspace.name}
      </Text>
    );
  }
  return (
    <NativeSelect
      size="xs"
      aria-label={t('shell.chooseWorkspace')}
      value={session.workspace.slug}
      onChange={(e) => {
        session.chooseWorkspace(e.currentTarget.value);
        navigate('/');
      }}
      data={session.workspaces.map((w) => ({ value: w.slug, label: w.name }))}
      maw={260}
    />
  );
}
