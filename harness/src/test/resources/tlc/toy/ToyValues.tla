--------------------------- MODULE ToyValues ---------------------------
\* Every kind of value TLC prints, in one initial state that violates an invariant.
EXTENDS Integers, Sequences, TLC
CONSTANTS m1, m2
VARIABLES int, neg, bool, str, set, empty, seq, tuple, rec, fun, fun1, strfun, interval, mv, nested, long
Init == /\ int = 42
        /\ neg = -7
        /\ bool = FALSE
        /\ str = "say \"hi\"\\ok"
        /\ set = {3, 1, 2}
        /\ empty = {}
        /\ seq = <<>>
        /\ tuple = <<1, "a", TRUE>>
        /\ rec = [name |-> "Inc", unit |-> "A", n |-> 0]
        /\ fun = [i \in {0, 5} |-> i * 2]
        /\ fun1 = (m1 :> 1)
        /\ strfun = [u \in {"A", "B"} |-> {}]
        /\ interval = 1..3
        /\ mv = {m1, m2}
        /\ nested = [g \in {1, 2} |-> [u \in {m1, m2} |-> <<{"tcp"}, [on |-> TRUE]>>]]
        /\ long = [u \in {"A", "B"} |-> [g \in {1, 2} |-> [role |-> "standby", ifDown |-> 0, conns |-> {"tcp", "http"}, running |-> [s \in {"system", "admin", "ctx1"} |-> 3]]]]
Next == UNCHANGED <<int, neg, bool, str, set, empty, seq, tuple, rec, fun, fun1, strfun, interval, mv, nested, long>>
Never == int # 42
=============================================================================
