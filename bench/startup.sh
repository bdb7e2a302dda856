#!/usr/bin/env bash
# Start-up benchmark: process start -> the window is INTERACTIVE, measured from outside the process.
#
#   bench/startup.sh            (after ./mvnw -B -o package -DskipTests; RUNS=7 for more rounds)
#
# Under a private Xvfb, in one run, alternating round by round so that load on the machine hits all alike:
#   hello      a bare JavaFX 21 window (bench/startup/HelloFx.java, `java -jar hello.jar`, the JavaFX jars on its
#              Class-Path): process start -> its window is mapped.
#   first      `java -jar target/policy-configurator.jar` with a new, empty POLICY_CONFIGURATOR_HOME each run:
#              process start -> the window answered Ctrl+N with a new draft in the wizard (its title changed from
#              "Policy Configurator" to "New program — Policy Configurator").
#   virgin     the same with a new, empty cache folder too (POLICY_CONFIGURATOR_CACHE): the jar's first start ever,
#              without the class archive that start writes when it ends (FastStart).
#   returning  the same with one workspace reused across runs (made by the warm-up round, in which the first-run tour
#              is skipped with Escape, as a planner who has used the app before has done; first and virgin show it).
# first and returning share one cache folder, whose class archive the warm-up round writes.
#   baseline   (only with BASELINE_JAR=path/to/an/earlier/policy-configurator.jar) that jar, returning user: a before
#              and after in the same run, e.g. the jar of the commit before issue 16.
#   baselinefirst  (with BASELINE_JAR too) that jar, first use, as `first`.
#   installed  (only when /opt/policy-configurator is installed) the .deb's launcher, workspace reused.
# KINDS="returning baseline" measures only those (with the bare window); KINDS="first baselinefirst" the first use.
# For the app, the time its first window (the splash) was mapped is recorded too.
#
# How: bench/startup/xwatch.c (compiled here; needs gcc and libx11-dev) blocks on X events and stamps the map
# and the title change with the wall clock; the script stamps $EPOCHREALTIME just before starting the process.
# From the moment the window is mapped, `xdotool key ctrl+n` is sent every 50 ms until the title changes (a key
# sent before the window can act on it is ignored, as a planner's would be). No probe inside the app.
# Results: bench/results/startup.md (medians, ratios, the machine's load) and bench/results/startup.csv (every run).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${RUNS:-5}
java=${JAVA:-java}              # JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java: both the bare window and the app on it
results=${RESULTS:-startup}     # bench/results/$RESULTS.md and .csv
jar=target/policy-configurator.jar
launcher=${LAUNCHER:-/opt/policy-configurator/bin/policy-configurator}   # LAUNCHER=an app-image's bin/ launcher
base_title="Policy Configurator"

[ -f "$jar" ] || { echo "no $jar: ./mvnw -B -o package -DskipTests" >&2; exit 1; }
for t in Xvfb xdotool gcc; do
  command -v $t >/dev/null || { echo "needs $t (apt-get install -y xvfb xdotool gcc libx11-dev)" >&2; exit 1; }
done

out=target/bench-startup
rm -rf "$out"; mkdir -p "$out/hello/lib" "$out/hello/classes"
gcc -O2 -o "$out/xwatch" bench/startup/xwatch.c -lX11

# the bare window: the same JavaFX 21 jars as the app, from the local Maven repository
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
tr ':' '\n' < "$out/cp.txt" | grep -E '/javafx-(base|graphics|controls)-[0-9.]+(-linux)?\.jar$' | xargs -I{} cp {} "$out/hello/lib/"
javac -d "$out/hello/classes" -cp "$(ls "$out"/hello/lib/*.jar | tr '\n' ':')" bench/startup/HelloFx.java
{ echo "Main-Class: HelloFx"; echo "Class-Path: $(cd "$out/hello" && ls lib/*.jar | tr '\n' ' ')"; } > "$out/hello/manifest.txt"
jar cfm "$out/hello/hello.jar" "$out/hello/manifest.txt" -C "$out/hello/classes" .

work=$(mktemp -d)
xvfb_pid="" app_pid="" watch_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
export LANG=C.UTF-8 LC_ALL=C.UTF-8   # English UI: the title the watcher compares with


# one run: "$kind" then the command; prints "<mapped ms> <interactive ms>" (interactive empty for hello)
measure() {
  local kind=$1; shift
  local wl=$work/watch.log t0 mapped="" done_at="" wid=""
  : > "$wl"
  if [ "$kind" = hello ]; then "$out/xwatch" map > "$wl" & else "$out/xwatch" title "$base_title" > "$wl" & fi
  watch_pid=$!
  for _ in $(seq 1 200); do grep -q READY "$wl" && break; sleep 0.01; done
  t0=$(ms "$EPOCHREALTIME")
  "$@" > "$work/app.log" 2>&1 &
  app_pid=$!
  if [ "$kind" = hello ]; then
    wait "$watch_pid" || true
    read -r mapped wid < <(sed -n 2p "$wl")
  else
    # the title watcher prints MAPPED first; then Ctrl+N until it prints the new title and exits
    for _ in $(seq 1 3000); do
      grep -q '^MAPPED' "$wl" && break
      kill -0 "$watch_pid" 2>/dev/null || break
      sleep 0.01
    done
    read -r _ mapped wid < <(grep '^MAPPED' "$wl" || true)
    [ -n "$wid" ] && xdotool windowfocus "$wid" 2>/dev/null || true
    if [ -n "${skip_tour:-}" ] && [ "$kind" != first ] && [ "$kind" != virgin ] && [ "$kind" != baselinefirst ]; then
      # the warm-up round makes the returning user's workspace: the first-run tour is skipped (Escape) as a
      # planner who has used the app before has done, so the measured starts do not show it again
      sleep 3; xdotool key Escape 2>/dev/null || true; sleep 1
    fi
    for _ in $(seq 1 1200); do
      kill -0 "$watch_pid" 2>/dev/null || break
      xdotool key ctrl+n 2>/dev/null || true
      sleep 0.05
    done
    wait "$watch_pid" 2>/dev/null || true
    read -r done_at _ < <(grep -v '^MAPPED\|^READY' "$wl" || true)
  fi
  watch_pid=""
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  if [ -z "$mapped" ] || { [ "$kind" != hello ] && [ -z "$done_at" ]; }; then
    echo "startup: no result for $kind: $*" >&2; sed 's/^/  | /' "$work/app.log" "$wl" >&2; return 1
  fi
  echo "$((mapped - t0)) ${done_at:+$((done_at - t0))}"
  sleep 1   # the next process does not start while this one's exit still runs
  await_archives
}

# On JDK 25+ an AOT cache is assembled by a background JVM after a first run's exit (a JDK 17 archive is written
# before the process ends): the next run waits for it (up to 2 min), so that it neither takes the CPU of the next
# measurement nor is missed by it.
await_archives() {
  for _ in $(seq 1 240); do
    compgen -G "$work/*cache*/cds/*.tmp-*" >/dev/null || return 0
    sleep 0.5
  done
}

run_hello() { measure hello "$java" -jar "$out/hello/hello.jar"; }
run_virgin() {
  rm -rf "$work/fresh" "$work/fresh-cache"
  POLICY_CONFIGURATOR_HOME=$work/fresh POLICY_CONFIGURATOR_CACHE=$work/fresh-cache measure virgin "$java" -jar "$jar"
}
run_first() {
  rm -rf "$work/fresh"
  POLICY_CONFIGURATOR_HOME=$work/fresh POLICY_CONFIGURATOR_CACHE=$work/cache measure first "$java" -jar "$jar"
}
run_returning() { POLICY_CONFIGURATOR_HOME=$work/home POLICY_CONFIGURATOR_CACHE=$work/cache measure returning "$java" -jar "$jar"; }
# BASELINE_OPTIONS: JVM options for the baseline's `java` (passed on to its child), e.g. the same jar as BASELINE_JAR
# with one option more: BASELINE_JAR=target/policy-configurator.jar BASELINE_OPTIONS=-XX:CompileThresholdScaling=2
run_baseline() { POLICY_CONFIGURATOR_HOME=$work/home-baseline POLICY_CONFIGURATOR_CACHE=$work/cache-baseline measure baseline "$java" ${BASELINE_OPTIONS:-} -jar "$BASELINE_JAR"; }
run_baselinefirst() {
  rm -rf "$work/fresh-baseline"
  POLICY_CONFIGURATOR_HOME=$work/fresh-baseline POLICY_CONFIGURATOR_CACHE=$work/cache-baseline measure baselinefirst "$java" -jar "$BASELINE_JAR"
}
run_installed() { POLICY_CONFIGURATOR_HOME=$work/home-installed measure installed "$launcher"; }
kinds="hello virgin first returning"
[ -n "${BASELINE_JAR:-}" ] && kinds="$kinds baselinefirst baseline"
[ -x "$launcher" ] && kinds="$kinds installed"
# KINDS="hello returning baseline": only those (a quick before-and-after); the bare window is always measured
[ -n "${KINDS:-}" ] && kinds="hello $(echo " $KINDS " | sed 's/ hello / /g')"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "warm-up round (page cache; the returning user's workspace, its first-run tour skipped) ..."
skip_tour=1
for k in $kinds; do "run_$k" >/dev/null; done
skip_tour=""

echo "kind,round,mapped_ms,interactive_ms" > "$work/csv"
for i in $(seq 1 "$runs"); do
  line="round $i:"
  for k in $kinds; do
    read -r m n < <("run_$k")
    echo "$k,$i,$m,${n:-}" >> "$work/csv"
    line="$line $k ${n:-$m} ms"
  done
  echo "$line"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cp "$work/csv" "bench/results/$results.csv"

col() { awk -F, -v k="$1" -v c="$2" '$1==k {print $c}' "$work/csv" | median; }
list() { awk -F, -v k="$1" -v c="$2" '$1==k {printf "%s ", $c}' "$work/csv"; }
hello=$(col hello 3)
ratio() { awk -v a="$1" -v b="$hello" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v a="$1" -v b="$hello" -v g="$2" 'BEGIN {print (a / b <= g) ? "met" : "missed"}'; }
{
  echo "# Start-up to interactive"
  echo
  echo "\`bench/startup.sh\`, $(date -u +%Y-%m-%dT%H:%M:%SZ); $runs alternating rounds after one warm-up round;"
  echo "$(nproc) cores; load average before $load_before, after $load_after (1, 5, 15 min; the machine is"
  echo "shared with other builds unless said otherwise); $("$java" -version 2>&1 | head -n 2 | tail -n 1)."
  echo
  echo "| what | from → to | median | runs (ms) | ratio to the bare window | goal |"
  echo "|---|---|---:|---|---:|---|"
  echo "| bare JavaFX 21 window (\`$java -jar hello.jar\`) | process start → window mapped | $hello ms | $(list hello 3)| 1.00 | |"
  for k in virgin first baselinefirst returning baseline installed; do
    case " $kinds " in *" $k "*) ;; *) continue;; esac
    n=$(col "$k" 4); m=$(col "$k" 3)
    case $k in
      virgin) what="app jar, very first start (new empty workspace, no class archive yet)"; goal=1.6;;
      first) what="app jar, first use (new empty workspace; the jar's class archive from an earlier start)"; goal=1.6;;
      returning) what="app jar, returning user (workspace reused)"; goal=1.3;;
      installed) what="installed .deb (jlinked runtime + its start-up archive: AppCDS on JDK 17, AOT cache on JDK 25+), returning user"; goal=1.0;;
      baseline) what="baseline jar (\`$(basename "$BASELINE_JAR")\` given as BASELINE_JAR${BASELINE_OPTIONS:+, started with \`$BASELINE_OPTIONS\`}), returning user"; goal=1.3;;
      baselinefirst) what="baseline jar (\`$(basename "$BASELINE_JAR")\` given as BASELINE_JAR), first use"; goal=1.6;;
    esac
    echo "| $what | process start → Ctrl+N answered (new draft in the wizard, title changed) | $n ms | $(list "$k" 4)| $(ratio "$n") | ≤ $goal× $(verdict "$n" $goal) |"
    echo "| $what | process start → first window mapped | $m ms | $(list "$k" 3)| $(ratio "$m") | |"
  done
  [ -x "$launcher" ] || { echo; echo "The installed variant was not measured: /opt/policy-configurator is not installed."; }
} > "bench/results/$results.md"
cat "bench/results/$results.md"
