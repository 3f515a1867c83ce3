// A refused form or action: the server's message and each field it named, in the user's language.
import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '../api/problem.ts';
import { useErrorMessage } from './States.tsx';

export function ProblemAlert(props: { error: unknown }) {
  const message = useErrorMessage();
  if (!props.error) return null;
  const fields = props.error instanceof ApiError ? props.error.fieldErrors : [];
  return (
    <Alert color="red" variant="light" role="alert" title={message(props.error)} p="sm">
      {fields.length > 0 && (
        <List size="sm">
          {fields.map((f) => (
            <List.Item key={`${f.path}:${f.message}`}>
              {f.path ? <Text span fw={600}>{`${f.path}: `}</Text> : null}
              {f.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
