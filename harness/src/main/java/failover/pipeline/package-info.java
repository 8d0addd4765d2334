/**
 * The pipelines behind the commands, used by the commands and the tests alike: {@link
 * failover.pipeline.CheckRun} (TLC on a model of the manifest, its result judged against the
 * manifest), with a reporter that prints or collects what happens; {@link
 * failover.pipeline.Progress}, the one progress printer of long TLC runs; and {@link
 * failover.pipeline.Failure}, the typed failures a run ends with, each with its exit code (the
 * command line maps them through picocli's {@code IExitCodeExceptionMapper}).
 */
package failover.pipeline;
