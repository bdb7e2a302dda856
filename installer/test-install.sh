#!/usr/bin/env bash
# Installs the .deb, checks what a user gets, and removes it again. Exits non-zero on any failure.
#
#   sudo installer/test-install.sh [path/to/policy-configurator_<version>_amd64.deb]
#
# Needs root (dpkg) and, if missing, installs xvfb, xdotool and xdg-utils with apt-get.
# Checks: the .deb is at most 60 MB; dpkg -i succeeds; the package's AOT cache (JDK 25+ runtime) or the AppCDS archive the postinst
# made is there and the launcher maps it (-XX:AOTMode=on / -Xshare:on would fail otherwise); the menu entry is installed; the window "Policy Configurator"
# appears under Xvfb; `catalog stats --format json` works through the installed launcher;
# the passport MIME type is installed (*.passport.json) and the menu entry offers the app for it;
# a passport opened by its file name with the installed launcher shows its title in the window
# title (issue 18); dpkg -r leaves nothing behind in /opt.
# Not part of `./mvnw verify` (it installs a system package); run it after
# `./mvnw -B -Pinstaller package`. If the package was installed before, it is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

pkg=policy-configurator
appdir=/opt/policy-configurator
launcher=$appdir/bin/policy-configurator
deb=${1:-$(ls target/installer/${pkg}_*_amd64.deb 2>/dev/null | head -n 1 || true)}

fail() { echo "test-install: FAIL: $*" >&2; exit 1; }
ok() { echo "test-install: ok: $*"; }

[ "$(id -u)" = 0 ] || fail "needs root (dpkg -i)"
[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb; build it with ./mvnw -B -Pinstaller package"
command -v dpkg >/dev/null || fail "not a Debian/Ubuntu system"

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v xdg-desktop-menu >/dev/null || missing+=(xdg-utils)   # the .deb depends on it (menu entry)
command -v update-mime-database >/dev/null || missing+=(shared-mime-info)   # xdg-mime install needs it (file type)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)      # the .deb depends on it (JavaFX's window toolkit)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test-install: apt-get install -y ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A desktop system has the menu directories; a minimal image or CI container may not. Make
# them for the test (so the menu entry can be checked) and remove them again if still empty.
made_dirs=()
for dir in /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications; do
  [ -d "$dir" ] || { mkdir -p "$dir"; made_dirs+=("$dir"); }
done
[ -d /usr/share/mime/packages ] || { mkdir -p /usr/share/mime/packages; made_dirs+=(/usr/share/mime); }

work=$(mktemp -d)
app_pid="" xvfb_pid="" installed=no
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ "$installed" = yes ]; then dpkg -r "$pkg" >/dev/null 2>&1 || true; fi
  dpkg -P "$pkg" >/dev/null 2>&1 || true
  for dir in "${made_dirs[@]}"; do
    find "$dir" -depth -type d -empty -delete 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

echo "test-install: $deb ($(du -m "$deb" | cut -f1) MB)"
# issue 8: the .deb at most 60 MB (decimal, as the README gives it)
deb_bytes=$(stat -c %s "$deb")
[ "$deb_bytes" -le 60000000 ] || fail "the .deb is $deb_bytes bytes; at most 60 MB (60,000,000 bytes)"
ok "size $deb_bytes bytes (at most 60,000,000)"
dpkg -i "$deb" > "$work/dpkg-i.log" 2>&1 || { cat "$work/dpkg-i.log" >&2; fail "dpkg -i"; }
installed=yes
ok "dpkg -i"

[ -x "$launcher" ] || fail "no launcher at $launcher"
# the start-up archive: an AOT cache shipped in the package (a runtime of JDK 25+), else the AppCDS archive the
# postinst made; the command below must map it (-XX:AOTMode=on, -Xshare:on: the JVM fails otherwise)
if [ -f "$appdir/lib/app/$pkg.aot" ]; then
  must_map=-XX:AOTMode=on
  ok "AOT cache $(du -m "$appdir/lib/app/$pkg.aot" | cut -f1) MB ($(sed -n 's/^JAVA_VERSION=//p' "$appdir/lib/runtime/release"))"
else
  [ -f "$appdir/lib/app/$pkg.jsa" ] || fail "the postinst made no AppCDS archive ($appdir/lib/app/$pkg.jsa)"
  must_map=-Xshare:on
  ok "AppCDS archive $(du -m "$appdir/lib/app/$pkg.jsa" | cut -f1) MB"
fi
grep -lqs "Exec=$launcher" /usr/share/applications/*.desktop || fail "no menu entry in /usr/share/applications"
ok "menu entry $(grep -ls "Exec=$launcher" /usr/share/applications/*.desktop | head -n 1)"

# the command line, through the installed launcher, on an empty workspace
export POLICY_CONFIGURATOR_HOME=$work/home
JAVA_TOOL_OPTIONS=$must_map "$launcher" catalog stats --format json > "$work/stats.json" 2> "$work/stats.err" \
  || { cat "$work/stats.err" >&2; fail "catalog stats (with $must_map: the archive must map)"; }
grep -Eq '"instruments" *: *[1-9]' "$work/stats.json" || { cat "$work/stats.json" >&2; fail "catalog stats: no instruments"; }
grep -Eq '"kpis" *: *[1-9]' "$work/stats.json" || { cat "$work/stats.json" >&2; fail "catalog stats: no KPIs"; }
ok "catalog stats --format json: $(tr -d ' \n' < "$work/stats.json" | cut -c1-80)..."

# the window, under a virtual display
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3> "$work/display" > /dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
"$launcher" > "$work/app.log" 2>&1 &
app_pid=$!
wid=$(timeout 60 xdotool search --sync --onlyvisible --name '^Policy Configurator$' 2>/dev/null | head -n 1 || true)
[ -n "$wid" ] || { cat "$work/app.log" >&2; fail "no window named 'Policy Configurator' within 60 s"; }
sleep 3   # the workspace opens and the main window fills in: the app must still be running
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app exited after showing its window"; }
if grep -Eq 'Exception|Error' "$work/app.log"; then cat "$work/app.log" >&2; fail "errors in the app's output"; fi
ok "window $wid: $(xdotool getwindowname "$wid") $(xdotool getwindowgeometry "$wid" | grep -o 'Geometry: .*')"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

# passport files: their MIME type (glob *.passport.json) is installed, and the menu entry takes them and any .json
entry=$(grep -ls "Exec=$launcher" /usr/share/applications/*.desktop | head -n 1)
grep -q '^MimeType=.*application/x-policy-passport+json' "$entry" || fail "the menu entry does not list the passport type: $(grep MimeType "$entry" || echo none)"
grep -q '^MimeType=.*application/json' "$entry" || fail "the menu entry does not offer itself for .json (Open with)"
grep -q "^Exec=$launcher %[fFuU]" "$entry" || fail "the menu entry passes no file to the launcher: $(grep '^Exec' "$entry")"
ls /usr/share/mime/packages/ | grep -q "$pkg" || fail "no MIME type installed in /usr/share/mime/packages"
echo '{}' > "$work/probe.passport.json"
type=$(XDG_CURRENT_DESKTOP=X-Generic xdg-mime query filetype "$work/probe.passport.json" 2>/dev/null || true)
[ "$type" = "application/x-policy-passport+json" ] || fail "a *.passport.json file is of type '$type', not application/x-policy-passport+json"
ok "file type: *.passport.json is $type; the menu entry takes it and application/json"

# a passport opened by its file name with the installed launcher (what a double-click runs): its title in the window title
title="Install test passport $$"
passport="$work/Install test.passport.json"
"$launcher" scenario export ai-talent-drain --out "$work/scenario.json" > "$work/export.log" 2>&1 \
  || { cat "$work/export.log" >&2; fail "scenario export"; }
# the first "title" of the file is the passport's own (Jackson writes it before any part)
sed '0,/"title" *: *"[^"]*"/s//"title" : "'"$title"'"/' "$work/scenario.json" > "$passport"
grep -q "\"$title\"" "$passport" || fail "could not set the passport's title"
"$launcher" "$passport" > "$work/open.log" 2>&1 &
app_pid=$!
wid=$(timeout 60 xdotool search --sync --onlyvisible --name "^$title — Policy Configurator\$" 2>/dev/null | head -n 1 || true)
[ -n "$wid" ] || { cat "$work/open.log" >&2; xdotool search --onlyvisible --name . getwindowname %@ >&2 || true; fail "no window titled '$title — Policy Configurator' within 60 s"; }
if grep -Eq 'Exception|Error' "$work/open.log"; then cat "$work/open.log" >&2; fail "errors in the app's output when opening a file"; fi
ok "opened by file name: window $wid '$(xdotool getwindowname "$wid")'"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

dpkg -r "$pkg" > "$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log" >&2; fail "dpkg -r"; }
installed=no
[ ! -e "$appdir" ] || fail "$appdir left behind after dpkg -r: $(find "$appdir" -type f | head -n 3)"
ok "dpkg -r (nothing left in $appdir)"
echo "test-install: PASS"
