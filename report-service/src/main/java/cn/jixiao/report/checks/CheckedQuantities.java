package cn.jixiao.report.checks;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The stated quantities some rule compared with a ledger figure. Kept by identity: two paragraphs may state the same
 * value at the same place, and only the one compared counts.
 */
final class CheckedQuantities {

    private final Set<Quantity> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    void add(Quantity quantity) {
        checked.add(quantity);
    }

    boolean contains(Quantity quantity) {
        return checked.contains(quantity);
    }
}
