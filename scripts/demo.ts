import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { corpus } from '../data/corpus.ts';
import { launchExtensionBrowser, ROOT } from './extension-browser.ts';

// `npm run demo`: the extension at work without a display. Opens the bundled demo article in
// headless Chromium with the built extension, prints the claims found per slate, opens one
// popover and writes a screenshot to docs/demo.png.

const CLAIM_TO_OPEN = 'ym-won-almost-every-internal-election';
const SCREENSHOT = path.join(ROOT, 'docs/demo.png');

const browser = await launchExtensionBrowser();
try {
  const page = await browser.openPage('demo-article.html');
  const found = (await browser.pageClaims(page)).claims;
  console.log(`Demo article: ${browser.pageUrl('demo-article.html')}\n`);
  for (const slate of corpus.slates) {
    const claims = found.filter((claim) => claim.slate === slate.id).map((claim) => claim.claimId);
    console.log(
      `${slate.name} (${slate.shortName}): ${claims.length} claim${claims.length === 1 ? '' : 's'}`,
    );
    for (const claim of claims) console.log(`  - ${claim}`);
  }

  // As the popup's list opens a claim: scrolled to, given the focus highlight, its popover open.
  await browser.tell(page, 'showClaim', CLAIM_TO_OPEN);
  const popover = page.locator('right-of-reply-ui .popover');
  await popover.waitFor();
  const answers = await popover.locator('.answer').count();
  console.log(
    `\nOpened the popover of ${CLAIM_TO_OPEN}: ${answers} answer${answers === 1 ? '' : 's'} from the other slates.`,
  );
  await mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`Screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
} finally {
  await browser.close();
}
