package cn.jixiao.evaluation.pages;

import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

/**
 * No control character reaches a page: Qute escapes markup but passes control characters through, and names and codes
 * shown on the pages come from the ledger and from paths. Every HTML body the resources render has each C0 control
 * character other than tab, line feed and carriage return, DEL and unpaired surrogates replaced by U+FFFD.
 */
class HtmlText {

    private static final Pattern CONTROL = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    @ServerResponseFilter
    public void clean(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (response.getEntity() instanceof String html && type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            String cleaned = clean(html);
            if (cleaned != html) {
                response.setEntity(cleaned);
            }
        }
    }

    static String clean(String html) {
        return CONTROL.matcher(html).find() ? CONTROL.matcher(html).replaceAll("\uFFFD") : html;
    }
}
