/**
 * The normalized records every stage speaks: messages, exchanges, signals, findings, and the
 * JSON form of their times in the stores ({@link io.phiscan.model.InstantJson}). Plain immutable
 * data; depends on nothing else in phiscan.
 */
package io.phiscan.model;
