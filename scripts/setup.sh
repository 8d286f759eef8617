#!/usr/bin/env bash
# Installs what the builds and tests need, skipping whatever is already there (a second run takes about a second):
#   1. Debian packages (apt-get; as root, or through sudo);
#   2. the ImGui 1.90.1 and SDL2 2.26.5 *sources* into third_party/ (apt-get source, via a private deb-src list:
#      SDL2 from this release, ImGui from the next one), and Debian's DejaVu Sans into third_party/fonts/ (the UI
#      font, embedded at build time). An ImGui of another version found there (e.g. an older checkout's 1.86) is
#      replaced; third_party/imgui/.bplab-version records which one is there;
#   3. playwright-core and axe-core into tests/web/node_modules (npm).
# `scripts/setup.sh --fuzz` also installs the reliability tools: clang, libclang-rt-14-dev (libFuzzer, sanitizers)
# and valgrind (README "Reliability"); the ordinary builds and test.sh do not need them.
# No mirror or registry host is written anywhere: the deb-src list is derived from this machine's own apt config.
set -euo pipefail

with_fuzz_tools=false
[[ ${1:-} == --fuzz ]] && with_fuzz_tools=true

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
third_party=$root/third_party
imgui_version=1.90.1+ds-1
imgui_suite=trixie     # deb-src only: nothing is installed from it, apt-get source just unpacks the sources
sdl2_version=2.26.5+dfsg-1

say() { echo "setup: $*"; }

as_root() {
    if [[ $(id -u) == 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else say "need root (or sudo) to run: $*" >&2; exit 1
    fi
}

# ---- 1. Debian packages -------------------------------------------------------------------------------------------
wanted_packages() {
    echo cmake ninja-build g++ dpkg-dev ca-certificates \
        libsdl2-dev libglm-dev catch2 \
        chromium xvfb xauth imagemagick libgl1-mesa-dri \
        fonts-dejavu-core fonttools
    # An emcc from an emsdk on PATH is used as it is; a node from elsewhere (e.g. nodesource) too.
    command -v emcc >/dev/null || echo emscripten
    command -v node >/dev/null || echo nodejs
    command -v npm >/dev/null || echo npm
    if $with_fuzz_tools; then echo clang libclang-rt-14-dev valgrind; fi
}

install_packages() {
    local missing=()
    for p in $(wanted_packages); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [[ ${#missing[@]} == 0 ]] && return
    say "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
    install_packages
else
    say "this is not a Debian-like system: install by hand cmake, ninja, a C++17 compiler, SDL2 (dev, 2.26),"
    say "GLM, Catch2 v2, Emscripten (emcc on PATH), node >= 18 with npm, chromium, xvfb, xauth, imagemagick,"
    say "and put the sources of ImGui 1.90.1 in $third_party/imgui and SDL2 2.26.5 in $third_party/sdl2."
    [[ -f $third_party/imgui/imgui.h && -f $third_party/sdl2/include/SDL.h ]] || exit 1
    grep -q "define IMGUI_VERSION *\"${imgui_version%%+*}\"" "$third_party/imgui/imgui.h" ||
        { say "$third_party/imgui is not ImGui ${imgui_version%%+*}" >&2; exit 1; }
    echo "$imgui_version" > "$third_party/imgui/.bplab-version"  # checked by hand: nothing to fetch below
fi

# ---- 2. ImGui and SDL2 sources ------------------------------------------------------------------------------------
# Prints a deb822 "deb-src" stanza with the URIs, Components and Signed-By of this machine's main Debian "deb" entry
# (deb822 files first, then the one-line format), for the release's own suite only.
private_deb_src_list() {
    local codename
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
    local stanza=""
    shopt -s nullglob
    for f in /etc/apt/sources.list.d/*.sources; do
        stanza=$(awk -v suite="$codename" '
            function flush() {
                if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " suite " ") && uris != "")
                    { print "Types: deb-src\nURIs: " uris "\nSuites: " suite "\nComponents: " comps signed; found = 1; exit }
                types = uris = suites = comps = signed = ""; field = ""
            }
            /^#/ { next }
            /^[ \t]*$/ { flush(); next }
            /^[ \t]/ { if (field == "signed") signed = signed "\n" $0; next }   # continuation (inline key)
            { key = tolower($1); sub(/^[^:]*:[ \t]*/, ""); field = "" }
            key == "types:" { types = $0 }
            key == "uris:" { uris = $0 }
            key == "suites:" { suites = $0 }
            key == "components:" { comps = $0 }
            key == "signed-by:" { signed = "\nSigned-By: " $0; field = "signed" }
            END { if (!found) flush() }' "$f")
        [[ -n $stanza ]] && break
    done
    if [[ -z $stanza && -f /etc/apt/sources.list ]]; then
        # deb [signed-by=/path arch=…] URI SUITE COMPONENT…
        stanza=$(awk -v suite="$codename" '
            $1 != "deb" { next }
            { opts = ""; i = 2 }
            $2 ~ /^\[/ { while (i <= NF) { opts = opts " " $i; if ($i ~ /\]$/) { i++; break } i++ } }
            $(i + 1) == suite {
                comps = ""; for (j = i + 2; j <= NF; j++) comps = comps (comps ? " " : "") $j
                signed = ""; if (match(opts, /signed-by=[^] ]*/)) signed = "\nSigned-By: " substr(opts, RSTART + 10, RLENGTH - 10)
                print "Types: deb-src\nURIs: " $i "\nSuites: " suite "\nComponents: " comps signed; exit
            }' /etc/apt/sources.list)
    fi
    [[ -n $stanza ]] || { say "found no Debian '$codename' deb entry in /etc/apt to derive a deb-src list from" >&2; return 1; }
    echo "$stanza"
}

# apt-get source for "package=version" arguments, unpacked into third_party/<folder>; the list has this release's
# deb-src stanza and the same stanza for $imgui_suite.
fetch_sources() {
    local work=$third_party/.apt
    rm -rf "$work"
    mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
    local stanza
    stanza=$(private_deb_src_list)
    {
        echo "$stanza"
        # the same stanza for ImGui's release, unless this machine runs that release already
        grep -qx "Suites: $imgui_suite" <<< "$stanza" || { echo; sed "s/^Suites: .*/Suites: $imgui_suite/" <<< "$stanza"; }
    } > "$work/deb-src.sources"
    local opts=(-o Dir::Etc::SourceList="$work/deb-src.sources" -o Dir::Etc::SourceParts=/dev/null
                -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache" -qq)
    [[ $(id -u) == 0 ]] && opts+=(-o APT::Sandbox::User=root)
    say "fetching sources: $*"
    apt-get "${opts[@]}" update
    (cd "$work/src" && apt-get "${opts[@]}" source "$@" >/dev/null)
    local p
    for p in "$@"; do
        case $p in
            imgui=*)
                rm -rf "$third_party/imgui"
                mv "$work"/src/imgui-"${imgui_version%%+*}"*/ "$third_party/imgui"
                echo "$imgui_version" > "$third_party/imgui/.bplab-version" ;;
            libsdl2=*)
                rm -rf "$third_party/sdl2"
                mv "$work"/src/libsdl2-"${sdl2_version%%+*}"*/ "$third_party/sdl2" ;;
        esac
    done
    rm -rf "$work"
}

wanted_sources=()
# No stamp (a 1.86 checkout never wrote one) or another version: fetch this one in its place.
[[ -f $third_party/imgui/imgui.h && $(cat "$third_party/imgui/.bplab-version" 2>/dev/null) == "$imgui_version" ]] ||
    wanted_sources+=("imgui=$imgui_version")
[[ -f $third_party/sdl2/include/SDL.h ]] || wanted_sources+=("libsdl2=$sdl2_version")
if [[ ${#wanted_sources[@]} != 0 ]]; then
    mkdir -p "$third_party"
    fetch_sources "${wanted_sources[@]}"
fi

# ---- 2b. the UI font (Debian's DejaVu Sans; git-ignored, subset and embedded at build time) ---------------------
font_source=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if [[ ! -f $third_party/fonts/DejaVuSans.ttf ]]; then
    [[ -f $font_source ]] || { say "missing $font_source (Debian package fonts-dejavu-core)" >&2; exit 1; }
    mkdir -p "$third_party/fonts"
    cp "$font_source" "$third_party/fonts/"
fi

# ---- 3. playwright-core and axe-core for the browser tests ---------------------------------------------------------
web_tests=$root/tests/web
# The version package.json pins for `package`, and the one installed ('' when none).
wanted_version() { node -p "require('$web_tests/package.json').devDependencies['$1']"; }
have_version() { node -p "try { require('$web_tests/node_modules/$1/package.json').version } catch { '' }"; }
for package in playwright-core axe-core; do
    if [[ $(have_version "$package") != "$(wanted_version "$package")" ]]; then
        say "installing the browser tests' npm packages ($package $(wanted_version "$package") was missing)"
        # No package-lock.json: it would carry the registry's host name. package.json pins the exact versions instead.
        (cd "$web_tests" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)
        break
    fi
done

say "ok"
