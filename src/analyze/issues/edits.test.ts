// Analyst edits keep their invariants and survive later automatic updates.
import { describe, expect, it } from 'vitest';
import { PantauError } from '../../domain/errors.ts';
import { CORRUPTION_CASE, FLOOD_MARCH, ROAD_REPAIR } from '../keyphrases/news-fixtures.ts';
import { isPinned, mergeIssues, moveArticle, renameIssue, splitIssue } from './edits.ts';
import { issueInput } from './fixtures-input.ts';
import { labelIssue } from './label.ts';
import { createIssue, memberOf, rebuildIssue, updateIssue, withReplacedMember } from './state.ts';
import { issueTimeline } from './timeline.ts';
import type { IssueGroup } from './types.ts';

function corruptionIssue(): IssueGroup {
  let issue = createIssue('isu-hibah', issueInput(CORRUPTION_CASE[0]));
  for (const f of CORRUPTION_CASE.slice(1)) issue = updateIssue(issue, issueInput(f));
  return issue;
}

const ids = (g: IssueGroup) => g.members.map((m) => m.id).sort();

describe('analyst edits', () => {
  it('keeps an analyst name through later automatic updates', () => {
    const first = createIssue('isu-hibah', issueInput(CORRUPTION_CASE[0]));
    const renamed = { ...first, issue: renameIssue(first.issue, '  Kasus Hibah   KONI ') };
    const updated = updateIssue(renamed, issueInput(CORRUPTION_CASE[1])).issue;
    expect(labelIssue(updated)).toBe('Kasus Hibah KONI');
    expect(labelIssue(renameIssue(updated, ''))).not.toBe('Kasus Hibah KONI');
    expect(() => renameIssue(updated, 'x'.repeat(201))).toThrow(PantauError);
  });

  it('merges two issues into the first, with every article once and counts that add up', () => {
    const flood = createIssue('isu-banjir', issueInput(FLOOD_MARCH));
    const created = createIssue('isu-jalan', issueInput(ROAD_REPAIR));
    const road = { ...created, issue: renameIssue(created.issue, 'Cibeureum') };
    const result = mergeIssues(flood, road);
    const merged = result.issue;
    expect(merged.id).toBe('isu-banjir');
    expect(ids(result)).toEqual(['banjir-maret', 'perbaikan-jalan']);
    expect(merged.articleCount).toBe(2);
    expect(merged.tones.negative + merged.tones.positive + merged.tones.neutral).toBe(2);
    expect(merged.mergedIds).toEqual(['isu-jalan']);
    expect(merged.manualLabel).toBe('Cibeureum');
    expect(merged.firstAt).toBe(flood.issue.firstAt);
    expect(merged.lastAt).toBe(road.issue.lastAt);
    expect(() => mergeIssues(flood, flood)).toThrow(PantauError);
  });

  it('splits chosen articles into a new pinned issue and rebuilds both exactly', () => {
    const issue = corruptionIssue();
    const { kept, split } = splitIssue(issue, ['korupsi-hibah-4', 'korupsi-hibah-5'], 'isu-sidang');
    expect(ids(kept)).toEqual(['korupsi-hibah-1', 'korupsi-hibah-2', 'korupsi-hibah-3']);
    expect(ids(split)).toEqual(['korupsi-hibah-4', 'korupsi-hibah-5']);
    expect(kept.issue.articleCount + split.issue.articleCount).toBe(issue.issue.articleCount);
    expect(split.members.every((m) => m.pinned)).toBe(true);
    expect(isPinned(split, 'korupsi-hibah-4')).toBe(true);
    expect(kept.issue.lastAt).toBe(new Date(CORRUPTION_CASE[2].publishedAt).toISOString());
    expect(kept.issue.terms).toEqual(rebuildIssue(kept.issue, kept.members).terms);
    expect(() => splitIssue(issue, ['tidak-ada'], 'isu-x')).toThrow(/tidak ada/);
    expect(() => splitIssue(issue, ids(issue), 'isu-x')).toThrow(PantauError);
  });

  it('moves one article, pins it in its new issue and keeps the totals', () => {
    const issue = corruptionIssue();
    const flood = createIssue('isu-banjir', issueInput(FLOOD_MARCH));
    const moved = moveArticle(issue, flood, { id: 'korupsi-hibah-2' });
    expect(moved.from.issue.articleCount).toBe(4);
    expect(moved.to.issue.articleCount).toBe(2);
    expect(isPinned(moved.to, 'korupsi-hibah-2')).toBe(true);
    expect(isPinned(moved.to, 'banjir-maret')).toBe(false);
    const outlet = CORRUPTION_CASE[1].outlet;
    expect(moved.from.issue.outlets[outlet] ?? 0).toBe(issue.issue.outlets[outlet] - 1);
    expect(moved.to.issue.outlets[outlet]).toBe(1);
    expect(() => moveArticle(moved.from, moved.to, 'korupsi-hibah-2')).toThrow(PantauError);
    // Re-analysing the moved article keeps the analyst's pin.
    const again = updateIssue(moved.to, issueInput(CORRUPTION_CASE[1]));
    expect(isPinned(again, 'korupsi-hibah-2')).toBe(true);
    expect(again.issue.articleCount).toBe(2);
  });
});

describe('issueTimeline', () => {
  it('counts articles per WIB day with tones and fills quiet days', () => {
    const timeline = issueTimeline([
      { publishedAt: '2025-05-06T20:00:00Z', tone: 'negative' }, // 7 May 03:00 WIB
      { publishedAt: '2025-05-07T01:00:00Z', tone: 'positive' },
      { publishedAt: new Date('2025-05-09T11:00:00+07:00') },
    ]);
    expect(timeline).toEqual([
      { period: '2025-05-07', articles: 2, positive: 1, negative: 1, neutral: 0 },
      { period: '2025-05-08', articles: 0, positive: 0, negative: 0, neutral: 0 },
      { period: '2025-05-09', articles: 1, positive: 0, negative: 0, neutral: 1 },
    ]);
    expect(issueTimeline([{ publishedAt: '2025-05-07T01:30:00Z' }], { bucket: 'hour' })[0].period).toBe(
      '2025-05-07T08:00',
    );
  });
});

describe('incremental updates', () => {
  it('replacing a re-analysed member keeps counts and lands near an exact rebuild', () => {
    let group = createIssue('isu-hibah', issueInput(CORRUPTION_CASE[0]));
    for (const f of CORRUPTION_CASE.slice(1)) group = updateIssue(group, issueInput(f));
    const old = group.members[2];
    const reanalysed = memberOf({ ...issueInput(CORRUPTION_CASE[2]), tone: 'positive', outlet: 'Baru' });
    const incremental = withReplacedMember(group.issue, old, reanalysed);
    const members = group.members.map((m) => (m.id === old.id ? reanalysed : m));
    const exact = rebuildIssue(group.issue, members);
    expect(incremental.articleCount).toBe(5);
    expect(incremental.tones).toEqual(exact.tones);
    expect(incremental.outlets).toEqual(exact.outlets);
    for (const [key, t] of Object.entries(exact.terms)) {
      expect(incremental.terms[key]?.weight ?? 0).toBeCloseTo(t.weight, 6);
    }
  });
});
