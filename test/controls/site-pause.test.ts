import { describe, expect, it } from 'vitest';
import {
  isPaused,
  pausedEntryFor,
  pauseSite,
  resumeSite,
  siteToPause,
} from '../../lib/controls/site-pause.ts';

describe('site pause', () => {
  it('pausing example.com pauses example.com and its subdomains', () => {
    const paused = pauseSite([], 'example.com');
    expect(isPaused(paused, 'example.com')).toBe(true);
    expect(isPaused(paused, 'www.example.com')).toBe(true);
    expect(isPaused(paused, 'news.example.com')).toBe(true);
  });

  it('pausing news.example.com does not pause example.com or its other subdomains', () => {
    const paused = pauseSite([], 'news.example.com');
    expect(isPaused(paused, 'news.example.com')).toBe(true);
    expect(isPaused(paused, 'live.news.example.com')).toBe(true);
    expect(isPaused(paused, 'example.com')).toBe(false);
    expect(isPaused(paused, 'www.example.com')).toBe(false);
  });

  it('matches whole labels only: pausing example.com leaves badexample.com alone', () => {
    expect(isPaused(['example.com'], 'badexample.com')).toBe(false);
    expect(isPaused(['example.com'], 'example.com.evil.net')).toBe(false);
  });

  it('pausing on www.example.com pauses the whole site, as a reader means it', () => {
    expect(siteToPause('www.example.com')).toBe('example.com');
    expect(isPaused(pauseSite([], 'www.example.com'), 'example.com')).toBe(true);
  });

  it('never widens a pause to a bare top-level domain', () => {
    expect(siteToPause('www.com')).toBe('www.com');
    expect(siteToPause('WWW.Example.COM.')).toBe('example.com');
  });

  it('pausing a parent replaces the subdomain entries it now covers', () => {
    expect(pauseSite(['news.example.com', 'other.org'], 'example.com')).toEqual(['example.com', 'other.org']);
    expect(pauseSite(['example.com'], 'news.example.com')).toEqual(['example.com']);
  });

  it('resuming a host removes every entry that paused it, and names the broadest first', () => {
    const paused = ['example.com', 'news.example.com', 'other.org'];
    expect(pausedEntryFor(paused, 'live.news.example.com')).toBe('example.com');
    expect(resumeSite(paused, 'news.example.com')).toEqual(['other.org']);
    expect(resumeSite(paused, 'example.com')).toEqual(['news.example.com', 'other.org']);
  });
});
