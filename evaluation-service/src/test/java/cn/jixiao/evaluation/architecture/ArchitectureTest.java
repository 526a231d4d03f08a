package cn.jixiao.evaluation.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import cn.jixiao.platform.architecture.ServiceArchitecture;

/**
 * evaluation-service's layering: the web ({@code rest}, {@code pages}) and the ledger consumer call the services,
 * which alone with the consumer touch the repository; the scoring engine depends on nothing of the service.
 */
@AnalyzeClasses(packages = "cn.jixiao.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests common = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("web").definedBy("..rest..", "..pages..")
            .layer("health").definedBy("..health..")
            .layer("ledger").definedBy("..ledger..")
            .layer("service").definedBy("..service..")
            .layer("repository").definedBy("..repository..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("ledger").mayOnlyBeAccessedByLayers("web", "health")
            .whereLayer("service").mayOnlyBeAccessedByLayers("web", "ledger")
            .whereLayer("repository").mayOnlyBeAccessedByLayers("service", "ledger")
            // an agency-year key is built from path parameters and handed to the services; it is a value, no entity
            .ignoreDependency(resideInAnyPackage("..rest..", "..pages.."), annotatedWith(ServiceArchitecture.EMBEDDABLE));

    @ArchTest
    static final ArchRule scoringEngineStandsAlone = classes().that().resideInAPackage("..scoring..")
            .should().onlyDependOnClassesThat(resideInAPackage("..scoring..")
                    .or(resideOutsideOfPackage("cn.jixiao.evaluation..")))
            .because("the engine scores a framework document and measured values, nothing else (README)");
}
