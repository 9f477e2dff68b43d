#!/usr/bin/env bash
# Rebuild viz/cdn/: the front-end files Solara's page asks its CDN for, taken from their npm
# packages (npm pack), so `gridrush viz` renders with no internet. Run from the repository root:
#   bash viz/vendor_cdn.sh
# The list below is what solara 1.64 with ipyvue 1.x (Vue 2) and Mesa 3.5's SolaraViz request
# (found by loading the app in Chromium and logging /_solara/cdn/ requests); fonts are the
# woff2 files the stylesheets reference (every current browser takes woff2).
set -euo pipefail
cd "$(dirname "$0")"
out=cdn
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

packages=(
  "@widgetti/solara-vuetify-app@10.1.1"
  "@widgetti/vue-grid-layout@2.3.13-alpha.2"
  "requirejs@2.3.6"
  "font-awesome@4.5.0"
  "mermaid@10.8.0"
  "katex@0.16.9"
)
files=(
  "@widgetti/solara-vuetify-app@10.1.1/dist/solara-vuetify-app8.min.js"
  "@widgetti/solara-vuetify-app@10.1.1/dist/main8.css"
  "@widgetti/solara-vuetify-app@10.1.1/dist/fonts.css"
  "@widgetti/vue-grid-layout@2.3.13-alpha.2/dist/vue-grid-layout.umd.js"
  "requirejs@2.3.6/require.js"
  "font-awesome@4.5.0/css/font-awesome.min.css"
  "font-awesome@4.5.0/fonts/fontawesome-webfont.woff2"
  "mermaid@10.8.0/dist/mermaid.min.js"
  "katex@0.16.9/dist/katex.min.css"
  "katex@0.16.9/dist/katex.min.js"
  "katex@0.16.9/dist/contrib/auto-render.min.js"
)

mkdir -p "$out"
find "$out" -mindepth 1 ! -name README.md -delete
for spec in "${packages[@]}"; do
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  tarball=$(ls -t "$work"/*.tgz | head -n 1)
  mkdir -p "$work/$spec"
  tar -xzf "$tarball" -C "$work/$spec" --strip-components=1
  rm "$tarball"
  mkdir -p "$out/$spec"
  for licence in LICENSE LICENSE.md LICENSE.txt; do
    [ -f "$work/$spec/$licence" ] && cp "$work/$spec/$licence" "$out/$spec/"
  done
done
for file in "${files[@]}"; do
  mkdir -p "$out/$(dirname "$file")"
  cp "$work/$file" "$out/$file"
done
# Every woff2 font the app's stylesheets reference.
app="@widgetti/solara-vuetify-app@10.1.1/dist"
for css in fonts.css main8.css; do
  grep -o 'url([^)]*\.woff2[^)]*)' "$work/$app/$css" | sed -E 's/url\(([^)?#]*).*/\1/' | sort -u |
    while read -r font; do cp "$work/$app/$font" "$out/$app/"; done
done
katex="katex@0.16.9/dist"
mkdir -p "$out/$katex/fonts"
grep -o 'url(fonts/[^)]*\.woff2)' "$work/$katex/katex.min.css" | sed -E 's/url\(([^)]*)\)/\1/' | sort -u |
  while read -r font; do cp "$work/$katex/$font" "$out/$katex/$font"; done
du -sh "$out"
