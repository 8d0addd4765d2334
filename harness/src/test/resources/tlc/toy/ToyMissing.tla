-------------------------- MODULE ToyMissing --------------------------
\* Extends a module that does not exist.
EXTENDS Naturals, NoSuchModule
VARIABLE x
Init == x = 0
Next == x' = x
=============================================================================
