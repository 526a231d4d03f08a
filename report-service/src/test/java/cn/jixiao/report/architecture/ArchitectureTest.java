package cn.jixiao.report.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import cn.jixiao.platform.architecture.ServiceArchitecture;

/**
 * report-service's layering: resources call the services and the renderers; the services alone store drafts and
 * published versions (repository) and fetch figures from the other services (client, mapping); assembly and checks
 * work on the report model only.
 */
@AnalyzeClasses(packages = "cn.jixiao.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests common = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("rest").definedBy("..rest..")
            .layer("service").definedBy("..service..")
            .layer("render").definedBy("..render..")
            .layer("assembly").definedBy("..assembly..")
            .layer("checks").definedBy("..checks..")
            .layer("mapping").definedBy("..mapping..")
            .layer("client").definedBy("..client..")
            .layer("repository").definedBy("..repository..")
            .whereLayer("rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("rest")
            .whereLayer("render").mayOnlyBeAccessedByLayers("rest", "service")
            .whereLayer("assembly").mayOnlyBeAccessedByLayers("service", "render")
            .whereLayer("checks").mayOnlyBeAccessedByLayers("service")
            .whereLayer("mapping").mayOnlyBeAccessedByLayers("service")
            .whereLayer("client").mayOnlyBeAccessedByLayers("service", "mapping")
            .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
            // a report's key is built from path parameters and handed to the services; it is a value, no entity
            .ignoreDependency(resideInAPackage("..rest.."), annotatedWith(ServiceArchitecture.EMBEDDABLE));
}
