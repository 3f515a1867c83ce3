// What an audited change did, field by field: before → after.
import { Code, Text } from '@mantine/core';
import type { AuditEntry } from './audit.api.ts';

const show = (v: unknown) => (v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));

export function AuditChanges(props: { changes: AuditEntry['changes'] }) {
  const before = props.changes.before ?? {};
  const after = props.changes.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (keys.length === 0) return <Text size="xs">—</Text>;
  return (
    <div style={{ display: 'grid', gap: 2 }}>
      {keys.slice(0, 8).map((k) => (
        <Text key={k} size="xs" style={{ overflowWrap: 'anywhere' }}>
          <Code>{k}</Code>{' '}
          {k in before && (
            <>
              <del>{show(before[k])}</del> →{' '}
            </>
          )}
          {show(after[k])}
        </Text>
      ))}
      {keys.length > 8 && <Text size="xs">…</Text>}
    </div>
  );
}
