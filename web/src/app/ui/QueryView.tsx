// Renders a query's data, or the right state instead: skeleton, refused (403), missing (404), or
// the error with a retry. Pages never go blank.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isForbidden, isNotFound } from '../api/problem.ts';
import { ErrorState, ForbiddenState, LoadingState, NotFoundState } from './States.tsx';

export function QueryView<T>(props: {
  query: UseQueryResult<T>;
  skeleton?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <>{props.skeleton ?? <LoadingState />}</>;
  if (query.isError) {
    if (isForbidden(query.error)) return <ForbiddenState />;
    if (isNotFound(query.error)) return <NotFoundState />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{props.children(query.data)}</>;
}
