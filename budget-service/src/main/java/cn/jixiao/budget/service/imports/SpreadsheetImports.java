package cn.jixiao.budget.service.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.jixiao.budget.api.ImportStatus;
import cn.jixiao.budget.repository.ImportError;
import cn.jixiao.budget.repository.ImportJob;
import cn.jixiao.budget.service.FieldRules;
import cn.jixiao.platform.problem.ErrorCodes;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Spreadsheet imports of budget lines and payments: a file is checked as far as its header and first row while the
 * upload waits, then imported in the background (ImportRunner) while its status shows the progress.
 */
@ApplicationScoped
public class SpreadsheetImports {

    /** Errors shown in the status; the error sheet has all that were kept. */
    static final int ERRORS_SHOWN = 100;

    private final ImportRunner runner;
    private final ImportProgress progress;
    private final Path directory;

    SpreadsheetImports(ImportRunner runner, ImportProgress progress,
            @ConfigProperty(name = "jixiao.imports.directory") Path directory) {
        this.runner = runner;
        this.progress = progress;
        this.directory = directory;
    }

    /**
     * Accepts an uploaded file (already on disk) for import, or refuses it: an unknown kind (400), a file that is
     * neither .xlsx nor .csv (415), an empty or unreadable file or one whose header is wrong (422).
     */
    public ImportStatus submit(String kindName, String fileName, String mediaType, Path upload) {
        ImportKind kind = kindOf(kindName);
        if (upload == null) {
            throw FileRefusal.invalid("未收到文件",
                    List.of(new FieldError("file", ErrorCodes.REQUIRED, "请以 multipart/form-data 的 file 字段上传 .xlsx 或 .csv 文件")));
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        FileType type = FileType.of(name, mediaType).orElseThrow(() -> FileRefusal.unsupported(name));
        UUID id = UUID.randomUUID();
        Path file = keep(upload, id, type);
        try {
            checkStart(file, type, kind);
        } catch (RuntimeException e) {
            ImportRunner.discard(file);
            throw e;
        }
        ImportJob job = new ImportJob();
        job.id = id;
        job.kind = kind.code();
        job.fileName = name.length() > 255 ? name.substring(0, 255) : name;
        job.fileType = type.extension();
        progress.queued(job);
        runner.submit(id, kind, type, file);
        return statusOf(job, List.of(), Instant.now());
    }

    public ImportStatus status(UUID id) {
        return statusOf(job(id), ImportError.page(id, 0, ERRORS_SHOWN), Instant.now());
    }

    /** The latest imports, newest first, without their errors (the imports page). */
    public List<ImportStatus> recent(int limit) {
        Instant now = Instant.now();
        return ImportJob.recent(limit).stream().map(job -> statusOf(job, List.of(), now)).toList();
    }

    /** The import's kept errors as a workbook: one line per fault, with row, column, header and the Chinese message. */
    public byte[] errorSheet(UUID id) {
        job(id);
        List<List<Object>> lines = new ArrayList<>();
        List<ImportError> page;
        for (int number = 0; !(page = ImportError.page(id, number, 1000)).isEmpty(); number++) {
            page.forEach(error -> lines.add(Arrays.asList(error.row, error.column, error.header,
                    error.field == null ? null : FieldRules.label(error.field), error.code, error.message)));
        }
        return Workbooks.write("错误清单", List.of("行号", "列", "表头", "字段", "错误代码", "错误说明"),
                List.of(8, 6, 24, 32, 26, 80), false, lines);
    }

    /** An empty sheet whose header names the kind's columns as 中文名（fieldCode）. */
    public byte[] template(String kindName) {
        ImportKind kind = ImportKind.of(kindName).orElseThrow(() -> Refusal.notFound(
                "没有“" + kindName + "”的导入模板；模板有 budget-lines（预算指标）和 payments（支付）两种。"));
        List<String> headers = kind.fields().stream().map(FieldRules::label).toList();
        return Workbooks.write(kind.chineseName(), headers, headers.stream().map(h -> Math.max(14, h.length() * 2)).toList(),
                true, List.of());
    }

    /** The status; rows expected and the ETA are estimated from the share of the file read so far. */
    private static ImportStatus statusOf(ImportJob job, List<ImportError> firstErrors, Instant now) {
        Integer expected = null;
        Long eta = null;
        if (job.finished()) {
            expected = job.rowsRead;
        } else if (job.startedAt != null && job.fractionRead > 0) {
            expected = (int) Math.round(job.rowsRead / job.fractionRead);
            double elapsed = Duration.between(job.startedAt, now).toMillis() / 1000.0;
            eta = Math.round(elapsed * (1 - job.fractionRead) / job.fractionRead);
        }
        String sheet = job.errorCount == 0 ? null : "/api/v1/imports/" + job.id + "/errors.xlsx";
        List<ImportStatus.RowError> errors = firstErrors.stream().map(error -> new ImportStatus.RowError(error.row,
                error.column, error.header, error.field, error.code, error.message)).toList();
        return new ImportStatus(job.id, job.kind, job.fileName, job.status, job.rowsRead, job.rowsValidated,
                job.rowsStored, job.rowsCreated, job.rowsDuplicate, expected, eta, job.errorCount, errors, sheet,
                job.detail, job.submittedAt, job.startedAt, job.finishedAt);
    }

    private static ImportKind kindOf(String kindName) {
        return ImportKind.of(kindName).orElseThrow(() -> Refusal.badParameters(List.of(new FieldError("kind",
                ErrorCodes.INVALID_PARAMETER, "导入类型（kind）应为 budget-lines（预算指标）或 payments（支付），收到“"
                        + (kindName == null ? "" : kindName) + "”"))));
    }

    private static ImportJob job(UUID id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null) {
            throw Refusal.notFound("导入 " + id + " 不存在。");
        }
        return job;
    }

    /** Moves the upload out of the HTTP layer's directory, which may clean it when the request ends. */
    private Path keep(Path upload, UUID id, FileType type) {
        try {
            Files.createDirectories(directory);
            return Files.move(upload, directory.resolve(id + "." + type.extension()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the header and the first data row: the file is refused now, not later, when it has neither. */
    private static void checkStart(Path file, FileType type, ImportKind kind) {
        try {
            if (Files.size(file) == 0) {
                throw FileRefusal.invalid("文件为空", List.of(new FieldError("file", ErrorCodes.REQUIRED, "上传的文件为空（0 字节）")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] rows = {0};
        try (SheetFile sheet = SheetFile.open(file, type)) {
            sheet.read((number, cells) -> {
                if (rows[0]++ == 0) {
                    Header.of(kind, cells);
                }
                return rows[0] < 2;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows[0] < 2) {
            throw FileRefusal.invalid("文件中没有数据", List.of(new FieldError("file", ErrorCodes.REQUIRED,
                    rows[0] == 0 ? "文件中没有任何内容；第 1 行应为表头，其后每行一条" + kind.chineseName()
                            : "文件只有表头，没有数据行")));
        }
    }
}
