// The office's own days off (the regency's anniversary, a regional holiday, a national holiday
// Pantau does not know yet): a date and a name each, added and removed.
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../app/format/time.ts';
import { CloseIcon, PlusIcon } from '../../app/ui/icons.tsx';
import type { Holiday } from './work-calendar.api.ts';

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "Jum, 25 Des 2026": a calendar day as written, the same in every time zone. */
export function dayLabel(date: string, lang: Lang): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  let f = dayFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(lang, f);
  }
  return f.format(d);
}

export function OfficeHolidaysFields(props: {
  holidays: Holiday[];
  readOnly: boolean;
  onChange(holidays: Holiday[]): void;
}) {
  const { t } = useTranslation();
  const set = (i: number, field: keyof Holiday, value: string) =>
    props.onChange(props.holidays.map((h, j) => (j === i ? { ...h, [field]: value } : h)));
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('settings.workCalendar.officeHolidaysHelp')}
      </Text>
      {props.holidays.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('settings.workCalendar.noOfficeHolidays')}
        </Text>
      )}
      {props.holidays.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity
        <Group key={i} gap="xs" wrap="wrap" align="flex-end" data-testid="office-holiday">
          <TextInput
            type="date"
            size="xs"
            label={t('settings.workCalendar.date')}
            aria-label={t('settings.workCalendar.dateOf', { n: i + 1 })}
            value={h.date}
            onChange={(e) => set(i, 'date', e.currentTarget.value)}
            disabled={props.readOnly}
            required
            w={150}
          />
          <Group gap="xs" wrap="nowrap" align="flex-end" style={{ flex: '1 1 220px', minWidth: 0 }}>
            <TextInput
              size="xs"
              label={t('settings.workCalendar.holidayName')}
              aria-label={t('settings.workCalendar.nameOf', { n: i + 1 })}
              placeholder={t('settings.workCalendar.holidayPlaceholder')}
              value={h.name}
              onChange={(e) => set(i, 'name', e.currentTarget.value)}
              disabled={props.readOnly}
              required
              maxLength={200}
              style={{ flex: 1, minWidth: 0 }}
            />
            {!props.readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('settings.workCalendar.removeHoliday', { name: h.name || h.date || i + 1 })}
                onClick={() => props.onChange(props.holidays.filter((_, j) => j !== i))}
              >
                <CloseIcon width={14} height={14} />
              </ActionIcon>
            )}
          </Group>
        </Group>
      ))}
      {!props.readOnly && (
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<PlusIcon width={14} height={14} />}
            onClick={() => props.onChange([...props.holidays, { date: '', name: '' }])}
          >
            {t('settings.workCalendar.addHoliday')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
