// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from './fixture-dom.ts';
import {
  BLOCK_BREAK,
  collectText,
  PIECE_OVERLAP,
  positionOf,
  TextCollector,
  textBeside,
} from '../../lib/dom/text-map.ts';
import { BLOCK_BREAK as MATCHER_BLOCK_BREAK } from '../../lib/match/normalise.ts';

describe('collectText', () => {
  it('joins inline elements of one block without a break', () => {
    const map = collectText(setBody('<p>winning <em>every</em> <a href="#">internal</a> election</p>'));
    expect(map.text).toBe('winning every internal election');
  });

  it('separates paragraphs, list items, headings and table cells with a block break', () => {
    const map = collectText(
      setBody(
        '<h2>Title</h2><p>One</p><ul><li>Two</li><li>Three</li></ul><table><tr><td>Four</td><td>Five</td></tr></table>',
      ),
    );
    expect(map.text.split(BLOCK_BREAK)).toEqual(['Title', 'One', 'Two', 'Three', 'Four', 'Five']);
  });

  it('keeps text after a nested block apart from the text before it', () => {
    const map = collectText(setBody('<li>before<ul><li>inner</li></ul>after</li>'));
    expect(map.text.split(BLOCK_BREAK)).toEqual(['before', 'inner', 'after']);
  });

  it('skips form fields, editors, scripts, styles, svg and the extension UI', () => {
    const map = collectText(
      setBody(
        '<p>kept</p><textarea>typed</textarea><div contenteditable="true">draft <b>bold</b></div>' +
          '<script>var code</script><style>p{}</style><noscript>js off</noscript>' +
          '<svg><text>chart</text></svg><select><option>choice</option></select>' +
          '<right-of-reply-ui>ours</right-of-reply-ui><p>also kept</p>',
      ),
    );
    expect(map.text.split(BLOCK_BREAK)).toEqual(['kept', 'also kept']);
  });

  it('reads a <br> as a space between words, even with no space in the markup', () => {
    const map = collectText(setBody('<p>winning every<br>internal Labour election</p>'));
    expect(map.text).toBe('winning every internal Labour election');
  });

  it('maps offsets back to text nodes', () => {
    const map = collectText(setBody('<p>ab<em>cd</em>ef</p><p>gh</p>'));
    const at = positionOf(map, map.text.indexOf('d'));
    expect(at.node.data).toBe('cd');
    expect(at.offset).toBe(1);
    expect(positionOf(map, map.text.indexOf('g')).node.data).toBe('gh');
  });
});

describe('TextCollector', () => {
  const html = '<p>one <em>two</em></p><p>three<br>four</p><ul><li>five</li><li>six</li></ul><p>seven</p>';

  it('hands out segments that end at block boundaries and together make the whole text', () => {
    const root = setBody(html);
    const collector = new TextCollector(root);
    const segments: string[] = [];
    for (let map = collector.next(7); map !== null; map = collector.next(7)) segments.push(map.text);
    expect(segments).toEqual(['one two', 'three four', `five${BLOCK_BREAK}six`, 'seven']);
    expect(segments.join(BLOCK_BREAK)).toBe(collectText(root).text);
    expect(collector.hasMore).toBe(false);
  });

  it('peeks at the text ahead without handing it out', () => {
    const collector = new TextCollector(setBody(html));
    expect(collector.next(7)?.text).toBe('one two');
    expect(collector.peekText(12)).toBe(`three four${BLOCK_BREAK}five`);
    expect(collector.peekText(3)).toBe('three');
    const next = collector.next(7);
    expect(next?.text).toBe('three four');
    expect(next?.nodes.map((node) => node.data)).toEqual(['three', 'four']);
    expect(collector.peekText(100)).toBe(`five${BLOCK_BREAK}six${BLOCK_BREAK}seven`);
    expect(collector.next(100)?.text).toBe(`five${BLOCK_BREAK}six${BLOCK_BREAK}seven`);
    expect(collector.peekText(100)).toBe('');
    expect(collector.hasMore).toBe(false);
    expect(collector.next()).toBeNull();
  });
});

describe('textBeside', () => {
  const html =
    '<p>alpha <em>beta</em></p><button>skip me</button><p>gamma</p>' +
    '<section id="target"><p>inside</p></section><p>delta</p><textarea>typed</textarea><p>epsilon <b>zeta</b></p>';

  it('reads the text before a subtree, nearest last, with block breaks and without excluded parts', () => {
    const root = setBody(html);
    const target = root.querySelector('#target')!;
    expect(textBeside(target, root, 'before', 100)).toBe(`alpha beta${BLOCK_BREAK}gamma`);
    expect(textBeside(target, root, 'before', 3)).toBe('gamma');
  });

  it('reads the text after a subtree, never the subtree itself', () => {
    const root = setBody(html);
    const target = root.querySelector('#target')!;
    expect(textBeside(target, root, 'after', 100)).toBe(`delta${BLOCK_BREAK}epsilon zeta`);
    expect(textBeside(target, root, 'after', 3)).toBe('delta');
  });

  it('finds nothing beside the root itself', () => {
    const root = setBody(html);
    expect(textBeside(root, root, 'before', 100)).toBe('');
    expect(textBeside(root, root, 'after', 100)).toBe('');
  });

  it('hands out a text node over twice the segment length in pieces cut at spaces, each overlapping the next', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const root = setBody(`<p>before</p><p>${words}</p><p>after</p>`);
    const node = root.querySelectorAll('p')[1]!.firstChild as Text;
    const collector = new TextCollector(root);
    const maps = [];
    for (let map = collector.next(2000); map !== null; map = collector.next(2000)) maps.push(map);
    const pieces = maps.filter((map) => map.nodes.includes(node));
    expect(pieces.length).toBeGreaterThan(5);
    // The long node starts a segment of its own, and each piece is about the size asked for.
    expect(pieces[0]!.nodes).toEqual([node]);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.text.length).toBeLessThanOrEqual(2000 + PIECE_OVERLAP);
      expect(piece.text.length - piece.ownedLength).toBeGreaterThanOrEqual(PIECE_OVERLAP);
      expect(piece.text.endsWith(' ')).toBe(true);
    }
    // Each piece's own part, in order, is the node's text; the overlap begins the next piece.
    let owned = '';
    for (const [index, piece] of pieces.entries()) {
      const at = positionOf(piece, 0);
      expect(at.node).toBe(node);
      expect(at.offset).toBe(owned.length);
      const rest = piece.text.slice(piece.ownedLength);
      if (index < pieces.length - 1) expect(pieces[index + 1]!.text.startsWith(rest)).toBe(true);
      owned += piece.text.slice(0, piece.ownedLength);
    }
    expect(owned).toBe(words);
    expect(maps.map((map) => map.text).join('')).toContain('after');
  });
});

describe('BLOCK_BREAK', () => {
  it('is the character the matcher takes for a block boundary', () => {
    expect(BLOCK_BREAK).toBe(MATCHER_BLOCK_BREAK);
  });
});
