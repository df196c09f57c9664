import { launchExtensionBrowser, paintedText, highlightedClaims } from './extension-browser.ts';
const b = await launchExtensionBrowser();
try {
  const page = await b.openPage('split-quotes.html');
  page.on('console', (m) => console.log('console', m.text()));
  console.log(JSON.stringify(await paintedText(page, 'right-of-reply-mo')));
  console.log(await b.tell(page, 'showNextClaim'));
  await page.waitForTimeout(1500);
  console.log(await page.evaluate(() => [...document.body.children].map((e) => e.localName)));
  console.log(await page.evaluate(() => document.querySelector('right-of-reply-ui')?.shadowRoot?.innerHTML.slice(0, 300)));
  await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('article p');
      const first = paragraphs[0]!;
      const copy = document.createElement('p');
      copy.textContent = first.textContent;
      first.replaceWith(copy);
      paragraphs[2]!.remove();
  });
  await page.waitForTimeout(1500);
  console.log(await highlightedClaims(b, page));
} finally { await b.close(); }
