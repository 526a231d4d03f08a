package cn.jixiao.report;

import cn.jixiao.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against a real PostgreSQL database and a real Kafka broker. */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
public final class LocalStack {

    private LocalStack() {
    }
}
