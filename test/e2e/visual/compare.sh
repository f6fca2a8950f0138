#!/bin/sh
# Pixel-diffs two screenshot runs of capture.visual.ts: prints, per screen, how
# many pixels differ (ImageMagick's AE metric) and writes a diff image for each.
# Usage: [FUZZ=2%] test/e2e/visual/compare.sh BEFORE_DIR AFTER_DIR [DIFF_DIR]
# Chromium's software rasteriser antialiases a few rounded corners differently
# from run to run (a few units of one channel); FUZZ ignores differences that small.
set -u
before=$1
after=$2
diffs=${3:-$after/diff}
mkdir -p "$diffs"
status=0
for shot in "$before"/*.png; do
  name=$(basename "$shot")
  if [ ! -f "$after/$name" ]; then
    echo "$name: missing after"
    status=1
    continue
  fi
  size_before=$(identify -format '%wx%h' "$shot")
  size_after=$(identify -format '%wx%h' "$after/$name")
  if [ "$size_before" != "$size_after" ]; then
    echo "$name: size $size_before -> $size_after"
    status=1
    continue
  fi
  pixels=$(compare -metric AE -fuzz "${FUZZ:-0}" "$shot" "$after/$name" "$diffs/$name" 2>&1 >/dev/null)
  echo "$name: $pixels"
  [ "$pixels" = "0" ] || status=1
done
exit $status
