package cn.jixiao.evaluation;

import cn.jixiao.platform.tracing.RecordedSpans;
import jakarta.inject.Singleton;

/** The spans this module's application finished, for the trace tests. */
@Singleton
public class TestSpans extends RecordedSpans {
}
