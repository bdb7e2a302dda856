# Helpers the bench scripts share (sourced from the project folder by bench/startup.sh, pdf.sh, first-pdf.sh).

# $EPOCHREALTIME -> epoch milliseconds
ms() { local t=${1/./}; echo $(( ${t:0:13} )); }

# the median of the numbers on stdin, one per line (empty when there are none)
median() {
  sort -n | awk '{v[NR]=$1} END {if (NR==0) print ""; else print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
}

# the `bench` profile's classes and their class path (target/bench/classes, target/bench/cp.txt)
bench_classpath() {
  ./mvnw -B -q -o -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt >/dev/null
  echo "target/bench/classes:$(cat target/bench/cp.txt)"
}
