#!/usr/bin/env bash
# Due-date computations per second: the compiled calendar arithmetic against the naive minute-by-minute walk, in the
# same JMH run, on "Berlin office hours" (lunch break, German holidays, half days) and 24x7 (Europe/Berlin, so DST
# changes are in the mix), with typical targets (15 minutes to 5 working days) and contract-sized ones (1-3 months).
# See docs/benchmarks.md.
#
#   benchmarks/calendar.sh        about 3 minutes: 8 runs of 2 x 1 s warm-up and 3 x 2 s measurement, one fork each
#
# Extra JMH options pass through, e.g. benchmarks/calendar.sh -p calendar=office
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE/calendar"
"$HERE/../mvnw" -q -B -f pom.xml package -DskipTests
java -jar target/calendar-benchmarks.jar CalendarBenchmark -rf text -rff target/calendar-results.txt "$@"
echo
echo "ratio compiled / naiveWalk (operations per second, same calendar and targets):"
awk '/CalendarBenchmark\./ { split($1, n, "."); key = $2 " " $3; score[n[2] " " key] = $(NF-3) }
	END { for (k in score) { split(k, p, " "); if (p[1] == "compiled") {
		naive = score["naiveWalk " p[2] " " p[3]]; if (naive > 0) printf "  %-8s %-8s %14.0f/s vs %10.1f/s  = %.0fx\n", p[2], p[3], score[k], naive, score[k] / naive } } }' \
	target/calendar-results.txt
