package cn.jixiao.evaluation.scoring;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/** Collects every error of one input, so that one answer names all of them. */
public final class ErrorList {

    private final List<ValidationError> errors = new ArrayList<>();

    public void add(String path, Code code, String message) {
        errors.add(new ValidationError(path, code, message));
    }

    public List<ValidationError> toList() {
        return List.copyOf(errors);
    }
}
