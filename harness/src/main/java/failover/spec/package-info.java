/**
 * The spec's vocabulary, once: the names that spec/AAFailover.tla defines and that the engine, the
 * conformance harness, trace validation and the catalogue all use. {@link failover.spec.Action}
 * (the actions of {@code Next}, environment or pair step, with their parameters and the sets they
 * range over), {@link failover.spec.Vocabulary} (the module, its variables, constants and deliberate
 * bugs, and the length of a tick). This package depends on no other package of the project; a test
 * of the build reads spec/AAFailover.tla and fails on any difference.
 */
package failover.spec;
