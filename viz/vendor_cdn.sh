#!/usr/bin/env bash
# Rebuild viz/cdn/: the front-end files Solara's page asks its CDN for, taken unmodified from
# their npm packages (npm pack), so `gridrush viz` renders with no internet (viz/offline.py).
# Run from anywhere:
#   bash viz/vendor_cdn.sh
# The file list is what solara 1.64 with ipyvue 1.x / ipyvuetify 1.x (Vue 2) and Mesa 3.5's
# SolaraViz request in production mode, found by loading the apps in Chromium and logging every
# /_solara/cdn/ request (viz/cdn/README.md); fonts are the woff2 files the stylesheets reference
# (every current browser takes woff2). Each folder gets the package's licence.
set -euo pipefail
cd "$(dirname "$0")"
out=cdn
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# npm package spec -> folder name in the URL Solara requests. Solara asks for vega, vega-lite and
# vega-embed by major version (vega@5/...), which the CDN resolves to the newest release of that
# major version; these are the newest releases as of 2026-11.
declare -A folder=(
  ["@widgetti/solara-vuetify-app@10.1.1"]="@widgetti/solara-vuetify-app@10.1.1"
  ["@widgetti/vue-grid-layout@2.3.13-alpha.2"]="@widgetti/vue-grid-layout@2.3.13-alpha.2"
  ["requirejs@2.3.6"]="requirejs@2.3.6"
  ["font-awesome@4.5.0"]="font-awesome@4.5.0"
  ["mermaid@10.8.0"]="mermaid@10.8.0"
  ["katex@0.16.9"]="katex@0.16.9"
  ["vega@5.33.1"]="vega@5"
  ["vega-lite@5.23.0"]="vega-lite@5"
  ["vega-embed@6.29.0"]="vega-embed@6"
)
# Paths inside each folder, as requested by the page.
files=(
  "@widgetti/solara-vuetify-app@10.1.1/dist/solara-vuetify-app8.min.js"
  "@widgetti/solara-vuetify-app@10.1.1/dist/solara-vuetify-app8.min.js.LICENSE.txt"
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
  "vega@5/build/vega.min.js"
  "vega-lite@5/build/vega-lite.min.js"
  "vega-embed@6/build/vega-embed.min.js"
)

mit_licence() { # $1: copyright line
  cat <<EOF
MIT License

$1

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
EOF
}

# Licence for the packages whose npm tarball ships no licence file: the licence their package.json
# declares, with the copyright line of their source repository.
write_missing_licence() { # $1: package spec, $2: unpacked package, $3: destination file
  case "$1" in
    @widgetti/solara-vuetify-app@*)
      { echo "From github.com/widgetti/solara (package.json: MIT). The bundled third-party"
        echo "licences are in dist/solara-vuetify-app8.min.js.LICENSE.txt."; echo
        mit_licence "Copyright (c) 2022 Maarten A. Breddels"; } >"$3" ;;
    requirejs@*)
      { echo "From github.com/requirejs/requirejs (package.json: MIT)."; echo
        mit_licence "Copyright jQuery Foundation and other contributors, https://jquery.org/"; } >"$3" ;;
    font-awesome@*)
      { echo "From github.com/FortAwesome/Font-Awesome (package.json: OFL-1.1 AND MIT)."
        echo "Licence section of the package's README.md:"; echo
        sed -n '/^##License/,/^##Changelog/p' "$2/README.md" | sed '$d'; echo
        echo "The CSS, under the MIT License:"; echo
        mit_licence "Copyright (c) Dave Gandy, http://fontawesome.io"; } >"$3" ;;
    vega@*)
      # Same holder and licence (BSD-3-Clause) as vega-lite, whose tarball ships the text.
      (cd "$work" && npm pack --silent vega-lite@5.23.0 >/dev/null)
      { echo "From github.com/vega/vega (package.json: BSD-3-Clause)."; echo
        tar -xzOf "$work/vega-lite-5.23.0.tgz" package/LICENSE; } >"$3"
      rm "$work/vega-lite-5.23.0.tgz" ;;
    *) echo "no licence file for $1" >&2; exit 1 ;;
  esac
}

mkdir -p "$out"
find "$out" -mindepth 1 ! -name README.md ! -name .gitignore -delete
for spec in "${!folder[@]}"; do
  dest=${folder[$spec]}
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  tarball=$(ls -t "$work"/*.tgz | head -n 1)
  mkdir -p "$work/$dest"
  tar -xzf "$tarball" -C "$work/$dest" --strip-components=1
  rm "$tarball"
  mkdir -p "$out/$dest"
  licence=""
  for name in LICENSE LICENSE.md LICENSE.txt; do
    [ -f "$work/$dest/$name" ] && licence="$work/$dest/$name"
  done
  if [ -n "$licence" ]; then
    cp "$licence" "$out/$dest/LICENSE"
  else
    write_missing_licence "$spec" "$work/$dest" "$out/$dest/LICENSE"
  fi
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
echo "$(find "$out" -type f ! -name README.md ! -name .gitignore | wc -l) files, $(du -sh "$out" | cut -f1)"
