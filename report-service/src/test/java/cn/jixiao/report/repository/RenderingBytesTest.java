package cn.jixiao.report.repository;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A frozen file copied in slices comes out whole, whatever its size against the slice: below, at, across them. */
@QuarkusTest
class RenderingBytesTest {

    @Inject
    RenderingBytes bytes;

    @Test
    void everySizeComesOutByteForByte() {
        Random random = new Random(13);
        int slice = RenderingBytes.SLICE;
        int version = 1;
        for (int size : List.of(1, slice - 1, slice, slice + 1, 3 * slice + 17)) {
            byte[] file = new byte[size];
            random.nextBytes(file);
            PublishedRendering.Digest digest = store(version++, file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            bytes.copy(digest, out);
            assertEquals(size, out.size(), "size " + size);
            assertArrayEquals(file, out.toByteArray(), "size " + size);
        }
    }

    private static PublishedRendering.Digest store(int version, byte[] file) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PublishedReport report = new PublishedReport();
            report.agencyCode = "RBT001";
            report.fiscalYear = 2023;
            report.version = version;
            report.agencyName = "切片测试单位";
            report.content = "{}";
            report.html = "<p></p>";
            report.docx = new byte[] {1};
            report.contentHash = "0".repeat(64);
            report.publishedAt = Instant.now();
            report.publishedBy = "test";
            report.persist();
            PublishedRendering rendering = new PublishedRendering();
            rendering.publishedReportId = report.id;
            rendering.format = PublishedRendering.PDF;
            rendering.bytes = file;
            rendering.sizeBytes = file.length;
            rendering.sha256 = "0".repeat(64);
            rendering.persist();
            return PublishedRendering.digest(report.id, PublishedRendering.PDF).orElseThrow();
        });
    }
}
