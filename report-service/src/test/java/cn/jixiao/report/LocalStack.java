package cn.jixiao.report;

import cn.jixiao.localstack.LocalStackTestResource;
import cn.jixiao.localstack.RealServicesTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against a real PostgreSQL and Kafka, and against budget-service and
 * evaluation-service running as their packaged applications on them.
 */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(RealServicesTestResource.class)
public final class LocalStack {

    private LocalStack() {
    }
}
