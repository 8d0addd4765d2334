-------------------------- MODULE ToyLexical --------------------------
\* A string that never ends, on line 5.
VARIABLE x
Init == x = 0
Next == x' = "oops
=============================================================================
