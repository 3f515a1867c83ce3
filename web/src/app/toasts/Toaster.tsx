// Where toasts appear: bottom-right on a laptop, across the bottom on a phone; a polite live region.
import { Anchor, Notification, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { dismissToast, useToasts } from './toasts.ts';

export function Toaster() {
  const toasts = useToasts();
  return (
    <div className="toaster" aria-live="polite" aria-atomic="false">
      <Stack gap="xs">
        {toasts.map((toast) => (
          <Notification
            key={toast.id}
            title={toast.title}
            color={toast.color ?? 'teal'}
            onClose={() => dismissToast(toast.id)}
            withBorder
          >
            {toast.href ? (
              <Anchor component={Link} to={toast.href} size="sm">
                {toast.message}
              </Anchor>
            ) : (
              toast.message
            )}
          </Notification>
        ))}
      </Stack>
    </div>
  );
}
