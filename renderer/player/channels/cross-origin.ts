/**
 * Web Audio hears a media element only if the page may read its source: a
 * recording from another origin (Electron's callmark-media: scheme, beside the
 * page's callmark-app:) feeds the graph silence unless it was loaded with CORS.
 * The browser host serves recordings from the page's own origin, so there this
 * never applies. See docs/recordings.md, "Stereo calls".
 */
export function isCrossOrigin(src: string, page: Location = window.location): boolean {
  const url = new URL(src, page.href);
  return url.protocol !== page.protocol || url.host !== page.host;
}

/**
 * Makes a cross-origin element readable by Web Audio, or says it cannot: asks
 * the source whether it allows it (a CORS request), and only then reloads the
 * element with `crossOrigin` set; the player puts it back where it was and
 * plays on. A source that does not allow it is left untouched, still playing:
 * muting a side is then refused, never turned into silence.
 */
export async function readableByWebAudio(audio: HTMLMediaElement): Promise<boolean> {
  const src = audio.currentSrc || audio.src;
  if (!src || !isCrossOrigin(src) || audio.crossOrigin !== null) return true;
  try {
    const answer = await fetch(src, { method: 'HEAD', mode: 'cors', credentials: 'omit' });
    if (!answer.ok) return false;
  } catch {
    return false;
  }
  const playing = !audio.paused;
  audio.crossOrigin = 'anonymous';
  audio.load();
  if (playing) await audio.play().catch(() => undefined);
  return true;
}
