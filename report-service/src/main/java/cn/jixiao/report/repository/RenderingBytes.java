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
 * one slice in the heap, not the file (report-service runs with a 56 MB heap). The rows never change once written, so
 * the slices need no common transaction.
 */
@ApplicationScoped
public class RenderingBytes {

    static final int SLICE = 64 * 1024;

    private final DataSource dataSource;

    RenderingBytes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Each slice is read on a connection taken from the pool and returned before the slice is written, so a slow
     * client never holds a database connection.
     */
    public void copy(PublishedRendering.Digest rendering, OutputStream out) {
        try {
            for (int offset = 0; offset < rendering.sizeBytes(); offset += SLICE) {
                out.write(slice(rendering.id(), offset));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] slice(long id, int offset) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement slice = connection.prepareStatement(
                        "select substring(bytes from ? for ?) from published_rendering where id = ?")) {
            slice.setInt(1, offset + 1);
            slice.setInt(2, SLICE);
            slice.setLong(3, id);
            try (ResultSet row = slice.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("rendering " + id + " is gone");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rendering " + id + " could not be read", e);
        }
    }
}
