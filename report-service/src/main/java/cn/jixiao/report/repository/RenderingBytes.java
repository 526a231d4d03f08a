package cn.jixiao.report.repository;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Copies a frozen rendering's bytes to a response in slices read with {@code substring}, so that serving a PDF holds
 * one slice in the heap, not the file (report-service runs with a 56 MB heap). The rows never change once written.
 */
@ApplicationScoped
public class RenderingBytes {

    static final int SLICE = 64 * 1024;

    private final DataSource dataSource;

    RenderingBytes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void copy(PublishedRendering.Digest rendering, OutputStream out) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement slice = connection.prepareStatement(
                        "select substring(bytes from ? for ?) from published_rendering where id = ?")) {
            for (int offset = 0; offset < rendering.sizeBytes(); offset += SLICE) {
                slice.setInt(1, offset + 1);
                slice.setInt(2, SLICE);
                slice.setLong(3, rendering.id());
                try (ResultSet row = slice.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("rendering " + rendering.id() + " is gone");
                    }
                    out.write(row.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rendering " + rendering.id() + " could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
