package cn.jixiao.budget.security;

import io.quarkus.security.ForbiddenException;

/** A department token whose {@code agencyCode} claim is missing or not a well-formed agency code: 403. */
public class MalformedAgencyClaim extends ForbiddenException {

    public MalformedAgencyClaim() {
        super("department token without a well-formed agencyCode claim");
    }
}
