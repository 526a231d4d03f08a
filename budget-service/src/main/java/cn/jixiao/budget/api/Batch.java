package cn.jixiao.budget.api;

import java.util.List;

/** Body of every {@code /batch} endpoint: up to 5,000 items, stored all together or not at all. */
public record Batch<T>(List<T> items) {
}
