import { spawnSync } from 'node:child_process';

// Mozilla's add-on linter over the Firefox build, as the add-on store runs it. Errors fail
// `npm test`; the warnings it still prints are explained in the README ("Firefox").

const result = spawnSync('web-ext', ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'text'], {
  stdio: 'inherit',
  // web-ext otherwise asks the package registry whether it is out of date.
  env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  shell: false,
});
process.exit(result.status ?? 1);
