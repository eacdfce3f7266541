package com.wagateway.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward; the domain knows no framework; adapters never know each other. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.wagateway");
  }

  @Test
  void domainDependsOnNoFrameworkAndNothingOutward() {
    noClasses()
        .that()
        .resideInAPackage("com.wagateway.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..",
            "javax..",
            "io.quarkus..",
            "io.smallrye..",
            "com.fasterxml..",
            "org.eclipse..",
            "org.jboss..",
            "io.vertx..",
            "lombok..",
            "com.wagateway.application..",
            "com.wagateway.adapter..",
            "com.wagateway.bootstrap..")
        .check(classes);
  }

  @Test
  void applicationDependsOnlyOnTheDomain() {
    noClasses()
        .that()
        .resideInAPackage("com.wagateway.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..",
            "io.quarkus..",
            "com.fasterxml..",
            "org.eclipse..",
            "com.wagateway.adapter..",
            "com.wagateway.bootstrap..")
        .check(classes);
  }

  @Test
  void providerAdaptersNeverImportEachOtherNorTheRestAdapter() {
    noClasses()
        .that()
        .resideInAPackage("com.wagateway.adapter.whapi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.wagateway.adapter.apiwhatsappweb..",
            "com.wagateway.adapter.rest..",
            "com.wagateway.application..",
            "com.wagateway.bootstrap..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("com.wagateway.adapter.apiwhatsappweb..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.wagateway.adapter.whapi..",
            "com.wagateway.adapter.rest..",
            "com.wagateway.application..",
            "com.wagateway.bootstrap..")
        .check(classes);
  }

  @Test
  void restAdapterUsesTheApplicationNotTheProviderAdapters() {
    noClasses()
        .that()
        .resideInAPackage("com.wagateway.adapter.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.wagateway.adapter.whapi..",
            "com.wagateway.adapter.apiwhatsappweb..",
            "com.wagateway.bootstrap..")
        .check(classes);
  }

  @Test
  void nothingButBootstrapDependsOnBootstrap() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.wagateway.bootstrap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.wagateway.bootstrap..")
        .check(classes);
  }
}
