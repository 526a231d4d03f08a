package cn.jixiao.budget.service.imports;

import java.util.Locale;
import java.util.Optional;

/**
 * The file types an import takes, recognised by the file name's extension, else by the part's media type. A gzipped
 * CSV lets a CSV of 100,000 rows and more pass the service's 10 MB request limit.
 */
enum FileType {

    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV_GZ("csv.gz", "application/gzip"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    FileType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static Optional<FileType> of(String fileName, String mediaType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean named = name.contains(".");
        for (FileType type : values()) {
            if (named ? name.endsWith("." + type.extension)
                    : mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith(type.mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    String extension() {
        return extension;
    }
}
