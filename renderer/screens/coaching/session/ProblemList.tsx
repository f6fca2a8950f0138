import { useCoachingSession } from '../../../stores/coaching-session';

/** What stops the draft from being completed, as the backend says it, kept up to date as the coach types. */
export function ProblemList() {
  const problems = useCoachingSession((s) => s.problems);
  const readOnly = useCoachingSession((s) => s.detail?.readOnly ?? true);
  if (readOnly || problems.length === 0) return null;
  return (
    <section className="notice notice--warning" aria-labelledby="session-problems">
      <h2 id="session-problems">Before this session can be completed</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
    </section>
  );
}
