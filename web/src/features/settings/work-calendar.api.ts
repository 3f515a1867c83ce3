// The office's working-time calendar that SOP time standards count in: office hours per weekday,
// the office's own days off, and (read-only) the national holidays Pantau knows.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  workCalendarSchema,
  workCalendarSettingsSchema,
} from '../../../../src/modules/sop-cases/sop-cases.schema.ts';
import { api } from '../../app/api/client.ts';

export type WorkCalendar = z.infer<typeof workCalendarSchema>;
export type WorkCalendarSettings = z.infer<typeof workCalendarSettingsSchema>;
export type Weekday = keyof WorkCalendarSettings['hours'];
export type WorkWindow = WorkCalendarSettings['hours'][Weekday][number];
export type Holiday = WorkCalendarSettings['officeHolidays'][number];
export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const key = (workspace: string) => ['work-calendar', workspace] as const;

export function useWorkCalendar(workspace: string) {
  return useQuery({
    queryKey: key(workspace),
    queryFn: () =>
      api<{ calendar: WorkCalendar }>('/api/v1/settings/work-calendar', { query: { workspace } }),
    select: (d) => d.calendar,
  });
}

export function useSaveWorkCalendar(workspace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkCalendarSettings) =>
      api<{ calendar: WorkCalendar }>('/api/v1/settings/work-calendar', {
        method: 'PUT',
        query: { workspace },
        body,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(key(workspace), data);
      // Deadlines shown elsewhere were counted on the old calendar.
      void queryClient.invalidateQueries({ queryKey: ['sop-cases', workspace] });
    },
  });
}
