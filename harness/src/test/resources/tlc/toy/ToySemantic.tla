-------------------------- MODULE ToySemantic --------------------------
\* A semantic error on line 6: y is not declared.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = y + 1
Spec == Init /\ [][Next]_x
=============================================================================
