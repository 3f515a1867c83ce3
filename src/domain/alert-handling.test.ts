// The allowed status changes of an alert's handling, and what a comment may be.
import { describe, expect, test } from 'vitest';
import { commentBody, mayAssign, nextStatus, requireNextStatus } from './alert-handling.ts';

describe('alert status changes', () => {
  test('an open alert can be acknowledged or resolved, not reopened', () => {
    expect(nextStatus('open', 'acknowledge', false)).toBe('acknowledged');
    expect(nextStatus('open', 'resolve', false)).toBe('resolved');
    expect(nextStatus('open', 'reopen', false)).toBeNull();
  });

  test('an acknowledged alert can be resolved, not acknowledged twice', () => {
    expect(nextStatus('acknowledged', 'resolve', true)).toBe('resolved');
    expect(nextStatus('acknowledged', 'acknowledge', true)).toBeNull();
    expect(nextStatus('acknowledged', 'reopen', true)).toBeNull();
  });

  test('a resolved alert can only be reopened, back to what it was before resolving', () => {
    expect(nextStatus('resolved', 'reopen', true)).toBe('acknowledged');
    expect(nextStatus('resolved', 'reopen', false)).toBe('open');
    expect(nextStatus('resolved', 'resolve', true)).toBeNull();
    expect(nextStatus('resolved', 'acknowledge', false)).toBeNull();
  });

  test('a refused change says why in both languages, as a conflict', () => {
    expect(() => requireNextStatus('resolved', 'acknowledge', true)).toThrow(
      /berstatus selesai, tidak dapat ditandai sudah dilihat — the alert is resolved/,
    );
    let refused: unknown = null;
    try {
      requireNextStatus('open', 'reopen', false);
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ code: 'conflict', status: 409 });
  });

  test('only an alert that is not resolved can be assigned', () => {
    expect(mayAssign('open')).toBe(true);
    expect(mayAssign('acknowledged')).toBe(true);
    expect(mayAssign('resolved')).toBe(false);
  });
});

describe('comment body', () => {
  test('is trimmed', () => {
    expect(commentBody('  Sudah dikonfirmasi ke Dinas PUPR.\n')).toBe('Sudah dikonfirmasi ke Dinas PUPR.');
  });

  test('empty or only spaces is refused', () => {
    expect(() => commentBody('   \n ')).toThrow(/kosong/);
  });

  test('4000 characters are accepted, 4001 refused (counted after trimming)', () => {
    expect(commentBody(` ${'a'.repeat(4000)} `)).toHaveLength(4000);
    expect(() => commentBody('a'.repeat(4001))).toThrow(/4000/);
  });
});
