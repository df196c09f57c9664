import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generateBody, generatePage } from '../../scripts/bench/generator.ts';
import { loadSourceTexts } from '../../scripts/bench/sources.ts';

const sources = loadSourceTexts();

function bodyText(html: string): string {
  return new JSDOM(html).window.document.body.textContent;
}

describe('benchmark page generator', () => {
  it('gives the same HTML for the same seed and size', () => {
    const options = { seed: 42, textChars: 20_000, sources };
    expect(generatePage(options)).toBe(generatePage(options));
  });

  it('gives different pages for different seeds', () => {
    expect(generatePage({ seed: 1, textChars: 20_000, sources })).not.toBe(
      generatePage({ seed: 2, textChars: 20_000, sources }),
    );
  });

  it.each([10_000, 100_000])('holds %i characters of text, within 10%', (textChars) => {
    const text = bodyText(generatePage({ seed: 7, textChars, sources }));
    expect(text.length).toBeGreaterThanOrEqual(textChars * 0.9);
    expect(text.length).toBeLessThanOrEqual(textChars * 1.1);
  });

  it('reports the exact text length of the body it made', () => {
    const body = generateBody({ seed: 3, textChars: 30_000, sources });
    expect(bodyText(`<body>${body.html}</body>`).length).toBe(body.textChars);
  });

  it('nests prose like real pages: lists, tables, quotes, links and emphasis', () => {
    const { document } = new JSDOM(generatePage({ seed: 5, textChars: 100_000, sources })).window;
    for (const selector of ['section', 'h2, h3', 'p', 'li', 'td', 'blockquote', 'p a', 'p em', 'a em']) {
      expect(document.querySelector(selector), selector).not.toBeNull();
    }
  });

  it('mixes in article text the corpus quotes', () => {
    const text = bodyText(generatePage({ seed: 9, textChars: 100_000, sources }));
    expect(text).toContain('Momentum');
  });

  it('mixes in no article text when told to take none', () => {
    const text = bodyText(generatePage({ seed: 9, textChars: 100_000, sources, articleShare: 0, quoteShare: 0 }));
    expect(text).not.toContain('Momentum');
  });

  it('takes block quotes from the articles as often as told', () => {
    const page = (quoteShare: number): Document =>
      new JSDOM(generatePage({ seed: 9, textChars: 100_000, sources, articleShare: 0, quoteShare })).window.document;
    const quotesWith = (document: Document, word: string): number =>
      [...document.querySelectorAll('blockquote')].filter((quote) => quote.textContent.includes(word)).length;
    expect(quotesWith(page(1), 'Momentum')).toBeGreaterThan(0);
    expect(quotesWith(page(0), 'Momentum')).toBe(0);
    expect(page(0).querySelectorAll('blockquote').length).toBeGreaterThan(0);
  });
});
