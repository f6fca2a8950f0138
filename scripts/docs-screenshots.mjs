// `npm run docs:screenshots`: runs the end-to-end tests that take the user guide's pictures (docs/images/), with
// CALLMARK_SCREENSHOTS=1 so that they write them. Through Node rather than `VAR=1 cmd`, which Windows shells lack.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['playwright', 'test', 'test/e2e/accessibility.spec.ts', 'test/e2e/say-why.spec.ts'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, CALLMARK_SCREENSHOTS: '1' },
});
process.exit(result.status ?? 1);
