#!/usr/bin/env bash
# Start-up benchmark: JVM start to the first rendered frame, in one run under Xvfb, of
#   (a) jar       java -jar target/policy-configurator.jar          (JavaFX on the class path, JDK's default CDS)
#   (b) bare      a bare JavaFX window (installer/bench/BareWindow.java, compiled now against
#                 the same JavaFX jars, class path, JDK's default CDS: no AppCDS)
#   (c) installed /opt/policy-configurator/bin/policy-configurator  (jlinked runtime + AppCDS)
# RUNS rounds (default 5), interleaved a,b,c so that load on the machine hits all three alike,
# after one warm-up round; medians and ratios at the end (also in target/startup-bench.txt).
#
#   ./mvnw -B -Pinstaller package -DskipTests && sudo installer/startup-bench.sh
#
# The app and BareWindow print "FIRST_FRAME <epoch ms>" (DesktopApp does so only with
# -Dpolicy.startupProbe=true) on the second pulse after stage.show(); the time is that minus
# `date +%s%3N` taken just before the process is started. Needs xvfb; installs the .deb from
# target/installer/ when the app is not installed (root), and removes it again afterwards.
# Targets (issue 8): a/b <= 1.3; c/b <= 1.0.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
jar=target/policy-configurator.jar
launcher=/opt/policy-configurator/bin/policy-configurator
java=${JAVA:-java}

[ -f "$jar" ] || { echo "no $jar: ./mvnw -B -Pinstaller package -DskipTests" >&2; exit 1; }
fx=$(ls target/installer/javafx/javafx-{base,graphics,controls}-*.jar 2>/dev/null | tr '\n' ':')
[ -n "$fx" ] || { echo "no target/installer/javafx/: build with -Pinstaller" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install -y xvfb)" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid="" we_installed=no
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ "$we_installed" = yes ]; then dpkg -r policy-configurator >/dev/null 2>&1 || true; dpkg -P policy-configurator >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ ! -x "$launcher" ]; then
  deb=$(ls target/installer/policy-configurator_*_amd64.deb 2>/dev/null | head -n 1 || true)
  [ -n "$deb" ] && [ "$(id -u)" = 0 ] || { echo "the app is not installed and cannot be (root + .deb needed)" >&2; exit 1; }
  dpkg -i "$deb" >/dev/null
  we_installed=yes
fi

mkdir -p "$work/bare"
javac -d "$work/bare" -cp "$fx" installer/bench/BareWindow.java

Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
export POLICY_CONFIGURATOR_HOME=$work/home   # one workspace, made by the warm-up round

# one measurement: prints milliseconds from exec to FIRST_FRAME
measure() {
  local out=$work/out pid t0 m=""
  : > "$out"
  t0=$(date +%s%3N)
  "$@" > "$out" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    m=$(sed -n 's/^FIRST_FRAME \([0-9]*\).*/\1/p' "$out")
    [ -n "$m" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 1
  if [ -z "$m" ]; then echo "no FIRST_FRAME from: $*" >&2; cat "$out" >&2; return 1; fi
  echo $((m - t0))
}
run_a() { measure "$java" -Dpolicy.startupProbe=true -jar "$jar"; }
run_b() { measure "$java" -cp "$work/bare:$fx" BareWindow; }
run_c() { JAVA_TOOL_OPTIONS=-Dpolicy.startupProbe=true measure "$launcher"; }

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }

echo "warm-up round (page cache, workspace) ..."
run_a >/dev/null; run_b >/dev/null; run_c >/dev/null
: > "$work/a"; : > "$work/b"; : > "$work/c"
for i in $(seq 1 "$runs"); do
  a=$(run_a); b=$(run_b); c=$(run_c)
  echo "round $i: jar $a ms, bare $b ms, installed $c ms"
  echo "$a" >> "$work/a"; echo "$b" >> "$work/b"; echo "$c" >> "$work/c"
done
ma=$(median < "$work/a"); mb=$(median < "$work/b"); mc=$(median < "$work/c")
{
  echo "startup-bench $(date -u +%Y-%m-%dT%H:%M:%SZ), $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JVM start to first rendered frame, medians:"
  printf '  (a) jar (java -jar)                %5d ms   [%s]\n' "$ma" "$(tr '\n' ' ' < "$work/a")"
  printf '  (b) bare JavaFX window, no AppCDS  %5d ms   [%s]\n' "$mb" "$(tr '\n' ' ' < "$work/b")"
  printf '  (c) installed launcher + AppCDS    %5d ms   [%s]\n' "$mc" "$(tr '\n' ' ' < "$work/c")"
  awk -v a="$ma" -v b="$mb" -v c="$mc" 'BEGIN {
    printf "  jar / bare       = %.2f  (target <= 1.30: %s)\n", a / b, (a / b <= 1.30) ? "met" : "MISSED";
    printf "  installed / bare = %.2f  (target <= 1.00: %s)\n", c / b, (c / b <= 1.00) ? "met" : "MISSED" }'
} | tee target/startup-bench.txt
