--------------------------- MODULE ToyParse ---------------------------
\* A syntax error on line 6: a conjunction with nothing after /\.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\
Spec == Init /\ [][Next]_x
=============================================================================
