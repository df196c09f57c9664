// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchRequest } from '../../lib/dom/match-request.ts';
import { highlightName, type Painter, type RangeSet } from '../../lib/dom/painter.ts';
import { PageScanner, type PageScannerOptions } from '../../lib/dom/page-scanner.ts';
import { compileMatcher, type ClaimMatcher } from '../../lib/match/matcher.ts';
import { fakePainter, matchLocally, paintedTexts } from './fake-highlights.ts';

const matcher = compileMatcher([
  { id: 'ym-every-election', slate: 'ym', match: ['winning every internal Labour election'] },
  { id: 'mo-defeat', slate: 'mo', match: ['two-and-a-half years of defeat and decline'] },
]);
const CLAIM = 'They keep winning every internal Labour election.';
const FILLER = 'Neutral filler text about council budgets and bus routes. ';

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

interface Setup {
  scanner: PageScanner;
  painter: Painter;
  registry: Map<string, RangeSet>;
  requests: MatchRequest[][];
  onChange: ReturnType<typeof vi.fn>;
}

function makeScanner(
  options: Partial<PageScannerOptions> & {
    matcher?: ClaimMatcher;
    onRequest?: (r: MatchRequest[]) => void;
  } = {},
): Setup {
  const { painter, registry } = fakePainter();
  const requests: MatchRequest[][] = [];
  const onChange = vi.fn();
  const scanner = new PageScanner(document, {
    match: matchLocally(options.matcher ?? matcher, (batch) => {
      requests.push(batch);
      options.onRequest?.(batch);
    }),
    painter,
    wanted: () => true,
    onChange,
    debounceMs: 20,
    ...options,
  });
  return { scanner, painter, registry, requests, onChange };
}

/** Painted claims (distinct ids) in painting order. */
function claims(painter: Painter): string[] {
  return [...new Set([...painter.hits].map((painted) => painted.hit.claimId))];
}

async function settle(ms = 50): Promise<void> {
  // Mutation records arrive in a microtask; the scanner then batches with a timer.
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.designMode = 'off';
});

describe('PageScanner', () => {
  it('paints without changing a single node of the page', async () => {
    document.body.innerHTML = `<p>They kept winning <em>every</em> internal Labour election.</p><p><mark data-claim="theirs">Their own mark</mark> two-and-a-half years of defeat and decline</p>`;
    const before = document.body.innerHTML;
    const { scanner, registry } = makeScanner();
    await scanner.rescanAll();
    expect(document.body.innerHTML).toBe(before);
    expect(document.documentElement.attributes.length).toBe(0);
    expect(paintedTexts(registry, highlightName('ym'))).toEqual(['winning every internal Labour election']);
    expect(paintedTexts(registry, highlightName('mo'))).toEqual([
      'two-and-a-half years of defeat and decline',
    ]);
  });

  it('highlights content the page adds after the first scan', async () => {
    vi.useFakeTimers();
    document.body.append(paragraph('Nothing to see.'));
    const { scanner, painter } = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    document.body.append(paragraph(CLAIM));
    await settle();
    expect(claims(painter)).toEqual(['ym-every-election']);
    scanner.stop();
  });

  it('rescans a highlighted block when the page edits its text, without duplicates', async () => {
    vi.useFakeTimers();
    const p = paragraph('They keep winning every internal Labour election.');
    document.body.append(p);
    const { scanner, painter, registry } = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    (p.firstChild as Text).data =
      'They keep winning every internal Labour election, and two-and-a-half years of defeat and decline.';
    await settle();
    expect(claims(painter)).toEqual(['ym-every-election', 'mo-defeat']);
    expect(paintedTexts(registry, highlightName('ym'))).toHaveLength(1);
    (p.firstChild as Text).data = 'Nothing now.';
    await settle();
    expect(painter.size).toBe(0);
    scanner.stop();
  });

  it('completes a claim whose last words arrive later in the same paragraph', async () => {
    vi.useFakeTimers();
    const p = paragraph('They keep winning every internal ');
    document.body.append(p);
    const { scanner, painter } = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    p.append(document.createTextNode('Labour election.'));
    await settle();
    expect(claims(painter)).toEqual(['ym-every-election']);
    scanner.stop();
  });

  it('drops the highlights of a paragraph the page removes', async () => {
    vi.useFakeTimers();
    const old = paragraph(CLAIM);
    document.body.append(old);
    const { scanner, painter, onChange } = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    onChange.mockClear();
    old.remove();
    await settle();
    expect(painter.size).toBe(0);
    expect(onChange).toHaveBeenCalled();
    scanner.stop();
  });

  it('ignores an inline node added and removed before the batch runs (no whole-page rescan)', async () => {
    vi.useFakeTimers();
    const p = paragraph(CLAIM);
    document.body.append(p);
    const { scanner, requests } = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    requests.length = 0;
    const span = document.createElement('span');
    span.textContent = 'blink';
    p.append(span);
    span.remove();
    await settle();
    expect(requests).toEqual([]);
    scanner.stop();
  });

  it('scans new content within the maximum wait while the page keeps changing', async () => {
    vi.useFakeTimers();
    const ticker = paragraph('0');
    document.body.append(ticker);
    const { scanner, painter } = makeScanner({ debounceMs: 200, maxWaitMs: 1_000 });
    await scanner.rescanAll();
    scanner.start();
    const tick = setInterval(() => {
      (ticker.firstChild as Text).data = String(Date.now());
    }, 50);
    document.body.append(paragraph(CLAIM));
    for (let i = 0; i < 30; i++) await settle(50);
    expect(claims(painter)).toEqual(['ym-every-election']);
    clearInterval(tick);
    scanner.stop();
  });

  it('keeps a bounded list of changes under constant mutation, then scans the page whole', async () => {
    vi.useFakeTimers();
    const { scanner, painter, requests } = makeScanner({ debounceMs: 200, maxWaitMs: 100_000 });
    await scanner.rescanAll();
    scanner.start();
    for (let i = 0; i < 5_000; i++) {
      document.body.append(paragraph(i === 4_999 ? CLAIM : `item ${i}`));
      if (i % 100 === 0) await Promise.resolve();
    }
    await Promise.resolve();
    expect(scanner.pendingCount).toBeLessThanOrEqual(1_000);
    requests.length = 0;
    await settle(300);
    await scanner.settled();
    expect(claims(painter)).toEqual(['ym-every-election']);
    scanner.stop();
  });

  it('follows a <body> the page replaces', async () => {
    vi.useFakeTimers();
    document.body.append(paragraph('Nothing here.'));
    const { scanner, painter } = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    const body = document.createElement('body');
    body.append(paragraph(CLAIM));
    document.documentElement.replaceChild(body, document.body);
    await settle();
    expect(claims(painter)).toEqual(['ym-every-election']);
    body.append(paragraph('two-and-a-half years of defeat and decline'));
    await settle();
    expect(claims(painter)).toEqual(['ym-every-election', 'mo-defeat']);
    scanner.stop();
  });

  it('counts only text a reader can see', async () => {
    document.body.innerHTML = `<p style="display:none">${CLAIM}</p><p aria-hidden="true">two-and-a-half years of defeat and decline</p><p hidden>${CLAIM}</p>`;
    const { scanner, painter } = makeScanner();
    await scanner.rescanAll();
    expect(painter.size).toBe(0);
  });

  it('scans open shadow roots, and what the page adds to them later', async () => {
    vi.useFakeTimers();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(paragraph(CLAIM));
    const { scanner, painter } = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    expect(claims(painter)).toEqual(['ym-every-election']);
    shadow.append(paragraph('two-and-a-half years of defeat and decline'));
    await settle();
    expect(claims(painter)).toEqual(['ym-every-election', 'mo-defeat']);
    scanner.stop();
  });

  it('leaves a region alone once the page makes it editable, and a designMode document entirely', async () => {
    vi.useFakeTimers();
    const p = paragraph(CLAIM);
    document.body.append(p);
    const { scanner, painter } = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    expect(painter.size).toBe(1);
    p.setAttribute('contenteditable', 'true');
    await settle();
    expect(painter.size).toBe(0);
    (p.firstChild as Text).data = `${CLAIM} typed`;
    await settle();
    expect(painter.size).toBe(0);
    scanner.stop();
    document.designMode = 'on';
    p.removeAttribute('contenteditable');
    await scanner.rescanAll();
    expect(painter.size).toBe(0);
  });
});

describe('PageScanner on a long page', () => {
  /** Paragraphs of about 17 KB: each fills a segment by itself. */
  const longParagraph = (ending = ''): HTMLParagraphElement => paragraph(`${FILLER.repeat(300)}${ending}`);

  it('scans in slices, giving the page a task between them, and finds claims in every part', async () => {
    for (let i = 0; i < 60; i++) document.body.append(longParagraph());
    document.body.append(paragraph(CLAIM));
    for (let i = 0; i < 60; i++) document.body.append(longParagraph());
    document.body.append(paragraph('two-and-a-half years of defeat and decline'));
    const { scanner, painter, requests } = makeScanner();
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    const scan = scanner.rescanAll();
    let timerRanBeforeScanEnded = false;
    await scan.then(() => {
      timerRanBeforeScanEnded = timerRan;
    });
    expect(timerRanBeforeScanEnded).toBe(true);
    expect(requests.length).toBeGreaterThan(1);
    expect(claims(painter)).toEqual(['ym-every-election', 'mo-defeat']);
    expect(painter.size).toBe(2);
  });

  it('carries on when the page removes the node the scan stopped at', async () => {
    const paragraphs = Array.from({ length: 40 }, () => longParagraph());
    document.body.append(...paragraphs, paragraph(CLAIM));
    let removed = false;
    const { scanner, painter } = makeScanner({
      onRequest: (batch) => {
        if (removed) return;
        removed = true;
        // The scan has read these segments and looked one paragraph ahead: it stands in the next.
        paragraphs[batch.length]!.remove();
        paragraphs[batch.length + 1]!.remove();
      },
    });
    await scanner.rescanAll();
    expect(removed).toBe(true);
    expect(claims(painter)).toEqual(['ym-every-election']);
  });

  it('a second full scan supersedes the first without doubling any highlight', async () => {
    for (let i = 0; i < 40; i++) document.body.append(longParagraph());
    document.body.append(paragraph(CLAIM));
    const second: { scan?: Promise<void> } = {};
    const setup = makeScanner({
      onRequest: () => {
        second.scan ??= setup.scanner.rescanAll();
      },
    });
    const first = setup.scanner.rescanAll();
    await first;
    const firstRequests = setup.requests.length;
    const firstSegments = setup.requests.flat().length;
    await second.scan;
    const alone = makeScanner();
    await alone.scanner.rescanAll();
    // The first stopped after its first batch instead of reading the whole page.
    expect(firstRequests).toBe(1);
    expect(setup.requests.flat().length).toBe(firstSegments + alone.requests.flat().length);
    expect(paintedTexts(setup.registry, highlightName('ym'))).toHaveLength(1);
  });

  it('finds context words across the seam between two segments, before and after', async () => {
    const withContext = compileMatcher([
      { id: 'mo-threshold', slate: 'mo', match: [{ text: '53% to 47%', near: ['conference'] }] },
      { id: 'mo-fifty-four', slate: 'mo', match: [{ text: '54% to 46%', near: ['threshold'] }] },
    ]);
    document.body.append(
      longParagraph('That was the mood at conference.'),
      paragraph('It passed 53% to 47%.'),
      longParagraph('Another vote passed 54% to 46%.'),
      paragraph('The nomination threshold was the question.'),
    );
    const { scanner, painter } = makeScanner({ matcher: withContext });
    await scanner.rescanAll();
    expect(claims(painter)).toEqual(['mo-threshold', 'mo-fifty-four']);
  });

  it('finds context words beside a subtree the page adds later, before it and after it', async () => {
    vi.useFakeTimers();
    const withContext = compileMatcher([
      { id: 'mo-threshold', slate: 'mo', match: [{ text: '53% to 47%', near: ['conference'] }] },
      { id: 'mo-fifty-four', slate: 'mo', match: [{ text: '54% to 46%', near: ['threshold'] }] },
    ]);
    const closing = paragraph('The nomination threshold was the question.');
    document.body.append(paragraph('That was the mood at conference.'), closing);
    const { scanner, painter } = makeScanner({ matcher: withContext });
    await scanner.rescanAll();
    scanner.start();
    closing.before(paragraph('It passed 53% to 47%.'));
    await settle();
    expect(claims(painter)).toEqual(['mo-threshold']);
    closing.before(paragraph('Another vote passed 54% to 46%.'));
    await settle();
    expect(claims(painter)).toEqual(['mo-threshold', 'mo-fifty-four']);
    scanner.stop();
  });

  it('finds every claim in a page held in one text node, once each, reading it in pieces', async () => {
    // Claims at every distance from where the pieces are cut, some across a cut.
    const parts: string[] = [];
    for (let i = 0; i < 400; i++) parts.push(FILLER.repeat(1 + (i % 7)), CLAIM, ' ');
    const text = parts.join('');
    const claimsInText = text.split('winning every internal Labour election').length - 1;
    document.body.append(paragraph(text));
    const { scanner, painter, requests, registry } = makeScanner();
    await scanner.rescanAll();
    expect(Math.max(...requests.flat().map((request) => request.text.length))).toBeLessThan(40_000);
    expect(painter.size).toBe(claimsInText);
    const painted = paintedTexts(registry, highlightName('ym'));
    expect(new Set(painted)).toEqual(new Set(['winning every internal Labour election']));
    // A second scan replaces each piece's hits, neither dropping nor doubling any.
    await scanner.rescanAll();
    expect(painter.size).toBe(claimsInText);
    const starts = [...painter.hits].map((hit) => hit.range.startOffset);
    expect(new Set(starts).size).toBe(claimsInText);
  });
});
