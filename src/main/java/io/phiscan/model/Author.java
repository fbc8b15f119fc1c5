package io.phiscan.model;

import java.util.Objects;

/**
 * A person or account as an export names it. Any part may be unknown ({@code null}) except
 * that at least one of the three is known.
 *
 * @param id the platform's account id, when the export has one
 * @param handle the user name without a leading {@code @}, when known
 * @param name the display name, when known
 */
public record Author(String id, String handle, String name) {

    public Author {
        id = blankToNull(id);
        handle = blankToNull(handle);
        name = blankToNull(name);
        if (id == null && handle == null && name == null) {
            throw new IllegalArgumentException("an author needs an id, a handle or a name");
        }
    }

    /** The most stable way to tell this author apart: id, then handle, then name. */
    public String key() {
        return id != null ? id : handle != null ? "@" + handle : "name:" + name;
    }

    /**
     * The account an export of this owner is filed under: the handle people know, else the id,
     * else the name (an owner the export does not name is "unknown owner of" its file).
     */
    public String account() {
        return handle != null ? handle : id != null ? id : name;
    }

    /** This author with a handle and name filled in from {@code other} where unknown here. */
    public Author mergedWith(Author other) {
        if (other == null) {
            return this;
        }
        return new Author(id != null ? id : other.id,
                handle != null ? handle : other.handle,
                name != null ? name : other.name);
    }

    /** Whether the two denote the same account (same id, or same handle when ids are unknown). */
    public boolean sameAs(Author other) {
        if (other == null) {
            return false;
        }
        if (id != null && other.id != null) {
            return id.equals(other.id);
        }
        if (handle != null && other.handle != null) {
            return handle.equalsIgnoreCase(other.handle);
        }
        return Objects.equals(name, other.name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
