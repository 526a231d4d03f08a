package cn.jixiao.budget.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One fault of one row of an import: the row, the column (letter and header as in the file), code and message. */
@Entity
@Table(name = "import_error")
public class ImportError extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "import_id")
    public UUID importId;

    @Column(name = "row_number")
    public int row;

    @Column(name = "column_ref")
    public String column;

    public String header;

    public String field;

    public String code;

    public String message;

    /** A page of an import's errors, in the order they were found (by row within each part of the file). */
    public static List<ImportError> page(UUID importId, int page, int size) {
        return find("importId", Sort.by("id"), importId).page(Page.of(page, size)).list();
    }
}
