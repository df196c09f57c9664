// Deterministic benchmark pages: article paragraphs from data/sources mixed with neutral filler, in
// the nesting real sites use (sections, headings, paragraphs with links and emphasis, lists,
// tables, block quotes). Inline elements are dropped over random word runs, so some quotes end up
// split across <em>/<a>, as they are on real pages. Same seed and size: byte-identical HTML.

export interface PageOptions {
  seed: number;
  /** Characters of text the page should hold (its body's textContent length). */
  textChars: number;
  /** Article texts; paragraphs are drawn from them at random. */
  sources: readonly string[];
  /** Share of paragraphs taken from the articles (list items: half that); the rest is filler. */
  articleShare?: number;
  /** Share of block quotes taken from the articles; the rest quote filler. */
  quoteShare?: number;
}

export interface GeneratedBody {
  html: string;
  /** Exact textContent length of `html`. */
  textChars: number;
}

/** mulberry32: tiny, fast and good enough to vary markup; seeded so pages are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words with no bearing on the debates, so filler never makes a hit on its own.
const FILLER_WORDS = (
  'the a of and to in is was for on with as by at from that this it be are were garden river ' +
  'morning weather bread recipe kettle window cycling route harbour lantern meadow pebble orchard ' +
  'chapter library stairs ceiling copper violin autumn spring winter summer market bakery ferry ' +
  'village station platform tunnel bridge valley hill coast tide shell sand rock cloud rain snow ' +
  'quietly slowly often rarely gently brightly early late warm cold green blue yellow small large ' +
  'old new bright soft heavy light walked painted cooked read wrote carried opened closed noticed ' +
  'watched found kept left turned moved built planted picked washed folded stacked counted measured ' +
  'teapot blanket pencil notebook ladder bucket basket candle mirror clock shelf drawer cupboard'
).split(' ');

const LINK_TARGETS = ['#top', '/about', '/archive', 'https://example.org/story', '#comments'];

interface Text {
  html: string;
  chars: number;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Paragraphs per source, so an article is picked first: one long interview can't crowd out the rest. */
function paragraphsOf(sources: readonly string[]): string[][] {
  return sources
    .map((source) =>
      source
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .filter((paragraph) => paragraph.length >= 40),
    )
    .filter((paragraphs) => paragraphs.length > 0);
}

class PageWriter {
  private readonly random: () => number;
  private readonly articles: string[][];
  private readonly articleShare: number;
  private readonly quoteShare: number;

  constructor(options: PageOptions) {
    this.random = seededRandom(options.seed);
    this.articles = paragraphsOf(options.sources);
    if (this.articles.length === 0) throw new Error('generatePage: the sources hold no paragraphs');
    this.articleShare = options.articleShare ?? 0.3;
    this.quoteShare = options.quoteShare ?? 1;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private articleParagraph(): string {
    return this.pick(this.pick(this.articles));
  }

  private fillerSentence(minWords: number, maxWords: number): string {
    const words = Array.from({ length: this.int(minWords, maxWords) }, () => this.pick(FILLER_WORDS));
    const sentence = words.join(' ');
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
  }

  private paragraphText(budget: number): string {
    const text =
      this.random() < this.articleShare
        ? this.articleParagraph()
        : Array.from({ length: this.int(2, 6) }, () => this.fillerSentence(6, 18)).join(' ');
    return fit(text, budget);
  }

  /** Words with some runs wrapped in <a>, <em>, <strong> or <a><em>: the inline nesting of real prose. */
  private inline(text: string): Text {
    const words = text.split(' ');
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const run = Math.min(words.length - i, this.int(1, 5));
      const html = escapeHtml(words.slice(i, i + run).join(' '));
      const roll = this.random();
      if (roll < 0.05) out.push(`<a href="${this.pick(LINK_TARGETS)}">${html}</a>`);
      else if (roll < 0.09) out.push(`<em>${html}</em>`);
      else if (roll < 0.11) out.push(`<strong>${html}</strong>`);
      else if (roll < 0.12) out.push(`<a href="${this.pick(LINK_TARGETS)}"><em>${html}</em></a>`);
      else out.push(html);
      i += run;
    }
    return { html: out.join(' '), chars: text.length };
  }

  private paragraph(budget: number): Text {
    const body = this.inline(this.paragraphText(budget));
    return { html: `<p>${body.html}</p>`, chars: body.chars };
  }

  private heading(budget: number): Text {
    const text = fit(this.fillerSentence(3, 8).slice(0, -1), budget);
    const level = this.pick(['h2', 'h3']);
    return { html: `<${level}>${escapeHtml(text)}</${level}>`, chars: text.length };
  }

  private list(budget: number): Text {
    const tag = this.pick(['ul', 'ol']);
    const items: string[] = [];
    let chars = 0;
    for (let count = this.int(3, 6); count > 0 && budget - chars > 0; count--) {
      const item = this.inline(fit(this.random() < 0.5 ? this.paragraphText(300) : this.fillerSentence(4, 12), budget - chars));
      items.push(`<li>${item.html}</li>`);
      chars += item.chars;
    }
    return { html: `<${tag}>${items.join('')}</${tag}>`, chars };
  }

  private table(budget: number): Text {
    const rows: string[] = [];
    let chars = 0;
    for (let count = this.int(2, 5); count > 0 && budget - chars > 30; count--) {
      const cells = [this.fillerSentence(1, 3), String(this.int(1, 9999)), this.fillerSentence(2, 6)].map((cell) =>
        fit(cell, Math.max(1, Math.floor((budget - chars) / 3))),
      );
      rows.push(`<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
      chars += cells.reduce((sum, cell) => sum + cell.length, 0);
    }
    return { html: `<table><tbody>${rows.join('')}</tbody></table>`, chars };
  }

  private quote(budget: number): Text {
    const text = this.random() < this.quoteShare ? this.articleParagraph() : this.fillerSentence(20, 60);
    const body = this.inline(fit(text, budget));
    return { html: `<blockquote><p>${body.html}</p></blockquote>`, chars: body.chars };
  }

  private block(budget: number): Text {
    // Small remainders only fit a paragraph trimmed to size, so the total lands on the request.
    if (budget < 400) return this.paragraph(budget);
    const roll = this.random();
    if (roll < 0.1) return this.heading(budget);
    if (roll < 0.18) return this.list(budget);
    if (roll < 0.23) return this.table(budget);
    if (roll < 0.28) return this.quote(budget);
    return this.paragraph(budget);
  }

  /** Sections of blocks, one newline (one text character) between blocks, until the budget is spent. */
  body(textChars: number): GeneratedBody {
    const parts: string[] = [];
    let chars = 0;
    let blocksInSection = 0;
    parts.push('<section>');
    while (textChars - chars > 1) {
      if (blocksInSection >= 8 && this.random() < 0.3) {
        parts.push('</section>\n<section>');
        chars += 1;
        blocksInSection = 0;
      }
      const block = this.block(textChars - chars - 1);
      if (block.chars === 0) break;
      parts.push(block.html, '\n');
      chars += block.chars + 1;
      blocksInSection++;
    }
    parts.push('</section>');
    return { html: parts.join(''), textChars: chars };
  }
}

/** Trims text at a word boundary so it holds at most `budget` characters. */
function fit(text: string, budget: number): string {
  if (text.length <= budget) return text;
  const cut = text.lastIndexOf(' ', budget);
  return cut > 0 ? text.slice(0, cut) : text.slice(0, Math.max(0, budget));
}

/** Body markup only: what the incremental bench appends to a page already open. */
export function generateBody(options: PageOptions): GeneratedBody {
  return new PageWriter(options).body(options.textChars);
}

/** A whole HTML document whose body holds about `textChars` characters of text. */
export function generatePage(options: PageOptions): string {
  const { html } = generateBody(options);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench page</title></head><body>${html}</body></html>`;
}
