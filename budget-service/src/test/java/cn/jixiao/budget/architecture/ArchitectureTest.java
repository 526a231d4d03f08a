package cn.jixiao.budget.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import cn.jixiao.platform.architecture.ServiceArchitecture;

/**
 * budget-service's layering: resources call the services; the services alone write the ledger (repository), turn
 * its rows into event payloads (mapping) and hand them to the outbox.
 */
@AnalyzeClasses(packages = "cn.jixiao.budget", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests common = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("rest").definedBy("..rest..", "..pages..")
            .layer("health").definedBy("..health..")
            .layer("service").definedBy("..service..")
            .layer("mapping").definedBy("..mapping..")
            .layer("outbox").definedBy("..outbox..")
            .layer("repository").definedBy("..repository..")
            .whereLayer("rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("rest")
            .whereLayer("mapping").mayOnlyBeAccessedByLayers("service")
            .whereLayer("outbox").mayOnlyBeAccessedByLayers("service", "health")
            .whereLayer("repository").mayOnlyBeAccessedByLayers("service", "mapping");
}
