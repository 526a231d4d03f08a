package cn.jixiao.evaluation.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.FrameworkAssignment;
import cn.jixiao.evaluation.repository.FrameworkVersion;
import cn.jixiao.evaluation.repository.LedgerPosition;
import cn.jixiao.evaluation.scoring.Framework;
import cn.jixiao.evaluation.scoring.FrameworkDocuments;
import cn.jixiao.evaluation.scoring.FrameworkParseResult;
import cn.jixiao.evaluation.scoring.ValidationError;
import cn.jixiao.platform.problem.Refusal;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * The indicator frameworks the finance bureau publishes, as documents versioned per region and year, and which one
 * scores a given region's year. The default county framework is stored and assigned to every region ({@code *}) for
 * its year at start, unless something already is.
 */
@ApplicationScoped
public class FrameworkCatalog {

    static final String DEFAULT_RESOURCE = "frameworks/county-department-overall-default.json";
    /** The region of an assignment that holds for every region without its own. */
    public static final String ANY_REGION = FrameworkAssignment.ANY_REGION;

    /** A framework version ready to score with. */
    public record Selected(String id, String version, Framework framework) {
    }

    /** The outcome of storing a document: the errors that refused it, or none. */
    public record StoreResult(boolean created, List<ValidationError> errors, boolean immutable) {
    }

    private static final long DEFAULT_FRAMEWORK_LOCK = 0x6a69786961_6f10L;

    private final Map<FrameworkVersion.Key, Framework> parsed = new ConcurrentHashMap<>();

    /**
     * Stores and assigns the shipped default framework unless present. Instances starting together take turns (a
     * transaction-scoped advisory lock): the second then finds the rows instead of failing on their keys.
     */
    @Transactional
    void loadDefault(@Observes StartupEvent start) {
        FrameworkVersion.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, DEFAULT_FRAMEWORK_LOCK).getSingleResult();
        String document = resource(DEFAULT_RESOURCE);
        Framework framework = FrameworkDocuments.parse(document).framework();
        FrameworkVersion.Key key = new FrameworkVersion.Key(framework.id(), framework.version());
        if (FrameworkVersion.findById(key) == null) {
            save(key, framework, document);
        }
        FrameworkAssignment.Key anyRegion = new FrameworkAssignment.Key(FrameworkAssignment.ANY_REGION,
                framework.fiscalYear());
        if (FrameworkAssignment.findById(anyRegion) == null) {
            assign(anyRegion, key);
        }
    }

    /** Validates and stores a version; a version already used for scoring is refused. */
    @Transactional
    public StoreResult store(String id, String version, String document) {
        FrameworkParseResult result = FrameworkDocuments.parse(document);
        if (!result.valid()) {
            return new StoreResult(false, result.errors(), false);
        }
        Framework framework = result.framework();
        if (!framework.id().equals(id) || !framework.version().equals(version)) {
            return new StoreResult(false, List.of(new ValidationError("id", ValidationError.Code.INVALID_VALUE,
                    "文档中的 id/version（" + framework.id() + "/" + framework.version() + "）与路径中的 " + id + "/"
                            + version + " 不一致")), false);
        }
        List<ValidationError> storable = storable(framework);
        if (!storable.isEmpty()) {
            return new StoreResult(false, storable, false);
        }
        FrameworkVersion.Key key = new FrameworkVersion.Key(id, version);
        FrameworkVersion existing = FrameworkVersion.findById(key);
        if (existing != null && existing.used) {
            return new StoreResult(false, List.of(), true);
        }
        if (existing == null) {
            save(key, framework, document);
        } else {
            existing.mofDivCode = framework.mofDivCode();
            existing.fiscalYear = framework.fiscalYear();
            existing.document = document;
            existing.storedAt = Instant.now();
            parsed.remove(key);
        }
        return new StoreResult(existing == null, List.of(), false);
    }

    /** Makes a stored version the one that scores a region's year ({@code *}: every region without its own). */
    @Transactional
    public boolean assign(String mofDivCode, int fiscalYear, String id, String version) {
        FrameworkVersion.Key key = new FrameworkVersion.Key(id, version);
        if (FrameworkVersion.findById(key) == null) {
            return false;
        }
        assign(new FrameworkAssignment.Key(mofDivCode, fiscalYear), key);
        return true;
    }

    public String document(String id, String version) {
        FrameworkVersion stored = FrameworkVersion.findById(new FrameworkVersion.Key(id, version));
        return stored == null ? null : stored.document;
    }

    /** The framework that scores this agency-year: its region's, else {@code *}'s; 404 when the year has none. */
    public Framework scoring(AgencyYear id) {
        LedgerPosition position = LedgerPosition.findById(id.agencyCode);
        Selected selected = frameworkFor(position == null ? null : position.mofDivCode, id.fiscalYear);
        if (selected == null) {
            throw Refusal.notFound(id.fiscalYear + " 年度尚未发布指标体系");
        }
        return selected.framework();
    }

    /** The framework that scores this region's year, marked as used; null when none is assigned. */
    public Selected frameworkFor(String mofDivCode, int fiscalYear) {
        FrameworkAssignment assignment = mofDivCode == null ? null
                : FrameworkAssignment.findById(new FrameworkAssignment.Key(mofDivCode, fiscalYear));
        if (assignment == null) {
            assignment = FrameworkAssignment.findById(new FrameworkAssignment.Key(FrameworkAssignment.ANY_REGION,
                    fiscalYear));
        }
        if (assignment == null) {
            return null;
        }
        FrameworkVersion.Key key = new FrameworkVersion.Key(assignment.frameworkId, assignment.version);
        FrameworkVersion stored = FrameworkVersion.findById(key);
        if (!stored.used) {
            stored.used = true;
        }
        Framework framework = parsed.computeIfAbsent(key, k -> FrameworkDocuments.parse(stored.document).framework());
        return new Selected(key.frameworkId, key.version, framework);
    }

    /** What the document model allows but the catalogue's columns and codes do not. */
    private static List<ValidationError> storable(Framework framework) {
        List<ValidationError> errors = new ArrayList<>();
        limit(errors, "id", framework.id(), 64);
        limit(errors, "version", framework.version(), 32);
        if (!framework.mofDivCode().equals(FrameworkAssignment.ANY_REGION) && !framework.mofDivCode().matches("\\d{6}|\\d{9}")) {
            errors.add(new ValidationError("mofDivCode", ValidationError.Code.INVALID_VALUE,
                    "财政区划编码须为 6 位或 9 位数字，或 * 表示所有区划"));
        }
        for (int i = 0; i < framework.grades().size(); i++) {
            limit(errors, "grades[" + i + "].grade", framework.grades().get(i).grade(), 4);
        }
        return errors;
    }

    private static void limit(List<ValidationError> errors, String path, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new ValidationError(path, ValidationError.Code.INVALID_VALUE, path + " 最多 " + max + " 个字符"));
        }
    }

    private void save(FrameworkVersion.Key key, Framework framework, String document) {
        FrameworkVersion stored = new FrameworkVersion();
        stored.id = key;
        stored.mofDivCode = framework.mofDivCode();
        stored.fiscalYear = framework.fiscalYear();
        stored.document = document;
        stored.storedAt = Instant.now();
        stored.persist();
        parsed.remove(key);
    }

    private static void assign(FrameworkAssignment.Key region, FrameworkVersion.Key version) {
        FrameworkAssignment assignment = FrameworkAssignment.findById(region);
        boolean first = assignment == null;
        if (first) {
            assignment = new FrameworkAssignment();
            assignment.id = region;
        }
        assignment.frameworkId = version.frameworkId;
        assignment.version = version.version;
        if (first) {
            assignment.persist();
        }
    }

    private static String resource(String name) {
        try (InputStream in = FrameworkCatalog.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
