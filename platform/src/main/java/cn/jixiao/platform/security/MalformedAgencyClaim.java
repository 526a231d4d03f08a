package cn.jixiao.platform.security;

import io.quarkus.security.ForbiddenException;

/** A department token whose agency claim is missing or not a well-formed agency code: 403 saying so. */
public class MalformedAgencyClaim extends ForbiddenException {

    public MalformedAgencyClaim() {
        super("department token without a well-formed agencyCode claim");
    }
}
