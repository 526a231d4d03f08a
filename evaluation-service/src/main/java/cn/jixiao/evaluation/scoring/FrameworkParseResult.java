package cn.jixiao.evaluation.scoring;

import java.util.List;

/** Either a valid framework (and no errors) or the errors (and no framework). */
public record FrameworkParseResult(Framework framework, List<ValidationError> errors) {

    public FrameworkParseResult {
        errors = List.copyOf(errors);
    }

    static FrameworkParseResult valid(Framework framework) {
        return new FrameworkParseResult(framework, List.of());
    }

    static FrameworkParseResult invalid(List<ValidationError> errors) {
        return new FrameworkParseResult(null, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
