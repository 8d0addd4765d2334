/**
 * Reading the user's files and arguments: which files a command's {@code FILE...} arguments stand
 * for ({@link failover.io.Selection}) and what went wrong with a file, in the user's words
 * ({@link failover.io.Problems}).
 */
package failover.io;
