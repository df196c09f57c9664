import { describe, expect, it } from 'vitest';
import { hostOf } from '../../lib/web/page-host.ts';

describe('page host', () => {
  it('takes the host of web pages only, ignoring port, case and trailing dot', () => {
    expect(hostOf('https://News.Example.com.:8080/a?b')).toBe('news.example.com');
    expect(hostOf('http://127.0.0.1:4000/demo.html')).toBe('127.0.0.1');
    expect(hostOf('chrome://extensions')).toBeNull();
    expect(hostOf('file:///home/reader/a.html')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});
