// Two versions of a section compared word by word: added words green and underlined, removed words
// red and struck through, each also named in words for screen readers (never colour alone).
import { Text } from '@mantine/core';
import { diffWords } from 'diff';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function WordDiff(props: { before: string; after: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffWords(props.before, props.after), [props.before, props.after]);
  return (
    <Text
      component="div"
      size="sm"
      data-testid="word-diff"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.7 }}
    >
      {parts.map((part, i) => {
        const key = `${i}-${part.added ? 'a' : part.removed ? 'r' : 's'}`;
        // A replaced run is drawn removed-then-added; a space keeps the two from reading as one word.
        const gap = part.added && parts[i - 1]?.removed && !/\s$/.test(parts[i - 1]?.value ?? '') ? ' ' : '';
        if (part.added)
          return (
            <span key={key}>
              {gap}
              <ins className="word-added" data-testid="diff-added" style={ADDED}>
                <span className="visually-hidden">[{t('reports.diffAdded')}: </span>
                {part.value}
                <span className="visually-hidden">]</span>
              </ins>
            </span>
          );
        if (part.removed)
          return (
            <del key={key} className="word-removed" data-testid="diff-removed" style={REMOVED}>
              <span className="visually-hidden">[{t('reports.diffRemoved')}: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </del>
          );
        return <span key={key}>{part.value}</span>;
      })}
    </Text>
  );
}

const ADDED = {
  color: 'var(--mantine-color-green-9)',
  background: 'var(--mantine-color-green-0)',
  textDecoration: 'underline',
  textDecorationThickness: 2,
};
const REMOVED = {
  color: 'var(--mantine-color-red-9)',
  background: 'var(--mantine-color-red-0)',
  textDecoration: 'line-through',
};
