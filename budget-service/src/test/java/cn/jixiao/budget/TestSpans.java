package cn.jixiao.budget;

import cn.jixiao.platform.tracing.RecordedSpans;
import jakarta.inject.Singleton;

/** The spans this module's application finished, for the trace tests. */
@Singleton
public class TestSpans extends RecordedSpans {
}
