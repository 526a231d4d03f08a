package cn.jixiao.budget.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

/**
 * Loads entities by primary key with Hibernate's multi-load: one statement with an array parameter, a load plan built
 * once, no query language to parse and translate on every call (which was most of the cost of ingesting one payment).
 */
final class PrimaryKeys {

    private PrimaryKeys() {
    }

    static <T> List<T> load(Class<T> type, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager().unwrap(Session.class).byMultipleIds(type).multiLoad(new ArrayList<>(ids))
                .stream().filter(Objects::nonNull).toList();
    }
}
