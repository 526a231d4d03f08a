package cn.jixiao.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules every service keeps, whatever its packages: JPA entities stay in its {@code repository}, out of what it
 * exchanges with others and out of its REST answers, its resources and pages query no database themselves, and its
 * packages do not depend on each other in a cycle. A
 * service's architecture test includes them with {@code ArchTests.in(ServiceArchitecture.class)} beside its own
 * layering. Annotations are named, not imported, so that this library needs neither JPA nor JAX-RS.
 */
public final class ServiceArchitecture {

    /** A JPA entity; {@code @Embeddable} keys are values, not entities. */
    public static final String ENTITY = "jakarta.persistence.Entity";
    public static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private ServiceArchitecture() {
    }

    @ArchTest
    static final ArchRule entitiesLiveInRepository = classes().that().areAnnotatedWith(ENTITY)
            .should().resideInAPackage("..repository..");

    @ArchTest
    static final ArchRule exchangedTypesUseNoEntity = noClasses()
            .that().resideInAnyPackage("..api..", "..event..", "..client..", "..model..")
            .should().dependOnClassesThat().areAnnotatedWith(ENTITY)
            .because("API bodies, event payloads, client DTOs and the report model are contracts, not table rows");

    @ArchTest
    static final ArchRule resourcesReturnNoEntity = methods().that().areMetaAnnotatedWith(HTTP_METHOD)
            .should(returnNoEntity())
            .because("a resource answers with API records, so a table change cannot change an API by accident");

    @ArchTest
    static final ArchRule webLayerQueriesNoDatabase = noClasses().that().resideInAnyPackage("..rest..", "..pages..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("resources and pages read what the services return");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("cn.jixiao.*.(*)..")
            .should().beFreeOfCycles();

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no JPA entity, nor a type holding one") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                    if (type.isAnnotatedWith(ENTITY)) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns entity " + type.getName()));
                    }
                }
            }
        };
    }
}
