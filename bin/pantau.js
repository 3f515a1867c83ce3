#!/usr/bin/env node
// The `pantau` command: loads the TypeScript CLI through tsx so a checkout runs without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main/cli.ts');
