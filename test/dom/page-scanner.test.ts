// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageScanner } from '../../lib/dom/page-scanner.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';

const matcher = compileMatcher([
  { id: 'ym-every-election', slate: 'ym', match: ['winning every internal Labour election'] },
  { id: 'mo-defeat', slate: 'mo', match: ['two-and-a-half years of defeat and decline'] },
]);

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function claimsOnPage(): string[] {
  const marks = [...document.querySelectorAll('mark[data-claim]')];
  return [...new Set(marks.map((mark) => mark.getAttribute('data-claim') ?? ''))];
}

async function settle(): Promise<void> {
  // Mutation records arrive in a microtask; the scanner then debounces with a timer.
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(50);
}

function makeScanner(onChange = vi.fn()): PageScanner {
  return new PageScanner(document.body, {
    matcher,
    decorate: (mark, hit) => {
      mark.setAttribute('data-claim', hit.claimId);
      mark.setAttribute('data-slate', hit.slate);
    },
    wanted: () => true,
    onChange,
    debounceMs: 20,
  });
}

describe('PageScanner', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('highlights content the page adds after the first scan', async () => {
    vi.useFakeTimers();
    document.body.append(paragraph('Nothing to see.'));
    const scanner = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    expect(claimsOnPage()).toEqual([]);
    document.body.append(paragraph('They keep winning every internal Labour election.'));
    await settle();
    expect(claimsOnPage()).toEqual(['ym-every-election']);
    scanner.stop();
  });

  it('completes a claim whose last words arrive later in the same paragraph, without duplicates', async () => {
    vi.useFakeTimers();
    const p = paragraph('They keep winning every internal ');
    document.body.append(p, paragraph('two-and-a-half years of defeat and decline'));
    const scanner = makeScanner();
    await scanner.rescanAll();
    scanner.start();
    expect(claimsOnPage()).toEqual(['mo-defeat']);
    p.append(document.createTextNode('Labour election.'));
    await settle();
    expect(claimsOnPage()).toEqual(['ym-every-election', 'mo-defeat']);
    scanner.stop();
  });

  it('does not rescan because of its own highlights', async () => {
    vi.useFakeTimers();
    document.body.append(paragraph('winning every internal Labour election'));
    const onChange = vi.fn();
    const scanner = makeScanner(onChange);
    scanner.start();
    await scanner.rescanAll();
    const callsAfterScan = onChange.mock.calls.length;
    await settle();
    await settle();
    expect(onChange.mock.calls.length).toBe(callsAfterScan);
    expect(claimsOnPage()).toEqual(['ym-every-election']);
    scanner.stop();
  });

  it('recovers when the page replaces a highlighted paragraph', async () => {
    vi.useFakeTimers();
    const old = paragraph('winning every internal Labour election');
    document.body.append(old);
    const onChange = vi.fn();
    const scanner = makeScanner(onChange);
    await scanner.rescanAll();
    scanner.start();
    old.replaceWith(paragraph('winning every internal Labour election, again'));
    await settle();
    expect(claimsOnPage()).toEqual(['ym-every-election']);
    expect(document.querySelectorAll('mark[data-claim]').length).toBe(1);
    expect(onChange).toHaveBeenCalled();
    scanner.stop();
  });

  it('removes only the highlights it is asked to, restoring the text', async () => {
    document.body.append(
      paragraph('winning every internal Labour election'),
      paragraph('two-and-a-half years of defeat and decline'),
    );
    const before = document.body.innerHTML;
    const scanner = makeScanner();
    await scanner.rescanAll();
    scanner.removeWhere((mark) => mark.getAttribute('data-slate') === 'ym');
    expect(claimsOnPage()).toEqual(['mo-defeat']);
    scanner.removeWhere(() => true);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('PageScanner on a long page', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('scans in segments and yields between them, finding claims in every part of the page', async () => {
    const filler = 'Neutral filler text about council budgets and bus routes. '.repeat(40);
    for (let i = 0; i < 60; i++) document.body.append(paragraph(filler));
    document.body.append(paragraph('They keep winning every internal Labour election.'));
    for (let i = 0; i < 60; i++) document.body.append(paragraph(filler));
    document.body.append(paragraph('two-and-a-half years of defeat and decline'));
    const scanner = makeScanner();
    await scanner.rescanAll();
    expect(claimsOnPage()).toEqual(['ym-every-election', 'mo-defeat']);
    expect(document.querySelectorAll('mark[data-claim]').length).toBe(2);
    expect(document.querySelectorAll('mark mark').length).toBe(0);
  });

  it('finds context words across the seam between two segments, before and after', async () => {
    const withContext = compileMatcher([
      { id: 'mo-threshold', slate: 'mo', match: [{ text: '53% to 47%', near: ['conference'] }] },
      { id: 'mo-fifty-four', slate: 'mo', match: [{ text: '54% to 46%', near: ['threshold'] }] },
    ]);
    // Each long paragraph fills a segment (16 KB) by itself, so the next paragraph starts another.
    const longParagraph = (ending: string): HTMLParagraphElement =>
      paragraph(`${'filler '.repeat(2400)}${ending}`);
    document.body.append(
      longParagraph('That was the mood at conference.'),
      paragraph('It passed 53% to 47%.'),
      longParagraph('Another vote passed 54% to 46%.'),
      paragraph('The nomination threshold was the question.'),
    );
    const scanner = new PageScanner(document.body, {
      matcher: withContext,
      decorate: (mark, hit) => {
        mark.setAttribute('data-claim', hit.claimId);
      },
      wanted: () => true,
      onChange: () => {},
    });
    await scanner.rescanAll();
    expect(claimsOnPage()).toEqual(['mo-threshold', 'mo-fifty-four']);
  });

  it('finds context words beside a subtree the page adds later, before it and after it', async () => {
    vi.useFakeTimers();
    const withContext = compileMatcher([
      { id: 'mo-threshold', slate: 'mo', match: [{ text: '53% to 47%', near: ['conference'] }] },
      { id: 'mo-fifty-four', slate: 'mo', match: [{ text: '54% to 46%', near: ['threshold'] }] },
    ]);
    const closing = paragraph('The nomination threshold was the question.');
    document.body.append(paragraph('That was the mood at conference.'), closing);
    const scanner = new PageScanner(document.body, {
      matcher: withContext,
      decorate: (mark, hit) => {
        mark.setAttribute('data-claim', hit.claimId);
      },
      wanted: () => true,
      onChange: () => {},
      debounceMs: 20,
    });
    await scanner.rescanAll();
    scanner.start();
    closing.before(paragraph('It passed 53% to 47%.'));
    await settle();
    expect(claimsOnPage()).toEqual(['mo-threshold']);
    closing.before(paragraph('Another vote passed 54% to 46%.'));
    await settle();
    expect(claimsOnPage()).toEqual(['mo-threshold', 'mo-fifty-four']);
    scanner.stop();
  });

  it('a second full scan supersedes the first without doubling any highlight', async () => {
    document.body.append(paragraph('winning every internal Labour election'));
    const scanner = makeScanner();
    const first = scanner.rescanAll();
    const second = scanner.rescanAll();
    await Promise.all([first, second]);
    expect(document.querySelectorAll('mark[data-claim]').length).toBe(1);
  });
});
