#!/usr/bin/env bash
# The planner's first PDF in the window, with and without the export step's rehearsal (issue 16).
#
#   bench/first-pdf.sh        (RUNS=5 rounds; WAITS="300 1500 4000" ms on the export step before Export is pressed)
#
# Each run is a new JVM with the window's options (C1 only, serial collector), as the window's first PDF is: it builds
# the demo passport `ai-talent-drain` (en, 16 pages), does what the export step does when the planner picks PDF (the
# fonts read on a thread of their own; with `rehearse`, the document also written once to nowhere on another), waits,
# then times `Exporter.export` of the document to a file. `plain` and `rehearse` alternate within each round.
# Results: bench/results/first-pdf.md and .csv. Needs the `bench` profile's classes (made here).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${RUNS:-5}
waits=${WAITS:-300 1500 4000}
java=${JAVA:-java}
work=target/bench-first-pdf
rm -rf "$work"; mkdir -p "$work"
classpath=$(bench_classpath)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "mode,wait,round,ms" > "$work/csv"
for i in $(seq 1 "$runs"); do
  for w in $waits; do
    for mode in plain rehearse; do
      "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -cp "$classpath" \
        org.policylab.configurator.bench.FirstPdfBench "$mode" "$w" "$work/$mode.pdf" \
        | awk -v r="$i" '/^first-pdf / {print $2 "," $3 "," r "," $4}' >> "$work/csv"
    done
  done
  echo "round $i done"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cp "$work/csv" bench/results/first-pdf.csv
{
  echo "# The planner's first PDF in the window"
  echo
  echo "\`bench/first-pdf.sh\`, $(date -u +%Y-%m-%dT%H:%M:%SZ); $runs rounds, \`plain\` and \`rehearse\` alternating; $(nproc) cores;"
  echo "load average before $load_before, after $load_after; $("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print "Java " $2}')."
  echo
  echo "| time on the export step before Export | first PDF without the rehearsal | with it | runs without / with (ms) |"
  echo "|---:|---:|---:|---|"
  for w in $waits; do
    p=$(awk -F, -v w="$w" '$1=="plain" && $2==w {print $4}' "$work/csv" | median)
    r=$(awk -F, -v w="$w" '$1=="rehearse" && $2==w {print $4}' "$work/csv" | median)
    pl=$(awk -F, -v w="$w" '$1=="plain" && $2==w {printf "%s ", $4}' "$work/csv")
    rl=$(awk -F, -v w="$w" '$1=="rehearse" && $2==w {printf "%s ", $4}' "$work/csv")
    echo "| $w ms | $p ms | $r ms | $pl/ $rl|"
  done
  echo
  echo "From \`Exporter.export\` called to the file written, in a new JVM with the window's options, the demo passport"
  echo "\`ai-talent-drain\` (en, 16 pages); median of the rounds."
} > bench/results/first-pdf.md
cat bench/results/first-pdf.md
