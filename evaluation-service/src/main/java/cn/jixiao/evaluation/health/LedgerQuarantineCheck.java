package cn.jixiao.evaluation.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import cn.jixiao.evaluation.ledger.AgencyQuarantine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Shows quarantined agencies in the readiness details (and as the gauge {@code jixiao_ledger_quarantined_agencies}).
 * A quarantine does not make this instance unready: the other agencies flow, and the instance can do nothing about
 * one agency's data that a restart would mend.
 */
@Readiness
@Startup
@ApplicationScoped
public class LedgerQuarantineCheck implements HealthCheck {

    private final AgencyQuarantine quarantine;

    LedgerQuarantineCheck(AgencyQuarantine quarantine, MeterRegistry registry) {
        this.quarantine = quarantine;
        Gauge.builder("jixiao.ledger.quarantined.agencies", quarantine, AgencyQuarantine::count)
                .description("Agencies whose ledger events are parked until an operator retries or skips")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("ledger-quarantine").up();
        var entries = quarantine.list();
        response.withData("quarantinedAgencies", entries.size());
        entries.stream().limit(20).forEach(entry -> response.withData(entry.agencyCode(),
                "sequence " + entry.blockedSequence() + ", " + entry.parkedEvents() + " parked: " + entry.reason()));
        return response.build();
    }
}
