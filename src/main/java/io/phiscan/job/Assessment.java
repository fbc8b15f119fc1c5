package io.phiscan.job;

import io.phiscan.model.Finding;

/** An exchange scored: the finding it is, or {@code null} when it is not one. */
record Assessment(String exchangeId, Finding finding) {
}
