/**
 * The command line: one picocli command class per subcommand, and the exit-code policy of the
 * contract in one place. Depends on {@code job}, {@code report}, {@code review} (and the
 * {@code index} for search, {@code detect} for annotate, evaluate and benchmark).
 */
package io.phiscan.cli;
