import type { CalibrationResults, DriftView, ReviewerDrift } from './views';

/** One open session's results, as drift reads them. */
export interface SessionResults {
  sessionId: string;
  title: string;
  /** When the session opened: the order of the trend. */
  at: string;
  results: CalibrationResults;
}

/**
 * Reviewer drift: each reviewer's deviation in every session they were
 * counted in, oldest first, and its mean. A session's deviation is from its
 * reference scorer when it had one who submitted, else from the group's
 * median (the reference's own, too). The signed mean says whether a reviewer
 * tends to score above (+) or below (−) the standard; the mean of the sizes
 * says how far off they are either way. Late submissions are left out: their
 * authors may have seen the others' answers.
 */
export function reviewerDrift(sessions: readonly SessionResults[]): DriftView {
  const ordered = [...sessions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.sessionId.localeCompare(b.sessionId));
  const byReviewer = new Map<string, ReviewerDrift>();
  for (const s of ordered) {
    for (const p of s.results.participants) {
      if (p.late) continue;
      const deviation = p.fromReference ?? p.fromMedian;
      if (!deviation) continue;
      const drift = byReviewer.get(p.reviewerId) ?? { reviewerId: p.reviewerId, name: p.reviewerName, points: [], meanDeviation: null, meanAbsoluteDeviation: null };
      // The name the reviewer goes by now: the latest session's.
      drift.name = p.reviewerName;
      drift.points.push({ sessionId: s.sessionId, title: s.title, at: s.at, points: deviation.points, from: p.fromReference ? 'reference' : 'median' });
      byReviewer.set(p.reviewerId, drift);
    }
  }
  const reviewers = [...byReviewer.values()].map((r) => {
    const n = r.points.length;
    return {
      ...r,
      meanDeviation: n ? r.points.reduce((sum, p) => sum + p.points, 0) / n : null,
      meanAbsoluteDeviation: n ? r.points.reduce((sum, p) => sum + Math.abs(p.points), 0) / n : null,
    };
  });
  return {
    sessions: ordered.map((s) => ({ sessionId: s.sessionId, title: s.title, at: s.at })),
    reviewers: reviewers.sort((a, b) => a.name.localeCompare(b.name) || a.reviewerId.localeCompare(b.reviewerId)),
  };
}
