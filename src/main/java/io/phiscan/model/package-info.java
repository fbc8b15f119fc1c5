/**
 * The normalized records every stage speaks: messages, exchanges, signals, findings.
 * Plain immutable data; depends on nothing else in phiscan.
 */
package io.phiscan.model;
