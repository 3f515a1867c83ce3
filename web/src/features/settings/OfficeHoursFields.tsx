// Office hours per weekday: each day's working windows (start and end time), added and removed;
// a day without windows is a day off. A break between two windows (lunch) does not count. Each day says how many working hours it adds up to.
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../../app/ui/icons.tsx';
import { durationWords } from '../sop-cases/workingTime.ts';
import { WEEKDAYS, type Weekday, type WorkCalendarSettings, type WorkWindow } from './work-calendar.api.ts';

type Hours = WorkCalendarSettings['hours'];

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return Number.isFinite(h) && Number.isFinite(m) ? h * 60 + m : Number.NaN;
};
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A new window after the day's last one: an hour long, within the day. */
function nextWindow(windows: WorkWindow[]): WorkWindow {
  const last = windows[windows.length - 1];
  if (!last) return { start: '07:30', end: '16:00' };
  const start = Math.min(minutesOf(last.end) || 0, 22 * 60);
  return { start: hhmm(start), end: hhmm(Math.min(start + 60, 23 * 60 + 59)) };
}

function dayTotal(windows: WorkWindow[]): number {
  return windows.reduce((n, w) => {
    const length = minutesOf(w.end) - minutesOf(w.start);
    return Number.isFinite(length) && length > 0 ? n + length : n;
  }, 0);
}

function DayFields(props: {
  day: Weekday;
  windows: WorkWindow[];
  readOnly: boolean;
  onChange(w: WorkWindow[]): void;
}) {
  const { t } = useTranslation();
  const dayName = t(`settings.workCalendar.days.${props.day}`);
  const total = dayTotal(props.windows);
  const set = (i: number, field: keyof WorkWindow, value: string) =>
    props.onChange(props.windows.map((w, j) => (j === i ? { ...w, [field]: value } : w)));
  return (
    <fieldset
      style={{
        border: 0,
        borderTop: '1px solid var(--mantine-color-gray-2)',
        margin: 0,
        padding: '8px 0',
        minWidth: 0,
      }}
      data-testid={`hours-${props.day}`}
    >
      <legend className="visually-hidden">{dayName}</legend>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={0} w={130} style={{ flexShrink: 0 }}>
          <Text fw={600} size="sm" aria-hidden="true">
            {dayName}
          </Text>
          <Text size="xs" c="dimmed">
            {props.windows.length === 0
              ? t('settings.workCalendar.dayOff')
              : t('settings.workCalendar.dayTotal', { duration: durationWords(total, t) })}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap" align="center" style={{ flex: '1 1 240px', minWidth: 0 }}>
          {props.windows.map((w, i) => (
            <Group
              // biome-ignore lint/suspicious/noArrayIndexKey: windows are edited in place and have no identity
              key={i}
              gap={6}
              wrap="nowrap"
              align="center"
              pl={8}
              pr={props.readOnly ? 8 : 2}
              py={4}
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
              data-testid="work-window"
            >
              <TextInput
                type="time"
                size="xs"
                aria-label={t('settings.workCalendar.startOf', { day: dayName, n: i + 1 })}
                value={w.start}
                onChange={(e) => set(i, 'start', e.currentTarget.value)}
                disabled={props.readOnly}
                required
                w={120}
              />
              <Text span size="sm" aria-hidden="true">
                –
              </Text>
              <TextInput
                type="time"
                size="xs"
                aria-label={t('settings.workCalendar.endOf', { day: dayName, n: i + 1 })}
                value={w.end}
                onChange={(e) => set(i, 'end', e.currentTarget.value)}
                disabled={props.readOnly}
                required
                w={120}
              />
              {!props.readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="md"
                  aria-label={t('settings.workCalendar.removeWindow', {
                    day: dayName,
                    start: w.start,
                    end: w.end,
                  })}
                  onClick={() => props.onChange(props.windows.filter((_, j) => j !== i))}
                >
                  <CloseIcon width={14} height={14} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {!props.readOnly && props.windows.length < 6 && (
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<PlusIcon width={12} height={12} />}
              onClick={() => props.onChange([...props.windows, nextWindow(props.windows)])}
              aria-label={t('settings.workCalendar.addWindowTo', { day: dayName })}
            >
              {t('settings.workCalendar.addWindow')}
            </Button>
          )}
        </Group>
      </Group>
    </fieldset>
  );
}

export function OfficeHoursFields(props: { hours: Hours; readOnly: boolean; onChange(hours: Hours): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" mb="xs">
        {t('settings.workCalendar.hoursHelp')}
      </Text>
      {WEEKDAYS.map((day) => (
        <DayFields
          key={day}
          day={day}
          windows={props.hours[day] ?? []}
          readOnly={props.readOnly}
          onChange={(windows) => props.onChange({ ...props.hours, [day]: windows })}
        />
      ))}
    </Stack>
  );
}
