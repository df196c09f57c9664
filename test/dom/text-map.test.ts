// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from './fixture-dom.ts';
import { collectText, positionOf } from '../../lib/dom/text-map.ts';
import { BLOCK_BREAK } from '../../lib/normalise.ts';

describe('collectText', () => {
  it('joins inline elements of one block without a break', () => {
    const map = collectText(setBody('<p>winning <em>every</em> <a href="#">internal</a> election</p>'));
    expect(map.text).toBe('winning every internal election');
  });

  it('separates paragraphs, list items, headings and table cells with a block break', () => {
    const map = collectText(
      setBody('<h2>Title</h2><p>One</p><ul><li>Two</li><li>Three</li></ul><table><tr><td>Four</td><td>Five</td></tr></table>'),
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
