// `pantau alerts settings` as an office uses it: the defaults are shown, a change needs a name and is
// kept with it, a malformed threshold is refused with exit code 2, and --reset goes back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';

let dataDir = '';
let env: Record<string, string> = {};
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pantau-alerts-'));
  env = { PANTAU_DATA_DIR: dataDir };
  const ws = await runCli(['workspace', 'create', '--name', 'Kota Sukamaju', '--region', 'Sukamaju'], env);
  expect(ws.code).toBe(0);
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

test('crisis thresholds and quiet period are settings an office changes and can reset', {
  timeout: 240_000,
}, async () => {
  const shown = await runCli(['alerts', 'settings'], env);
  expect(shown.stdout).toContain('KRISIS\t≥20 artikel negatif dalam 3 jam dari ≥8 media, ≥5× biasanya');
  expect(shown.stdout).toContain('Masa tenang: 180 menit');

  // Who changes the settings is the acting user; a read-only viewer may not.
  for (const [email, name, role] of [
    ['rina@humas.example', 'Rina', 'team_lead'],
    ['vina@humas.example', 'Vina', 'viewer'],
  ]) {
    const made = await runCli(['users', 'create', '--email', email, '--name', name, '--role', role], env);
    expect(made.code, made.stderr).toBe(0);
  }
  const viewer = await runCli(
    ['alerts', 'settings', '--quiet-minutes', '60', '--as', 'vina@humas.example'],
    env,
  );
  expect(viewer.code).toBe(1);
  expect(viewer.stderr).toMatch(/tidak mengizinkan alerts\.settings/);
  const malformed = await runCli(
    ['alerts', 'settings', '--siaga', '3:10', '--as', 'rina@humas.example'],
    env,
  );
  expect(malformed.code).toBe(2);
  expect(malformed.stderr).toMatch(/JAM:NEGATIF:MEDIA:RASIO/);
  const impossible = await runCli(
    ['alerts', 'settings', '--waspada', '30:5:3:2', '--as', 'rina@humas.example'],
    env,
  );
  expect(impossible.code).toBe(2);
  expect(impossible.stderr).toMatch(/waspada\.windowHours/);

  const changed = await runCli(
    [
      'alerts',
      'settings',
      '--siaga',
      '2:8:4:2.5',
      '--quiet-minutes',
      '60',
      '--holiday',
      '2026-12-25',
      '--as',
      'rina@humas.example',
    ],
    env,
  );
  expect(changed.code).toBe(0);
  const json = JSON.parse((await runCli(['alerts', 'settings', '--json'], env)).stdout);
  expect(json.settings.levels.siaga).toEqual({
    windowHours: 2,
    minNegative: 8,
    minOutlets: 4,
    minRatio: 2.5,
  });
  expect(json.settings.levels.krisis.minNegative).toBe(20);
  expect(json.settings.quietPeriodMinutes).toBe(60);
  expect(json.settings.holidays).toEqual(['2026-12-25']);
  expect(json.updatedBy).toBe('Rina');

  const reset = await runCli(['alerts', 'settings', '--reset', '--json'], env);
  expect(JSON.parse(reset.stdout).settings.quietPeriodMinutes).toBe(180);
  expect(JSON.parse(reset.stdout).updatedBy).toBe('Administrator');
});

test('an incomplete alert channel is refused or shown with its reason, never silently dropped', {
  timeout: 240_000,
}, async () => {
  // E-mail recipients without an SMTP server would reach nobody: refused, with what to set.
  const noSmtp = await runCli(['alerts', 'recipients', '--email', 'humas@sukamaju.go.id'], env);
  expect(noSmtp.code).toBe(2);
  expect(noSmtp.stderr).toMatch(/PANTAU_SMTP_HOST/);
  const noSecret = await runCli(['alerts', 'recipients', '--webhook', 'https://hook.example/pantau'], env);
  expect(noSecret.code).toBe(2);
  expect(noSecret.stderr).toMatch(/rahasia/);

  // A webhook URL given to the server without its secret is named as the reason alerts go nowhere.
  const fromServer = await runCli(['alerts', 'recipients'], {
    ...env,
    PANTAU_ALERT_WEBHOOK_URL: 'https://hook.example/pantau',
  });
  expect(fromServer.code).toBe(0);
  expect(fromServer.stdout).toContain('Webhook: https://hook.example/pantau (TANPA rahasia)');
  expect(fromServer.stdout).toMatch(/! Webhook tidak dikirim: URL diatur tanpa rahasia penandatangan/);

  const nothing = await runCli(['alerts', 'recipients'], env);
  expect(nothing.stdout).toMatch(/! Belum ada saluran peringatan/);
});

test('when a setting was changed is written in the workspace zone', { timeout: 240_000 }, async () => {
  const changed = await runCli(['alerts', 'settings', '--quiet-minutes', '90'], env);
  expect(changed.code, changed.stderr).toBe(0);
  expect(changed.stdout).toMatch(
    /Diubah oleh Administrator pada \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2} WIB/,
  );
});
