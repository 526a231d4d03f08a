package cn.jixiao.e2e;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The client rule of docs/api.md, as a finance system follows it: a 503 (busy, lock or statement timeout) is resent
 * unchanged, with the same keys, after its {@code Retry-After}.
 */
final class Resend {

    private static final int ATTEMPTS = 6;

    private Resend() {
    }

    static HttpResponse<String> whileBusy(HttpClient http, HttpRequest request)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int attempt = 1; response.statusCode() == 503 && attempt < ATTEMPTS; attempt++) {
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(5);
            Thread.sleep(seconds * 1000);
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }
}
