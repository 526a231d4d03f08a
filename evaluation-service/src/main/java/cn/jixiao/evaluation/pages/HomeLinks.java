package cn.jixiao.evaluation.pages;

import java.util.List;

import cn.jixiao.evaluation.repository.AgencyYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Where a signed-in user can go: the bureau to each region's year with scores, a department to its own years. */
@ApplicationScoped
class HomeLinks {

    record Link(String href, String label) {
    }

    private final EntityManager entityManager;

    HomeLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Link> regions() {
        return entityManager.createQuery("select distinct s.id.fiscalYear, s.mofDivCode from ScoreCurrent s "
                        + "where s.mofDivCode is not null order by 1 desc, 2", Object[].class)
                .getResultStream()
                .map(row -> new Link(RegionOverview.path((Integer) row[0], (String) row[1]),
                        row[0] + " 年度 · 区划 " + row[1]))
                .toList();
    }

    List<Link> years(String agencyCode) {
        return entityManager.createQuery("select s.id from ScoreCurrent s where s.id.agencyCode = ?1 "
                        + "order by s.id.fiscalYear desc", AgencyYear.class)
                .setParameter(1, agencyCode)
                .getResultStream()
                .map(id -> new Link(AgencyPage.path(id.agencyCode, id.fiscalYear), id.fiscalYear + " 年度"))
                .toList();
    }
}
