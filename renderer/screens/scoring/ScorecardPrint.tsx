import './ScorecardPrint.css';

/**
 * Prints the scorecard on screen: the browser's (or the desktop app's) print
 * dialog, with ScorecardPrint.css making the page a clean scorecard — no
 * navigation, player or buttons, each section on its own page.
 */
export function ScorecardPrint() {
  return (
    <button type="button" className="button scorecard-print" onClick={() => window.print()}>
      Print…
    </button>
  );
}
