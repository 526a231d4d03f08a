package cn.jixiao.budget.imports;

import java.util.Locale;
import java.util.Optional;

/** The two file types an import takes, recognised by the file name's extension, else by the part's media type. */
enum FileType {

    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    FileType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static Optional<FileType> of(String fileName, String mediaType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        for (FileType type : values()) {
            if (dot >= 0 ? name.substring(dot + 1).equals(type.extension)
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
