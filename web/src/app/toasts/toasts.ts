// Short messages that confirm an action or announce something new (a crisis alert), shown in a
// corner and read out by screen readers. A tiny store: no provider needed to raise one.
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  title: string;
  message?: string;
  color?: 'teal' | 'red' | 'yellow' | 'blue' | 'gray';
  /** A link to where the news is, e.g. the alerts page. */
  href?: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

export function showToast(toast: Omit<Toast, 'id'>, ms = 6000): void {
  const id = nextId++;
  toasts = [...toasts.slice(-3), { ...toast, id }];
  emit();
  setTimeout(() => dismissToast(id), ms);
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
  );
}
