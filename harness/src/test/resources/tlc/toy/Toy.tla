---------------------------- MODULE Toy ----------------------------
\* A toy spec for the TLC wrapper's tests: a counter and a record-valued history variable.
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS Max, Units

VARIABLES x, seen, act

vars == <<x, seen, act>>

Init == /\ x = 0
        /\ seen = [u \in Units |-> {}]
        /\ act = [name |-> "Init"]

Inc(u) == /\ x < Max
          /\ x' = x + 1
          /\ seen' = [seen EXCEPT ![u] = @ \union {x + 1}]
          /\ act' = [name |-> "Inc", unit |-> u]

Reset == /\ x = Max
         /\ x' = 0
         /\ UNCHANGED seen
         /\ act' = [name |-> "Reset", log |-> <<"done", x>>, ok |-> TRUE]

Next == (\E u \in Units : Inc(u)) \/ Reset

Spec == Init /\ [][Next]_vars /\ WF_vars(Next)

\* Without fairness the counter may stop anywhere: liveness fails by stuttering.
SpecNoFairness == Init /\ [][Next]_vars

TypeInv == /\ x \in 0..Max
           /\ seen \in [Units -> SUBSET (1..Max)]

\* Violated at once when Max = 0.
PositiveInv == x > 0 \/ Max > 0

\* Violated in the Bad models: x reaches Max.
SmallInv == x < Max

\* An action property, violated: Reset happens.
NoResetProp == [][act'.name # "Reset"]_vars

\* Holds: x keeps coming back to 0.
ReturnsProp == []<>(x = 0)

\* Violated: x never stays at Max (a lasso through Reset).
StaysProp == <>[](x = Max)
=============================================================================
