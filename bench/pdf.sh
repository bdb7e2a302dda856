#!/usr/bin/env bash
# PDF against LibreOffice, side by side, cold against cold and warm against warm.
#
#   bench/pdf.sh            (after ./mvnw -B -o package -DskipTests; RUNS=7 for more rounds)
#
# Cold, whole processes, alternating round by round (page cache warm after one untimed round of each):
#   app  `java -jar target/policy-configurator.jar export ai-talent-drain.json --format pdf --out …`
#        (the demo scenario `ai-talent-drain` in English, its workspace and the jar's class archive made by the
#        untimed round)
#   LO   `soffice --headless --convert-to pdf` of the same passport's DOCX (written by the app), its user profile
#        made by the untimed round
# Warm: the 20-instrument, 40-KPI Russian passport exported to PDF in a warm JVM (PassportExportBench, through
#   Exporter.export to a file, median of 25 after 10 untimed), beside LibreOffice converting that passport's DOCX
#   with its profile and the page cache warm (a new process each time: LibreOffice's command line has no warmer
#   state). The app's JVM runs with the window's options (C1 only, serial collector: FastStart.VM_OPTIONS), as a PDF
#   exported from the window does; WARM_JVM_OPTIONS="" measures it with the JVM's defaults (C2). Needs the `bench` profile's classes (`./mvnw -B -o -Pbench compile`, done here).
# Results: bench/results/pdf.md and bench/results/pdf.csv (every run). Needs LibreOffice Writer
# (apt-get install -y --no-install-recommends libreoffice-writer).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${RUNS:-5}
java=${JAVA:-java}            # JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java: the app on that JDK (its AOT cache)
results=${RESULTS:-pdf}       # bench/results/$RESULTS.md and .csv
jar=target/policy-configurator.jar
soffice=${SOFFICE:-soffice}
[ -f "$jar" ] || { echo "no $jar: ./mvnw -B -o package -DskipTests" >&2; exit 1; }
command -v "$soffice" >/dev/null || { echo "needs LibreOffice: apt-get install -y --no-install-recommends libreoffice-writer" >&2; exit 1; }

work=target/bench-pdf
rm -rf "$work"; mkdir -p "$work/lo" "$work/app"
export POLICY_CONFIGURATOR_HOME=$PWD/$work/home
# the jar's class archive (FastStart) in the bench's own cache folder, written by the untimed round
export POLICY_CONFIGURATOR_CACHE=$PWD/$work/cache
export LANG=C.UTF-8 LC_ALL=C.UTF-8
lo_profile="file://$PWD/$work/lo-profile"

"$java" -jar "$jar" scenario export ai-talent-drain --out "$work/ai-talent-drain.json" >/dev/null
"$java" -jar "$jar" export "$work/ai-talent-drain.json" --format docx --out "$work/ai-talent-drain.docx" >/dev/null

timed() {   # prints the milliseconds the command took; fails when it fails
  local t0 t1
  t0=$(ms "$EPOCHREALTIME")
  "$@" > "$work/last.log" 2>&1 || { echo "bench/pdf.sh: failed: $*" >&2; cat "$work/last.log" >&2; return 1; }
  t1=$(ms "$EPOCHREALTIME")
  echo $((t1 - t0))
}
run_app() { rm -f "$work/app/out.pdf"; timed "$java" -jar "$jar" export "$work/ai-talent-drain.json" --format pdf --out "$work/app/out.pdf"; }
run_lo() {
  rm -f "$work/lo/ai-talent-drain.pdf"
  timed "$soffice" --headless "-env:UserInstallation=$lo_profile" --convert-to pdf --outdir "$work/lo" "$work/ai-talent-drain.docx"
  [ -s "$work/lo/ai-talent-drain.pdf" ] || { echo "bench/pdf.sh: LibreOffice wrote no PDF" >&2; return 1; }
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "untimed round (workspace, LibreOffice profile, page cache) ..."
run_app >/dev/null; run_lo >/dev/null
# on JDK 25+ the untimed round's AOT cache is assembled by a background JVM: the timed rounds start once it is in place
for _ in $(seq 1 240); do compgen -G "$POLICY_CONFIGURATOR_CACHE/cds/*.tmp-*" >/dev/null || break; sleep 0.5; done
echo "kind,round,ms" > "$work/csv"
for i in $(seq 1 "$runs"); do
  a=$(run_app); l=$(run_lo)
  echo "cold-app,$i,$a" >> "$work/csv"; echo "cold-libreoffice,$i,$l" >> "$work/csv"
  echo "round $i: app $a ms, LibreOffice $l ms"
done
pages_app=$(pdfinfo "$work/app/out.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)
pages_lo=$(pdfinfo "$work/lo/ai-talent-drain.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)

echo "warm: the 20×40 passport in one JVM, LibreOffice beside it ..."
classpath=$(bench_classpath)
"$java" ${WARM_JVM_OPTIONS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -Djava.awt.headless=true -cp "$classpath" \
  org.policylab.configurator.bench.PassportExportBench 25 "$runs" "$soffice" > "$work/warm.txt"
awk '/^warm-(app|step|libreoffice) / {print $1 "," NR "," $2}' "$work/warm.txt" >> "$work/csv"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cp "$work/csv" "bench/results/$results.csv"

col() { awk -F, -v k="$1" '$1==k {print $3}' "$work/csv" | median; }
list() { awk -F, -v k="$1" '$1==k {printf "%s ", $3}' "$work/csv"; }
ca=$(col cold-app); cl=$(col cold-libreoffice); wa=$(col warm-app); ws=$(col warm-step); wl=$(col warm-libreoffice)
r() { awk -v a="$1" -v b="$2" 'BEGIN {x = a / b; printf (x < 0.1 ? "%.3f" : "%.2f"), x}'; }
v() { awk -v a="$1" -v b="$2" -v g="$3" 'BEGIN {print (a / b <= g) ? "met" : "missed"}'; }
{
  echo "# PDF against LibreOffice"
  echo
  echo "\`bench/pdf.sh\`, $(date -u +%Y-%m-%dT%H:%M:%SZ); $runs alternating rounds after one untimed round;"
  echo "$(nproc) cores; load average before $load_before, after $load_after (1, 5, 15 min; the machine is shared"
  echo "with other builds unless said otherwise); $("$java" -version 2>&1 | head -n 2 | tail -n 1);"
  echo "$("$soffice" --version | head -n 1)."
  echo
  echo "| what | from → to | app | LibreOffice | ratio app/LO | goal |"
  echo "|---|---|---:|---:|---:|---|"
  echo "| cold: \`ai-talent-drain\` (en, ${pages_app:-?} pages; LO's PDF ${pages_lo:-?} pages) | whole process: start → exit, PDF written | $ca ms [$(list cold-app)] | $cl ms [$(list cold-libreoffice)] | $(r "$ca" "$cl") | ≤ 0.5 $(v "$ca" "$cl" 0.5) |"
  echo "| warm: 20×40 passport (ru) | app: \`Exporter.export\` to a file in a warm JVM with the window's options \`${WARM_JVM_OPTIONS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}\` (median of 25); LO: whole process, profile and page cache warm | $wa ms | $wl ms [$(list warm-libreoffice)] | $(r "$wa" "$wl") | ≤ 0.1 $(v "$wa" "$wl" 0.1) |"
  echo "| warm, in the window's way: 20×40 passport (ru), a new title each run | app: Export pressed 1 s after the export step showed (the step writes the document ahead meanwhile, \`Exporter.renderAhead\`) → the file written, the document's checks included, same JVM (median of 25); LO: as above | $ws ms | $wl ms | $(r "$ws" "$wl") | ≤ 0.1 $(v "$ws" "$wl" 0.1) |"
  echo
  echo "Commands (from the project folder): app \`java -jar target/policy-configurator.jar export $work/ai-talent-drain.json --format pdf --out $work/app/out.pdf\`;"
  echo "LibreOffice \`soffice --headless -env:UserInstallation=file://\$PWD/$work/lo-profile --convert-to pdf --outdir $work/lo $work/ai-talent-drain.docx\`."
} > "bench/results/$results.md"
cat "bench/results/$results.md"
