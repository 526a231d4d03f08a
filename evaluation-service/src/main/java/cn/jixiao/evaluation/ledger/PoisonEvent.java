package cn.jixiao.evaluation.ledger;

/** An event that can never be applied, whatever the retries: it goes to the dead-letter topic with this reason. */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String reason) {
        super(reason);
    }

    public PoisonEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
