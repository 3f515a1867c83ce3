// Articles arriving one by one land in the issues an analyst would expect.
import { describe, expect, it } from 'vitest';
import {
  ALL_FIXTURES,
  CORRUPTION_CASE,
  FLOOD_APRIL,
  FLOOD_MARCH,
  ROAD_REPAIR,
  SOCIAL_AID,
} from '../keyphrases/news-fixtures.ts';
import { assignIssue } from './assign.ts';
import { issueInput } from './fixtures-input.ts';
import { labelIssue, topOutlets } from './label.ts';
import { createIssue, updateIssue } from './state.ts';
import type { IssueGroup } from './types.ts';

/** Feeds articles in publication order, as the worker does, and returns the issues. */
function group(fixtures = ALL_FIXTURES): IssueGroup[] {
  let groups: IssueGroup[] = [];
  const ordered = [...fixtures].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  for (const f of ordered) {
    const article = issueInput(f);
    const { issueId } = assignIssue(
      article,
      groups.map((g) => g.issue),
      article.publishedAt,
    );
    if (issueId) groups = groups.map((g) => (g.issue.id === issueId ? updateIssue(g, article) : g));
    else groups.push(createIssue(`isu-${groups.length + 1}`, article));
  }
  return groups;
}

const issueOf = (groups: IssueGroup[], articleId: string) =>
  groups.find((g) => g.members.some((m) => m.id === articleId))?.issue.id;

describe('assignIssue', () => {
  it('joins five follow-ups of one corruption case into one issue', () => {
    const issues = group();
    const ids = CORRUPTION_CASE.map((f) => issueOf(issues, f.id));
    expect(new Set(ids).size).toBe(1);
    const issue = (issues.find((g) => g.issue.id === ids[0]) as IssueGroup).issue;
    expect(issue.articleCount).toBe(5);
    expect(labelIssue(issue)).toMatch(/hibah/i);
    expect(labelIssue(issue)).toContain('Hendra Gunawan');
    expect(issue.tones.negative).toBe(5);
    expect(topOutlets(issue, 1)[0].articles).toBe(2);
  });

  it('keeps two floods in the same kecamatan a month apart as separate issues', () => {
    const issues = group();
    expect(issueOf(issues, FLOOD_MARCH.id)).not.toBe(issueOf(issues, FLOOD_APRIL.id));
    const march = createIssue('isu-maret', issueInput(FLOOD_MARCH));
    const april = assignIssue(issueInput(FLOOD_APRIL), [march.issue], new Date('2025-04-07T10:00:00+07:00'));
    expect(april.issueId).toBeNull();
    expect(april.reason).toMatch(/sudah sepi 35 hari/);
  });

  it('lets a flood follow-up two days later join, and says why', () => {
    const march = createIssue('isu-maret', issueInput(FLOOD_MARCH));
    const later = {
      ...issueInput(FLOOD_APRIL),
      id: 'banjir-susulan',
      publishedAt: new Date('2025-03-05T09:00:00+07:00'),
    };
    const result = assignIssue(later, [march.issue], new Date('2025-03-05T10:00:00+07:00'));
    expect(result.issueId).toBe('isu-maret');
    expect(result.reason).toMatch(/^Mirip \d+% dengan isu "Banjir di Kecamatan Cibeureum/);
    expect(result.reason).toContain('banjir');
  });

  it('keeps a road repair apart from a flood in the same kecamatan the same week', () => {
    const issues = group([FLOOD_MARCH, ROAD_REPAIR]);
    expect(issues).toHaveLength(2);
    expect(labelIssue(issues[1].issue)).toBe('Perbaikan jalan di Kecamatan Cibeureum');
  });

  it('puts unrelated stories in their own issues and never reopens a locked one', () => {
    const issues = group();
    expect(issues.map((g) => g.issue.articleCount).sort()).toEqual([1, 1, 1, 1, 5]);
    expect(issueOf(issues, SOCIAL_AID.id)).not.toBe(issueOf(issues, FLOOD_MARCH.id));
    const first = createIssue('isu-hibah', issueInput(CORRUPTION_CASE[0]));
    const follow = issueInput(CORRUPTION_CASE[1]);
    expect(assignIssue(follow, [first.issue], follow.publishedAt).issueId).toBe('isu-hibah');
    expect(assignIssue(follow, [{ ...first.issue, locked: true }], follow.publishedAt).issueId).toBeNull();
  });

  it('does not move old articles when new ones arrive', () => {
    const issues = group();
    const snapshot = issues.map((g) => g.members.map((m) => m.id));
    const late = {
      ...issueInput(CORRUPTION_CASE[2]),
      id: 'korupsi-hibah-6',
      publishedAt: new Date('2025-05-28T08:00:00+07:00'),
    };
    const { issueId } = assignIssue(
      late,
      issues.map((g) => g.issue),
      late.publishedAt,
    );
    const after = issues.map((g) => (g.issue.id === issueId ? updateIssue(g, late) : g));
    after.forEach((issue, n) => {
      expect(issue.members.map((m) => m.id).slice(0, snapshot[n].length)).toEqual(snapshot[n]);
    });
  });

  it('is idempotent when the same article is analysed again', () => {
    const article = issueInput(CORRUPTION_CASE[0]);
    const once = createIssue('isu', article);
    const twice = updateIssue(once, article);
    expect(twice.issue.articleCount).toBe(1);
    expect(twice.issue.terms).toEqual(once.issue.terms);
    expect(JSON.parse(JSON.stringify(twice))).toEqual(twice);
  });
  it('keeps the same kind of story in two kelurahan apart, and a third report joins its own place', () => {
    const fire = (id: string, kelurahan: string, hour: number) => ({
      id,
      title: `Kebakaran di Kelurahan ${kelurahan}`,
      keyphrases: ['kebakaran', `Kelurahan ${kelurahan}`, 'korsleting listrik', 'unit damkar', 'rumah warga'],
      entities: [
        { canonical: `Kelurahan ${kelurahan}`, type: 'LOC' },
        { canonical: 'Dinas Pemadam Kebakaran Kota Sukamaju', type: 'ORG' },
        { canonical: 'Kota Sukamaju', type: 'LOC' },
      ],
      publishedAt: new Date(`2025-06-02T${String(hour).padStart(2, '0')}:00:00+07:00`),
    });
    const first = createIssue('isu-cipaku', fire('a', 'Cipaku', 8));
    const second = fire('b', 'Babakan', 10);
    const elsewhere = assignIssue(second, [first.issue], second.publishedAt);
    expect(elsewhere.issueId).toBeNull();
    const again = fire('c', 'Cipaku', 12);
    const issues = [first.issue, createIssue('isu-babakan', second).issue];
    expect(assignIssue(again, issues, again.publishedAt).issueId).toBe('isu-cipaku');
  });
  it('never names an issue after a word every story has', () => {
    const queue = createIssue('isu-mpp', {
      id: 'mpp',
      title: 'Antrean Mal Pelayanan Publik',
      keyphrases: ['warga', 'antrean', 'Mal Pelayanan Publik', 'jam layanan'],
      entities: [],
      publishedAt: new Date('2025-06-02T08:00:00+07:00'),
    });
    expect(labelIssue(queue.issue)).toBe('Mal Pelayanan Publik');
  });
});
