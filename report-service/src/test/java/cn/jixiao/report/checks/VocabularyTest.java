package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** checks/vocabulary.json: every name has a source, every source is listed, and the published ones are many. */
class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.get();

    @Test
    void everyEntryNamesListedSources() {
        assertEquals(Set.of(), vocabulary.unknownSources());
        vocabulary.names().forEach(n -> assertFalse(n.sources().isEmpty(), n.text() + " has no source"));
    }

    @Test
    void namesAreUnique() {
        assertEquals(vocabulary.names().size(),
                vocabulary.names().stream().map(Vocabulary.Name::text).collect(Collectors.toSet()).size());
    }

    @Test
    void theWordingsComeFromAtLeastFivePublishedReportsOfSeveralProvinces() {
        var published = vocabulary.sources().stream().filter(s -> s.url().startsWith("http")).toList();
        assertTrue(published.size() >= 5, "published sources: " + published.size());
        long provinces = published.stream().map(s -> s.region().substring(0, 2)).filter(r -> !r.equals("未注"))
                .distinct().count();
        assertTrue(provinces >= 4, "provinces: " + provinces);
    }
}
