package cn.jixiao.report.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The words the checks read the narrative with, as collected from published reports (checks/vocabulary.json): how
 * each ledger figure is named, which heads open a list of items, and the words of a sentence's own arithmetic. Each
 * entry names its sources, so a new region's wording is added as data with the report it was seen in.
 */
@JsonIgnoreProperties("about")
record Vocabulary(List<Source> sources, List<Name> names, ItemLists itemLists, Arithmetic arithmetic) {

    static final String RESOURCE = "checks/vocabulary.json";

    private static final Vocabulary LOADED = load();

    /** A published report or table a wording was seen in. */
    record Source(String id, String region, String title, String url) {
    }

    /** A name of a figure as written, the figure it stands for and in which sentences it means that figure. */
    record Name(String text, Indicator figure, IndicatorName.Scope scope, List<String> sources) {
    }

    /** The words that introduce the items of 项目支出 after its amount ("主要用于："). */
    @JsonIgnoreProperties("about")
    record ItemLists(List<String> introducers, List<String> sources) {
    }

    /** Words that give an amount of a sentence the role of a budget or a spending, a rate its role, and totals. */
    @JsonIgnoreProperties("about")
    record Arithmetic(List<String> spending, List<String> budget, List<String> rate, List<String> total,
            List<String> sources) {
    }

    static Vocabulary get() {
        return LOADED;
    }

    /** Source ids some entry names that the sources list does not hold (empty when the file is consistent). */
    Set<String> unknownSources() {
        Set<String> known = sources.stream().map(Source::id).collect(Collectors.toSet());
        return Stream.of(names.stream().flatMap(n -> n.sources().stream()),
                itemLists.sources().stream(), arithmetic.sources().stream())
                .flatMap(s -> s).filter(id -> !known.contains(id)).collect(Collectors.toSet());
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            Vocabulary vocabulary = new ObjectMapper().readValue(in, Vocabulary.class);
            if (!vocabulary.unknownSources().isEmpty()) {
                throw new IllegalStateException(RESOURCE + " cites unlisted sources " + vocabulary.unknownSources());
            }
            return vocabulary;
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }
}
