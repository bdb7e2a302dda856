#!/usr/bin/env bash
# The planner's PDF in the window: Export pressed after some time on the export step, with and without the document
# written ahead there (issue 16).
#
#   bench/first-pdf.sh        (RUNS=5 rounds; WAITS="300 1500 4000" ms on the export step before Export is pressed)
#
# Each run is a new JVM with the window's options (C1 only, serial collector), as the window's first PDF is: it reads
# the demo passport `ai-talent-drain` (en, 16 pages), does what the export step does while the planner looks at it,
# waits, then times `Exporter.export` of the document to a file (the document's checks included). Modes, alternating
# within each round: `plain` nothing written ahead (the fonts read on a thread of their own); `ahead` the step's
# `Exporter.renderAhead` of the same document; `changed` written ahead, but the title changed before Export, so the
# export writes its own document in a JVM that has run the PDF code once.
#   MODES="report report-ahead" RESULTS=first-report bench/first-pdf.sh   the monitoring view's report as a PDF
# (the passport's plan against its actuals): `report` written once its file is chosen, `report-ahead` begun when the
# file dialog opened (`export.WriteAhead`); the wait is the time the planner takes to choose the file.
# Results: bench/results/$RESULTS.md and .csv (first-pdf by default). Needs the `bench` profile's classes (made here).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${RUNS:-5}
waits=${WAITS:-300 1500 4000}
java=${JAVA:-java}
modes=${MODES:-plain ahead changed}
results=${RESULTS:-first-pdf}
work=target/bench-first-pdf
rm -rf "$work"; mkdir -p "$work"
classpath=$(bench_classpath)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "mode,wait,round,ms" > "$work/csv"
for i in $(seq 1 "$runs"); do
  for w in $waits; do
    for mode in $modes; do
      "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -cp "$classpath" \
        org.policylab.configurator.bench.FirstPdfBench "$mode" "$w" "$work/$mode.pdf" \
        | awk -v r="$i" '/^first-pdf / {print $2 "," $3 "," r "," $4}' >> "$work/csv"
    done
  done
  echo "round $i done"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cp "$work/csv" "bench/results/$results.csv"
{
  echo "# The planner's first PDF in the window"
  echo
  echo "\`bench/first-pdf.sh\`, $(date -u +%Y-%m-%dT%H:%M:%SZ); $runs rounds, modes \`$(echo $modes | sed "s| |\`, \`|g")\` alternating; $(nproc) cores;"
  echo "load average before $load_before, after $load_after; $("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print "Java " $2}')."
  echo
  header="| time on the export step (or in the file dialog) before Export"; rule="|---:"
  for mode in $modes; do
    case $mode in
      plain) header="$header | nothing written ahead";; ahead) header="$header | written ahead";;
      changed) header="$header | written ahead, title changed before Export";;
      report) header="$header | monitoring report, written once the file is chosen";;
      report-ahead) header="$header | monitoring report, begun when the dialog opened";;
    esac
    rule="$rule|---:"
  done
  echo "$header | runs (ms): $(echo $modes | sed 's| | / |g') |"
  echo "$rule|---|"
  for w in $waits; do
    row="| $w ms"; runs_of=""
    for mode in $modes; do
      row="$row | $(awk -F, -v w="$w" -v m="$mode" '$1==m && $2==w {print $4}' "$work/csv" | median) ms"
      runs_of="$runs_of$(awk -F, -v w="$w" -v m="$mode" '$1==m && $2==w {printf "%s ", $4}' "$work/csv")/ "
    done
    echo "$row | ${runs_of% / } |"
  done
  echo
  echo "From Export pressed (\`Exporter.export\` called; for a report, the file chosen) to the file written, in a new JVM"
  echo "with the window's options, the demo passport \`ai-talent-drain\` (en); median of the rounds."
} > "bench/results/$results.md"
cat "bench/results/$results.md"
