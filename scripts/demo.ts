import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { corpus } from '../data/corpus.ts';
import { indexCorpus } from '../lib/corpus/corpus-index.ts';
import { launchExtensionBrowser, ROOT } from './extension-browser.ts';

// `npm run demo`: the extension at work without a display. Opens the bundled demo article in
// headless Chromium with the built extension, prints the claims found per slate (each by its
// summary), opens one popover, prints its measured size, and writes a screenshot to docs/demo.png.

const CLAIM_TO_OPEN = 'ym-won-almost-every-internal-election';
const SCREENSHOT = path.join(ROOT, 'docs/demo.png');
const index = indexCorpus(corpus);

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
    for (const claim of claims) console.log(`  - ${index.claim(claim)?.summary ?? claim}`);
  }

  // As the popup's list opens a claim: scrolled to, given the focus highlight, its popover open.
  await browser.tell(page, 'controls.showClaim', CLAIM_TO_OPEN);
  const popover = page.locator('right-of-reply-ui .popover');
  await popover.waitFor();
  const heading = await popover.locator('.answers-heading').textContent();
  console.log(`\nOpened the popover of “${index.claim(CLAIM_TO_OPEN)?.summary}”: ${heading}.`);
  // The claim near the top of the view, so the popover opens below it at its full height.
  await page.evaluate(() => {
    const [range] = CSS.highlights.get('right-of-reply-focus') as unknown as Set<Range>;
    if (range !== undefined) scrollBy({ top: range.getBoundingClientRect().top - 140, behavior: 'instant' });
  });
  // Measured once Floating UI has placed and sized it.
  await page.waitForTimeout(300);
  const size = await page.locator('right-of-reply-ui .floating').evaluate((box) => {
    const rect = box.getBoundingClientRect();
    const body = box.querySelector('.popover-body');
    return {
      width: Math.round(rect.width),
      height: Math.round(rect.height),
      top: Math.round(rect.top),
      bottom: Math.round(rect.bottom),
      viewport: `${innerWidth} × ${innerHeight}`,
      scrollHeight: body?.scrollHeight ?? 0,
      clientHeight: body?.clientHeight ?? 0,
    };
  });
  console.log(
    `Popover: ${size.width} × ${size.height} px at y ${size.top}–${size.bottom} in a ${size.viewport} viewport; ` +
      `its body scrolls ${size.scrollHeight} px of content in ${size.clientHeight} px.`,
  );
  await mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`Screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
} finally {
  await browser.close();
}
