#!/usr/bin/env bash
# Regenerates the app icon (drawn here, no third-party artwork): PNG 256/512 (Linux),
# ICO 16..256 (Windows), ICNS 16..512 (macOS).
# Needs ImageMagick (`convert`) and png2icns (Debian package icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
S=1024
convert -size ${S}x${S} gradient:'#2F6FB0-#1B3F6B' \
  \( -size ${S}x${S} xc:black -fill white -draw "roundrectangle 40,40 984,984 200,200" \) \
  -alpha off -compose CopyOpacity -composite "$t/bg.png"
convert "$t/bg.png" \
  -fill white -draw "roundrectangle 262,190 762,834 44,44" \
  -fill '#E8F0FA' -draw "roundrectangle 262,190 762,300 44,44" -draw "rectangle 262,256 762,300" \
  -fill '#2F6FB0' -draw "roundrectangle 330,224 520,266 20,20" \
  -stroke '#1FA37A' -strokewidth 34 -fill none -draw "polyline 330,418 370,458 440,380" -draw "polyline 330,568 370,608 440,530" \
  -stroke '#C9D3DF' -draw "line 330,718 440,718" \
  -stroke '#1B3F6B' -strokewidth 30 -draw "line 500,418 690,418" -draw "line 500,568 690,568" \
  -stroke '#C9D3DF' -draw "line 500,718 690,718" \
  "$t/icon-1024.png"
for s in 16 32 48 64 128 256 512; do
  convert "$t/icon-1024.png" -filter Lanczos -resize ${s}x${s} -strip "PNG32:$t/icon-$s.png"
done
cp "$t/icon-256.png" policy-configurator-256.png
cp "$t/icon-512.png" policy-configurator-512.png
convert "$t"/icon-{16,32,48,64,128,256}.png policy-configurator.ico
png2icns policy-configurator.icns "$t"/icon-{16,32,128,256,512}.png >/dev/null
