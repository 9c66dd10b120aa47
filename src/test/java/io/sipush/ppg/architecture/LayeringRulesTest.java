package io.sipush.ppg.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules of DESIGN.md §3, checked on the compiled classes so that a break fails the
 * build: protocol, model and content code are free of the container; only {@code delivery.otasip}
 * touches the SIP Servlet API; interfaces call application services, which work on the domain;
 * infrastructure implements the domain's ports; no cycles between the PPG's packages.
 */
@AnalyzeClasses(packages = "io.sipush.ppg", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringRulesTest {
    private static final String[] CONTAINER_FREE = {
        "io.sipush.ppg.pap..",
        "io.sipush.ppg.content..",
        "io.sipush.ppg.config..",
        "io.sipush.ppg.batch..",
        "io.sipush.ppg.push",
        "io.sipush.ppg.push.notification..",
        "io.sipush.ppg.terminal",
        "io.sipush.ppg.pushinitiator",
        "io.sipush.ppg.monitoring.."
    };

    @ArchTest
    static final ArchRule protocol_model_and_content_code_import_no_container_api = noClasses()
            .that()
            .resideInAnyPackage(CONTAINER_FREE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javax.servlet..",
                    "javax.ejb..",
                    "javax.enterprise..",
                    "javax.inject..",
                    "javax.annotation..",
                    "javax.ws.rs..",
                    "org.eclipse.microprofile..")
            .because("DESIGN.md §3: the protocol code, the domain model and the content code run without a container"
                    + " (JPA mapping annotations on entities are allowed; the EntityManager is not)");

    @ArchTest
    static final ArchRule only_otasip_touches_the_sip_servlet_api = noClasses()
            .that()
            .resideOutsideOfPackage("io.sipush.ppg.delivery.otasip..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javax.servlet.sip..")
            .because("DESIGN.md §3: delivery/otasip is the only package that imports javax.servlet.sip");

    @ArchTest
    static final ArchRule the_entity_manager_stays_in_infrastructure = noClasses()
            .that()
            .resideOutsideOfPackage("io.sipush.ppg.infrastructure..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.persistence.EntityManager")
            .because("repositories are domain interfaces with Jpa*/Jdbc* implementations in infrastructure");

    @ArchTest
    static final ArchRule repository_interfaces_live_in_the_domain = classes()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .and()
            .areInterfaces()
            .should()
            .resideInAnyPackage("io.sipush.ppg.push..", "io.sipush.ppg.pushinitiator", "io.sipush.ppg.terminal")
            .because("Cargo Tracker's cut: the domain owns its repository interfaces");

    @ArchTest
    static final ArchRule layers_call_only_inward = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.sipush.ppg..")
            .layer("Interfaces")
            .definedBy("io.sipush.ppg.interfaces..")
            .layer("Tools")
            .definedBy("io.sipush.ppg.tools..")
            .layer("Infrastructure")
            .definedBy("io.sipush.ppg.infrastructure..")
            .layer("Application")
            .definedBy(
                    "io.sipush.ppg.push.application..",
                    "io.sipush.ppg.pushinitiator.application..",
                    "io.sipush.ppg.terminal.application..",
                    "io.sipush.ppg.delivery..")
            .layer("Domain")
            .definedBy(CONTAINER_FREE)
            .whereLayer("Interfaces")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Tools")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Infrastructure")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Application")
            .mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
            .whereLayer("Domain")
            .mayOnlyBeAccessedByLayers("Application", "Interfaces", "Infrastructure", "Tools");

    @ArchTest
    static final ArchRule the_ppg_packages_have_no_cycles =
            slices().matching("io.sipush.ppg.(**)").should().beFreeOfCycles();
}
