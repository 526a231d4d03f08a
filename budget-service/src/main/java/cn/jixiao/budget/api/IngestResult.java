package cn.jixiao.budget.api;

/**
 * What happened to one ingested item: {@code created} (a new ledger row and event), {@code updated} (an agency's
 * data changed, with an event) or {@code duplicate} (the same content was already recorded; nothing changed). {@code sequence} is the agency's ledger sequence of the change.
 */
public record IngestResult(Integer index, String id, String status, Long sequence) {

    public static final String CREATED = "created";
    public static final String DUPLICATE = "duplicate";
    public static final String UPDATED = "updated";
}
