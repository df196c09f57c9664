import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// `npm test` runs the built extension in real Chromium and Firefox ESR. Before it builds anything,
// this makes sure both are there: on Debian as root it installs Debian's packages, as .ci/run
// does; anywhere else it stops at once with one line naming what to install.

interface NeededBrowser {
  name: string;
  path: string;
  debianPackage: string;
  variable: string;
}

const NEEDED: NeededBrowser[] = [
  {
    name: 'Chromium',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    debianPackage: 'chromium',
    variable: 'CHROMIUM_PATH',
  },
  {
    name: 'Firefox ESR',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
    variable: 'FIREFOX_PATH',
  },
];

const missing = () => NEEDED.filter((browser) => !existsSync(browser.path));

const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version');
const installable = missing().filter((browser) => process.env[browser.variable] === undefined);
if (canInstall && installable.length > 0) {
  const packages = installable.map((browser) => browser.debianPackage);
  console.log(`Installing Debian's ${packages.join(' and ')} for the browser tests`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
}

const stillMissing = missing();
if (stillMissing.length > 0) {
  const names = stillMissing.map((browser) => `${browser.name} at ${browser.path}`).join(' and ');
  const packages = stillMissing.map((browser) => browser.debianPackage).join(' ');
  const variables = stillMissing.map((browser) => browser.variable).join(' / ');
  console.error(
    `npm test needs ${names}: install Debian's packages (apt-get install ${packages}) or set ${variables}.`,
  );
  process.exit(1);
}
