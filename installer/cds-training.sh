#!/usr/bin/env bash
# CDS training run, called by the `installer` Maven profile (package phase).
#
#   cds-training.sh <app-image dir> <jlinked runtime dir> <class list to write> [window|cli]
#
# 1. Runs the freshly built app-image once with -XX:DumpLoadedClassList, the way a planner
#    starts it: the window (on Linux under a private Xvfb when installed), until it has opened a new
#    program in the wizard as a planner's Ctrl+N does (-Dpolicy.cdsTraining=true: the app does it itself
#    after its first frame and prints TRAINED); or, in `cli` mode (or when no display can be had),
#    the `catalog stats` command.
# 2. Dumps the runtime's base CDS archive from that class list (`java -Xshare:dump`): JDK and
#    JavaFX classes, relocatable, so it works wherever the package is installed.
# The class list is shipped in lib/app/; the .deb's postinst turns it into the AppCDS archive
# of the app jars at the install path (JDK 17 checks absolute class-path entries).
#
# With a runtime of JDK 25 or later (the pom's installer.jdk) the same training run makes an AOT cache instead
# (-XX:AOTCacheOutput: classes loaded and linked, method profiles), written beside the class list's name as
# policy-configurator.aot and shipped in lib/app/; it is checked with -XX:AOTMode=on (which fails unless the
# JVM can use it) before the build goes on. No class list, no base archive, nothing for the postinst to do.
set -euo pipefail
image=$1 runtime=$2 classlist=$3 mode=${4:-window}
settle=${CDS_TRAINING_SETTLE:-3}   # seconds after the wizard showed: the side panel and the tour fill in

launcher=$(find "$image" -maxdepth 4 -type f \( -path '*/bin/policy-configurator' -o -path '*/MacOS/policy-configurator' -o -name 'policy-configurator.exe' \) | head -n1)
[ -n "$launcher" ] || { echo "cds-training: no launcher under $image" >&2; exit 1; }
java=$runtime/bin/java
[ -x "$java" ] || java=$runtime/bin/java.exe

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export POLICY_CONFIGURATOR_HOME=$work/home
rm -f "$classlist"
aotcache=${classlist%.classlist}.aot
rm -f "$aotcache"
feature=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$runtime/release")
if [ "${feature:-0}" -ge 25 ]; then
  record="-XX:AOTCacheOutput=$aotcache"
else
  record="-XX:DumpLoadedClassList=$classlist"
fi

# On Linux a private Xvfb, when there is one, even with a DISPLAY: no window pops up during a build.
if [ "$mode" = window ] && [ "$(uname -s)" = Linux ]; then
  if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
    export DISPLAY=":$(cat "$work/display")"
  elif [ -z "${DISPLAY:-}" ]; then
    echo "cds-training: no DISPLAY and no Xvfb (apt-get install xvfb): training with the CLI only" >&2
    mode=cli
  fi
fi

trained=no
if [ "$mode" = window ]; then
  JAVA_TOOL_OPTIONS="-Dpolicy.startupProbe=true -Dpolicy.cdsTraining=true $record" "$launcher" >"$work/out" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q '^FIRST_FRAME' "$work/out" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if grep -q '^FIRST_FRAME' "$work/out"; then
    # then the wizard: a new program opened as Ctrl+N does (without it the archive missed the wizard's classes)
    for _ in $(seq 1 300); do
      grep -q '^TRAINED' "$work/out" && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    grep -q '^TRAINED' "$work/out" || echo "cds-training: the wizard did not show within 30 s; the archive has the start screen only" >&2
    sleep "$settle"
    trained=yes
  else
    echo "cds-training: the window did not show within 60 s; training with the CLI instead" >&2
    sed 's/^/  | /' "$work/out" >&2 || true
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
fi
if [ "$trained" = no ]; then
  JAVA_TOOL_OPTIONS="$record" "$launcher" catalog stats --format json >"$work/out" 2>&1 \
    || { echo "cds-training: the CLI training run failed" >&2; cat "$work/out" >&2; exit 1; }
fi
if [ "${feature:-0}" -ge 25 ]; then
  [ -s "$aotcache" ] || { echo "cds-training: no AOT cache was written" >&2; sed 's/^/  | /' "$work/out" >&2; exit 1; }
  JAVA_TOOL_OPTIONS="-XX:AOTCache=$aotcache -XX:AOTMode=on" "$launcher" catalog stats --format json >"$work/check" 2>&1 \
    || { echo "cds-training: the JVM cannot use the AOT cache it made" >&2; cat "$work/check" >&2; rm -f "$aotcache"; exit 1; }
  echo "cds-training: AOT cache $(du -m "$aotcache" | cut -f1) MB, JDK $feature ($mode run, trained=$trained)"
  exit 0
fi
echo "cds-training: $(grep -vc '^#' "$classlist") classes loaded ($mode run, trained=$trained)"

# Classes from the app jars are not on this dump's class path: the JVM skips them ("Preload Warning").
"$java" -Xshare:dump -XX:SharedClassListFile="$classlist" >"$work/dump" 2>&1 \
  || { cat "$work/dump" >&2; exit 1; }
grep -E 'Number of classes|total *:' "$work/dump" | head -n 3 || true
ls -l "$runtime"/lib/server/classes.jsa "$runtime"/bin/server/classes.jsa 2>/dev/null || true
