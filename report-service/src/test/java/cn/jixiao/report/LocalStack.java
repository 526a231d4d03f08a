package cn.jixiao.report;

import cn.jixiao.localstack.LocalStackTestResource;
import cn.jixiao.report.sources.RecordedSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against a real PostgreSQL (report-service uses no Kafka), and against budget-service
 * and evaluation-service as their recorded answers. The run of the real three services is in deploy/e2e.
 */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "report"), @ResourceArg(name = "kafka", value = "false") })
@QuarkusTestResource(RecordedSources.class)
public final class LocalStack {

    private LocalStack() {
    }
}
