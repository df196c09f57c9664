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
  const found = await page.$$eval('mark[data-claim]', (marks) =>
    marks.map((mark) => ({
      claim: mark.getAttribute('data-claim') ?? '',
      slate: mark.getAttribute('data-slate') ?? '',
    })),
  );
  console.log(`Demo article: ${browser.pageUrl('demo-article.html')}\n`);
  for (const slate of corpus.slates) {
    const claims = [...new Set(found.filter((hit) => hit.slate === slate.id).map((hit) => hit.claim))];
    console.log(
      `${slate.name} (${slate.shortName}): ${claims.length} claim${claims.length === 1 ? '' : 's'}`,
    );
    for (const claim of claims) console.log(`  - ${claim}`);
  }

  const mark = page.locator(`mark[data-claim="${CLAIM_TO_OPEN}"]`).first();
  await mark.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.scrollBy({ top: -120, behavior: 'instant' });
  });
  await mark.click();
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
