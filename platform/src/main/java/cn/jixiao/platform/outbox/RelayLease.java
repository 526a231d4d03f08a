package cn.jixiao.platform.outbox;

import java.time.Duration;

import jakarta.persistence.EntityManager;

/**
 * The right to publish an outbox, held by one instance at a time as a row in {@code outbox_relay_lease} that expires
 * unless renewed. Unlike a session lock, a lease does not outlive its holder's ability to act: when the holder
 * freezes or dies, another instance takes it over once it expires. Each call runs in the caller's transaction and
 * reads the database clock, so instances' clocks do not matter.
 */
final class RelayLease {

    private final EntityManager entityManager;
    private final String name;
    private final String holder;
    private final long ttlMillis;

    RelayLease(EntityManager entityManager, String name, String holder, Duration ttl) {
        this.entityManager = entityManager;
        this.name = name;
        this.holder = holder;
        this.ttlMillis = ttl.toMillis();
    }

    /** Takes the lease if it is free or expired, or renews it if this instance holds it; false if another holds it. */
    boolean acquire() {
        return entityManager.createNativeQuery("insert into outbox_relay_lease (name, holder, expires_at) "
                        + "values (?1, ?2, clock_timestamp() + ?3 * interval '1 millisecond') "
                        + "on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at "
                        + "where outbox_relay_lease.holder = excluded.holder "
                        + "or outbox_relay_lease.expires_at < clock_timestamp()")
                .setParameter(1, name)
                .setParameter(2, holder)
                .setParameter(3, ttlMillis)
                .executeUpdate() == 1;
    }

    /** Renews the lease only if this instance still holds it unexpired: the fence before marking rows published. */
    boolean confirm() {
        return entityManager.createNativeQuery("update outbox_relay_lease "
                        + "set expires_at = clock_timestamp() + ?3 * interval '1 millisecond' "
                        + "where name = ?1 and holder = ?2 and expires_at >= clock_timestamp()")
                .setParameter(1, name)
                .setParameter(2, holder)
                .setParameter(3, ttlMillis)
                .executeUpdate() == 1;
    }

    String holder() {
        return holder;
    }
}
