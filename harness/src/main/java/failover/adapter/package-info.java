/**
 * Between the engine and its users (conformance, trace validation, the catalogue), each once: the
 * driver ({@link failover.adapter.SpecDriver}: a spec action with its parameters as engine input),
 * the writer of ASA configuration from a model's constants ({@link failover.adapter.ConfigWriter}:
 * the stored startup configuration the driver installs, the commands the written scenarios type),
 * its reader ({@link failover.adapter.ConfigReader}: the constants a configuration stands for; the
 * round trip read(write(m)) = m is tested) and the abstraction ({@link failover.adapter.Abstraction}:
 * the engine's published state as the spec's variables under a model's constants). Layer 2, beside
 * {@code scenario}: it uses {@code spec}, {@code engine} and {@code tlc}; {@code conform},
 * {@code validate}, {@code corners} and {@code cli} use it.
 */
package failover.adapter;
