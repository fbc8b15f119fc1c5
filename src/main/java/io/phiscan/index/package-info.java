/**
 * The Lucene index of every message: one document per message under its stable id, the
 * analyzer, field names, full-text search with highlighting, and the matching of named queries
 * against one message for the policy's custom rules. The only package that imports
 * Lucene; depends on {@code model} only.
 */
package io.phiscan.index;
