-------------------------- MODULE ToyAssume --------------------------
\* An ASSUME that fails for the given constant.
EXTENDS Naturals
CONSTANT N
ASSUME N > 5
VARIABLE x
Init == x = N
Next == UNCHANGED x
Spec == Init /\ [][Next]_x
=============================================================================
