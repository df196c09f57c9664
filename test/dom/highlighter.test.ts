// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from './fixture-dom.ts';
import { highlight, removeHighlights } from '../../lib/dom/highlighter.ts';
import { collectText } from '../../lib/dom/text-map.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';

const matcher = compileMatcher([
  { id: 'ym-every-election', slate: 'ym', match: ['winning every internal Labour election'] },
  { id: 'mo-threshold', slate: 'mo', match: [{ text: '53% to 47%', near: ['conference'] }] },
]);

function scan(root: HTMLElement): void {
  const map = collectText(root);
  highlight(map, matcher.find(map.text), (mark, hit) => {
    mark.setAttribute('data-claim', hit.claimId);
    mark.setAttribute('data-slate', hit.slate);
  });
}

function marked(root: HTMLElement): string[] {
  return [...root.querySelectorAll('mark[data-claim]')].map((mark) => mark.textContent);
}

describe('highlight', () => {
  it('marks a quote split across <em>, <a> and a line break as one hit in pieces', () => {
    const root = setBody(
      '<p>They boast of “winning <em>every</em>\n<a href="#">internal</a> Labour election”.</p>',
    );
    scan(root);
    expect(marked(root).join('')).toBe('winning every\ninternal Labour election');
    expect(new Set([...root.querySelectorAll('mark')].map((m) => m.getAttribute('data-claim')))).toEqual(
      new Set(['ym-every-election']),
    );
    expect(root.textContent).toBe('They boast of “winning every\ninternal Labour election”.');
  });

  it('marks a quote across <br> and finds the right offsets after earlier text in the block', () => {
    const root = setBody('<p>Intro <b>bold</b> text. At conference it passed 53%<br>to 47%.</p>');
    scan(root);
    expect(marked(root)).toEqual(['53%', 'to 47%']);
  });

  it('marks a quote broken by a <br> with no space around it', () => {
    const root = setBody('<p>They keep winning every<br>internal Labour election.</p>');
    scan(root);
    expect(marked(root)).toEqual(['winning every', 'internal Labour election']);
  });

  it('does not mark a quote that runs across two paragraphs', () => {
    const root = setBody('<p>winning every internal</p><p>Labour election</p>');
    scan(root);
    expect(marked(root)).toEqual([]);
  });

  it('counts text in nested blocks when placing a hit after them', () => {
    const root = setBody('<li>At conference <ul><li>nested item</li></ul> it passed 53% to 47%</li>');
    scan(root);
    expect(marked(root)).toEqual(['53% to 47%']);
  });

  it('places a hit correctly after a script and a button inside the same block', () => {
    const root = setBody(
      '<p>Vote <script>var shares = 12;</script><button>Share this</button> now: at conference it passed 53% to 47%.</p>',
    );
    scan(root);
    expect(marked(root)).toEqual(['53% to 47%']);
    expect(root.querySelector('script')?.textContent).toBe('var shares = 12;');
    expect(root.querySelector('button')?.textContent).toBe('Share this');
  });

  it('leaves textareas and editable regions untouched', () => {
    const root = setBody(
      '<textarea>winning every internal Labour election</textarea>' +
        '<div contenteditable="true">winning every internal Labour election</div>',
    );
    const before = root.innerHTML;
    scan(root);
    expect(root.innerHTML).toBe(before);
  });

  it('restores the exact text and node structure when highlights are removed', () => {
    const root = setBody('<p>a winning <em>every</em> internal Labour election b</p>');
    const before = root.innerHTML;
    scan(root);
    expect(root.querySelectorAll('mark').length).toBe(3);
    removeHighlights(root.querySelectorAll('mark[data-claim]'));
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')?.childNodes.length).toBe(3);
  });

  it('marks two hits in one text node and keeps the text around and between them', () => {
    const root = setBody(
      '<p>At conference it passed 53% to 47%, after winning every internal Labour election.</p>',
    );
    scan(root);
    expect(marked(root)).toEqual(['53% to 47%', 'winning every internal Labour election']);
    const paragraph = root.querySelector('p')!;
    expect([...paragraph.childNodes].map((node) => node.textContent)).toEqual([
      'At conference it passed ',
      '53% to 47%',
      ', after ',
      'winning every internal Labour election',
      '.',
    ]);
  });

  it('wraps a text node that the hit fills exactly, without splitting it', () => {
    const root = setBody('<p>At conference: <em>53% to 47%</em></p>');
    const text = root.querySelector('em')!.firstChild;
    scan(root);
    const mark = root.querySelector('em > mark[data-claim]');
    expect(mark?.firstChild).toBe(text);
    expect(mark?.childNodes.length).toBe(1);
  });

  it('keeps the page’s own text node in place as the text before a hit', () => {
    const root = setBody('<p>They boast of winning every internal Labour election.</p>');
    const original = root.querySelector('p')!.firstChild;
    scan(root);
    expect(root.querySelector('p')!.firstChild).toBe(original);
    expect(original?.textContent).toBe('They boast of ');
  });

  it('decorates pieces in document order before they enter the page, flagging each hit’s first piece', () => {
    const root = setBody('<p>At conference 53% <em>to</em> 47%; winning every internal Labour election.</p>');
    const map = collectText(root);
    const calls: string[] = [];
    highlight(map, matcher.find(map.text), (mark, hit, first) => {
      expect(mark.isConnected).toBe(false);
      calls.push(`${hit.claimId}:${first ? 'first' : 'more'}:${mark.textContent}`);
    });
    expect(calls).toEqual([
      'mo-threshold:first:',
      'mo-threshold:more:',
      'mo-threshold:more:',
      'ym-every-election:first:',
    ]);
    expect([...root.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      '53% ',
      'to',
      ' 47%',
      'winning every internal Labour election',
    ]);
  });
});
