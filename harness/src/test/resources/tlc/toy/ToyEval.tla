---------------------------- MODULE ToyEval ----------------------------
\* An evaluation error (a string added to a number) at line 7, and an Assert that fails.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == \/ x = 0 /\ x' = 1
        \/ x = 1 /\ x' = x + "one"
Spec == Init /\ [][Next]_x
AssertNext == /\ x' = x + 1
              /\ Assert(x' < 2, "x must stay below 2")
AssertSpec == Init /\ [][AssertNext]_x
=============================================================================
