// Jam kerja: the office hours per weekday and the office's own days off that SOP time standards
// count in (a step's clock stops outside them), with the national holidays Pantau already knows
// listed for reference. Administrators change them; everyone else reads them.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { dayLabel, OfficeHolidaysFields } from './OfficeHolidaysFields.tsx';
import { OfficeHoursFields } from './OfficeHoursFields.tsx';
import {
  type Holiday,
  type WorkCalendarSettings as Settings,
  useSaveWorkCalendar,
  useWorkCalendar,
  type WorkCalendar,
} from './work-calendar.api.ts';

function listYears(years: number[], and: string): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} ${and} ${years[years.length - 1]}`;
}

function CalendarForm(props: { workspace: string; calendar: WorkCalendar; canEdit: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { calendar } = props;
  const save = useSaveWorkCalendar(props.workspace);
  const fromServer = (): Settings => ({
    hours: structuredClone(calendar.hours),
    officeHolidays: structuredClone(calendar.officeHolidays),
  });
  const [draft, setDraft] = useState<Settings>(fromServer);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer from the server replaces the draft
  useEffect(() => setDraft(fromServer()), [calendar]);
  const readOnly = !props.canEdit;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const officeHolidays = [...draft.officeHolidays]
          .map((h) => ({ date: h.date, name: h.name.trim() }))
          .sort((a, b) => a.date.localeCompare(b.date));
        save.mutate(
          { hours: draft.hours, officeHolidays },
          { onSuccess: () => showToast({ title: t('settings.workCalendar.saved'), color: 'teal' }) },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw={760}>
          {t('settings.workCalendar.intro', { zone: calendar.zone })}
        </Text>
        {calendar.incompleteYears.length > 0 && (
          <Alert color="yellow" variant="light" role="status" data-testid="incomplete-years">
            {t('settings.workCalendar.incomplete', {
              years: listYears(calendar.incompleteYears, t('settings.workCalendar.and')),
            })}
          </Alert>
        )}
        {readOnly && (
          <Alert variant="light" color="gray">
            {t('settings.workCalendar.adminOnly')}
          </Alert>
        )}
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="office-hours">
          <Title order={2} size="h5" id="office-hours" mb="xs">
            {t('settings.workCalendar.hours')}
          </Title>
          <OfficeHoursFields
            hours={draft.hours}
            readOnly={readOnly}
            onChange={(hours) => setDraft((d) => ({ ...d, hours }))}
          />
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="office-holidays">
          <Title order={2} size="h5" id="office-holidays" mb="xs">
            {t('settings.workCalendar.officeHolidays')}
          </Title>
          <OfficeHolidaysFields
            holidays={draft.officeHolidays}
            readOnly={readOnly}
            onChange={(officeHolidays) => setDraft((d) => ({ ...d, officeHolidays }))}
          />
        </Paper>
        <ProblemAlert error={save.error} />
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="xs" c="dimmed">
            {calendar.updatedAt
              ? t('settings.workCalendar.updated', {
                  who: calendar.updatedBy ?? '—',
                  when: fmt.dateTime(calendar.updatedAt),
                })
              : t('settings.workCalendar.defaults')}
          </Text>
          {props.canEdit && (
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          )}
        </Group>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="national-holidays">
          <Title order={2} size="h5" id="national-holidays" mb={4}>
            {t('settings.workCalendar.nationalHolidays')}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {t('settings.workCalendar.nationalHelp')}
          </Text>
          <NationalHolidays holidays={calendar.nationalHolidays} />
        </Paper>
      </Stack>
    </form>
  );
}

function NationalHolidays(props: { holidays: Holiday[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (props.holidays.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('settings.workCalendar.noNational')}
      </Text>
    );
  return (
    <DataTable<Holiday>
      caption={t('settings.workCalendar.nationalHolidays')}
      rows={props.holidays}
      rowKey={(h) => `${h.date}:${h.name}`}
      alwaysTable
      minWidth={320}
      limit={12}
      testId="national-holidays"
      columns={[
        {
          key: 'date',
          header: t('settings.workCalendar.date'),
          cell: (h) => <span style={{ whiteSpace: 'nowrap' }}>{dayLabel(h.date, fmt.lang)}</span>,
          value: (h) => h.date,
          width: 150,
        },
        {
          key: 'name',
          header: t('settings.workCalendar.holidayName'),
          cell: (h) => h.name,
          value: (h) => h.name,
        },
      ]}
    />
  );
}

export function WorkCalendarSettings(props: { workspace: string; canEdit: boolean }) {
  const calendar = useWorkCalendar(props.workspace);
  return (
    <QueryView query={calendar} skeleton={<LoadingState rows={6} />}>
      {(data) => <CalendarForm workspace={props.workspace} calendar={data} canEdit={props.canEdit} />}
    </QueryView>
  );
}
