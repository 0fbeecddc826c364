package vn.lmhtx.site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's arrows, as ARCHITECTURE.md draws them, checked on the compiled classes: one direction, no cycles,
 * JBake and OrientDB behind the bake stage only, the content records depending on nothing of ours but the message
 * catalogue (which every stage uses and which uses nothing of ours).
 */
class ArchitectureTest {

    /** The stages in pipeline order (with the helpers they share first, the commands last): each may use only earlier ones. */
    static final List<String> STAGES = List.of("messages", "content", "files", "parallel", "markdown", "images", "load", "render", "bake", "html", "search",
        "cms", "publish", "build", "serve", "scaffold", "cli");

    private static JavaClasses site;

    @BeforeAll
    static void importClasses() {
        site = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.lmhtx.site");
    }

    @Test
    void noStageDependsOnALaterStage() {
        rulesInOrder("vn.lmhtx.site").forEach(rule -> rule.check(site));
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("vn.lmhtx.site.(*)..").should().beFreeOfCycles().check(site);
    }

    @Test
    void onlyTheBakeStageTouchesJBakeAndOrientDb() {
        noClasses().that().resideOutsideOfPackage("vn.lmhtx.site.bake..").and().resideOutsideOfPackage("vn.lmhtx.site.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jbake..", "com.orientechnologies..")
            .because("JBake's static registries and OrientDB stay behind one stage (cli only quietens their logging)")
            .check(site);
    }

    /** The content records may name their problems' words from the message catalogue, and nothing else of ours. */
    @Test
    void theContentRecordsDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("vn.lmhtx.site.content..")
            .should().dependOnClassesThat().resideInAnyPackage(STAGES.stream().filter(s -> !s.equals("content") && !s.equals("messages"))
                .map(s -> "vn.lmhtx.site." + s + "..").toArray(String[]::new))
            .check(site);
    }

    /** The same rules on a deliberately wrong little tree (src/test/java/vn/lmhtx/archfixture) must fail. */
    @Test
    void theRulesCatchALaterStageUsedByAnEarlierOne() {
        JavaClasses wrong = new ClassFileImporter().importPackages("vn.lmhtx.archfixture");

        assertThatThrownBy(() -> rulesInOrder("vn.lmhtx.archfixture").forEach(rule -> rule.check(wrong)))
            .isInstanceOf(AssertionError.class).hasMessageContaining("vn.lmhtx.archfixture.content.Early");
    }

    private static List<ArchRule> rulesInOrder(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < STAGES.size() - 1; i++) {
            String[] later = STAGES.subList(i + 1, STAGES.size()).stream().map(s -> root + "." + s + "..").toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(root + "." + STAGES.get(i) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(later)
                .because("the pipeline runs one way: " + String.join(" -> ", STAGES)).allowEmptyShould(true));
        }
        return rules;
    }
}
