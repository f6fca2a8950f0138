/** The figures in a sentence each, where they are read (docs/calibration.md says more). */
export function FiguresHelp() {
  return (
    <details>
      <summary>What these figures mean</summary>
      <ul>
        <li>
          <strong>From reference / from median</strong>: a score minus the reference scorer’s, or minus the group’s middle score, in points; within ±5 is the usual tolerance.
        </li>
        <li>
          <strong>Percent agreement</strong>: of all pairs of reviewers, the share that gave the same answer.
        </li>
        <li>
          <strong>Gwet’s AC1, kappa, alpha</strong>: agreement beyond what chance would give; 0.8 or more is good, below 0.67 the element needs discussing. Kappa can fall low when nearly every
          answer is “met” even though reviewers agree; AC1 does not.
        </li>
        <li>
          <strong>—</strong>: the answers cannot give that figure; the reason is beside it.
        </li>
      </ul>
    </details>
  );
}
