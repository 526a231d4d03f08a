package cn.jixiao.budget.service.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.jixiao.budget.repository.ImportJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Imports accepted files one at a time on this instance's worker thread, each file in one transaction
 * (docs/decisions.md, "A spreadsheet is one transaction"): all its rows are committed, or none.
 */
@ApplicationScoped
class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "spreadsheet-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ImportProgress progress;
    private final PaymentRows payments;
    private final BudgetLineRows budgetLines;
    private final EntityManager entityManager;
    private final int transactionSeconds;
    private final int maxErrors;

    ImportRunner(ImportProgress progress, PaymentRows payments, BudgetLineRows budgetLines,
            EntityManager entityManager,
            @ConfigProperty(name = "jixiao.imports.transaction-timeout-seconds", defaultValue = "900") int transactionSeconds,
            @ConfigProperty(name = "jixiao.imports.max-errors", defaultValue = "10000") int maxErrors) {
        this.progress = progress;
        this.payments = payments;
        this.budgetLines = budgetLines;
        this.entityManager = entityManager;
        this.transactionSeconds = transactionSeconds;
        this.maxErrors = maxErrors;
    }

    void submit(UUID id, ImportKind kind, FileType type, Path file) {
        worker.execute(() -> run(id, kind, type, file));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void run(UUID id, ImportKind kind, FileType type, Path file) {
        ImportCounts counts = new ImportCounts();
        try (SheetFile sheet = SheetFile.open(file, type)) {
            progress.started(id);
            ImportPass<?> pass = new ImportPass<>(id, kind, rowsOf(kind), sheet, entityManager, progress, maxErrors);
            counts = QuarkusTransaction.requiringNew().timeout(transactionSeconds).call(() -> {
                sheet.read(pass);
                ImportCounts done = pass.finish();
                if (done.errors > 0) {
                    throw new Rejected(done);
                }
                return done;
            });
            progress.finished(id, ImportJob.STORED, counts, null);
        } catch (Rejected rejected) {
            progress.finished(id, ImportJob.REJECTED, rejected.counts, "文件中有 " + rejected.counts.errors
                    + " 处错误，未保存任何数据。请按错误清单更正后重新导入整个文件。");
        } catch (FileRefusal refusal) {
            progress.finished(id, ImportJob.FAILED, counts, refusal.errors().get(0).message() + "；未保存任何数据。");
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "import %s failed", id);
            progress.finished(id, ImportJob.FAILED, counts, "导入过程中数据库处理失败或超时（如等待其他请求释放预算单位的锁），"
                    + "未保存任何数据。请稍后重新导入同一文件。");
        } finally {
            discard(file);
        }
    }

    private LedgerRows<?> rowsOf(ImportKind kind) {
        return kind == ImportKind.PAYMENTS ? payments : budgetLines;
    }

    /** Deletes an accepted file once it is imported or refused. */
    static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("imported file %s not deleted: %s", file, e.toString());
        }
    }

    /** Thrown out of the import's transaction to roll it back when any row was bad. */
    private static final class Rejected extends RuntimeException {

        private final transient ImportCounts counts;

        Rejected(ImportCounts counts) {
            super(null, null, false, false);
            this.counts = counts;
        }
    }
}
