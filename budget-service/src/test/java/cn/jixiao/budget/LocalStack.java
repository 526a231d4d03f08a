package cn.jixiao.budget;

import cn.jixiao.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against one real PostgreSQL database and one real Kafka broker. */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
public final class LocalStack {

    private LocalStack() {
    }
}
