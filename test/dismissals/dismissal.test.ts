import { describe, expect, it } from 'vitest';
import {
  addDismissal,
  dismissalPageUrl,
  dismissalReport,
  dismissalReportFileName,
  dismisses,
  parseDismissals,
  removeDismissal,
  type Dismissal,
} from '../../lib/dismissals/dismissal.ts';

const record: Dismissal = {
  claimId: 'ym-won-almost-every-internal-election',
  pageUrl: 'https://example.org/story',
  text: 'we won almost every\n  internal election',
  before: 'They said ',
  after: ' last year.',
  how: 'restated',
  matched: ['won', 'every', 'internal', 'election'],
  dismissedAt: '2026-11-23T17:00:00.000Z',
};

describe('dismissals', () => {
  it('hide that claim at that passage on that page only', () => {
    expect(dismisses(record, record.claimId, record.pageUrl, 'we won almost every internal election')).toBe(
      true,
    );
    expect(dismisses(record, 'another-claim', record.pageUrl, record.text)).toBe(false);
    expect(dismisses(record, record.claimId, 'https://example.org/other', record.text)).toBe(false);
    expect(dismisses(record, record.claimId, record.pageUrl, 'we won every election')).toBe(false);
  });

  it('key pages by address without the fragment', () => {
    expect(dismissalPageUrl('https://example.org/story?id=2#comments')).toBe(
      'https://example.org/story?id=2',
    );
  });

  it('replace a record of the same passage, and restore removes it', () => {
    const later = { ...record, dismissedAt: '2026-11-24T00:00:00.000Z' };
    const other = { ...record, claimId: 'other' };
    const added = addDismissal(addDismissal([record, other], later), later);
    expect(added).toEqual([other, later]);
    expect(removeDismissal(added, record)).toEqual([other]);
  });

  it('drop stored records that are not dismissals', () => {
    expect(parseDismissals('nonsense')).toEqual([]);
    expect(
      parseDismissals([record, { ...record, how: 'guessed' }, { ...record, claimId: '' }, null, 4]),
    ).toEqual([record]);
  });

  it('export as a JSON report with claim, text, surroundings, page, date and how it matched', () => {
    const exportedAt = new Date('2026-11-25T09:30:00.000Z');
    const report: unknown = JSON.parse(
      dismissalReport([{ ...record, extra: 'not exported' } as Dismissal], exportedAt),
    );
    expect(report).toEqual({
      format: 'right-of-reply-dismissals',
      version: 1,
      exportedAt: '2026-11-25T09:30:00.000Z',
      dismissals: [
        {
          claimId: record.claimId,
          text: record.text,
          before: record.before,
          after: record.after,
          pageUrl: record.pageUrl,
          dismissedAt: record.dismissedAt,
          how: 'restated',
          matched: ['won', 'every', 'internal', 'election'],
        },
      ],
    });
    expect(dismissalReportFileName(exportedAt)).toBe('right-of-reply-dismissals-2026-11-25.json');
  });
});
